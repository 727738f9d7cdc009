"""End to end: the go-live use cases and the `create` command against a real OBS, the sandbox and
real RTMPS / SRT listeners that check the key and the passphrase."""

from __future__ import annotations

import asyncio
import json
import subprocess
import time
from pathlib import Path

import pytest

from fastpix_desktop.core.errors import ObsLiveError
from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.golive import use_cases as golive
from fastpix_desktop.core.models import ObsServiceSettings, Protocol, StreamSettings
from fastpix_desktop.core.obs import ObsController
from fastpix_desktop.core.secrets import SecretStore
from fastpix_desktop.sandbox import SandboxApi
from fastpix_desktop.sandbox.server import start_server_in_thread
from fastpix_desktop.sandbox.state import SandboxState
from tests.cli_helpers import file_keyring_env, run_cli, sandbox_env

from .listeners import NginxRtmpListener, SrtListener

pytestmark = pytest.mark.obs

# The streamer's own destination before the app touches OBS (same type the app pushes, so a
# naive restore would merge and keep the app's use_auth / password).
USERS_OWN = ObsServiceSettings(
    "rtmp_custom", {"server": "rtmp://ingest.example.invalid/app", "key": "users-own-key"}
)


async def cli_create_and_start(
    obs_instance, sandbox_url: str, cli_keyring: Path, *args: str, **env: str
) -> subprocess.CompletedProcess[str]:
    """``create ARGS --obs <the shared OBS> --start --json`` run as a script would, against the
    sandbox at ``sandbox_url``, with the test's keyring file and ``env`` added."""
    return await asyncio.to_thread(
        run_cli,
        "create",
        *args,
        "--obs",
        f"127.0.0.1:{obs_instance.port}",
        "--start",
        "--json",
        env=sandbox_env(
            sandbox_url,
            OBS_WEBSOCKET_PASSWORD=obs_instance.password,
            **env,
            **file_keyring_env(cli_keyring),
        ),
    )


