"""The signing key round-trips through a keyring that, like Windows, holds 1,280 chars an entry."""

from __future__ import annotations

import keyring
import keyring.backend
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from fastpix_desktop.core.errors import SigningKeyDamagedError
from fastpix_desktop.core.secrets import SERVICE, SecretStore
from fastpix_desktop.core.signing import store as signing_store
from fastpix_desktop.core.signing.store import StoredSigningKey
from fastpix_desktop.core.signing.tokens import private_key_pem
from tests.conftest import InMemoryKeyring

WINDOWS_LIMIT = 1280


class WindowsSizedKeyring(InMemoryKeyring):
    """Refuses entries over 1,280 characters, as Credential Manager does (keyring#355)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        if len(password) > WINDOWS_LIMIT:
            raise OSError(1783, "CredWrite", "The stub received bad data")
        super().set_password(service, username, password)


@pytest.fixture
def small_keyring():
    previous = keyring.get_keyring()
    backend = WindowsSizedKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
async def store():
    s = SecretStore(timeout=2)
    yield s
    s.close()


def _fastpix_style_pem(bits: int = 2048) -> str:
    key = rsa.generate_private_key(public_exponent=65537, key_size=bits)
    pem = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    ).decode()
    return private_key_pem(pem)


async def test_key_round_trips_through_entries_under_the_windows_limit(small_keyring, store):
    pem = _fastpix_style_pem()
    assert len(pem) > WINDOWS_LIMIT  # the reason for splitting at all
    await signing_store.save(store, StoredSigningKey("key-1", pem))
    assert not store.session_only  # nothing was refused by the keyring
    entries = {name: value for (service, name), value in small_keyring.passwords.items()}
    assert all(len(v) <= WINDOWS_LIMIT for v in entries.values())
    assert entries[signing_store.KEY_ID_ENTRY] == "key-1"
    assert int(entries[signing_store.PART_COUNT_ENTRY]) >= 2

    fresh = SecretStore(timeout=2)  # a new run of the app reads it back from the keyring
    try:
        loaded = await signing_store.load(fresh)
    finally:
        fresh.close()
    assert loaded == StoredSigningKey("key-1", pem)
    assert pem not in repr(loaded)


async def test_a_shorter_key_replaces_a_longer_one_without_leftover_parts(small_keyring, store):
    await signing_store.save(store, StoredSigningKey("big", _fastpix_style_pem(4096)))
    await signing_store.save(store, StoredSigningKey("small", _fastpix_style_pem(2048)))
    count = int(small_keyring.passwords[(SERVICE, signing_store.PART_COUNT_ENTRY)])
    parts = [n for (_s, n) in small_keyring.passwords if n.startswith("playback-signing-key-part-")]
    assert len(parts) == count
    assert (await signing_store.load(store)).key_id == "small"


async def test_a_missing_part_reads_as_damaged_not_as_a_key(small_keyring, store):
    await signing_store.save(store, StoredSigningKey("key-1", _fastpix_style_pem()))
    del small_keyring.passwords[(SERVICE, signing_store.PART_ENTRY.format(2))]
    fresh = SecretStore(timeout=2)
    try:
        with pytest.raises(SigningKeyDamagedError):
            await signing_store.load(fresh)
    finally:
        fresh.close()


async def test_forget_removes_every_entry(small_keyring, store):
    await signing_store.save(store, StoredSigningKey("key-1", _fastpix_style_pem()))
    await signing_store.forget(store)
    assert small_keyring.passwords == {}
    assert await signing_store.load(store) is None
    assert await signing_store.stored_key_id(store) is None
