"""Two `create` commands at once against one real OBS (issue 28): before, both said "configured"
although the second had overwritten the first. Now only the one whose stream OBS holds says
so; the other exits 11 and says which stream OBS sends to, and the streamer's own destination
still comes back exactly."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from pathlib import Path

import pytest

from fastpix_desktop.core.obs import ObsController
from fastpix_desktop.sandbox import SandboxApi
from fastpix_desktop.sandbox.server import start_server_in_thread
from tests.cli_helpers import file_keyring_env, run_cli, sandbox_env

from .conftest import USER_SERVICE

pytestmark = pytest.mark.obs


class BothCreatesAtOnce(SandboxApi):
    """FastPix answers the two creates only once both have arrived (and 0.5 s later), so each
    command has read OBS before either pushes: the race, every time, not by luck of timing."""

    def __init__(self) -> None:
        super().__init__(seed=2828)
        self.gate = threading.Barrier(2, timeout=30)

    def handle(self, method, path, query=None, headers=None, body=b""):
        if method == "POST" and path.rstrip("/").endswith("/live/streams"):
            self.gate.wait()
            time.sleep(0.5)
        return super().handle(method, path, query, headers, body)


async def test_two_creates_at_once_only_one_says_configured(
    obs_controller: ObsController, obs_instance, cli_keyring: Path, tmp_path: Path
) -> None:
    api = BothCreatesAtOnce()
    obs_arg = f"127.0.0.1:{obs_instance.port}"
    with start_server_in_thread(api) as sandbox:
        env = sandbox_env(
            sandbox.url,
            OBS_WEBSOCKET_PASSWORD=obs_instance.password,
            FASTPIX_DESKTOP_STATE_DIR=str(tmp_path / "state"),  # one user's state folder
            **file_keyring_env(cli_keyring),  # and one keyring, as for one user
        )

        def create(name: str):
            return run_cli("create", "--name", name, "--obs", obs_arg, "--json", env=env)

        procs = await asyncio.gather(
            asyncio.to_thread(create, "Morning show"), asyncio.to_thread(create, "Evening show")
        )
    codes = sorted(p.returncode for p in procs)
    assert codes == [0, 11], [(p.returncode, p.stderr) for p in procs]
    winner = next(p for p in procs if p.returncode == 0)
    loser = next(p for p in procs if p.returncode == 11)
    won, lost = json.loads(winner.stdout), json.loads(loser.stdout)
    assert won["obs"]["configured"] is True
    assert lost["obs"]["configured"] is False
    # Both streams exist; OBS sends to the winner's, with its key.
    assert len(api.streams) == 2
    winner_id = won["streamId"]
    held = await obs_controller.get_service()
    assert held.settings.get("key") == api.streams[winner_id].stream_key
    # The loser says so in plain words: who changed OBS, and where OBS sends now.
    assert "Another fastpix-desktop changed OBS at the same time" in loser.stderr
    assert f"({winner_id})" in loser.stderr
    assert "Traceback" not in loser.stderr + winner.stderr
    for stream in api.streams.values():
        for proc in procs:
            assert stream.stream_key not in proc.stdout + proc.stderr

    # The streamer's Twitch destination comes back exactly.
    restore = await asyncio.to_thread(run_cli, "obs-restore", "--obs", obs_arg, env=env)
    assert restore.returncode == 0, restore.stderr
    back = await obs_controller.get_service()
    assert back.service_type == USER_SERVICE["type"]
    assert back.settings.get("key") == USER_SERVICE["settings"]["key"]
