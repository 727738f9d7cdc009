"""The sandbox's on-demand side: a recording per broadcast session that becomes Ready after the
session ends, mp4Support and its downloads, and instant clips cut by the playback host."""

from __future__ import annotations

import base64
from pathlib import Path

import m3u8
import pytest

from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY, SandboxApi
from fastpix_desktop.sandbox.media import PROCESSING_S
from tests.sandbox.test_sandbox_ingest_hook import FakeClock

AUTH = {
    "Authorization": "Basic "
    + base64.b64encode(f"{DEMO_ACCESS_TOKEN_ID}:{DEMO_SECRET_KEY}".encode()).decode()
}


def _api(tmp_path: Path | None = None) -> tuple[SandboxApi, FakeClock]:
    clock = FakeClock()
    return SandboxApi(seed=5, clock=clock, hls_dir=str(tmp_path) if tmp_path else None), clock


def _stream(api: SandboxApi, **media: object) -> str:
    body = {"playbackSettings": {"accessPolicy": "public"}, "inputMediaSettings": dict(media)}
    import json

    answer = api.handle("POST", "/v1/live/streams", headers=AUTH, body=json.dumps(body).encode())
    assert answer.status == 201
    return str(answer.json()["data"]["streamId"])


def _get(api: SandboxApi, path: str, query: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return api.handle("GET", path, query=query, headers=AUTH)


def test_each_session_has_a_recording_that_is_created_then_ready_after_it_ends() -> None:
    api, clock = _api()
    stream_id = _stream(api, reconnectWindow=60)
    key = api.streams[stream_id].stream_key
    assert api.publish(key)
    clock.advance(100)
    api.unpublish(key)
    clock.advance(30)  # back within the window: the same session, the same recording
    assert api.publish(key)
    clock.advance(20)
    api.unpublish(key)

    media_ids = _get(api, f"/v1/live/streams/{stream_id}").json()["data"]["mediaIds"]
    assert len(media_ids) == 1
    live = _get(api, f"/v1/on-demand/{media_ids[0]}").json()["data"]
    assert live["status"] == "Created" and "duration" not in live
    assert live["streamId"] == stream_id

    clock.advance(60 + PROCESSING_S)  # the window ran out, then processing finished
    ready = _get(api, f"/v1/on-demand/{media_ids[0]}").json()["data"]
    assert ready["status"] == "Ready"
    assert ready["duration"] == "00:02:30"  # publish to the last unpublish: 100 + 30 + 20 s

    assert api.publish(key)  # after the window: a new broadcast, a new recording
    second = _get(api, f"/v1/live/streams/{stream_id}").json()["data"]["mediaIds"]
    assert len(second) == 2 and second[0] == media_ids[0]


def test_finish_ends_the_session_at_once_and_a_stream_without_recording_has_none() -> None:
    api, clock = _api()
    stream_id = _stream(api)
    api.set_status(stream_id, "active")
    clock.advance(42)
    assert api.handle("PUT", f"/v1/live/streams/{stream_id}/finish", headers=AUTH).status == 200
    clock.advance(PROCESSING_S)
    media_id = _get(api, f"/v1/live/streams/{stream_id}").json()["data"]["mediaIds"][0]
    assert _get(api, f"/v1/on-demand/{media_id}").json()["data"]["duration"] == "00:00:42"

    unrecorded = _stream(api, enableRecording=False)
    api.set_status(unrecorded, "active")
    assert "mediaIds" not in _get(api, f"/v1/live/streams/{unrecorded}").json()["data"]


def test_mp4_support_validates_and_unlocks_the_download(tmp_path: Path) -> None:
    api, clock = _api()
    stream_id = _stream(api)
    api.set_status(stream_id, "active")
    api.set_status(stream_id, "idle")
    clock.advance(PROCESSING_S)
    media_id = _get(api, f"/v1/live/streams/{stream_id}").json()["data"]["mediaIds"][0]
    media = _get(api, f"/v1/on-demand/{media_id}").json()["data"]
    playback_id = media["playbackIds"][0]["id"]
    assert "mp4Support" not in media
    assert api.handle("GET", f"/{playback_id}/capped-4k.mp4").status == 404

    def patch(body: bytes, target: str = media_id) -> int:
        path = f"/v1/on-demand/{target}/update-mp4Support"
        return api.handle("PATCH", path, headers=AUTH, body=body).status

    assert patch(b'{"mp4Support": "capped_8k"}') == 422
    assert patch(b"{nope") == 400
    assert patch(b'{"mp4Support": "capped_4k"}', "4fa85f64-5717-4562-b3fc-2c963f66afa6") == 404
    assert patch(b'{"mp4Support": "capped_4k"}') == 200
    assert _get(api, f"/v1/on-demand/{media_id}").json()["data"]["mp4Support"] == "capped_4k"
    download = api.handle("GET", f"/{playback_id}/capped-4k.mp4")
    assert download.status == 200 and download.body[4:8] == b"ftyp"
    assert api.handle("GET", f"/{playback_id}/audio.m4a").status == 404
    assert _get(api, "/v1/on-demand/4fa85f64-5717-4562-b3fc-2c963f66afa6").status == 404


def _nginx_playlist(directory: Path, key: str, durations: list[float], first: int = 0) -> None:
    """A playlist as nginx-rtmp's HLS writes it (segments named after the stream key)."""
    lines = ["#EXTM3U", "#EXT-X-VERSION:3", f"#EXT-X-MEDIA-SEQUENCE:{first}"]
    lines.append("#EXT-X-TARGETDURATION:5")
    for number, duration in enumerate(durations, start=first):
        lines += [f"#EXTINF:{duration:.3f},", f"{key}-{number}.ts"]
        (directory / f"{key}-{number}.ts").write_bytes(b"G" + bytes([number % 256]) * 187)
    (directory / f"{key}.m3u8").write_text("\n".join(lines) + "\n")


def test_a_clip_is_trimmed_to_whole_segments_of_the_real_timeline(tmp_path: Path) -> None:
    api, _clock = _api(tmp_path)
    stream_id = _stream(api)
    record = api.streams[stream_id]
    assert api.publish(record.stream_key)
    _nginx_playlist(tmp_path, record.stream_key, [4.0] * 15)  # 0-60 s
    playback_id = record.playback_ids[0].id

    answer = api.handle("GET", f"/{playback_id}.m3u8", query="start=10s&end=30s")

    assert answer.status == 200
    clip = m3u8.loads(answer.body.decode())
    assert clip.is_endlist and clip.media_sequence == 2  # 8-12 s holds second 10
    assert [s.duration for s in clip.segments] == [4.0] * 6  # 8 ... 32 s: snapped outwards
    assert record.stream_key not in answer.body.decode()  # the key names nginx's files only
    listed = _get(api, f"/v1/on-demand/{stream_id}/live-clips").json()
    assert listed["pagination"]["totalRecords"] == 1
    media = listed["data"][0]
    assert media["status"] == "Ready" and media["duration"] == "00:00:24"

    again = api.handle("GET", f"/{playback_id}.m3u8", query="start=10s&end=30s")
    assert again.body == answer.body  # a player's retry is the same clip
    assert (
        _get(api, f"/v1/on-demand/{stream_id}/live-clips").json()["pagination"]["totalRecords"] == 1
    )

    clip_pid = media["playbackIds"][0]["id"]
    vod = m3u8.loads(api.handle("GET", f"/{clip_pid}.m3u8").body.decode())
    assert vod.segments[0].uri == f"{clip_pid}/segment-2.ts"
    segment = api.handle("GET", f"/{clip_pid}/segment-2.ts")
    assert segment.status == 200 and segment.body == b"G" + bytes([2]) * 187
    assert api.handle("GET", f"/{clip_pid}/segment-14.ts").status == 404  # not in the clip


@pytest.mark.parametrize(
    ("query", "status"),
    [
        ("start=30s&end=10s", 400),
        ("start=abc&end=10s", 400),
        ("start=10s", 400),
        ("start=10s&end=20s&clipAccess=secret", 400),
        ("start=500s&end=520s", 400),  # beyond the live edge
    ],
)
def test_bad_clip_ranges_are_refused(tmp_path: Path, query: str, status: int) -> None:
    api, clock = _api()
    stream_id = _stream(api)
    api.set_status(stream_id, "active")
    clock.advance(60)
    playback_id = api.streams[stream_id].playback_ids[0].id
    assert api.handle("GET", f"/{playback_id}.m3u8", query=query).status == status


def test_a_stream_that_never_broadcast_has_nothing_to_clip_and_private_clips_need_a_token() -> None:
    api, clock = _api()
    stream_id = _stream(api)
    playback_id = api.streams[stream_id].playback_ids[0].id
    assert api.handle("GET", f"/{playback_id}.m3u8", query="start=0s&end=10s").status == 404

    api.set_status(stream_id, "active")
    clock.advance(40)
    private = api.handle("GET", f"/{playback_id}.m3u8", query="start=0s&end=10s&clipAccess=private")
    assert private.status == 200
    listed = _get(api, f"/v1/on-demand/{stream_id}/live-clips").json()["data"][0]
    assert listed["playbackIds"][0]["accessPolicy"] == "private"
    clip_pid = listed["playbackIds"][0]["id"]
    assert api.handle("GET", f"/{clip_pid}.m3u8").status == 403  # no token


def test_a_clip_longer_than_twenty_minutes_is_trimmed() -> None:
    api, clock = _api()
    stream_id = _stream(api)
    api.set_status(stream_id, "active")
    clock.advance(3600)
    playback_id = api.streams[stream_id].playback_ids[0].id
    answer = api.handle("GET", f"/{playback_id}.m3u8", query="start=0s&end=3000s")
    clip = m3u8.loads(answer.body.decode())
    assert sum(s.duration for s in clip.segments) == 1200


def _signing_key(api: SandboxApi) -> tuple[str, str]:
    """(key ID, PEM private key) of a new key, as FastPix hands it out once."""
    created = api.handle("POST", "/v1/iam/signing-keys", headers=AUTH)
    assert created.status == 201
    data = created.json()["data"]
    return data["id"], base64.b64decode(data["privateKey"]).decode()


def test_a_private_clip_plays_only_signed_segments_included(tmp_path: Path) -> None:
    """As for live playback: unsigned refused (403), signed plays, manifest and segments both,
    whether the player came through the signed clip URL or the clip's own playback ID."""
    from fastpix_desktop.core.signing.tokens import mint

    api, _clock = _api(tmp_path)
    body = {"playbackSettings": {"accessPolicy": "private"}, "inputMediaSettings": {}}
    import json

    made = api.handle("POST", "/v1/live/streams", headers=AUTH, body=json.dumps(body).encode())
    stream_id = made.json()["data"]["streamId"]
    record = api.streams[stream_id]
    assert api.publish(record.stream_key)
    _nginx_playlist(tmp_path, record.stream_key, [4.0] * 15)
    live_pid = record.playback_ids[0].id
    key_id, pem = _signing_key(api)

    def token(pid: str) -> str:
        return mint(pem, key_id, pid, expires_in=600).token

    assert api.handle("GET", f"/{live_pid}.m3u8", query="start=10s&end=30s").status == 403
    signed = api.handle(
        "GET", f"/{live_pid}.m3u8", query=f"start=10s&end=30s&token={token(live_pid)}"
    )
    assert signed.status == 200
    clip = m3u8.loads(signed.body.decode())
    first = clip.segments[0].uri
    clip_pid, _, rest = first.partition("/")
    assert rest.startswith("segment-2.ts?token=")  # the token the manifest was asked with
    path, _, query = first.partition("?")
    assert api.handle("GET", f"/{path}", query=query).status == 200  # the player plays on
    assert api.handle("GET", f"/{path}").status == 403  # the same segment, unsigned

    listed = _get(api, f"/v1/on-demand/{stream_id}/live-clips").json()["data"][0]
    playback = listed["playbackIds"][0]
    assert (playback["id"], playback["accessPolicy"]) == (clip_pid, "private")
    assert api.handle("GET", f"/{clip_pid}.m3u8").status == 403
    own = api.handle("GET", f"/{clip_pid}.m3u8", query=f"token={token(clip_pid)}")
    assert own.status == 200
    segment = m3u8.loads(own.body.decode()).segments[0].uri
    path, _, query = segment.partition("?")
    answer = api.handle("GET", f"/{path}", query=query)
    assert answer.status == 200 and answer.body == b"G" + bytes([2]) * 187
    # A token for another playback ID opens neither the clip's manifest nor its segments.
    other = token("4fa85f64-5717-4562-b3fc-2c963f66afa6")
    assert api.handle("GET", f"/{clip_pid}.m3u8", query=f"token={other}").status == 403
    assert api.handle("GET", f"/{path}", query=f"token={other}").status == 403
