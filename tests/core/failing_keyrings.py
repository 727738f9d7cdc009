"""Keyring backends that fail the ways real ones do: locked, raising on read or on write, hanging.

Install one with ``keyring.set_keyring(...)``; the root conftest restores the in-memory keyring.
"""

from __future__ import annotations

import threading

from keyring.errors import KeyringError, KeyringLocked, PasswordSetError

from tests.doubles import InMemoryKeyring


class _Base(InMemoryKeyring):
    """The in-memory keyring, but deleting a missing password is no error."""

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


class LockedKeyring(_Base):
    """Secret Service with the collection locked and the unlock prompt dismissed."""

    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("Failed to unlock the collection!")


class RaisingOnRead(_Base):
    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringError("D-Bus error while reading")


class RaisingOnWrite(_Base):
    def set_password(self, service: str, username: str, password: str) -> None:
        raise PasswordSetError("D-Bus error while writing")


class HangingKeyring(_Base):
    """Every call blocks until ``release`` is set (an unlock prompt nobody answers)."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait(30)
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.release.wait(30)


class ForgetfulKeyring(_Base):
    """Accepts every write and keeps nothing (a misconfigured or "null"-like store)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        pass


class BytesKeyring(_Base):
    """Hands values back as bytes, as some third-party backends do."""

    def get_password(self, service: str, username: str) -> str | None:
        value = self.passwords.get((service, username))
        return value.encode() if value is not None else None  # type: ignore[return-value]


class PlaintextKeyring(_Base):
    """Like keyrings.alt's ``file.PlaintextKeyring``: keyring picks it by itself when it is
    installed and no system keyring answers, and it writes every secret in clear to a file."""

    priority = 0.5  # keyrings.alt's own
