"""The way back with a real OBS: Restore after several app pushes, a hand-set FastPix key and a
profile switch; a keyring that refuses writes; `use`, `obs-restore` and `create` as scripts run
them (issue 10 items 3, 4 and 7; issue 15 items 1 and 6)."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

import keyring
import pytest

from fastpix_desktop.cli import exit_codes
from fastpix_desktop.core.destination import recognise
from fastpix_desktop.core.errors import RestorePointError
from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.golive import use_cases as golive
from fastpix_desktop.core.models import ObsServiceSettings, Protocol, StreamSettings
from fastpix_desktop.core.obs import ObsController
from fastpix_desktop.core.restore import point as restore_point
from fastpix_desktop.core.restore.point import RestoreOutcome
from fastpix_desktop.core.secrets import SecretStore
from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY, SandboxApi
from fastpix_desktop.sandbox.server import start_server_in_thread
from tests.cli_helpers import file_keyring_env, run_cli, sandbox_env
from tests.core.failing_keyrings import RaisingOnWrite

from .listeners import NginxRtmpListener

pytestmark = pytest.mark.obs

STREAMERS_OWN = ObsServiceSettings(
    "rtmp_custom", {"server": "rtmp://ingest.example.invalid/app", "key": "streamers-own-key"}
)
SECOND_PROFILES_OWN = ObsServiceSettings(
    "rtmp_common", {"service": "Twitch", "server": "auto", "key": "live_second_profile_key"}
)
OTHER_HOSTS = IngestHosts(
    rtmps_server="rtmps://eu.ingest.example.invalid:443/live",
    srt_server="srt://eu.ingest.example.invalid:778",
)
HAND_SET_FASTPIX = ObsServiceSettings(
    "rtmp_custom",
    {"server": IngestHosts().rtmps_server, "key": "0" * 32 + "k" + "9" * 32},
)


async def switch_profile(obs: ObsController, name: str, *, create: bool = False) -> None:
    """Switch OBS's profile (creating it), then wait until OBS reports it (the switch is queued
    on OBS's UI thread)."""
    await obs._request("CreateProfile" if create else "SetCurrentProfile", {"profileName": name})
    deadline = time.monotonic() + 10
    while await obs.get_current_profile() != name:
        assert time.monotonic() < deadline, f"OBS did not switch to profile {name}"
        await asyncio.sleep(0.05)


async def create(obs, fastpix, store, *, protocol=Protocol.RTMPS, hosts=None, **kwargs):
    return await golive.create_and_configure(
        fastpix=fastpix,
        obs=obs,
        secrets=store,
        settings=StreamSettings(),
        protocol=protocol,
        hosts=hosts or IngestHosts(),
        **kwargs,
    )


async def test_restore_after_pushes_a_hand_set_key_and_a_profile_switch(
    obs_controller: ObsController, obs_instance, fastpix: FastPixClient, store: SecretStore
) -> None:
    obs = obs_controller
    first_profile = await obs.get_current_profile()
    await obs.set_service(STREAMERS_OWN)
    own = await obs.get_service()
    try:
        # Several app pushes, one with other ingest hosts, then a FastPix key set by hand and
        # another push over it.
        for protocol, hosts in ((Protocol.RTMPS, None), (Protocol.SRT, OTHER_HOSTS)):
            result = await create(obs, fastpix, store, protocol=protocol, hosts=hosts)
            assert result.obs_configured, result.obs_error
        await obs.set_service(HAND_SET_FASTPIX)
        assert (await create(obs, fastpix, store)).obs_configured

        # A second profile with its own destination and an app push of its own.
        await switch_profile(obs, "Second", create=True)
        await obs.set_service(SECOND_PROFILES_OWN)
        second_own = await obs.get_service()
        assert (await create(obs, fastpix, store, protocol=Protocol.SRT)).obs_configured

        await switch_profile(obs, first_profile)
        status = await restore_point.restore_status(obs=obs, secrets=store)
        assert status.available and "ingest.example.invalid" in status.message
        result = await restore_point.restore(obs=obs, secrets=store)
        assert result.outcome is RestoreOutcome.RESTORED, result.message
        now = await obs.get_service()
        assert now.service_type == own.service_type
        assert dict(now.settings) == dict(own.settings)
        assert obs_instance.read_service_json()["settings"]["key"] == "streamers-own-key"
        again = await restore_point.restore(obs=obs, secrets=store)
        assert again.outcome is RestoreOutcome.NOTHING_TO_RESTORE

        # In the second profile, a FastPix key set by hand after the push is not overwritten
        # silently; with the streamer's go-ahead the profile's own destination comes back.
        await switch_profile(obs, "Second")
        await obs.set_service(HAND_SET_FASTPIX)
        asked = await restore_point.restore(obs=obs, secrets=store)
        assert asked.outcome is RestoreOutcome.NEEDS_CONFIRMATION
        assert (await obs.get_service()).settings["key"] == HAND_SET_FASTPIX.settings["key"]
        forced = await restore_point.restore(obs=obs, secrets=store, force=True)
        assert forced.outcome is RestoreOutcome.RESTORED
        back = await obs.get_service()
        assert back.service_type == "rtmp_common"
        assert restore_point.same_destination(back, second_own)
    finally:
        await switch_profile(obs, first_profile)
        await obs._request("RemoveProfile", {"profileName": "Second"})


