"""Clip that from the real window with a real OBS (issue 23): OBS streams to nginx-rtmp, whose HLS
output is the timeline the sandbox's playback host cuts clips from. The window's Clip that button
and a second launch's ``clip --last 20s --json`` (handed to the window) both give a link whose
manifest, fetched over HTTP, holds exactly the segments of the clipped seconds."""

# ruff: noqa: F811  (the fixtures imported from tests/ui/conftest.py are parameters here)
from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import httpx
import m3u8
import pytest

from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.library import my_channel
from fastpix_desktop.sandbox import RunningSandbox, SandboxApi, start_server_in_thread
from fastpix_desktop.sandbox.hls import clip_segments, parse_media_playlist
from tests.cli_helpers import run_cli, sandbox_env
from tests.ui.conftest import (  # noqa: F401 (fixtures)
    answer_prompt,
    app_settings,
    collect_after_each_test,
    garbage_collected_on_the_gui_thread,
    isolated_qsettings,
    isolated_user_dirs,
    make_window,
    opened_urls,
    qloop,
    secrets,
    stored_credentials,
    unexpected_errors,
    wait_running,
)

from .listeners import NginxRtmpListener
from .test_window_real_obs import (  # noqa: F401 (fixtures)
    CHANNEL,
    WAIT_S,
    fastpix,
    go_live_on_my_channel,
    idle_window,
    loaded,
    obs,
    obs_clients,
    open_window,
    seed_with_sdk,
    wait_idle,
)

pytestmark = pytest.mark.obs

# The button cuts the last 30 s (core/recordings/clips.DEFAULT_LAST_S); a few seconds more of HLS
# keep its start past the broadcast's second 0, so nothing is shortened.
BUTTON_S = 30
HLS_NEEDED_S = BUTTON_S + 6


@pytest.fixture
def sandbox(rtmps_listener: NginxRtmpListener) -> Iterator[RunningSandbox]:
    """The sandbox over HTTP, asked by nginx-rtmp about every key, cutting clips from nginx's
    HLS output on its playback host."""
    api = SandboxApi(hls_dir=str(rtmps_listener.hls_dir))
    with start_server_in_thread(api) as server, rtmps_listener.follow(server.url):
        yield server


@pytest.fixture
def hosts(rtmps_listener: NginxRtmpListener, sandbox: RunningSandbox) -> IngestHosts:
    return IngestHosts(
        rtmps_server=rtmps_listener.rtmps_server,
        playback_base=sandbox.url.removesuffix("/v1"),
    )


def _range_of(url: str) -> tuple[int, int]:
    """The clip's start and end seconds, as the link asks FastPix for them."""
    query = parse_qs(urlsplit(url).query)
    return int(query["start"][0].removesuffix("s")), int(query["end"][0].removesuffix("s"))


def _assert_manifest_is_the_range(
    url: str, start: int, end: int, *, listener: NginxRtmpListener, key: str, base: str
) -> None:
    """The clip's manifest, from the playback host, lists exactly nginx's segments of
    start..end (start snapped down, end snapped up), and they are MPEG-TS."""
    assert key not in url
    manifest = httpx.get(url, timeout=10)
    assert manifest.status_code == 200, manifest.text
    got = m3u8.loads(manifest.text)
    timeline = parse_media_playlist((listener.hls_dir / f"{key}.m3u8").read_text())
    wanted = clip_segments(timeline, start, end)
    assert got.is_endlist
    assert [int(s.uri.rsplit("-", 1)[1].removesuffix(".ts")) for s in got.segments] == [
        s.sequence for s in wanted
    ]
    first, last = wanted[0], wanted[-1]
    assert first.start <= start < first.end  # start snapped down
    assert last.start < end <= last.end  # end snapped up
    segment = httpx.get(f"{base}/{got.segments[0].uri}", timeout=10)
    assert segment.status_code == 200 and segment.content[:1] == b"G"  # MPEG-TS


def test_clip_that_button_and_a_second_launchs_clip_cut_the_real_broadcast(
    open_window, qloop, sandbox, obs, rtmps_listener, hosts, tmp_path: Path
) -> None:
    (channel_id,) = seed_with_sdk(sandbox.url, (CHANNEL,))
    record = sandbox.api.streams[channel_id]
    my_channel.save(channel_id)
    playback_base = hosts.playback_base
    playlist = rtmps_listener.hls_dir / f"{record.stream_key}.m3u8"

    def hls_seconds() -> float:
        if not playlist.exists():
            return 0.0
        return sum(s.duration for s in parse_media_playlist(playlist.read_text()))

    window = open_window()
    state = tmp_path / "state"
    assert window.onair_panel.start_remote(directory=state)
    loaded(window, qloop, 1)
    panel = window.library_panel
    wait_running(qloop, lambda: panel.go_live_button.isVisible(), timeout=WAIT_S)
    go_live_on_my_channel(window, qloop)
    wait_running(qloop, lambda: record.status == "active", timeout=WAIT_S)
    wait_running(qloop, lambda: hls_seconds() >= HLS_NEEDED_S, timeout=90)
    recordings = window.recordings_panel
    wait_running(qloop, lambda: recordings.clip_button.isEnabled(), timeout=WAIT_S)

    # Clip that, in the window.
    recordings.clip_button.click()
    view = recordings.clip_view
    wait_running(qloop, lambda: view.isVisible() and view.link_value() != "", timeout=WAIT_S)
    button_url = view.link_value()
    start, end = _range_of(button_url)
    assert end - start == BUTTON_S
    assert view.range_label.text().startswith("Clip of ")
    _assert_manifest_is_the_range(
        button_url,
        start,
        end,
        listener=rtmps_listener,
        key=record.stream_key,
        base=playback_base,
    )

    # A second launch while the window runs: `clip --last 20s --json`, answered by the window.
    cli_env = {
        **sandbox_env(sandbox.url),
        "FASTPIX_DESKTOP_STATE_DIR": str(state),
        "FASTPIX_PLAYBACK_BASE": playback_base,
    }
    done = qloop.run_until_complete(
        asyncio.to_thread(run_cli, "clip", "--last", "20s", "--json", env=cli_env, timeout=60)
    )
    assert done.returncode == 0, done.stdout + done.stderr
    clip = json.loads(done.stdout)
    assert clip["streamId"] == channel_id and clip["approximate"] is True
    assert clip["end"] - clip["start"] == 20
    assert _range_of(clip["url"]) == (clip["start"], clip["end"])
    assert record.stream_key not in json.dumps(clip)
    _assert_manifest_is_the_range(
        clip["url"],
        clip["start"],
        clip["end"],
        listener=rtmps_listener,
        key=record.stream_key,
        base=playback_base,
    )
    # The window shows the second launch's clip too.
    wait_running(qloop, lambda: view.link_value() == clip["url"], timeout=WAIT_S)

    window.live_panel.end_button.click()
    assert answer_prompt(qloop, window) == f"End the broadcast on {CHANNEL}?"
    wait_running(qloop, lambda: window.live_panel.headline.text() == "Not live", timeout=WAIT_S)
    wait_idle(qloop, window)
    assert not qloop.run_until_complete(obs.get_stream_status()).active
    # The shared OBS's own destination goes back in obs_clients' teardown.
