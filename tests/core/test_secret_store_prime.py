"""SecretStore.probe_and_prime: the start-up's backend check and reads in one keyring job."""

from __future__ import annotations

import keyring
import pytest

from fastpix_desktop.core.secrets import SecretStore
from tests.doubles.keyring import InMemoryKeyring

NAMES = ("a", "b", "c")


class CountingKeyring(InMemoryKeyring):
    def __init__(self, *, fail_on: str | None = None) -> None:
        super().__init__()
        self.reads: list[str] = []
        self.fail_on = fail_on

    def get_password(self, service: str, username: str) -> str | None:
        self.reads.append(username)
        if username == self.fail_on:
            raise keyring.errors.KeyringError("broken")
        return super().get_password(service, username)


@pytest.fixture
def backend() -> CountingKeyring:
    kr = CountingKeyring()
    kr.set_password("fastpix-desktop", "a", "alpha")
    kr.set_password("fastpix-desktop", "c", "gamma")
    keyring.set_keyring(kr)
    return kr


async def test_one_job_answers_the_next_reads_once(backend) -> None:
    store = SecretStore()
    try:
        assert await store.probe_and_prime(NAMES)
        assert backend.reads == ["a", "b", "c"]
        assert [await store.get(n) for n in NAMES] == ["alpha", None, "gamma"]
        assert backend.reads == ["a", "b", "c"]  # answered from the job
        backend.set_password("fastpix-desktop", "a", "newer")
        assert await store.get("a") == "newer"  # once only: later reads ask the keyring
    finally:
        store.close()


async def test_a_write_after_the_job_is_what_a_read_returns(backend) -> None:
    store = SecretStore()
    try:
        await store.probe_and_prime(NAMES)
        await store.set("b", "beta")
        await store.delete("c")
        assert await store.get("b") == "beta"
        assert await store.get("c") is None
    finally:
        store.close()


async def test_a_failing_read_falls_back_to_this_session(backend) -> None:
    backend.fail_on = "b"
    store = SecretStore()
    try:
        assert await store.probe_and_prime(NAMES)
        assert store.session_only and "reading the keyring failed" in (store.fallback_reason or "")
        assert await store.get("a") == "alpha"  # read before the failure: not lost
    finally:
        store.close()


async def test_no_keyring_is_a_session_only_store() -> None:
    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    store = SecretStore()
    try:
        assert not await store.probe_and_prime(NAMES)
        assert store.session_only
        assert await store.get("a") is None
    finally:
        store.close()
