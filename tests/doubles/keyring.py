"""A keyring backend that keeps passwords in a dict: every test gets one (tests/conftest.py),
and bench's child processes select it with PYTHON_KEYRING_BACKEND, so neither ever touches or
prompts for the user's real keyring."""

from __future__ import annotations

import keyring.backend
from keyring.errors import PasswordDeleteError


class InMemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]  # keyring's __init__ has no hints
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)
