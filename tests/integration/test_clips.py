"""Clip that, with a real OBS: OBS streams to nginx-rtmp, whose HLS output is the timeline the
sandbox's playback host cuts clips from; ``clip --last 20s`` is handed to a running instance,
and the clip's manifest holds exactly the segments of those 20 seconds."""

from __future__ import annotations

import asyncio
import json
import os
from collections.abc import Iterator
from pathlib import Path

import httpx
import m3u8
import pytest

from fastpix_desktop.core.obs import ObsController
from fastpix_desktop.sandbox import SandboxApi
from fastpix_desktop.sandbox.hls import clip_segments, parse_media_playlist
from fastpix_desktop.sandbox.server import RunningSandbox, start_server_in_thread
from tests.cli_helpers import run_cli, sandbox_env

from .listeners import NginxRtmpListener
from .obs_harness import HeadlessObs
from .test_on_air import HostProcess, wait_for

pytestmark = pytest.mark.obs


@pytest.fixture
def hls_sandbox(rtmp_listener: NginxRtmpListener) -> Iterator[RunningSandbox]:
    with start_server_in_thread(SandboxApi(hls_dir=str(rtmp_listener.hls_dir))) as running:
        yield running


async def test_clip_the_last_20_seconds_through_a_running_instance(
    tmp_path: Path,
    obs_controller: ObsController,
    obs_instance: HeadlessObs,
    hls_sandbox: RunningSandbox,
    rtmp_listener: NginxRtmpListener,
) -> None:
    sandbox = hls_sandbox
    record = sandbox.api.state.create_stream()
    playback_base = sandbox.url.removesuffix("/v1")
    cli_env = {
        **sandbox_env(sandbox.url),
        "FASTPIX_DESKTOP_STATE_DIR": str(tmp_path / "state"),
        "FASTPIX_RTMPS_SERVER": rtmp_listener.rtmp_server,
        "FASTPIX_PLAYBACK_BASE": playback_base,
        "OBS_WEBSOCKET_PASSWORD": obs_instance.password,
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FASTPIX_", "OBS_"))}
    env.update(cli_env)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"

    async def cli(*args: str) -> dict:
        done = await asyncio.to_thread(run_cli, *args, "--json", env=cli_env, timeout=60)
        assert done.returncode == 0, done.stdout + done.stderr
        return json.loads(done.stdout)

    def hls_seconds() -> float:
        path = rtmp_listener.hls_dir / f"{record.stream_key}.m3u8"
        if not path.exists():
            return 0.0
        return sum(s.duration for s in parse_media_playlist(path.read_text()))

    # The OBS is shared by the real-OBS tests: its own (pre-seeded) destination goes back after.
    original = await obs_controller.get_service()
    with rtmp_listener.follow(sandbox.url):
        host = await asyncio.to_thread(HostProcess, env, obs_instance)
        try:
            started = await cli("go-live", record.stream_id, "--no-restore-point")
            assert started["obs"]["started"] is True, started
            await wait_for(lambda: record.status == "active", "FastPix active", timeout=30)
            await wait_for(lambda: "live" in host.notifications, "live confirmed")
            await wait_for(lambda: hls_seconds() >= 26, "26 s of HLS", timeout=90)

            clip = await cli("clip", "--last", "20s")

            assert clip["streamId"] == record.stream_id and clip["approximate"] is True
            assert clip["end"] - clip["start"] == 20
            assert record.stream_key not in json.dumps(clip)
            manifest = httpx.get(clip["url"], timeout=10)
            assert manifest.status_code == 200, manifest.text
            got = m3u8.loads(manifest.text)
            timeline = parse_media_playlist(
                (rtmp_listener.hls_dir / f"{record.stream_key}.m3u8").read_text()
            )
            wanted = clip_segments(timeline, clip["start"], clip["end"])
            assert got.is_endlist
            assert [int(s.uri.rsplit("-", 1)[1].removesuffix(".ts")) for s in got.segments] == [
                s.sequence for s in wanted
            ]
            first, last = wanted[0], wanted[-1]
            assert first.start <= clip["start"] < first.end  # start snapped down
            assert last.start < clip["end"] <= last.end  # end snapped up
            segment = httpx.get(f"{playback_base}/{got.segments[0].uri}", timeout=10)
            assert segment.status_code == 200 and segment.content[:1] == b"G"  # MPEG-TS

            # FastPix listed it as a media of the stream (the app found it in live-clips).
            assert sandbox.api.on_demand.clip(clip["mediaId"]) is not None
        finally:
            await cli("end")
            await asyncio.to_thread(host.stop)
            await obs_controller.set_service(original)
