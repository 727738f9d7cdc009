"""The ingest hook: a stream is active only while an encoder publishes with its key, and idle
again once its reconnect window has passed after the encoder left."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from urllib.parse import urlencode

import httpx

from fastpix_desktop.sandbox import SandboxApi, start_server_in_thread
from fastpix_desktop.sandbox.faults import Fault


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def nginx_form(key: str, call: str = "publish") -> bytes:
    """The body nginx-rtmp's on_publish sends (notify_method post, the default)."""
    fields = {"app": "live", "flashver": "FMLE/3.0", "swfurl": "", "tcurl": "rtmp://x/live"}
    return urlencode({"call": call, "addr": "127.0.0.1", "clientid": "7", **fields, "name": key})


def hook(api: SandboxApi, action: str, body: bytes | str, content_type: str) -> int:
    raw = body.encode() if isinstance(body, str) else body
    response = api.handle(
        "POST", f"/_sandbox/ingest/{action}", headers={"Content-Type": content_type}, body=raw
    )
    return response.status


FORM = "application/x-www-form-urlencoded"


def test_publish_with_the_stream_key_makes_it_active_and_unpublish_waits_out_the_window() -> None:
    clock = FakeClock()
    api = SandboxApi(clock=clock)
    record = api.state.create_stream()
    record.reconnect_window = 90

    assert hook(api, "publish", nginx_form(record.stream_key), FORM) == 200
    assert api.streams[record.stream_id].status == "active"
    assert len(record.media_ids) == 1

    assert hook(api, "unpublish", nginx_form(record.stream_key, "publish_done"), FORM) == 200
    clock.advance(89)
    api.expire_disconnects()
    assert record.status == "active", "FastPix keeps it active during the reconnect window"
    clock.advance(2)
    api.expire_disconnects()
    assert record.status == "idle"


def test_a_reconnect_within_the_window_is_the_same_session_and_a_later_one_is_new() -> None:
    clock = FakeClock()
    api = SandboxApi(clock=clock)
    record = api.state.create_stream()
    api.publish(record.stream_key)
    api.unpublish(record.stream_key)
    clock.advance(30)
    assert api.publish(record.stream_key)
    clock.advance(120)
    api.expire_disconnects()
    assert record.status == "active", "still publishing: the old window no longer applies"
    assert len(record.media_ids) == 1
    api.unpublish(record.stream_key)
    clock.advance(61)
    api.expire_disconnects()
    assert record.status == "idle"
    api.publish(record.stream_key)
    assert len(record.media_ids) == 2


def test_srt_stream_id_as_json_key_is_accepted_but_not_as_an_rtmp_key() -> None:
    api = SandboxApi()
    record = api.state.create_stream()
    assert hook(api, "publish", nginx_form(record.stream_id), FORM) == 403
    assert record.status == "idle"
    body = json.dumps({"key": record.stream_id})
    assert hook(api, "publish", body, "application/json") == 200
    assert record.status == "active"


def test_unknown_keys_disabled_streams_and_bad_bodies_are_refused_with_403() -> None:
    api = SandboxApi()
    record = api.state.create_stream()
    assert hook(api, "publish", nginx_form("not-a-key"), FORM) == 403
    assert hook(api, "publish", "{not json", "application/json") == 403
    assert hook(api, "publish", json.dumps({"key": 5}), "application/json") == 403
    assert hook(api, "publish", b"", FORM) == 403
    api.set_status(record.stream_id, "disabled")
    assert hook(api, "publish", nginx_form(record.stream_key), FORM) == 403
    assert record.status == "disabled"
    assert api.handle("GET", "/_sandbox/ingest/publish").status == 405
    assert api.handle("POST", "/_sandbox/ingest/other").status == 404


def test_without_recording_sessions_add_no_media_ids() -> None:
    api = SandboxApi()
    record = api.state.create_stream()
    record.enable_recording = False
    api.publish(record.stream_key)
    assert record.status == "active"
    assert record.media_ids == []


def test_finish_ends_the_session_at_once_and_a_later_unpublish_changes_nothing() -> None:
    clock = FakeClock()
    api = SandboxApi(clock=clock)
    record = api.state.create_stream()
    api.publish(record.stream_key)
    api.set_status(record.stream_id, "idle")  # what PUT .../finish does
    api.unpublish(record.stream_key)
    clock.advance(3600)
    api.expire_disconnects()
    assert record.status == "idle"


def test_over_http_nginx_style_post_and_the_api_sees_the_status() -> None:
    api = SandboxApi()
    record = api.state.create_stream()
    api.inject(Fault(status=500))  # API faults do not reach the encoder side
    with start_server_in_thread(api) as server:
        base = server.url.removesuffix("/v1")
        answer = httpx.post(
            f"{base}/_sandbox/ingest/publish",
            content=nginx_form(record.stream_key),
            headers={"Content-Type": FORM},
        )
        assert answer.status_code == 200
        assert answer.json()["data"] == {"streamId": record.stream_id, "status": "active"}
        wrong = httpx.post(f"{base}/_sandbox/ingest/publish", json={"key": "nope"})
        assert wrong.status_code == 403
