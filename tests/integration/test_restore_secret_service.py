"""The restore point in a real Secret Service (gnome-keyring in a private D-Bus session, its files
in a private HOME): kept across separate runs when unlocked; when locked, OBS is left alone
(issue 15 item 1)."""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

from fastpix_desktop.cli import exit_codes
from fastpix_desktop.core.models import ObsServiceSettings
from fastpix_desktop.core.obs import ObsController
from fastpix_desktop.core.restore import point as restore_point
from fastpix_desktop.sandbox import SandboxApi
from fastpix_desktop.sandbox.server import start_server_in_thread
from tests.cli_helpers import sandbox_env

from .deps import require

pytestmark = pytest.mark.obs

STREAMERS_OWN = ObsServiceSettings(
    "rtmp_custom", {"server": "rtmp://ingest.example.invalid/app", "key": "own-key-in-keyring"}
)
# Unlock the login keyring with the password on stdin (created on first use), or not at all:
# then the first write needs an unlock prompt that cannot be shown, and the keyring is locked.
UNLOCKED = 'printf %s "$TEST_KEYRING_PASSWORD" | gnome-keyring-daemon --unlock --components=secrets'
LOCKED = "gnome-keyring-daemon --daemonize --components=secrets"


def run_in_session(
    home: Path, start_keyring: str, *args: str, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    """`fastpix-desktop ARGS` in its own D-Bus session with its own gnome-keyring daemon."""
    full = {k: v for k, v in os.environ.items() if not k.startswith(("FASTPIX_", "OBS_"))}
    full.pop("DBUS_SESSION_BUS_ADDRESS", None)
    full.update(env)
    full.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        PYTHON_KEYRING_BACKEND="keyring.backends.SecretService.Keyring",
        TEST_KEYRING_PASSWORD="keyring-pw-" + home.name,
    )
    script = f'{start_keyring} >/dev/null 2>&1; exec "$0" -m fastpix_desktop "$@"'
    return subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", script, sys.executable, *args],
        capture_output=True,
        text=True,
        env=full,
        timeout=90,
    )


@pytest.fixture
def private_home(listener_workdir: Path) -> Path:
    require("dbus-run-session", "gnome-keyring-daemon")
    home = listener_workdir / f"home-{secrets.token_hex(4)}"
    home.mkdir()
    return home


async def test_restore_point_survives_separate_runs_in_a_real_secret_service(
    obs_controller: ObsController, obs_instance, private_home: Path
) -> None:
    await obs_controller.set_service(STREAMERS_OWN)
    obs_arg = f"127.0.0.1:{obs_instance.port}"
    with start_server_in_thread(SandboxApi()) as sandbox:
        env = sandbox_env(sandbox.url, OBS_WEBSOCKET_PASSWORD=obs_instance.password)
        created = await asyncio.to_thread(
            run_in_session, private_home, UNLOCKED, "create", "--obs", obs_arg, "--json", env=env
        )
    assert created.returncode == 0, created.stderr
    assert json.loads(created.stdout)["obs"]["configured"] is True
    assert not restore_point.same_destination(await obs_controller.get_service(), STREAMERS_OWN)

    restored = await asyncio.to_thread(
        run_in_session, private_home, UNLOCKED, "obs-restore", "--obs", obs_arg, "--json", env=env
    )
    assert restored.returncode == 0, restored.stderr
    assert json.loads(restored.stdout)["outcome"] == "restored"
    now = await obs_controller.get_service()
    assert dict(now.settings) == dict(STREAMERS_OWN.settings)
    # The streamer's key lives in gnome-keyring's encrypted file, not in plain text anywhere.
    stored = b"".join(p.read_bytes() for p in private_home.rglob("*") if p.is_file())
    assert b"own-key-in-keyring" not in stored


async def test_a_locked_secret_service_leaves_obs_alone(
    obs_controller: ObsController, obs_instance, private_home: Path
) -> None:
    await obs_controller.set_service(STREAMERS_OWN)
    obs_arg = f"127.0.0.1:{obs_instance.port}"
    api = SandboxApi()
    with start_server_in_thread(api) as sandbox:
        env = sandbox_env(sandbox.url, OBS_WEBSOCKET_PASSWORD=obs_instance.password)
        # A first run with the keyring unlocked sets up the login keyring (nothing to restore)...
        first = await asyncio.to_thread(
            run_in_session, private_home, UNLOCKED, "obs-restore", "--obs", obs_arg, env=env
        )
        assert first.returncode == 0 and "nothing to restore" in first.stdout, first.stderr
        # ...which the next session finds locked.
        proc = await asyncio.to_thread(
            run_in_session, private_home, LOCKED, "create", "--obs", obs_arg, "--json", env=env
        )
    assert proc.returncode == exit_codes.NO_RESTORE_POINT, proc.stderr
    data = json.loads(proc.stdout)
    assert data["streamId"] in api.streams  # created and reported
    assert "keyring is locked" in data["obs"]["error"] and "unlock" in data["obs"]["error"]
    assert restore_point.same_destination(await obs_controller.get_service(), STREAMERS_OWN)


async def test_a_secret_service_without_a_keyring_set_up_leaves_obs_alone(
    obs_controller: ObsController, obs_instance, private_home: Path
) -> None:
    await obs_controller.set_service(STREAMERS_OWN)
    with start_server_in_thread(SandboxApi()) as sandbox:
        env = sandbox_env(sandbox.url, OBS_WEBSOCKET_PASSWORD=obs_instance.password)
        proc = await asyncio.to_thread(
            run_in_session,
            private_home,
            LOCKED,
            "create",
            "--obs",
            f"127.0.0.1:{obs_instance.port}",
            env=env,
        )
    assert proc.returncode == exit_codes.NO_RESTORE_POINT, proc.stderr
    assert "could not be opened" in proc.stderr and "--no-restore-point" in proc.stderr
    assert restore_point.same_destination(await obs_controller.get_service(), STREAMERS_OWN)
