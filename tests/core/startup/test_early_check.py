"""core.startup.early_check.begin: the keyring job, then the stored credentials' check sent
before the window's panels exist; nothing is shown or lost when there is nothing to check."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import dataclass, field

import keyring
import pytest

from fastpix_desktop.core import secrets as names
from fastpix_desktop.core.config import Config, EnvCredentials
from fastpix_desktop.core.errors import FastPixAuthError
from fastpix_desktop.core.secrets import SecretStore
from fastpix_desktop.core.startup import early_check
from tests.doubles.fastpix import FakeFastPix
from tests.doubles.keyring import InMemoryKeyring


@dataclass
class CheckedFastPix(FakeFastPix):
    """Records which credentials each check was sent with, and whether the client was warmed."""

    checks: list[tuple[str, str]] = field(default_factory=list)
    warmed: bool = False

    def warm_up(self) -> None:
        self.warmed = True

    async def verify_credentials(self) -> None:
        self.checks.append(self.credentials)
        await super().verify_credentials()


@pytest.fixture
def store():
    secrets = SecretStore()
    yield secrets
    secrets.close()


def stored(memory_keyring, token: str, secret: str) -> None:
    memory_keyring.set_password(names.SERVICE, names.FASTPIX_TOKEN_ID, token)
    memory_keyring.set_password(names.SERVICE, names.FASTPIX_SECRET_KEY, secret)


async def test_the_stored_credentials_are_checked_before_begin_returns_them(memory_keyring, store):
    stored(memory_keyring, "token-1", "secret-1")
    fastpix = CheckedFastPix()

    begun = await early_check.begin(fastpix, store, Config(), demo=False)

    assert begun.keyring_usable and fastpix.warmed
    assert fastpix.credentials == ("token-1", "secret-1")
    assert begun.check is not None
    await begun.check.task
    assert fastpix.checks == [("token-1", "secret-1")]
    assert begun.check.is_for("token-1", "secret-1")
    assert not begun.check.is_for("token-1", "another-secret")
    assert "secret-1" not in repr(begun.check) and "token-1" not in repr(begun.check)


async def test_the_environment_comes_before_the_keyring(memory_keyring, store):
    stored(memory_keyring, "token-kr", "secret-kr")
    fastpix = CheckedFastPix()
    config = Config(credentials=EnvCredentials("token-env", "secret-env"))

    begun = await early_check.begin(fastpix, store, config, demo=False)

    assert begun.check is not None and begun.check.is_for("token-env", "secret-env")
    await begun.check.task
    assert fastpix.checks == [("token-env", "secret-env")]


@pytest.mark.parametrize("token, secret", [("", ""), ("token-only", "")])
async def test_nothing_is_sent_without_a_full_pair(memory_keyring, store, token, secret):
    if token:
        memory_keyring.set_password(names.SERVICE, names.FASTPIX_TOKEN_ID, token)
    fastpix = CheckedFastPix()

    begun = await early_check.begin(fastpix, store, Config(), demo=False)

    assert begun.check is None
    await asyncio.sleep(0)
    assert fastpix.checks == [] and fastpix.credentials == ("", "")


async def test_demo_mode_and_a_missing_keyring_send_nothing(memory_keyring, store):
    stored(memory_keyring, "token-1", "secret-1")
    demo = await early_check.begin(CheckedFastPix(), store, Config(), demo=True)
    assert demo.check is None

    from keyring.backends import fail

    keyring.set_keyring(fail.Keyring())
    other = SecretStore()
    try:
        begun = await early_check.begin(CheckedFastPix(), other, Config(), demo=False)
    finally:
        other.close()
    assert not begun.keyring_usable and begun.check is None


async def test_a_rejected_check_nobody_awaited_leaves_no_warning(memory_keyring, store, caplog):
    stored(memory_keyring, "token-1", "revoked")
    fastpix = CheckedFastPix(error=FastPixAuthError(status=401))

    begun = await early_check.begin(fastpix, store, Config(), demo=False)
    assert begun.check is not None
    await asyncio.wait([begun.check.task])
    del begun
    import gc

    gc.collect()
    assert "exception was never retrieved" not in caplog.text


class SlowKeyring(InMemoryKeyring):
    """Answers only once ``answer`` is set, as a keyring waiting on an unlock prompt does."""

    def __init__(self) -> None:
        super().__init__()
        self.answer = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.answer.wait(10)
        return super().get_password(service, username)


async def test_a_slow_keyring_is_not_waited_for_and_nothing_is_sent_meanwhile():
    slow = SlowKeyring()
    stored(slow, "token-1", "secret-1")
    keyring.set_keyring(slow)
    store = SecretStore(timeout=10)
    fastpix = CheckedFastPix()
    try:
        begun = await asyncio.wait_for(
            early_check.begin(fastpix, store, Config(), demo=False, keyring_wait_s=0.05), 2
        )
        assert begun.check is None and not begun.keyring_job.done()
        assert fastpix.checks == [] and fastpix.credentials == ("", "")
        slow.answer.set()
        assert await begun.keyring_job  # the job goes on, and its reads are kept for the panels
        assert await store.get(names.FASTPIX_SECRET_KEY) == "secret-1"
    finally:
        slow.answer.set()
        store.close()
