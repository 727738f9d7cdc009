"""A keyring backend for CLI subprocesses in tests: entries in the JSON file named by
TEST_KEYRING_FILE, so one command can read what an earlier one saved. Tests only.

Select it with PYTHON_KEYRING_BACKEND=tests.file_keyring.FileKeyring (the repo root on sys.path).
TEST_KEYRING_FAIL=write makes every write fail, like a Secret Service that refuses.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring.backend
from keyring.errors import PasswordDeleteError, PasswordSetError


class FileKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @property
    def _path(self) -> Path:
        return Path(os.environ["TEST_KEYRING_FILE"])

    def _load(self) -> dict[str, str]:
        try:
            return json.loads(self._path.read_text())
        except (OSError, ValueError):
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        if os.environ.get("TEST_KEYRING_FAIL") == "write":
            raise PasswordSetError("refused")
        data = self._load()
        data[f"{service}/{username}"] = password
        self._path.write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._load()
        if data.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError(username)
        self._path.write_text(json.dumps(data))
