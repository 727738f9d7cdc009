"""SecretStore: keyring off the calling thread, session-only fallback, size limit, no leaks."""

from __future__ import annotations

import asyncio
import logging
import threading

import keyring
import keyring.backend
import pytest

from fastpix_desktop.core import secrets as names
from fastpix_desktop.core.errors import KeyringUnavailableError, SecretTooLargeError
from fastpix_desktop.core.secrets import SecretStore


@pytest.fixture
async def store():
    s = SecretStore(timeout=0.5)
    yield s
    s.close()


async def test_round_trip_goes_to_the_os_keyring(store, memory_keyring):
    await store.set(names.FASTPIX_SECRET_KEY, "s3cret-value")
    assert memory_keyring.passwords[(names.SERVICE, names.FASTPIX_SECRET_KEY)] == "s3cret-value"
    assert await store.get(names.FASTPIX_SECRET_KEY) == "s3cret-value"
    await store.delete(names.FASTPIX_SECRET_KEY)
    assert await store.get(names.FASTPIX_SECRET_KEY) is None
    await store.delete(names.FASTPIX_SECRET_KEY)  # deleting twice is fine
    assert not store.session_only


async def test_keyring_never_runs_on_the_calling_thread(store, memory_keyring):
    seen: list[str] = []
    original = memory_keyring.get_password

    def spy(service: str, username: str):
        seen.append(threading.current_thread().name)
        return original(service, username)

    memory_keyring.get_password = spy  # type: ignore[method-assign]
    await store.get("x")
    assert seen and seen[0] != threading.current_thread().name


async def test_hold_until_keeps_later_calls_waiting_and_earlier_ones_not(store, memory_keyring):
    memory_keyring.passwords[(names.SERVICE, "early")] = "1"
    memory_keyring.passwords[(names.SERVICE, "late")] = "2"
    early = asyncio.ensure_future(store.get("early"))
    await asyncio.sleep(0)  # queued before the hold
    request_out = threading.Event()
    store.hold_until(request_out)
    late = asyncio.ensure_future(store.get("late"))
    assert await early == "1"
    await asyncio.sleep(0.05)
    assert not late.done()  # held
    request_out.set()
    assert await late == "2"
    assert not store.session_only


async def test_no_backend_keeps_secrets_for_this_session_only(no_keyring, store, caplog):
    assert await store.probe() is False
    assert store.session_only
    assert "no system keyring" in (store.fallback_reason or "")
    await store.set(names.OBS_PASSWORD, "pw-for-now")
    assert await store.get(names.OBS_PASSWORD) == "pw-for-now"
    with pytest.raises(KeyringUnavailableError):
        store.require_backend()
    assert "pw-for-now" not in caplog.text


class HangingKeyring(keyring.backend.KeyringBackend):
    """A locked Secret Service collection whose unlock prompt never returns."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service, username):
        self.release.wait(5)
        return None

    def set_password(self, service, username, password):
        self.release.wait(5)

    def delete_password(self, service, username):
        self.release.wait(5)


async def test_a_hanging_keyring_times_out_into_session_mode(store):
    backend = HangingKeyring()
    keyring.set_keyring(backend)
    try:
        await store.set(names.OBS_PASSWORD, "kept-anyway")
        assert store.session_only
        assert await store.get(names.OBS_PASSWORD) == "kept-anyway"
    finally:
        backend.release.set()


async def test_too_large_secret_is_refused_with_a_clear_message(store):
    with pytest.raises(SecretTooLargeError) as info:
        await store.set(names.OBS_SNAPSHOT, "x" * (names.MAX_SECRET_CHARS + 1))
    assert "at most" in str(info.value)
    assert "xxxx" not in str(info.value)


async def test_secret_values_are_redacted_from_logs(store, caplog):
    await store.set(names.FASTPIX_SECRET_KEY, "very-secret-key-123")
    from fastpix_desktop.core.redact import RedactingFilter

    logger = logging.getLogger("test.secrets")
    handler_filter = RedactingFilter()
    with caplog.at_level(logging.INFO):
        caplog.handler.addFilter(handler_filter)
        logger.info("oops %s", "very-secret-key-123")
        caplog.handler.removeFilter(handler_filter)
    assert "very-secret-key-123" not in caplog.text


STUCK_KEYRING_APP = """
import asyncio, threading, keyring, keyring.backend
from fastpix_desktop.core.secrets import SecretStore

class Stuck(keyring.backend.KeyringBackend):
    priority = 1
    def get_password(self, service, username):
        threading.Event().wait()  # an unlock prompt nobody answers
    def set_password(self, service, username, password):
        pass
    def delete_password(self, service, username):
        pass

keyring.set_keyring(Stuck())

async def main():
    store = SecretStore(timeout=0.2)
    assert await store.get("x") is None
    assert store.session_only
    store.close()

asyncio.run(main())
print("done")
"""


def test_a_stuck_keyring_does_not_keep_the_app_alive_after_quit():
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-c", STUCK_KEYRING_APP], capture_output=True, text=True, timeout=30
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "done"


async def test_values_read_before_a_keyring_failure_are_kept(store, memory_keyring):
    memory_keyring.set_password(names.SERVICE, names.OBS_PASSWORD, "read-earlier-pw")
    assert await store.get(names.OBS_PASSWORD) == "read-earlier-pw"

    def broken(service, username):
        raise RuntimeError("D-Bus went away")

    memory_keyring.get_password = broken  # type: ignore[method-assign]
    assert await store.get(names.OBS_PASSWORD) == "read-earlier-pw"
    assert store.session_only
