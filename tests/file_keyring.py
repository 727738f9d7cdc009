"""A keyring backend for CLI subprocesses in tests: entries in the JSON file named by
TEST_KEYRING_FILE, so one command can read what an earlier one saved. Tests only.

Select it with PYTHON_KEYRING_BACKEND=tests.file_keyring.FileKeyring (the repo root on sys.path).
TEST_KEYRING_FAIL=write makes every write fail, like a Secret Service that refuses.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterator
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

    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        """One process at a time reads and rewrites the file (two CLI processes at once share
        it, as two processes share a Secret Service, whose every entry is kept whole)."""
        if sys.platform == "win32":
            yield
            return
        import fcntl

        with open(f"{self._path}.lock", "a") as handle:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX)
            yield

    def _save(self, data: dict[str, str]) -> None:
        tmp = self._path.with_name(f".{self._path.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data))
        os.replace(tmp, self._path)  # a reader never sees a half-written file

    def get_password(self, service: str, username: str) -> str | None:
        with self._locked():
            return self._load().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        if os.environ.get("TEST_KEYRING_FAIL") == "write":
            raise PasswordSetError("refused")
        with self._locked():
            data = self._load()
            data[f"{service}/{username}"] = password
            self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        with self._locked():
            data = self._load()
            if data.pop(f"{service}/{username}", None) is None:
                raise PasswordDeleteError(username)
            self._save(data)
