"""An OBS upgrade between the app's change and Restore (issue 22): the streamer's Twitch
destination is saved while OBS 29 runs, OBS is replaced by the newest one on the same
configuration folder, and `obs-restore` brings Twitch back and exits 0, although the newer OBS
adds fields of its own (multitrack_video_*, protocol, stream_key_link) to the restored settings.
"""

from __future__ import annotations

import asyncio
import json
import shutil
from pathlib import Path

import pytest

from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.models import ObsServiceSettings, StreamSettings
from fastpix_desktop.core.obs import ObsController
from fastpix_desktop.core.restore import point as restore_point
from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY, SandboxApi
from fastpix_desktop.sandbox.server import start_server_in_thread
from tests.cli_helpers import file_keyring_env, run_cli, sandbox_env

from .conftest import USER_SERVICE
from .deps import missing_dependency, require
from .obs_harness import HOST, HeadlessObs, newest_generation

pytestmark = pytest.mark.obs

TWITCH = ObsServiceSettings(USER_SERVICE["type"], USER_SERVICE["settings"])


async def test_obs_restore_after_an_obs_29_to_newest_upgrade(
    cli_keyring: Path, listener_workdir: Path
) -> None:
    require("Xvfb")
    newest = newest_generation()
    for generation in (HOST, newest):
        if not generation.available:
            missing_dependency(generation.missing)
    old = HeadlessObs(service=USER_SERVICE, keep_workdir=True, generation=HOST)
    new: HeadlessObs | None = None
    try:
        old.start()
        assert old.major == 29
        obs_arg = f"127.0.0.1:{old.port}"
        with start_server_in_thread(SandboxApi()) as sandbox:
            env = sandbox_env(
                sandbox.url,
                OBS_WEBSOCKET_PASSWORD=old.password,
                XDG_CONFIG_HOME=str(listener_workdir / "config-upgrade"),
                **file_keyring_env(cli_keyring),
            )
            client = FastPixClient(
                access_token_id=DEMO_ACCESS_TOKEN_ID,
                secret_key=DEMO_SECRET_KEY,
                base_url=sandbox.url,
            )
            async with client:
                stream = await client.create_stream(StreamSettings(name="Upgrade"))
            used = await asyncio.to_thread(
                run_cli, "use", stream.stream_id, "--obs", obs_arg, "--json", env=env
            )
            assert used.returncode == 0, used.stderr
        assert old.read_service_json()["type"] == "rtmp_custom"  # pointed at FastPix
        old.stop()  # the streamer upgrades OBS; its configuration folder stays

        new = HeadlessObs(generation=newest, config_from=old)
        new.start()
        assert new.major >= 30, new.obs_version
        restored = await asyncio.to_thread(
            run_cli, "obs-restore", "--obs", obs_arg, "--json", env=env
        )
        assert restored.returncode == 0, restored.stdout + restored.stderr
        out = json.loads(restored.stdout)
        assert out["restored"] is True and out["destination"] == "rtmp_common, Twitch"
        assert TWITCH.settings["key"] not in restored.stdout + restored.stderr

        controller = ObsController(new.info)
        await controller.connect()
        try:
            now = await controller.get_service()
        finally:
            await controller.close()
        assert restore_point.same_destination(now, TWITCH)
        # The newer OBS's own additions are kept as it made them, not stripped or judged.
        added = set(now.settings) - set(TWITCH.settings)
        assert added, "expected the newer OBS to add fields to a Twitch destination"
        saved = new.read_service_json()
        assert saved is not None and saved["settings"]["key"] == TWITCH.settings["key"]
    finally:
        if new is not None:
            new.stop()
        old.keep_workdir = False
        old.stop()
        shutil.rmtree(old.workdir, ignore_errors=True)
