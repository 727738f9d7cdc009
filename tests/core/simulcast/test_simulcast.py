"""Simulcast use cases with the real FastPixClient over the sandbox (in-process): what a streamer
sees when adding Twitch and YouTube, pausing one while live, removing it, and every refusal."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping

import pytest

from fastpix_desktop.core.errors import (
    FastPixAuthError,
    FastPixBadResponseError,
    FastPixNotFoundError,
    FastPixRateLimitError,
    FastPixRequestError,
    FastPixServerError,
    FastPixTimeoutError,
    FastPixValidationError,
)
from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.redact import redact
from fastpix_desktop.core.simulcast import use_cases as simulcast
from fastpix_desktop.core.simulcast.presets import CUSTOM, PRESETS, preset, preset_for_url
from fastpix_desktop.core.simulcast.targets import (
    NOT_IDLE_RULE,
    TRIAL_RULE,
    SimulcastTarget,
    TargetListing,
    check_target_url,
)
from fastpix_desktop.sandbox import Fault, SandboxApi
from fastpix_desktop.sandbox.envelope import SandboxResponse
from tests.doubles import sandbox_client

TWITCH_KEY = "live_1012464221_DuM8W004MoZYNxQEZ0czODgfHCFBhk"
YOUTUBE_KEY = "abcd-efgh-ijkl-mnop-qrst"


class CountingApi(SandboxApi):
    """The sandbox, counting the requests that reach it (to prove nothing was sent)."""

    def __init__(self) -> None:
        super().__init__(seed=12)
        self.requests: list[tuple[str, str]] = []

    def handle(
        self,
        method: str,
        path: str,
        query: str | Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        body: bytes = b"",
    ) -> SandboxResponse:
        self.requests.append((method.upper(), path.partition("?")[0]))
        return super().handle(method, path, query, headers, body)


@pytest.fixture
def api() -> CountingApi:
    return CountingApi()


@pytest.fixture
async def client(api: CountingApi) -> AsyncIterator[FastPixClient]:
    async with sandbox_client(
        api.mock_transport(), base_url="http://sandbox.test/v1", get_retries=0
    ) as fastpix:
        yield fastpix


@pytest.fixture
def stream_id(api: CountingApi) -> str:
    stream = api.state.create_stream()
    api.requests.clear()
    return stream.stream_id


async def test_twitch_and_youtube_added_paused_while_live_and_removed(api, client, stream_id):
    twitch = await simulcast.add_target(
        client, stream_id, url=preset("twitch").url, stream_key=TWITCH_KEY, name="Twitch"
    )
    youtube = await simulcast.add_target(
        client, stream_id, url=" " + preset("youtube").url + "\n", stream_key=YOUTUBE_KEY
    )
    api.set_status(stream_id, "active")

    paused = await simulcast.set_target_enabled(client, stream_id, youtube.simulcast_id, False)
    live = await simulcast.list_targets(client, stream_id)
    await simulcast.remove_target(client, stream_id, youtube.simulcast_id)
    after = await simulcast.list_targets(client, stream_id)

    assert twitch.name == "Twitch" and twitch.is_enabled
    assert youtube.url == "rtmps://a.rtmps.youtube.com:443/live2"  # trimmed before sending
    assert paused.is_enabled is False
    assert live.is_live and live.refusal == NOT_IDLE_RULE
    assert [(t.name, t.is_enabled) for t in live.targets] == [("Twitch", True), ("", False)]
    assert [t.simulcast_id for t in after.targets] == [twitch.simulcast_id]
    assert api.streams[stream_id].status == "active"  # the stream itself went on


async def test_keys_are_registered_for_redaction_and_hidden_from_repr(client, stream_id):
    target = await simulcast.add_target(
        client, stream_id, url=preset("twitch").url, stream_key=TWITCH_KEY
    )

    assert TWITCH_KEY not in repr(target)
    assert TWITCH_KEY not in redact(f"relay to {target.url}/{TWITCH_KEY}")
    assert "streamKey" not in target.to_public_dict()
    assert target.to_public_dict(show_secrets=True)["streamKey"] == TWITCH_KEY
    assert target.to_public_dict()["state"] == "enabled"


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("", "is empty"),
        ("https://a.rtmps.youtube.com/live2", "must start with rtmp:// or rtmps://"),
        ("srt://live.example:778", "must start with rtmp:// or rtmps://"),
        ("a.rtmp.youtube.com/live2", "must start with rtmp:// or rtmps://"),
        ("rtmp:a.rtmp.youtube.com/live2", "must start with rtmp:// or rtmps://"),
        ("rtmp:///app", "has no server name after rtmp:// or rtmps://"),
        ("rtmp://live twitch.tv/app", "contains spaces or line breaks"),
        ("rtmp://host:99999/app", "is not a valid address"),
        ("rtmp://user:pw@host/app", "must not contain a user name or password"),
        ("rtmp://h/" + "a" * 1100, "is longer than 1024 characters"),
    ],
)
async def test_bad_urls_fail_before_anything_is_sent(api, client, stream_id, url, problem):
    with pytest.raises(FastPixValidationError) as failed:
        await simulcast.add_target(client, stream_id, url=url, stream_key=TWITCH_KEY)

    assert failed.value.fields == {"url": problem}
    assert "rtmps://a.rtmps.youtube.com:443/live2" in str(failed.value)  # what would work
    assert api.requests == []


@pytest.mark.parametrize("key", ["", "   ", "two words", "line\nbreak"])
async def test_bad_keys_fail_before_anything_is_sent(api, client, stream_id, key):
    with pytest.raises(FastPixValidationError) as failed:
        await simulcast.add_target(client, stream_id, url=preset("kick").url, stream_key=key)

    assert list(failed.value.fields) == ["streamKey"]
    assert api.requests == []


@pytest.mark.parametrize("status", ["preparing", "active"])
async def test_adding_while_live_explains_the_rule_and_sends_no_create(
    api, client, stream_id, status
):
    api.set_status(stream_id, status)

    with pytest.raises(FastPixRequestError) as refused:
        await simulcast.add_target(
            client, stream_id, url=preset("twitch").url, stream_key=TWITCH_KEY
        )

    assert str(refused.value) == NOT_IDLE_RULE
    assert ("POST", f"/v1/live/streams/{stream_id}/simulcast") not in api.requests
    assert api.streams[stream_id].simulcasts == []


async def test_trial_and_disabled_streams_are_explained(api, client, stream_id):
    api.set_trial(stream_id)
    with pytest.raises(FastPixRequestError) as trial:
        await simulcast.add_target(client, stream_id, url=preset("kick").url, stream_key="k-123")
    api.set_trial(stream_id, False)
    api.set_status(stream_id, "disabled")
    with pytest.raises(FastPixRequestError) as disabled:
        await simulcast.add_target(client, stream_id, url=preset("kick").url, stream_key="k-123")

    assert str(trial.value) == TRIAL_RULE
    assert "disabled" in str(disabled.value)
    assert [m for m, _ in api.requests] == ["GET", "GET"]


async def test_the_server_still_refuses_a_create_that_races_going_live(api, client, stream_id):
    """The GET said idle, OBS connected meanwhile: FastPix's own 400 reaches the streamer."""
    api.inject(Fault(status=400, method="POST", body=_body_400("stream is not idle")))

    with pytest.raises(FastPixRequestError) as refused:
        await simulcast.add_target(
            client, stream_id, url=preset("twitch").url, stream_key=TWITCH_KEY
        )

    assert "stream is not idle" in str(refused.value)
    assert TWITCH_KEY not in str(refused.value)


