"""Running the real ``fastpix-desktop`` command in a subprocess, isolated from the user's setup."""

from __future__ import annotations

import functools
import os
import subprocess
import sys
import tempfile

from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY


def run_cli(
    *args: str, env: dict[str, str] | None = None, timeout: float = 60, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("FASTPIX_", "OBS_"))}
    # Never touch the developer's real keyring from a subprocess.
    full_env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    # Nor the developer's data directory (the list of streams created here).
    full_env["XDG_DATA_HOME"] = _scratch_data_home()
    # Nor the OBS host and port saved in the developer's window.
    full_env["XDG_CONFIG_HOME"] = _scratch_config_home()
    full_env.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "fastpix_desktop", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full_env,
        timeout=timeout,
    )


@functools.cache
def _scratch_config_home() -> str:
    return tempfile.mkdtemp(prefix="fastpix-cli-config-")


@functools.cache
def _scratch_data_home() -> str:
    return tempfile.mkdtemp(prefix="fastpix-cli-data-")


def sandbox_env(url: str, **extra: str) -> dict[str, str]:
    """Environment that points the CLI at a sandbox with the demo credentials."""
    env = {
        "FASTPIX_USERNAME": DEMO_ACCESS_TOKEN_ID,
        "FASTPIX_PASSWORD": DEMO_SECRET_KEY,
        "FASTPIX_API_URL": url,
    }
    env.update(extra)
    return env


def file_keyring_env(path: os.PathLike[str] | str, *, fail_writes: bool = False) -> dict[str, str]:
    """Environment giving CLI subprocesses one shared keyring (a JSON file, tests only), so a
    restore point saved by one command is found by the next; optionally refusing writes."""
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env = {
        "PYTHON_KEYRING_BACKEND": "tests.file_keyring.FileKeyring",
        "TEST_KEYRING_FILE": str(path),
        "PYTHONPATH": root,
    }
    if fail_writes:
        env["TEST_KEYRING_FAIL"] = "write"
    return env
