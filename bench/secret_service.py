"""A real Secret Service for the bench: gnome-keyring in a private D-Bus session bus.

Started by PID (dbus-daemon, then gnome-keyring-daemon --unlock) and stopped by PID; its
keyring files live in the bench's throwaway HOME. ``None`` when either program is missing.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import time
from collections.abc import Iterator

BACKEND = "keyring.backends.SecretService.Keyring"
UNLOCK_PASSWORD = b"bench\n"  # a throwaway keyring in a throwaway HOME


def available() -> bool:
    return bool(shutil.which("dbus-daemon") and shutil.which("gnome-keyring-daemon"))


def _stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)


@contextlib.contextmanager
def secret_service(env: dict[str, str]) -> Iterator[dict[str, str] | None]:
    """Yield the variables a child needs to use it (``env`` is the children's environment,
    whose HOME and XDG dirs the keyring's files go to), or None when it cannot run."""
    if not available():
        yield None
        return
    bus = subprocess.Popen(
        ["dbus-daemon", "--session", "--nofork", "--print-address=1", "--nopidfile"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=env,
        start_new_session=True,
    )
    keyring_daemon: subprocess.Popen | None = None
    try:
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        if not address:
            raise RuntimeError("dbus-daemon printed no address")
        child_env = {**env, "DBUS_SESSION_BUS_ADDRESS": address}
        keyring_daemon = subprocess.Popen(
            ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=child_env,
            start_new_session=True,
        )
        assert keyring_daemon.stdin is not None
        keyring_daemon.stdin.write(UNLOCK_PASSWORD)
        keyring_daemon.stdin.close()
        _wait_for_secrets(child_env)
        yield {"DBUS_SESSION_BUS_ADDRESS": address, "PYTHON_KEYRING_BACKEND": BACKEND}
    finally:
        if keyring_daemon is not None:
            _stop(keyring_daemon)
        _stop(bus)


def _wait_for_secrets(env: dict[str, str], timeout: float = 10.0) -> None:
    """Until org.freedesktop.secrets answers on the bus (the daemon registers it)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = subprocess.run(
            [
                "dbus-send",
                "--session",
                "--print-reply",
                "--dest=org.freedesktop.DBus",
                "/org/freedesktop/DBus",
                "org.freedesktop.DBus.NameHasOwner",
                "string:org.freedesktop.secrets",
            ],
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        if "boolean true" in done.stdout:
            return
        time.sleep(0.05)
    raise RuntimeError("gnome-keyring-daemon did not register org.freedesktop.secrets")
