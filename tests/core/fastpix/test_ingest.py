"""RTMPS / SRT ingest targets, the rtmp_custom objects pushed into OBS, and playback URLs."""

from __future__ import annotations

import pytest

from fastpix_desktop.core.fastpix.ingest import (
    DEFAULT_PLAYBACK_BASE,
    DEFAULT_RTMPS_SERVER,
    DEFAULT_SRT_SERVER,
    IngestHosts,
    IngestTarget,
    ingest_target,
    playback_url,
)
from fastpix_desktop.core.models import (
    AccessPolicy,
    LiveStream,
    ObsServiceSettings,
    PlaybackId,
    Protocol,
)

STREAM_ID = "91b8484250e5a1ed03fd4e100b807082"
STREAM_KEY = "ba016466451c770511d5992ec54bb271k91b8484250e5a1ed03fd4e100b807082"
SRT_SECRET = "b0a434dfeb98f5ad3c18ed27b2ea1972k91b8484250e5a1ed03fd4e100b807082"
PLAYBACK_ID = "b957a4c3-094e-4986-b89c-2bec49b01266"

STREAM = LiveStream(stream_id=STREAM_ID, stream_key=STREAM_KEY, srt_secret=SRT_SECRET)
LOCAL = IngestHosts(
    rtmps_server="rtmp://127.0.0.1:1935/live",
    srt_server="srt://127.0.0.1:9000",
    playback_base="http://127.0.0.1:8080/hls/",
)


def test_documented_defaults() -> None:
    assert DEFAULT_RTMPS_SERVER == "rtmps://live.fastpix.com:443/live"
    assert DEFAULT_SRT_SERVER == "srt://live.fastpix.com:778"
    assert DEFAULT_PLAYBACK_BASE == "https://stream.fastpix.com"
    assert IngestHosts() == IngestHosts(
        DEFAULT_RTMPS_SERVER, DEFAULT_SRT_SERVER, DEFAULT_PLAYBACK_BASE
    )


def test_rtmps_target_uses_the_stream_key() -> None:
    target = ingest_target(STREAM, Protocol.RTMPS)
    assert target == IngestTarget(Protocol.RTMPS, DEFAULT_RTMPS_SERVER, key=STREAM_KEY)
    assert target.passphrase == ""


def test_rtmps_obs_service_is_the_full_object() -> None:
    service = ingest_target(STREAM, Protocol.RTMPS).obs_service()
    assert service == ObsServiceSettings(
        "rtmp_custom",
        {
            "server": DEFAULT_RTMPS_SERVER,
            "key": STREAM_KEY,
            "use_auth": False,
            "username": "",
            "password": "",
        },
    )
    assert service.to_dict() == {"type": "rtmp_custom", "settings": dict(service.settings)}


def test_srt_target_uses_stream_id_and_passphrase() -> None:
    target = ingest_target(STREAM, Protocol.SRT)
    assert target.server == DEFAULT_SRT_SERVER
    assert target.key == STREAM_ID
    assert target.passphrase == SRT_SECRET


def test_srt_obs_service_keeps_the_passphrase_out_of_the_url() -> None:
    service = ingest_target(STREAM, Protocol.SRT).obs_service()
    assert service == ObsServiceSettings(
        "rtmp_custom",
        {
            "server": DEFAULT_SRT_SERVER,
            "key": STREAM_ID,
            "use_auth": True,
            "username": "",
            "password": SRT_SECRET,
        },
    )
    assert SRT_SECRET not in service.settings["server"]


def test_srt_one_line_url_has_raw_streamid_and_passphrase() -> None:
    url = ingest_target(STREAM, Protocol.SRT).one_line_url()
    assert url == f"srt://live.fastpix.com:778?streamid={STREAM_ID}&passphrase={SRT_SECRET}"


def test_rtmps_one_line_url_appends_the_key() -> None:
    assert ingest_target(STREAM, Protocol.RTMPS).one_line_url() == (
        f"rtmps://live.fastpix.com:443/live/{STREAM_KEY}"
    )
    slash = IngestTarget(Protocol.RTMPS, "rtmps://host:443/live/", key="k")
    assert slash.one_line_url() == "rtmps://host:443/live/k"


@pytest.mark.parametrize(
    ("protocol", "server"),
    [(Protocol.RTMPS, "rtmp://127.0.0.1:1935/live"), (Protocol.SRT, "srt://127.0.0.1:9000")],
)
def test_custom_hosts(protocol: Protocol, server: str) -> None:
    target = ingest_target(STREAM, protocol, LOCAL)
    assert target.server == server
    assert target.obs_service().settings["server"] == server
    assert target.one_line_url().startswith(server)


def test_playback_url() -> None:
    assert playback_url(PLAYBACK_ID) == f"https://stream.fastpix.com/{PLAYBACK_ID}.m3u8"
    assert playback_url(PlaybackId(PLAYBACK_ID, AccessPolicy.PUBLIC)) == (
        f"https://stream.fastpix.com/{PLAYBACK_ID}.m3u8"
    )


def test_playback_url_with_dvr() -> None:
    assert playback_url(PLAYBACK_ID, dvr=True) == (
        f"https://stream.fastpix.com/{PLAYBACK_ID}.m3u8?dvrMode=true"
    )


def test_playback_url_with_custom_host() -> None:
    assert playback_url(PLAYBACK_ID, hosts=LOCAL) == (
        f"http://127.0.0.1:8080/hls/{PLAYBACK_ID}.m3u8"
    )
    assert playback_url(PLAYBACK_ID, dvr=True, hosts=LOCAL).endswith(".m3u8?dvrMode=true")
