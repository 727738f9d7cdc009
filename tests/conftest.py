"""Root fixtures. Every test gets a private in-memory keyring so no test ever touches (or
prompts for) the real OS keyring — the approach Vorta's tests/conftest.py takes with its DB keyring.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest

from fastpix_desktop.core.redact import forget_secrets
from tests.secret_service import locked_secret_service, secret_service  # noqa: F401 (fixtures)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class InMemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring backend that keeps passwords in a dict (tests only)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[InMemoryKeyring]:
    previous = keyring.get_keyring()
    backend = InMemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def fresh_redaction_registry() -> Iterator[None]:
    """Secrets registered by one test (e.g. a parsed OBS password) must not mask another's text."""
    yield
    forget_secrets()


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """No usable keyring backend, as on a headless Linux box without Secret Service."""
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")
