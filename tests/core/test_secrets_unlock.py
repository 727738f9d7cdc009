"""A keyring locked during the session and unlocked again (issue 28): the store keeps secrets in
memory meanwhile, goes back to the keyring at the next use once it answers, saves what it kept
meanwhile, and tells its listeners both times (the window's keyring line follows)."""

from __future__ import annotations

import keyring

from fastpix_desktop.core import secrets as names
from fastpix_desktop.core.secrets import SecretStore
from tests.core.failing_keyrings import LockedKeyring, RaisingOnRead


async def test_locked_then_unlocked_goes_back_to_the_keyring(memory_keyring) -> None:
    memory_keyring.set_password(names.SERVICE, names.OBS_PASSWORD, "kept-before")
    store = SecretStore(timeout=5.0)
    told: list[tuple[bool, bool]] = []
    store.add_listener(lambda: told.append((store.session_only, store.locked)))
    try:
        assert await store.get(names.OBS_PASSWORD) == "kept-before"
        keyring.set_keyring(LockedKeyring())
        await store.set(names.FASTPIX_TOKEN_ID, "typed-while-locked", secret=False)
        assert store.session_only and store.locked
        assert "locked" in (store.fallback_reason or "")
        assert await store.get(names.OBS_PASSWORD) == "kept-before"  # from memory
        assert told == [(True, True)]

        keyring.set_keyring(memory_keyring)  # the streamer unlocked it
        assert await store.get(names.OBS_PASSWORD) == "kept-before"
        assert not store.session_only and not store.locked
        assert told == [(True, True), (False, False)]
        # What was typed while it was locked is in the keyring now, not only in memory.
        assert (
            memory_keyring.get_password(names.SERVICE, names.FASTPIX_TOKEN_ID)
            == "typed-while-locked"
        )
    finally:
        store.close()


async def test_a_keyring_that_breaks_otherwise_is_not_asked_again(memory_keyring) -> None:
    store = SecretStore(timeout=5.0)
    try:
        keyring.set_keyring(RaisingOnRead())
        assert await store.get(names.OBS_PASSWORD) is None
        assert store.session_only and not store.locked
        keyring.set_keyring(memory_keyring)
        memory_keyring.set_password(names.SERVICE, names.OBS_PASSWORD, "there")
        assert await store.get(names.OBS_PASSWORD) is None  # session-only for this run
        assert store.session_only
    finally:
        store.close()


async def test_still_locked_stays_in_memory(memory_keyring) -> None:
    store = SecretStore(timeout=5.0)
    try:
        keyring.set_keyring(LockedKeyring())
        await store.set(names.OBS_PASSWORD, "pw")
        assert await store.get(names.OBS_PASSWORD) == "pw"
        await store.delete(names.OBS_PASSWORD)
        assert await store.get(names.OBS_PASSWORD) is None
        assert store.locked and store.session_only
    finally:
        store.close()