async def test_with_a_keyring_that_refuses_writes_create_does_not_touch_obs(
    obs_controller: ObsController, obs_instance, fastpix: FastPixClient
) -> None:
    await obs_controller.set_service(STREAMERS_OWN)
    on_disk_before = obs_instance.read_service_json()
    keyring.set_keyring(RaisingOnWrite())
    store = SecretStore()
    try:
        result = await create(obs_controller, fastpix, store)
    finally:
        store.close()
    assert isinstance(result.obs_error, RestorePointError)
    assert result.stream.stream_key  # the created stream is reported
    now = await obs_controller.get_service()
    assert restore_point.same_destination(now, STREAMERS_OWN)
    assert obs_instance.read_service_json() == on_disk_before


async def test_cli_create_refuses_without_a_restore_point_unless_told(
    obs_controller: ObsController, obs_instance, cli_keyring: Path
) -> None:
    await obs_controller.set_service(STREAMERS_OWN)
    with start_server_in_thread(SandboxApi()) as sandbox:
        env = sandbox_env(
            sandbox.url,
            OBS_WEBSOCKET_PASSWORD=obs_instance.password,
            **file_keyring_env(cli_keyring, fail_writes=True),
        )
        obs_arg = f"127.0.0.1:{obs_instance.port}"
        refused = await asyncio.to_thread(run_cli, "create", "--obs", obs_arg, "--json", env=env)
        assert refused.returncode == exit_codes.NO_RESTORE_POINT, refused.stderr
        data = json.loads(refused.stdout)
        assert data["streamId"] and data["obs"]["configured"] is False  # reported, not lost
        assert "cannot be saved" in data["obs"]["error"]
        assert restore_point.same_destination(await obs_controller.get_service(), STREAMERS_OWN)

        forced = await asyncio.to_thread(
            run_cli, "create", "--obs", obs_arg, "--no-restore-point", "--json", env=env
        )
        assert forced.returncode == exit_codes.OK, forced.stderr
        pushed = json.loads(forced.stdout)
        assert pushed["obs"]["configured"] is True and pushed["obs"]["restorePointSkipped"]
        assert "without saving" in forced.stderr