def _body_400(message: str) -> dict:
    return {"success": False, "error": {"code": 400, "message": message}}


async def test_pausing_after_disable_shows_fastpixs_reason(api, client, stream_id):
    target = await client.create_simulcast(stream_id, url=preset("twitch").url, stream_key="k-1")
    api.set_status(stream_id, "disabled")

    with pytest.raises(FastPixRequestError) as refused:
        await simulcast.set_target_enabled(client, stream_id, target.simulcast_id, False)

    assert "could not pause the simulcast target (400)" in str(refused.value)
    assert "stream is disabled" in str(refused.value)


async def test_unknown_target_and_stream_are_not_found(client, stream_id):
    with pytest.raises(FastPixNotFoundError) as target:
        await simulcast.remove_target(client, stream_id, "0" * 32)
    with pytest.raises(FastPixNotFoundError) as stream:
        await simulcast.list_targets(client, "f" * 32)
    with pytest.raises(FastPixValidationError):
        await simulcast.set_target_enabled(client, stream_id, " ", True)  # no request

    assert "simulcast target" in str(target.value)
    assert "that stream" in str(stream.value)


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        (Fault(status=401), FastPixAuthError),
        (Fault(status=429, retry_after=5), FastPixRateLimitError),
        (Fault(status=503), FastPixServerError),
        (Fault(timeout=True), FastPixTimeoutError),
        (Fault(status=200, raw=b"{not json"), FastPixBadResponseError),
    ],
)
async def test_listing_failures_are_plain_errors(api, client, stream_id, fault, error):
    api.inject(fault)

    with pytest.raises(error):
        await simulcast.list_targets(client, stream_id)


async def test_a_lost_create_answer_says_the_target_may_exist(api, client, stream_id):
    api.inject(Fault(status=502, method="POST"))

    with pytest.raises(FastPixServerError) as failed:
        await client.create_simulcast(stream_id, url=preset("youtube").url, stream_key="k-1")

    assert "may still have been created" in str(failed.value)


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        {"url": "rtmp://x/app"},
        {"simulcastId": "a", "isEnabled": "yes"},
        {"simulcastId": "a", "streamKey": 5},
        {"simulcastId": "a", "metadata": []},
    ],
)
def test_odd_target_shapes_are_bad_responses(data):
    with pytest.raises(FastPixBadResponseError):
        SimulcastTarget.from_api(data)


def test_listing_of_a_stream_without_targets():
    listing = TargetListing.from_stream_api({"streamId": "s", "status": "idle", "trial": False})

    assert listing.targets == ()
    assert listing.refusal is None and not listing.is_live
    with pytest.raises(FastPixBadResponseError):
        TargetListing.from_stream_api({"streamId": "s", "simulcastResponses": {}})


def test_every_preset_url_passes_the_local_check_and_maps_back():
    for service in PRESETS:
        if service is CUSTOM:
            assert service.url == ""
            continue
        assert check_target_url(service.url) == service.url
        assert preset_for_url(service.url) is service
    assert preset_for_url("rtmp://sfo.contribute.live-video.net/app") is preset("twitch")
    assert preset_for_url("rtmp://my.server.example/live") is CUSTOM
    with pytest.raises(KeyError):
        preset("myspace")
