"""A keyring backend kept in memory, so benchmark children never prompt for or touch the
user's real keyring (selected with PYTHON_KEYRING_BACKEND=memory_keyring.MemoryKeyring)."""

from __future__ import annotations

import keyring.backend
from keyring.errors import PasswordDeleteError


class MemoryKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self._passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self._passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self._passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)
