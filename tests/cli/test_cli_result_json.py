"""The JSON that `create --json` and `use --json` print for a result (cli_support.golive_json,
the same object for both), to the byte: scripts parse these keys and may depend on
their order, so every key, value and position is pinned here. tests/cli/test_cli.py and
tests/integration/test_restore_real_obs.py run the commands themselves."""

from __future__ import annotations

import pytest

from fastpix_desktop.cli import support as cli_support
from fastpix_desktop.core.errors import ObsStreamStartError
from fastpix_desktop.core.fastpix.ingest import IngestHosts, ingest_target
from fastpix_desktop.core.golive.use_cases import GoLiveResult
from fastpix_desktop.core.models import PlaybackId, Protocol
from tests.doubles import SRT_SECRET, STREAM_ID, STREAM_KEY, make_stream

HOSTS = IngestHosts(
    rtmps_server="rtmps://in.example.invalid:443/live",
    srt_server="srt://in.example.invalid:778",
    playback_base="https://play.example.invalid",
)
PLAYBACK = (PlaybackId("p-1"), PlaybackId("p-2"))


def result(protocol: Protocol, **changes) -> GoLiveResult:
    stream = make_stream(
        status="active",
        metadata={"livestream_name": "Café live"},
        playback_ids=PLAYBACK,
        enable_dvr=changes.pop("dvr", False),
    )
    return GoLiveResult(stream=stream, target=ingest_target(stream, protocol, HOSTS), **changes)


def line(res: GoLiveResult, *, show: bool, capsys: pytest.CaptureFixture[str]) -> str:
    """What `create --json` and `use --json` print (the same object for both)."""
    cli_support.print_json(cli_support.golive_json(res, hosts=HOSTS, show=show))
    return capsys.readouterr().out.rstrip("\n")


OBS_OK = '"obs": {"configured": true, "started": true, "error": null}'
URLS = '"playbackUrls": ["https://play.example.invalid/p-1.m3u8", "https://play.example.invalid/p-2.m3u8"]'
RTMPS = '"protocol": "rtmps", "server": "rtmps://in.example.invalid:443/live"'
SRT = '"protocol": "srt", "server": "srt://in.example.invalid:778"'


def test_create_json_rtmps_with_dvr_and_the_key(capsys) -> None:
    res = result(Protocol.RTMPS, dvr=True, obs_configured=True, obs_started=True)
    assert line(res, show=True, capsys=capsys) == (
        f'{{"streamId": "{STREAM_ID}", "name": "Café live", "status": "active", {RTMPS}, '
        f"{URLS}, {OBS_OK}, "
        '"dvrPlaybackUrls": ["https://play.example.invalid/p-1.m3u8?dvrMode=true", '
        '"https://play.example.invalid/p-2.m3u8?dvrMode=true"], '
        f'"streamKey": "{STREAM_KEY}"}}'
    )


def test_create_json_srt_failed_start_skipped_restore_point_and_hidden_keys(capsys) -> None:
    res = result(
        Protocol.SRT,
        obs_configured=True,
        obs_error=ObsStreamStartError("no start"),
        restore_point_skipped="no keyring",
    )
    assert line(res, show=False, capsys=capsys) == (
        f'{{"streamId": "{STREAM_ID}", "name": "Café live", "status": "active", {SRT}, {URLS}, '
        '"obs": {"configured": true, "started": false, "error": "no start", '
        '"restorePointSkipped": "no keyring"}}'
    )


def test_create_json_srt_secrets(capsys) -> None:
    res = result(Protocol.SRT)
    assert line(res, show=True, capsys=capsys) == (
        f'{{"streamId": "{STREAM_ID}", "name": "Café live", "status": "active", {SRT}, {URLS}, '
        '"obs": {"configured": false, "started": false, "error": null}, '
        f'"srtStreamId": "{STREAM_ID}", "srtPassphrase": "{SRT_SECRET}", '
        f'"srtUrl": "srt://in.example.invalid:778?streamid={STREAM_ID}&passphrase={SRT_SECRET}"}}'
    )


def test_without_dvr_there_are_no_dvr_urls(capsys) -> None:
    res = result(Protocol.RTMPS, obs_configured=True, obs_started=True)
    assert line(res, show=True, capsys=capsys) == (
        f'{{"streamId": "{STREAM_ID}", "name": "Café live", "status": "active", {RTMPS}, '
        f'{URLS}, {OBS_OK}, "streamKey": "{STREAM_KEY}"}}'
    )


def test_use_json_srt_with_a_skipped_restore_point_and_secrets(capsys) -> None:
    res = result(Protocol.SRT, obs_configured=True, restore_point_skipped="no keyring")
    assert line(res, show=True, capsys=capsys) == (
        f'{{"streamId": "{STREAM_ID}", "name": "Café live", "status": "active", {SRT}, {URLS}, '
        '"obs": {"configured": true, "started": false, "error": null, '
        '"restorePointSkipped": "no keyring"}, '
        f'"srtStreamId": "{STREAM_ID}", "srtPassphrase": "{SRT_SECRET}", '
        f'"srtUrl": "srt://in.example.invalid:778?streamid={STREAM_ID}&passphrase={SRT_SECRET}"}}'
    )


def test_use_json_hides_the_key_by_default(capsys) -> None:
    res = result(Protocol.RTMPS)
    printed = line(res, show=False, capsys=capsys)
    assert printed.endswith('"obs": {"configured": false, "started": false, "error": null}}')
    assert STREAM_KEY not in printed


def test_a_skipped_restore_point_is_a_warning_on_stderr(capsys) -> None:
    cli_support.warn_restore_point_skipped(result(Protocol.RTMPS))
    assert capsys.readouterr().err == ""
    cli_support.warn_restore_point_skipped(
        result(Protocol.RTMPS, restore_point_skipped="the keyring is locked")
    )
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == (
        "warning: OBS was changed without saving its previous destination "
        "(--no-restore-point): the keyring is locked.\n"
    )
