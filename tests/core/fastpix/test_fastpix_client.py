"""FastPixClient against httpx.MockTransport handlers: request shapes, parsing, error mapping."""

from __future__ import annotations

import base64
import json
import logging
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from fastpix_desktop.core.errors import (
    CredentialsMissingError,
    FastPixAuthError,
    FastPixBadResponseError,
    FastPixError,
    FastPixNetworkError,
    FastPixNotFoundError,
    FastPixRateLimitError,
    FastPixRequestError,
    FastPixServerError,
    FastPixTimeoutError,
    FastPixValidationError,
)
from fastpix_desktop.core.fastpix import client as fastpix
from fastpix_desktop.core.fastpix.client import DEFAULT_API_URL, FastPixClient
from fastpix_desktop.core.models import (
    F_METADATA,
    F_RECONNECT,
    AccessPolicy,
    MaxResolution,
    StreamSettings,
)

TOKEN = "0c7d1a52-client-test-token-id"
SECRET = "ClientTestSecret-7Qm2Zx9Lw4Rt"
BASE = "http://fastpix.test/v1"
BASIC = "Basic " + base64.b64encode(f"{TOKEN}:{SECRET}".encode()).decode()

STREAM_ID = "91b8484250e5a1ed03fd4e100b807082"
STREAM_KEY = "ba016466451c770511d5992ec54bb271k91b8484250e5a1ed03fd4e100b807082"
SRT_SECRET = "b0a434dfeb98f5ad3c18ed27b2ea1972k91b8484250e5a1ed03fd4e100b807082"
PLAYBACK_ID = "b957a4c3-094e-4986-b89c-2bec49b01266"

# The real create response captured by FastPix's own SDK harness (docs/fastpix-api.md).
REAL_CREATE = json.loads(
    """{"success":true,"data":{"streamId":"91b8484250e5a1ed03fd4e100b807082",
 "streamKey":"ba016466451c770511d5992ec54bb271k91b8484250e5a1ed03fd4e100b807082",
 "srtSecret":"b0a434dfeb98f5ad3c18ed27b2ea1972k91b8484250e5a1ed03fd4e100b807082",
 "trial":false,"status":"idle","maxResolution":"1080p","maxDuration":0,
 "createdAt":"2026-05-20T12:50:15.267974Z","reconnectWindow":60,"enableRecording":true,
 "enableDvrMode":false,"mediaPolicy":"public","metadata":{"name":"sdk-validate"},
 "lowLatency":false,"closedCaptions":false,
 "playbackIds":[{"id":"b957a4c3-094e-4986-b89c-2bec49b01266","accessPolicy":"public"}],
 "srtPlaybackResponse":{"srtPlaybackStreamId":"play91b8484250e5a1ed03fd4e100b807082",
   "srtPlaybackSecret":"df43bc6e03598e1af7828b061784f9f5k91b8484250e5a1ed03fd4e100b807082"}}}"""
)
STREAM = REAL_CREATE["data"]

Answer = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class FakeFastPix:
    """A MockTransport handler: records every request and gives the queued answers in order
    (the last one repeats)."""

    def __init__(self, *answers: Answer) -> None:
        self.answers = list(answers) or [ok()]
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        if callable(answer) and not isinstance(answer, httpx.Response):
            return answer(request)
        return answer

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def ok(data: Any = None, status: int = 200, **extra: Any) -> httpx.Response:
    body: dict[str, Any] = {"success": True}
    if data is not None:
        body["data"] = data
    body.update(extra)
    return httpx.Response(status, json=body)


def fail(
    status: int,
    message: str = "",
    description: str = "",
    *,
    fields: Any = None,
    headers: dict[str, str] | None = None,
) -> httpx.Response:
    error: dict[str, Any] = {"code": status}
    if message:
        error["message"] = message
    if description:
        error["description"] = description
    if fields is not None:
        error["fields"] = fields
    return httpx.Response(status, json={"success": False, "error": error}, headers=headers)


def raw(status: int, text: str, content_type: str = "application/json") -> httpx.Response:
    return httpx.Response(status, content=text.encode(), headers={"content-type": content_type})


def body_of(request: httpx.Request) -> Any:
    return json.loads(request.content) if request.content else None


