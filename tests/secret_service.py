"""A real Secret Service for tests: gnome-keyring in a private D-Bus session, unlocked or locked.

``secret_service`` starts ``dbus-run-session`` with ``gnome-keyring-daemon --unlock
--components=secrets`` inside (keyring's README, "Using Keyring on headless Linux systems"),
points this process at that bus and selects keyring's SecretService backend; ``lock()`` locks the
default collection the way a screen lock or a fresh login without auto-unlock leaves it. Nothing
touches the developer's own keyring: HOME and XDG_RUNTIME_DIR are private temporary folders.
Import the fixtures into a conftest (tests/conftest.py does) to use them anywhere.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import keyring
import pytest

NEEDED = ("dbus-run-session", "gnome-keyring-daemon")
KEYRING_PASSWORD = "test-keyring-password"
_SESSION = """
echo "address=$DBUS_SESSION_BUS_ADDRESS"
printf '%s' "$KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets >/dev/null \
  || exit 1
echo ready
exec cat >/dev/null   # lives until the test closes stdin; then the bus and the daemon end
"""


@dataclass
class SecretServiceSession:
    """A running private Secret Service; ``address`` is its D-Bus session bus."""

    address: str
    process: subprocess.Popen[str]

    def lock(self) -> None:
        """Lock the default collection (what keyring reads and writes)."""
        import secretstorage

        connection = secretstorage.dbus_init()
        try:
            secretstorage.get_default_collection(connection).lock()
        finally:
            connection.close()

    def stop(self) -> None:
        if self.process.stdin is not None:
            self.process.stdin.close()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)


def start_secret_service(home: Path) -> SecretServiceSession:
    """Start gnome-keyring in a new private D-Bus session with ``home`` as HOME."""
    runtime = home / "run"
    runtime.mkdir(parents=True, exist_ok=True)
    runtime.chmod(0o700)
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "XDG_RUNTIME_DIR": str(runtime),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "KEYRING_PASSWORD": KEYRING_PASSWORD,
    }
    process = subprocess.Popen(
        ["dbus-run-session", "--", "sh", "-c", _SESSION],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,  # dbus-daemon warns about fd limits when not root
        text=True,
        env=env,
    )
    assert process.stdout is not None
    address = ""
    for line in process.stdout:  # ends at EOF if the session fails to start
        if line.startswith("address="):
            address = line.strip().partition("=")[2]
        elif line.strip() == "ready":
            return SecretServiceSession(address=address, process=process)
    process.wait(timeout=10)
    raise RuntimeError(f"gnome-keyring did not start (exit {process.returncode})")


def _require_tools() -> None:
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    if missing:
        reason = f"needs {', '.join(missing)} (tests/integration/install-deps.sh installs them)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(reason)
        pytest.skip(reason)


@pytest.fixture
def secret_service(tmp_path, monkeypatch) -> Iterator[SecretServiceSession]:
    """An unlocked real Secret Service, selected as this process's keyring backend."""
    from keyring.backends import SecretService

    _require_tools()
    session = start_secret_service(tmp_path / "keyring-home")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", session.address)
    previous = keyring.get_keyring()
    keyring.set_keyring(SecretService.Keyring())
    try:
        yield session
    finally:
        keyring.set_keyring(previous)
        session.stop()


@pytest.fixture
def locked_secret_service(secret_service) -> SecretServiceSession:
    """The same, with its default collection locked (no prompt can unlock it: no display)."""
    secret_service.lock()
    return secret_service