async def wait_until(predicate, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting for media")
        await asyncio.sleep(0.1)


async def test_srt_push_then_restore_gives_back_the_original_exactly(
    obs_controller: ObsController, obs_instance, fastpix: FastPixClient, store: SecretStore
) -> None:
    await obs_controller.set_service(USERS_OWN)
    original = await obs_controller.get_service()

    result = await golive.create_and_configure(
        fastpix=fastpix,
        obs=obs_controller,
        secrets=store,
        settings=StreamSettings(name="e2e"),
        protocol=Protocol.SRT,
        hosts=IngestHosts(),
    )
    assert result.obs_configured, result.obs_error
    pushed = await obs_controller.get_service()
    assert pushed.settings["key"] == result.stream.stream_id
    assert pushed.settings["password"] == result.stream.srt_secret
    assert pushed.settings["use_auth"] is True

    restored = await golive.restore_previous(obs=obs_controller, secrets=store)
    assert restored == original
    now = await obs_controller.get_service()
    assert now.service_type == original.service_type
    assert dict(now.settings) == dict(original.settings)
    on_disk = obs_instance.read_service_json()
    assert on_disk["type"] == "rtmp_custom"
    assert "password" not in on_disk["settings"] or not on_disk["settings"]["password"]
    assert on_disk["settings"]["key"] == "users-own-key"


async def test_live_obs_is_left_alone_and_nothing_is_created(
    obs_controller: ObsController,
    rtmp_listener: NginxRtmpListener,
    stream_key: str,
    fastpix: FastPixClient,
    store: SecretStore,
) -> None:
    """Declining "OBS is live" creates nothing (issue 10 item 4); accepting stops and goes on."""
    live_target = ObsServiceSettings(
        "rtmp_custom",
        {"server": rtmp_listener.rtmp_server, "key": stream_key, "use_auth": False},
    )
    await obs_controller.set_service(live_target)
    await obs_controller.start_streaming_and_wait()

    async def decline() -> bool:
        return False

    with pytest.raises(ObsLiveError):
        await golive.create_and_configure(
            fastpix=fastpix,
            obs=obs_controller,
            secrets=store,
            settings=StreamSettings(),
            protocol=Protocol.RTMPS,
            confirm_stop_live=decline,
        )
    assert (await fastpix.list_streams()).total_records == 0  # nothing created
    assert (await obs_controller.get_stream_status()).active
    assert (await obs_controller.get_service()).settings["key"] == stream_key

    async def accept() -> bool:
        return True

    retry = await golive.create_and_configure(
        fastpix=fastpix,
        obs=obs_controller,
        secrets=store,
        settings=StreamSettings(),
        protocol=Protocol.RTMPS,
        confirm_stop_live=accept,
    )
    assert retry.obs_configured, retry.obs_error
    assert not (await obs_controller.get_stream_status()).active
    assert (await obs_controller.get_service()).settings["key"] == retry.stream.stream_key


async def test_cli_create_srt_start_streams_with_the_passphrase(
    obs_controller: ObsController, obs_instance, listener_workdir: Path, cli_keyring: Path
) -> None:
    seed = 4242
    expected = SandboxState(seed=seed).create_stream()
    listener = SrtListener(listener_workdir / "srt-e2e", passphrase=expected.srt_secret).start()
    try:
        with start_server_in_thread(SandboxApi(seed=seed)) as sandbox:
            proc = await cli_create_and_start(
                obs_instance,
                sandbox.url,
                cli_keyring,
                "--protocol",
                "srt",
                FASTPIX_SRT_SERVER=listener.server,
            )
        assert proc.returncode == 0, proc.stderr
        data = json.loads(proc.stdout)
        assert data["streamId"] == expected.stream_id
        warnings = data["obs"].pop("warnings")  # the broadcast guard, run before the start
        assert data["obs"] == {"configured": True, "started": True, "error": None}
        # OBS's default reconnect against the default 60 s window, and SRT before OBS 32.
        assert any("new broadcast" in w for w in warnings)
        srt_note = any("SRT reconnect" in w for w in warnings)
        assert srt_note is (obs_instance.major < 32)
        assert "check --fix reconnect" in proc.stderr
        assert expected.srt_secret not in proc.stdout + proc.stderr
        await wait_until(lambda: listener.bytes_received() > 50_000)
        await obs_controller.stop_streaming_and_wait()
        assert listener.media_packets().get("video", 0) > 0
    finally:
        listener.stop()


async def test_cli_create_rtmps_start_streams_with_the_key(
    obs_controller: ObsController,
    obs_instance,
    rtmps_listener: NginxRtmpListener,
    cli_keyring: Path,
) -> None:
    seed = 777
    expected = SandboxState(seed=seed).create_stream()
    rtmps_listener.accepted_keys.add(expected.stream_key)
    with start_server_in_thread(SandboxApi(seed=seed)) as sandbox:
        proc = await cli_create_and_start(
            obs_instance,
            sandbox.url,
            cli_keyring,
            FASTPIX_RTMPS_SERVER=rtmps_listener.rtmps_server,
        )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["obs"]["started"] is True
    await asyncio.sleep(1.5)
    await obs_controller.stop_streaming_and_wait()
    await asyncio.to_thread(rtmps_listener.wait_finished, expected.stream_key)
    assert expected.stream_key in rtmps_listener.published
    assert rtmps_listener.media_packets(expected.stream_key).get("video", 0) > 0


async def test_cli_create_with_a_wrong_obs_password_creates_nothing(obs_instance) -> None:
    api = SandboxApi()
    with start_server_in_thread(api) as sandbox:
        proc = await asyncio.to_thread(
            run_cli,
            "create",
            "--obs",
            f"127.0.0.1:{obs_instance.port}",
            env=sandbox_env(sandbox.url, OBS_WEBSOCKET_PASSWORD="definitely-wrong"),
        )
    assert proc.returncode == 6
    assert "password" in proc.stderr.lower()
    assert "definitely-wrong" not in proc.stderr
    assert len(api.streams) == 0


async def test_restore_on_a_fresh_obs_profile(
    obs_factory, fastpix: FastPixClient, store: SecretStore
) -> None:
    """Found by hand: a fresh profile's destination is rtmp_common with no settings at all,
    and obs-websocket refuses to be sent an empty settings object."""
    fresh = obs_factory()
    controller = ObsController(fresh.info)
    try:
        await controller.connect()
        original = await controller.get_service()
        assert original.settings == {}
        result = await golive.create_and_configure(
            fastpix=fastpix,
            obs=controller,
            secrets=store,
            settings=StreamSettings(),
            protocol=Protocol.RTMPS,
        )
        assert result.obs_configured, result.obs_error
        await golive.restore_previous(obs=controller, secrets=store)
        now = await controller.get_service()
        assert now.service_type == original.service_type == "rtmp_common"
        assert {k: v for k, v in now.settings.items() if k != "bwtest"} == {}
        assert "key" not in (fresh.read_service_json() or {}).get("settings", {})
    finally:
        await controller.close()