@pytest.fixture
async def make_client() -> AsyncIterator[Callable[..., FastPixClient]]:
    clients: list[FastPixClient] = []

    def make(fake: FakeFastPix, **kwargs: Any) -> FastPixClient:
        kwargs.setdefault("access_token_id", TOKEN)
        kwargs.setdefault("secret_key", SECRET)
        kwargs.setdefault("base_url", BASE)
        client = FastPixClient(transport=httpx.MockTransport(fake), **kwargs)
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.aclose()


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retry-After waits the client asked for, without really waiting."""
    waits: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        waits.append(seconds)

    monkeypatch.setattr(fastpix, "_sleep", fake_sleep)
    return waits


# --------------------------------------------------------------------------- request shapes


async def test_defaults() -> None:
    client = FastPixClient(access_token_id=TOKEN, secret_key=SECRET)
    try:
        assert client.base_url == DEFAULT_API_URL == "https://api.fastpix.com/v1"
        assert SECRET not in repr(client)
    finally:
        await client.aclose()


async def test_verify_credentials_is_one_cheap_authenticated_get(make_client) -> None:
    fake = FakeFastPix(ok([], pagination={"totalRecords": 0, "currentOffset": 1}))
    await make_client(fake).verify_credentials()
    (request,) = fake.requests
    assert request.method == "GET"
    assert request.url.path == "/v1/live/streams"
    assert dict(request.url.params) == {"limit": "1"}
    assert request.headers["authorization"] == BASIC
    assert request.headers["accept"] == "application/json"
    assert request.headers["user-agent"].startswith("fastpix-desktop/")


async def test_create_sends_settings_body_and_parses_real_response(make_client) -> None:
    fake = FakeFastPix(httpx.Response(201, json=REAL_CREATE))
    settings = StreamSettings(
        name="Friday show",
        extra_metadata={"game": "chess"},
        max_resolution=MaxResolution.R720P,
        reconnect_window=300,
        enable_dvr=True,
    )
    stream = await make_client(fake).create_stream(settings)

    request = fake.last
    assert (request.method, request.url.path) == ("POST", "/v1/live/streams")
    assert request.headers["content-type"] == "application/json"
    assert request.headers["authorization"] == BASIC
    assert body_of(request) == settings.to_request()
    assert body_of(request)["inputMediaSettings"]["reconnectWindow"] == 300

    assert stream.stream_id == STREAM_ID
    assert stream.stream_key == STREAM_KEY
    assert stream.srt_secret == SRT_SECRET
    assert stream.status == "idle"
    assert stream.max_duration == 0
    assert stream.metadata == {"name": "sdk-validate"}
    assert [p.id for p in stream.playback_ids] == [PLAYBACK_ID]
    assert stream.srt_playback is not None
    assert stream.srt_playback.stream_id == "play" + STREAM_ID


async def test_get_stream(make_client) -> None:
    fake = FakeFastPix(ok(STREAM))
    stream = await make_client(fake).get_stream(STREAM_ID)
    assert (fake.last.method, fake.last.url.path) == ("GET", f"/v1/live/streams/{STREAM_ID}")
    assert fake.last.content == b""
    assert stream.stream_key == STREAM_KEY


async def test_list_streams_query_and_page(make_client) -> None:
    other = dict(STREAM, streamId="a" * 32, status="active")
    fake = FakeFastPix(
        ok([STREAM, other], pagination={"totalRecords": 7, "currentOffset": 2, "offsetCount": 4})
    )
    page = await make_client(fake).list_streams(limit=2, offset=2, order_by="asc")
    assert fake.last.url.path == "/v1/live/streams"
    assert dict(fake.last.url.params) == {"limit": "2", "offset": "2", "orderBy": "asc"}
    assert [s.stream_id for s in page.streams] == [STREAM_ID, "a" * 32]
    assert (page.total_records, page.current_offset, page.offset_count) == (7, 2, 4)
    assert page.has_next


async def test_list_streams_defaults_and_missing_pagination(make_client) -> None:
    fake = FakeFastPix(ok([STREAM]))
    page = await make_client(fake).list_streams()
    assert dict(fake.last.url.params) == {"limit": "10", "offset": "1", "orderBy": "desc"}
    assert (page.total_records, page.current_offset, page.offset_count) == (1, 1, 1)
    assert not page.has_next


@pytest.mark.parametrize("limit", [1, 50])
async def test_list_streams_limit_bounds_accepted(make_client, limit: int) -> None:
    fake = FakeFastPix(ok([]))
    await make_client(fake).list_streams(limit=limit)
    assert fake.last.url.params["limit"] == str(limit)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"limit": 0}, "limit"),
        ({"limit": 51}, "limit"),
        ({"limit": True}, "limit"),
        ({"offset": 0}, "offset"),
        ({"order_by": "newest"}, "orderBy"),
    ],
)
async def test_list_streams_rejects_bad_paging_locally(make_client, kwargs, field) -> None:
    fake = FakeFastPix()
    with pytest.raises(FastPixValidationError) as caught:
        await make_client(fake).list_streams(**kwargs)
    assert field in caught.value.fields
    assert caught.value.status is None
    assert fake.requests == []


async def test_update_always_sends_reconnect_window(make_client) -> None:
    fake = FakeFastPix(ok(dict(STREAM, reconnectWindow=600)))
    client = make_client(fake)
    stream = await client.update_stream(STREAM_ID, metadata=None, reconnect_window=600)
    assert (fake.last.method, fake.last.url.path) == ("PATCH", f"/v1/live/streams/{STREAM_ID}")
    assert body_of(fake.last) == {"reconnectWindow": 600}
    assert stream.reconnect_window == 600

    await client.update_stream(
        STREAM_ID, metadata={"livestream_name": "Renamed"}, reconnect_window=600
    )
    assert body_of(fake.last) == {
        "reconnectWindow": 600,
        "metadata": {"livestream_name": "Renamed"},
    }


@pytest.mark.parametrize(
    ("metadata", "window", "field"),
    [
        (None, 59, F_RECONNECT),
        (None, 1801, F_RECONNECT),
        (None, "600", F_RECONNECT),
        ({f"k{i}": "v" for i in range(11)}, 60, F_METADATA),
        ({"name": "x" * 256}, 60, F_METADATA),
        ({"name": 5}, 60, F_METADATA),
    ],
)
async def test_update_rejects_bad_values_locally(make_client, metadata, window, field) -> None:
    fake = FakeFastPix()
    with pytest.raises(FastPixValidationError) as caught:
        await make_client(fake).update_stream(STREAM_ID, metadata=metadata, reconnect_window=window)
    assert field in caught.value.fields
    assert fake.requests == []


@pytest.mark.parametrize(
    ("call", "method", "suffix"),
    [
        ("delete_stream", "DELETE", ""),
        ("enable_stream", "PUT", "/live-enable"),
        ("disable_stream", "PUT", "/live-disable"),
        ("finish_stream", "PUT", "/finish"),
    ],
)
async def test_stream_actions(make_client, call: str, method: str, suffix: str) -> None:
    fake = FakeFastPix(ok())
    result = await getattr(make_client(fake), call)(STREAM_ID)
    assert result is None
    assert fake.last.method == method
    assert fake.last.url.path == f"/v1/live/streams/{STREAM_ID}{suffix}"
    assert fake.last.content == b""
    assert fake.last.headers["authorization"] == BASIC


async def test_create_playback_id(make_client) -> None:
    fake = FakeFastPix(ok({"id": PLAYBACK_ID, "accessPolicy": "private"}, status=201))
    pid = await make_client(fake).create_playback_id(STREAM_ID, AccessPolicy.PRIVATE)
    assert (fake.last.method, fake.last.url.path) == (
        "POST",
        f"/v1/live/streams/{STREAM_ID}/playback-ids",
    )
    assert body_of(fake.last) == {"accessPolicy": "private"}
    assert pid.id == PLAYBACK_ID
    assert pid.is_private


async def test_create_playback_id_defaults_to_public(make_client) -> None:
    fake = FakeFastPix(ok({"id": PLAYBACK_ID, "accessPolicy": "public"}, status=201))
    await make_client(fake).create_playback_id(STREAM_ID)
    assert body_of(fake.last) == {"accessPolicy": "public"}


async def test_create_playback_id_rejects_unknown_policy_locally(make_client) -> None:
    fake = FakeFastPix()
    with pytest.raises(FastPixValidationError):
        await make_client(fake).create_playback_id(STREAM_ID, "drm")  # type: ignore[arg-type]
    assert fake.requests == []


async def test_get_playback_id(make_client) -> None:
    fake = FakeFastPix(ok({"id": PLAYBACK_ID, "accessPolicy": "public"}))
    pid = await make_client(fake).get_playback_id(STREAM_ID, PLAYBACK_ID)
    assert fake.last.method == "GET"
    assert fake.last.url.path == f"/v1/live/streams/{STREAM_ID}/playback-ids/{PLAYBACK_ID}"
    assert pid.id == PLAYBACK_ID
    assert not pid.is_private


async def test_delete_playback_id_uses_query_parameter(make_client) -> None:
    fake = FakeFastPix(ok())
    await make_client(fake).delete_playback_id(STREAM_ID, PLAYBACK_ID)
    assert fake.last.method == "DELETE"
    assert fake.last.url.path == f"/v1/live/streams/{STREAM_ID}/playback-ids"
    assert dict(fake.last.url.params) == {"playbackId": PLAYBACK_ID}


async def test_viewer_count(make_client) -> None:
    fake = FakeFastPix(ok({"views": 42}))
    assert await make_client(fake).viewer_count(STREAM_ID) == 42
    assert fake.last.url.path == f"/v1/live/streams/{STREAM_ID}/viewer-count"


@pytest.mark.parametrize(
    ("stream_id", "raw_path"),
    [
        ("a/b?c#d", b"/v1/live/streams/a%2Fb%3Fc%23d"),
        ("..", b"/v1/live/streams/%2E%2E"),
        ("with space", b"/v1/live/streams/with%20space"),
        (f"  {STREAM_ID}\n", f"/v1/live/streams/{STREAM_ID}".encode()),
    ],
)
async def test_ids_are_quoted_as_one_path_segment(make_client, stream_id, raw_path) -> None:
    fake = FakeFastPix(ok(STREAM))
    await make_client(fake).get_stream(stream_id)
    assert fake.last.url.raw_path == raw_path


async def test_playback_id_is_quoted_too(make_client) -> None:
    fake = FakeFastPix(ok({"id": "x"}))
    await make_client(fake).get_playback_id(STREAM_ID, "../../x")
    assert fake.last.url.raw_path.endswith(b"/playback-ids/..%2F..%2Fx")


@pytest.mark.parametrize("stream_id", ["", "   "])
async def test_empty_id_is_refused_before_sending(make_client, stream_id: str) -> None:
    fake = FakeFastPix()
    with pytest.raises(FastPixValidationError) as caught:
        await make_client(fake).finish_stream(stream_id)
    assert "stream ID" in str(caught.value)
    assert fake.requests == []


async def test_base_url_trailing_slash_is_harmless(make_client) -> None:
    fake = FakeFastPix(ok(STREAM))
    client = make_client(fake, base_url=BASE + "/")
    assert client.base_url == BASE
    await client.get_stream(STREAM_ID)
    assert str(fake.last.url) == f"{BASE}/live/streams/{STREAM_ID}"


async def test_set_credentials_swaps_auth_on_the_same_client(make_client) -> None:
    fake = FakeFastPix(ok([]))
    client = make_client(fake)
    await client.verify_credentials()
    client.set_credentials("other-token", "OtherSecret-1234 \n")
    await client.verify_credentials()
    expected = "Basic " + base64.b64encode(b"other-token:OtherSecret-1234").decode()
    assert fake.requests[0].headers["authorization"] == BASIC
    assert fake.requests[1].headers["authorization"] == expected


@pytest.mark.parametrize(("token", "secret"), [("", SECRET), (TOKEN, ""), (" ", " ")])
async def test_missing_credentials_fail_without_a_request(make_client, token, secret) -> None:
    fake = FakeFastPix()
    with pytest.raises(CredentialsMissingError):
        await make_client(fake, access_token_id=token, secret_key=secret).verify_credentials()
    assert fake.requests == []


async def test_closed_client_raises_a_plain_error() -> None:
    fake = FakeFastPix(ok(STREAM))
    async with FastPixClient(
        access_token_id=TOKEN, secret_key=SECRET, base_url=BASE, transport=httpx.MockTransport(fake)
    ) as client:
        await client.get_stream(STREAM_ID)
    with pytest.raises(FastPixNetworkError, match="closed"):
        await client.get_stream(STREAM_ID)
    await client.aclose()  # twice is fine
    assert len(fake.requests) == 1


# --------------------------------------------------------------------------- error mapping


async def test_401_is_an_auth_error_in_plain_words(make_client) -> None:
    fake = FakeFastPix(fail(401, "unauthorized", "1)Miss match between access token..."))
    with pytest.raises(FastPixAuthError) as caught:
        await make_client(fake).verify_credentials()
    assert caught.value.status == 401
    assert str(caught.value) == (
        "FastPix rejected these credentials (401). Check the Access Token ID and Secret Key."
    )


async def test_403_is_an_auth_error_about_permissions(make_client) -> None:
    fake = FakeFastPix(fail(403, "forbidden"))
    with pytest.raises(FastPixAuthError) as caught:
        await make_client(fake).create_stream(StreamSettings())
    assert caught.value.status == 403
    assert "permission" in str(caught.value)


async def test_404_names_what_was_missing(make_client) -> None:
    fake = FakeFastPix(fail(404, "stream not found"))
    with pytest.raises(FastPixNotFoundError) as caught:
        await make_client(fake).get_stream(STREAM_ID)
    assert caught.value.status == 404
    assert "could not find that stream" in str(caught.value)
    assert "stream not found" in str(caught.value)


async def test_404_on_a_fixed_path_points_at_the_api_url(make_client) -> None:
    fake = FakeFastPix(raw(404, "Not Found", "text/plain"))
    with pytest.raises(FastPixNotFoundError, match="API URL"):
        await make_client(fake).verify_credentials()


async def test_404_for_playback_id(make_client) -> None:
    fake = FakeFastPix(fail(404, "stream/playbackId not found"))
    with pytest.raises(FastPixNotFoundError, match="playback ID"):
        await make_client(fake).delete_playback_id(STREAM_ID, PLAYBACK_ID)


async def test_422_maps_fields(make_client) -> None:
    fields = [
        {"field": "reconnectWindow", "message": "must be greater than or equal to 60"},
        {"field": "inputMediaSettings.metadata", "message": "too many entries"},
        {"field": "somethingNew", "message": "is odd"},
        {"message": "no field name, ignored"},
        "not an object",
    ]
    fake = FakeFastPix(fail(422, "payload validation failed", fields=fields))
    with pytest.raises(FastPixValidationError) as caught:
        await make_client(fake).create_stream(StreamSettings())
    assert caught.value.status == 422
    assert caught.value.fields == {
        F_RECONNECT: "must be greater than or equal to 60",
        F_METADATA: "too many entries",
        "somethingNew": "is odd",
    }
    assert "must be greater than or equal to 60" in str(caught.value)


async def test_422_without_fields_keeps_fastpix_message(make_client) -> None:
    fake = FakeFastPix(fail(422, "payload validation failed"))
    with pytest.raises(FastPixValidationError) as caught:
        await make_client(fake).list_streams()
    assert caught.value.fields == {}
    assert "payload validation failed" in str(caught.value)


async def test_400_carries_fastpix_message_in_plain_words(make_client) -> None:
    fake = FakeFastPix(
        fail(400, "stream cannot be completed", "Only active streams can be marked as completed.")
    )
    with pytest.raises(FastPixRequestError) as caught:
        await make_client(fake).finish_stream(STREAM_ID)
    assert caught.value.status == 400
    assert str(caught.value) == (
        "FastPix could not finish the stream (400): stream cannot be completed. "
        "Only active streams can be marked as completed."
    )


async def test_409_is_a_request_error(make_client) -> None:
    fake = FakeFastPix(fail(409, "conflict"))
    with pytest.raises(FastPixRequestError) as caught:
        await make_client(fake).enable_stream(STREAM_ID)
    assert caught.value.status == 409
    assert str(caught.value) == "FastPix could not enable the stream (409): conflict."


async def test_400_without_body_still_says_what_failed(make_client) -> None:
    fake = FakeFastPix(raw(400, ""))
    with pytest.raises(FastPixRequestError) as caught:
        await make_client(fake).disable_stream(STREAM_ID)
    assert str(caught.value) == "FastPix could not disable the stream (400)."


async def test_fastpix_message_text_is_one_bounded_line(make_client) -> None:
    fake = FakeFastPix(fail(400, "line one\nline two\x00" + "x" * 1000))
    with pytest.raises(FastPixRequestError) as caught:
        await make_client(fake).finish_stream(STREAM_ID)
    text = str(caught.value)
    assert "\n" not in text and "\x00" not in text
    assert "line one line two" in text
    assert len(text) < 400


async def test_429_get_is_retried_after_retry_after(make_client, sleeps) -> None:
    fake = FakeFastPix(
        fail(429, headers={"Retry-After": "2"}),
        fail(429, headers={"Retry-After": "1.5"}),
        ok(STREAM),
    )
    stream = await make_client(fake).get_stream(STREAM_ID)
    assert stream.stream_id == STREAM_ID
    assert len(fake.requests) == 3
    assert sleeps == [2.0, 1.5]


async def test_429_get_gives_up_after_get_retries(make_client, sleeps) -> None:
    fake = FakeFastPix(fail(429, headers={"Retry-After": "3"}))
    with pytest.raises(FastPixRateLimitError) as caught:
        await make_client(fake, get_retries=2).list_streams()
    assert len(fake.requests) == 3
    assert sleeps == [3.0, 3.0]
    assert caught.value.status == 429
    assert caught.value.retry_after == 3.0
    assert "Try again in 3 s" in str(caught.value)


async def test_429_without_retry_after_backs_off(make_client, sleeps) -> None:
    fake = FakeFastPix(fail(429))
    with pytest.raises(FastPixRateLimitError) as caught:
        await make_client(fake).viewer_count(STREAM_ID)
    assert sleeps == [1.0, 2.0]
    assert caught.value.retry_after is None


async def test_429_with_http_date_in_the_past_retries_at_once(make_client, sleeps) -> None:
    fake = FakeFastPix(fail(429, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}), ok([]))
    await make_client(fake).verify_credentials()
    assert sleeps == [0.0]
    assert len(fake.requests) == 2


async def test_429_asking_for_a_long_wait_is_not_waited_out(make_client, sleeps) -> None:
    fake = FakeFastPix(fail(429, headers={"Retry-After": "Fri, 31 Dec 2100 23:59:59 GMT"}))
    with pytest.raises(FastPixRateLimitError) as caught:
        await make_client(fake).get_stream(STREAM_ID)
    assert sleeps == []
    assert len(fake.requests) == 1
    assert caught.value.retry_after is not None and caught.value.retry_after > 30


async def test_429_seconds_over_the_cap_not_waited(make_client, sleeps) -> None:
    fake = FakeFastPix(fail(429, headers={"Retry-After": "120"}))
    with pytest.raises(FastPixRateLimitError) as caught:
        await make_client(fake).get_stream(STREAM_ID)
    assert sleeps == []
    assert caught.value.retry_after == 120
    assert "Try again in 2 minutes" in str(caught.value)


async def test_429_get_not_retried_when_retries_disabled(make_client, sleeps) -> None:
    fake = FakeFastPix(fail(429, headers={"Retry-After": "1"}))
    with pytest.raises(FastPixRateLimitError):
        await make_client(fake, get_retries=0).get_stream(STREAM_ID)
    assert len(fake.requests) == 1


async def test_429_on_create_is_never_retried(make_client, sleeps) -> None:
    fake = FakeFastPix(
        fail(429, headers={"Retry-After": "1"}), httpx.Response(201, json=REAL_CREATE)
    )
    with pytest.raises(FastPixRateLimitError) as caught:
        await make_client(fake).create_stream(StreamSettings())
    assert len(fake.requests) == 1
    assert sleeps == []
    assert caught.value.retry_after == 1


@pytest.mark.parametrize("call", ["finish_stream", "delete_stream"])
async def test_429_on_other_writes_is_not_retried(make_client, sleeps, call) -> None:
    fake = FakeFastPix(fail(429, headers={"Retry-After": "1"}), ok())
    with pytest.raises(FastPixRateLimitError):
        await getattr(make_client(fake), call)(STREAM_ID)
    assert len(fake.requests) == 1


@pytest.mark.parametrize("status", [500, 502, 503, 504, 524])
async def test_server_errors(make_client, status: int) -> None:
    fake = FakeFastPix(fail(status, "internal"))
    with pytest.raises(FastPixServerError) as caught:
        await make_client(fake).get_stream(STREAM_ID)
    assert caught.value.status == status
    assert f"({status})" in str(caught.value)
    assert len(fake.requests) == 1


async def test_html_502_page_is_a_server_error(make_client) -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
    fake = FakeFastPix(raw(502, page, "text/html"))
    with pytest.raises(FastPixServerError) as caught:
        await make_client(fake).list_streams()
    assert caught.value.status == 502
    assert "<html>" not in str(caught.value)


async def test_524_on_create_warns_that_the_stream_may_exist(make_client) -> None:
    fake = FakeFastPix(fail(524, "Timeout occurred"))
    with pytest.raises(FastPixServerError) as caught:
        await make_client(fake).create_stream(StreamSettings())
    assert caught.value.status == 524
    assert "may still have been created" in str(caught.value)
    assert len(fake.requests) == 1


@pytest.mark.parametrize("exc_type", [httpx.ReadTimeout, httpx.WriteTimeout, httpx.PoolTimeout])
async def test_read_timeouts(make_client, exc_type) -> None:
    fake = FakeFastPix(exc_type("timed out"))
    with pytest.raises(FastPixTimeoutError) as caught:
        await make_client(fake).get_stream(STREAM_ID)
    assert "did not answer in time" in str(caught.value)
    assert isinstance(caught.value, FastPixNetworkError)


async def test_connect_timeout_says_nothing_was_sent(make_client) -> None:
    fake = FakeFastPix(httpx.ConnectTimeout("timed out"))
    with pytest.raises(FastPixTimeoutError) as caught:
        await make_client(fake).create_stream(StreamSettings())
    assert "Nothing was sent" in str(caught.value)
    assert "fastpix.test" in str(caught.value)


async def test_read_timeout_on_create_warns_that_the_stream_may_exist(make_client) -> None:
    fake = FakeFastPix(httpx.ReadTimeout("timed out"), httpx.Response(201, json=REAL_CREATE))
    with pytest.raises(FastPixTimeoutError) as caught:
        await make_client(fake).create_stream(StreamSettings())
    assert "may have been created — it will show in Your streams" in str(caught.value)
    assert len(fake.requests) == 1


async def test_connection_refused_is_a_network_error(make_client) -> None:
    fake = FakeFastPix(httpx.ConnectError("[Errno 111] Connection refused"))
    with pytest.raises(FastPixNetworkError) as caught:
        await make_client(fake).verify_credentials()
    assert not isinstance(caught.value, FastPixTimeoutError)
    assert "Could not reach FastPix (fastpix.test)" in str(caught.value)


async def test_dropped_connection_is_a_network_error(make_client) -> None:
    fake = FakeFastPix(httpx.RemoteProtocolError("Server disconnected without sending a response."))
    with pytest.raises(FastPixNetworkError, match="broke off"):
        await make_client(fake).get_stream(STREAM_ID)


async def test_api_url_without_http_scheme() -> None:
    # The real transport refuses the scheme before any socket is opened.
    client = FastPixClient(access_token_id=TOKEN, secret_key=SECRET, base_url="ftp://nowhere/v1")
    try:
        with pytest.raises(FastPixNetworkError, match="https://"):
            await client.verify_credentials()
    finally:
        await client.aclose()


async def test_malformed_json_is_a_bad_response(make_client) -> None:
    fake = FakeFastPix(raw(200, '{"success": true, "data": {'))
    with pytest.raises(FastPixBadResponseError, match="not valid JSON"):
        await make_client(fake).get_stream(STREAM_ID)


async def test_html_page_with_200_is_a_bad_response(make_client) -> None:
    fake = FakeFastPix(raw(200, "<!doctype html><title>Sign in to Wi-Fi</title>", "text/html"))
    with pytest.raises(FastPixBadResponseError, match="web page"):
        await make_client(fake).verify_credentials()


async def test_bad_gzip_body_is_a_bad_response(make_client) -> None:
    fake = FakeFastPix(
        httpx.Response(
            200,
            # a stream, so decoding happens inside the client rather than here
            stream=httpx.ByteStream(b"definitely not gzip"),
            headers={"content-encoding": "gzip", "content-type": "application/json"},
        )
    )
    with pytest.raises(FastPixBadResponseError):
        await make_client(fake).get_stream(STREAM_ID)


@pytest.mark.parametrize(
    "body",
    [
        None,
        [],
        "ok",
        7,
        {"data": STREAM},  # envelope missing
        {"success": False, "data": STREAM},
        {"success": "true", "data": STREAM},
        {"success": True},  # no data
        {"success": True, "data": [STREAM]},  # a list where an object belongs
        {"success": True, "data": dict(STREAM, status=1)},
        {"success": True, "data": dict(STREAM, streamId=None)},
        {"success": True, "data": dict(STREAM, streamId=42)},
        {"success": True, "data": dict(STREAM, trial="no")},
        {"success": True, "data": dict(STREAM, reconnectWindow="60")},
        {"success": True, "data": dict(STREAM, playbackIds={"id": "x"})},
        {"success": True, "data": dict(STREAM, playbackIds=[1])},
        {"success": True, "data": dict(STREAM, playbackIds=[{"accessPolicy": "public"}])},
        {"success": True, "data": dict(STREAM, metadata=["a"])},
        {"success": True, "data": dict(STREAM, srtPlaybackResponse="x")},
        {"success": True, "data": dict(STREAM, mediaIds="abc")},
    ],
)
async def test_wrong_shapes_are_bad_responses(make_client, body: Any) -> None:
    fake = FakeFastPix(httpx.Response(200, json=body))
    with pytest.raises(FastPixBadResponseError):
        await make_client(fake).get_stream(STREAM_ID)


@pytest.mark.parametrize(
    "body",
    [
        {"success": True, "data": {"streams": []}},
        {"success": True, "data": [STREAM], "pagination": []},
        {"success": True, "data": [STREAM], "pagination": {"totalRecords": "2"}},
        {"success": True, "data": [1]},
    ],
)
async def test_wrong_list_shapes_are_bad_responses(make_client, body: Any) -> None:
    fake = FakeFastPix(httpx.Response(200, json=body))
    with pytest.raises(FastPixBadResponseError):
        await make_client(fake).list_streams()


@pytest.mark.parametrize(
    "data", [None, [], {"views": "7"}, {"views": True}, {"views": 1.5}], ids=repr
)
async def test_wrong_viewer_count_shapes(make_client, data: Any) -> None:
    fake = FakeFastPix(httpx.Response(200, json={"success": True, "data": data}))
    with pytest.raises(FastPixBadResponseError):
        await make_client(fake).viewer_count(STREAM_ID)


async def test_verify_rejects_a_non_list(make_client) -> None:
    fake = FakeFastPix(ok({"hello": "world"}))
    with pytest.raises(FastPixBadResponseError):
        await make_client(fake).verify_credentials()


async def test_200_instead_of_201_on_create_is_a_bad_response(make_client) -> None:
    fake = FakeFastPix(httpx.Response(200, json=REAL_CREATE))
    with pytest.raises(FastPixBadResponseError) as caught:
        await make_client(fake).create_stream(StreamSettings())
    assert "200 instead of 201" in str(caught.value)
    assert "may still have been created" in str(caught.value)
    assert len(fake.requests) == 1


async def test_201_instead_of_200_on_get_is_a_bad_response(make_client) -> None:
    fake = FakeFastPix(httpx.Response(201, json={"success": True, "data": STREAM}))
    with pytest.raises(FastPixBadResponseError, match="201 instead of 200"):
        await make_client(fake).get_stream(STREAM_ID)


async def test_redirects_are_not_followed(make_client) -> None:
    fake = FakeFastPix(httpx.Response(302, headers={"location": "http://elsewhere.test/"}))
    with pytest.raises(FastPixBadResponseError, match="302"):
        await make_client(fake).verify_credentials()
    assert len(fake.requests) == 1


async def test_create_with_unparseable_201_warns_that_the_stream_may_exist(make_client) -> None:
    fake = FakeFastPix(httpx.Response(201, json={"success": True, "data": {"streamId": 5}}))
    with pytest.raises(FastPixBadResponseError, match="may still have been created"):
        await make_client(fake).create_stream(StreamSettings())


@pytest.mark.parametrize(
    ("call", "note"),
    [
        (lambda c: c.create_playback_id(STREAM_ID), "The playback ID may still have been created"),
        (
            lambda c: c.create_simulcast(
                STREAM_ID, url="rtmp://a.rtmp.youtube.com/live2", stream_key="k"
            ),
            "The simulcast target may still have been created",
        ),
    ],
    ids=["playback ID", "simulcast target"],
)
async def test_an_unparseable_201_says_what_may_exist(make_client, call, note) -> None:
    fake = FakeFastPix(httpx.Response(201, json={"success": True, "data": {"id": 5}}))
    with pytest.raises(FastPixBadResponseError) as caught:
        await call(make_client(fake))
    assert note in str(caught.value)


async def test_an_unparseable_get_does_not_speak_of_a_creation(make_client) -> None:
    fake = FakeFastPix(httpx.Response(200, json={"success": True, "data": {"id": 5}}))
    with pytest.raises(FastPixBadResponseError) as caught:
        await make_client(fake).get_playback_id(STREAM_ID, PLAYBACK_ID)
    assert "check the API URL" in str(caught.value)
    assert "created" not in str(caught.value)


async def test_settings_of_the_wrong_type_are_a_validation_error(make_client) -> None:
    fake = FakeFastPix(httpx.Response(201, json=REAL_CREATE))
    with pytest.raises(FastPixValidationError):
        await make_client(fake).create_stream(StreamSettings(reconnect_window="60"))  # type: ignore[arg-type]
    assert fake.requests == []


async def test_invalid_settings_never_reach_fastpix(make_client) -> None:
    fake = FakeFastPix(httpx.Response(201, json=REAL_CREATE))
    with pytest.raises(FastPixValidationError) as caught:
        await make_client(fake).create_stream(StreamSettings(reconnect_window=59))
    assert F_RECONNECT in caught.value.fields
    assert caught.value.status is None
    assert fake.requests == []


# --------------------------------------------------------------------------- secrets


FAILURES: list[tuple[str, Answer]] = [
    ("401", fail(401, "unauthorized")),
    ("403", fail(403, "forbidden")),
    ("404", fail(404, "stream not found")),
    ("422", fail(422, "payload validation failed", fields=[{"field": "x", "message": "y"}])),
    ("400-echo", fail(400, f"bad secret {SECRET}", f"Authorization: {BASIC}")),
    ("429", fail(429, headers={"Retry-After": "99"})),
    ("500", fail(500)),
    ("html", raw(502, "<html>Bad gateway</html>", "text/html")),
    ("timeout", httpx.ReadTimeout("timed out")),
    ("connect", httpx.ConnectError(f"refused {SECRET}")),
    ("json", raw(200, "{nope")),
    ("shape", ok({"streamId": 1})),
    ("code", ok(STREAM, status=202)),
]


@pytest.mark.parametrize("answer", [a for _, a in FAILURES], ids=[n for n, _ in FAILURES])
async def test_secrets_never_reach_errors_or_logs(
    make_client, caplog: pytest.LogCaptureFixture, answer: Answer
) -> None:
    caplog.set_level(logging.DEBUG)
    fake = FakeFastPix(answer)
    with pytest.raises(FastPixError) as caught:
        await make_client(fake, get_retries=0).get_stream(STREAM_ID)
    error = caught.value
    shown = f"{error}|{error!r}|{error.args}|{getattr(error, 'fields', '')}"
    for secret in (SECRET, BASIC, BASIC.split()[1]):
        assert secret not in shown
        assert secret not in caplog.text
        assert all(secret not in r.getMessage() for r in caplog.records)
    # No httpx exception (it holds the request and its Authorization header) rides along.
    chained = [error.__cause__, error.__context__]
    assert all(e is None or isinstance(e, FastPixError) for e in chained)


async def test_fastpix_message_is_kept_but_secret_masked(make_client) -> None:
    fake = FakeFastPix(fail(400, f"bad secret {SECRET} here"))
    with pytest.raises(FastPixRequestError) as caught:
        await make_client(fake).get_stream(STREAM_ID)
    assert "bad secret" in str(caught.value)
    assert "here" in str(caught.value)
    assert SECRET not in str(caught.value)


async def test_debug_log_has_method_path_status_only(
    make_client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="fastpix_desktop.fastpix")
    fake = FakeFastPix(httpx.Response(201, json=REAL_CREATE))
    await make_client(fake).create_stream(StreamSettings(name="My show"))
    records = [r for r in caplog.records if r.name == "fastpix_desktop.fastpix"]
    assert [r.getMessage() for r in records] == ["POST /live/streams -> 201"]
    assert all(r.levelno == logging.DEBUG for r in records)
    for text in (STREAM_KEY, SRT_SECRET, "My show", SECRET, "uthorization"):
        assert text not in caplog.text


async def test_nothing_is_logged_above_debug(make_client, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="fastpix_desktop.fastpix")
    fake = FakeFastPix(fail(500), httpx.ReadTimeout("t"))
    client = make_client(fake)
    with pytest.raises(FastPixServerError):
        await client.get_stream(STREAM_ID)
    with pytest.raises(FastPixTimeoutError):
        await client.get_stream(STREAM_ID)
    assert [r for r in caplog.records if r.name == "fastpix_desktop.fastpix"] == []


async def test_secret_key_is_registered_for_redaction(make_client) -> None:
    from fastpix_desktop.core.redact import redact

    fresh = "FreshlyRegisteredSecret-93kd"
    make_client(FakeFastPix(), secret_key=fresh)
    assert fresh not in redact(f"oops {fresh}")


@pytest.mark.parametrize(
    ("env", "words"),
    [
        ({"ALL_PROXY": "socks5://127.0.0.1:9", "HTTPS_PROXY": "socks5://127.0.0.1:9"}, "proxy"),
        ({"SSL_CERT_FILE": "/nonexistent/ca.pem"}, "certificate"),
    ],
    ids=["socks-proxy-without-support", "missing-ca-file"],
)
async def test_environment_problems_become_plain_errors(monkeypatch, env, words) -> None:
    import importlib.util

    if "ALL_PROXY" in env and importlib.util.find_spec("socksio") is not None:
        pytest.skip("socksio is installed here, so SOCKS proxies are supported")
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    client = FastPixClient(
        access_token_id="id", secret_key="sk-123456", base_url="https://127.0.0.1:9/v1"
    )
    try:
        with pytest.raises(FastPixNetworkError) as caught:
            await client.get_stream(STREAM_ID)
        assert words in str(caught.value)
    finally:
        await client.aclose()
