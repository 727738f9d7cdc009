"""SecretStore against a real Secret Service (gnome-keyring), unlocked and locked.

A locked keyring is named as locked, with how to unlock it, never "no credentials".
"""

from __future__ import annotations

import keyring
import pytest

from fastpix_desktop.cli import exit_codes
from fastpix_desktop.cli import support as cli_support
from fastpix_desktop.core import secrets as names
from fastpix_desktop.core.errors import CredentialsMissingError, KeyringLockedError
from fastpix_desktop.core.secrets import SecretStore, keyring_backend_name
from fastpix_desktop.core.session import Session
from tests.cli_helpers import run_cli


@pytest.fixture
async def store():
    s = SecretStore(timeout=5.0)
    yield s
    s.close()


@pytest.fixture
def no_env_credentials(monkeypatch):
    monkeypatch.delenv("FASTPIX_USERNAME", raising=False)
    monkeypatch.delenv("FASTPIX_PASSWORD", raising=False)


async def test_an_unlocked_secret_service_keeps_what_is_saved(secret_service, store) -> None:
    assert keyring_backend_name() == "keyring.backends.SecretService.Keyring"
    assert await store.probe()
    await store.set(names.FASTPIX_SECRET_KEY, "real-keyring-secret-1")
    # Read back through a fresh backend object: it really is in gnome-keyring.
    from keyring.backends import SecretService

    fresh = SecretService.Keyring()
    assert fresh.get_password(names.SERVICE, names.FASTPIX_SECRET_KEY) == "real-keyring-secret-1"
    await store.delete(names.FASTPIX_SECRET_KEY)
    assert fresh.get_password(names.SERVICE, names.FASTPIX_SECRET_KEY) is None
    assert not store.session_only and not store.locked


async def test_a_locked_secret_service_is_named_as_locked(secret_service, store) -> None:
    keyring.set_password(names.SERVICE, names.OBS_PASSWORD, "saved-before-lock")
    secret_service.lock()
    assert await store.get(names.OBS_PASSWORD) is None
    assert store.locked
    assert "locked" in (store.fallback_reason or "")
    with pytest.raises(KeyringLockedError, match="Unlock it"):
        store.require_backend()


async def test_credentials_in_a_locked_keyring_are_not_called_missing(
    secret_service, store, no_env_credentials
) -> None:
    keyring.set_password(names.SERVICE, names.FASTPIX_TOKEN_ID, "token-id")
    keyring.set_password(names.SERVICE, names.FASTPIX_SECRET_KEY, "locked-away-secret")
    secret_service.lock()
    with pytest.raises(KeyringLockedError) as caught:
        await cli_support.fastpix_credentials(Session.load(secrets=store))
    assert not isinstance(caught.value, CredentialsMissingError)
    message = str(caught.value)
    assert "keyring is locked" in message and "Unlock" in message
    assert "FASTPIX_USERNAME" in message  # the other way in
    assert exit_codes.exit_code_for(caught.value) == exit_codes.CONFIG


async def test_an_unlocked_keyring_without_credentials_says_they_are_missing(
    secret_service, store, no_env_credentials
) -> None:
    with pytest.raises(CredentialsMissingError):
        await cli_support.fastpix_credentials(Session.load(secrets=store))


def test_the_cli_says_the_keyring_is_locked(locked_secret_service) -> None:
    proc = run_cli(
        "create",
        "--no-obs",
        env={
            "PYTHON_KEYRING_BACKEND": "keyring.backends.SecretService.Keyring",
            "DBUS_SESSION_BUS_ADDRESS": locked_secret_service.address,
        },
    )
    assert proc.returncode == exit_codes.CONFIG, proc.stderr
    assert "keyring is locked" in proc.stderr
    assert "No FastPix credentials" not in proc.stderr
    assert "Traceback" not in proc.stderr


# --------------------------------------------------------------------------- start-up reads

START_UP = (names.FASTPIX_TOKEN_ID, names.FASTPIX_SECRET_KEY, names.OBS_PASSWORD)


async def test_the_start_up_reads_share_one_encrypted_session(
    secret_service, store, monkeypatch
) -> None:
    keyring.set_password(names.SERVICE, names.FASTPIX_TOKEN_ID, "token-id")
    keyring.set_password(names.SERVICE, names.FASTPIX_SECRET_KEY, "secret-ключ")
    # No OBS password stored: read as nothing, as keyring would.
    import secretstorage.item

    opened = []
    real_open = secretstorage.item.open_session

    def counted(connection):
        opened.append(connection)
        return real_open(connection)

    monkeypatch.setattr(secretstorage.item, "open_session", counted)

    assert await store.probe_and_prime(START_UP)

    assert len(opened) == 1  # keyring's get_password opens one per secret
    assert await store.get(names.FASTPIX_TOKEN_ID) == "token-id"
    assert await store.get(names.FASTPIX_SECRET_KEY) == "secret-ключ"
    assert await store.get(names.OBS_PASSWORD) is None
    assert not store.locked and not store.session_only


async def test_a_locked_keyring_at_start_up_is_named_as_locked(secret_service, store) -> None:
    keyring.set_password(names.SERVICE, names.OBS_PASSWORD, "saved-before-lock")
    secret_service.lock()
    await store.probe_and_prime(START_UP)
    assert await store.get(names.OBS_PASSWORD) is None
    assert store.locked
    assert "locked" in (store.fallback_reason or "")