async def test_cli_use_and_obs_restore_round_trip(
    obs_controller: ObsController,
    obs_instance,
    rtmp_listener: NginxRtmpListener,
    cli_keyring: Path,
    listener_workdir: Path,
) -> None:
    await obs_controller.set_service(STREAMERS_OWN)
    api = SandboxApi()
    with start_server_in_thread(api) as sandbox:
        client = FastPixClient(
            access_token_id=DEMO_ACCESS_TOKEN_ID,
            secret_key=DEMO_SECRET_KEY,
            base_url=sandbox.url,
        )
        async with client:
            stream = await client.create_stream(StreamSettings(name="My channel"))
            rtmp_listener.accepted_keys.add(stream.stream_key)
            env = sandbox_env(
                sandbox.url,
                OBS_WEBSOCKET_PASSWORD=obs_instance.password,
                FASTPIX_RTMPS_SERVER=rtmp_listener.rtmp_server,
                XDG_CONFIG_HOME=str(listener_workdir / f"config-{stream.stream_id[:8]}"),
                **file_keyring_env(cli_keyring),
            )
            obs_arg = f"127.0.0.1:{obs_instance.port}"

            used = await asyncio.to_thread(
                run_cli, "use", stream.stream_id, "--obs", obs_arg, "--remember", "--json", env=env
            )
            assert used.returncode == 0, used.stderr
            data = json.loads(used.stdout)
            assert data["obs"]["configured"] and data["name"] == "My channel"
            assert stream.stream_key not in used.stdout + used.stderr
            assert len(api.streams) == 1  # nothing created

            # The stream OBS points at is recognised (what a restart does).
            hosts = IngestHosts(rtmps_server=rtmp_listener.rtmp_server)
            found = await recognise.recognise(obs=obs_controller, fastpix=client, hosts=hosts)
            assert found.stream is not None and found.stream.stream_id == stream.stream_id

            # "Go live on my channel": the remembered ID, already configured, so only started.
            live = await asyncio.to_thread(
                run_cli, "use", "--obs", obs_arg, "--start", "--json", env=env
            )
            assert live.returncode == 0, live.stderr
            assert json.loads(live.stdout)["obs"]["started"] is True
            await obs_controller.stop_streaming_and_wait()
            assert stream.stream_key in rtmp_listener.published

    restore_env = {**env, "OBS_WEBSOCKET_PASSWORD": obs_instance.password}
    check = await asyncio.to_thread(
        run_cli, "obs-restore", "--obs", obs_arg, "--check", "--json", env=restore_env
    )
    assert check.returncode == 0, check.stderr
    assert json.loads(check.stdout)["available"] is True
    await obs_controller.set_service(HAND_SET_FASTPIX)
    asked = await asyncio.to_thread(
        run_cli, "obs-restore", "--obs", obs_arg, "--json", env=restore_env
    )
    assert asked.returncode == exit_codes.NEEDS_CONFIRMATION, asked.stderr
    assert "--force" in json.loads(asked.stdout)["error"]["message"]
    restored = await asyncio.to_thread(
        run_cli, "obs-restore", "--obs", obs_arg, "--force", "--json", env=restore_env
    )
    assert restored.returncode == 0, restored.stderr
    out = json.loads(restored.stdout)
    assert out["restored"] is True and out["destination"] == (
        "rtmp_custom, rtmp://ingest.example.invalid"
    )
    assert "streamers-own-key" not in restored.stdout
    assert restore_point.same_destination(await obs_controller.get_service(), STREAMERS_OWN)
    nothing = await asyncio.to_thread(
        run_cli, "obs-restore", "--obs", obs_arg, "--json", env=restore_env
    )
    assert nothing.returncode == 0
    assert json.loads(nothing.stdout)["outcome"] == "nothing_to_restore"
    check = await asyncio.to_thread(
        run_cli, "obs-restore", "--obs", obs_arg, "--check", env=restore_env
    )
    assert check.returncode == 0 and "nothing to restore" in check.stdout


async def test_cli_create_while_obs_is_live_creates_nothing(
    obs_controller: ObsController, obs_instance, rtmp_listener: NginxRtmpListener, stream_key: str
) -> None:
    """A stream-deck button pressed twice while live must not leave unused streams behind."""
    await obs_controller.set_service(
        ObsServiceSettings("rtmp_custom", {"server": rtmp_listener.rtmp_server, "key": stream_key})
    )
    await obs_controller.start_streaming_and_wait()
    api = SandboxApi()
    with start_server_in_thread(api) as sandbox:
        env = sandbox_env(sandbox.url, OBS_WEBSOCKET_PASSWORD=obs_instance.password)
        proc = await asyncio.to_thread(
            run_cli, "create", "--obs", f"127.0.0.1:{obs_instance.port}", "--json", env=env
        )
    assert proc.returncode == exit_codes.OBS_LIVE, proc.stderr
    error = json.loads(proc.stdout)["error"]
    assert error["code"] == exit_codes.OBS_LIVE and "nothing was created" in error["message"]
    assert len(api.streams) == 0
    assert (await obs_controller.get_stream_status()).active
    assert (await obs_controller.get_service()).settings["key"] == stream_key
