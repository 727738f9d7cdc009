"""Clip planning from the broadcast clock, FastPix's media as the app reads it, and a clip cut
end to end against the sandbox (its API over the in-process transport, its playback host)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from fastpix_desktop.core.errors import ConfigError, FastPixBadResponseError, FastPixError
from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.recordings import (
    BroadcastLog,
    ClipRequest,
    MediaApi,
    clip_now,
    history,
    parse_clip_time,
    parse_media,
    plan_clip,
)
from fastpix_desktop.core.recordings.media import parse_duration
from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY, SandboxApi
from fastpix_desktop.sandbox.media import PROCESSING_S
from tests.sandbox.test_sandbox_ingest_hook import FakeClock


@pytest.mark.parametrize(
    ("text", "seconds"), [("30", 30), ("30s", 30), ("2m", 120), ("1.5min", 90)]
)
def test_clip_times_are_read_in_seconds_and_minutes(text: str, seconds: float) -> None:
    assert parse_clip_time(text) == seconds


@pytest.mark.parametrize("text", ["", "-3s", "ten", "3h"])
def test_a_clip_time_that_is_not_one_is_a_plain_error(text: str) -> None:
    with pytest.raises(ConfigError, match="number of seconds"):
        parse_clip_time(text)


def test_the_last_seconds_end_now_and_are_capped_at_the_conservative_limit() -> None:
    last20 = plan_clip(ClipRequest(last_s=20), seconds_live=125.4)
    assert (last20.start_s, last20.end_s, last20.capped) == (105, 125, False)

    long = plan_clip(ClipRequest(last_s=120), seconds_live=600)
    assert (long.start_s, long.end_s, long.capped) == (570, 600, True)
    allowed = plan_clip(ClipRequest(last_s=120, allow_long=True), seconds_live=600)
    assert (allowed.start_s, allowed.end_s, allowed.capped) == (480, 600, False)

    early = plan_clip(ClipRequest(last_s=30), seconds_live=12)
    assert (early.start_s, early.end_s) == (0, 12)  # not before the broadcast began


def test_a_range_must_be_in_the_broadcast_so_far() -> None:
    ranged = plan_clip(ClipRequest(start_s=10, end_s=25), seconds_live=100)
    assert (ranged.start_s, ranged.end_s) == (10, 25)
    assert plan_clip(ClipRequest(start_s=90, end_s=200), seconds_live=100).end_s == 100
    for request in (
        ClipRequest(start_s=30, end_s=20),
        ClipRequest(start_s=200, end_s=220),
        ClipRequest(start_s=5, end_s=None),
    ):
        with pytest.raises(ConfigError):
            plan_clip(request, seconds_live=100)
    with pytest.raises(ConfigError, match="just started"):
        plan_clip(ClipRequest(last_s=30), seconds_live=0.0)


def test_a_media_duration_is_read_as_text_or_as_seconds() -> None:
    assert parse_duration("00:02:30") == 150
    assert parse_duration("1:00:00") == 3600
    assert parse_duration(12.5) == 12.5
    assert parse_duration("12.5") == 12.5
    for unreadable in (None, True, "soon", -4, float("nan"), "00:99:00"):
        assert parse_duration(unreadable) is None


def test_a_media_answer_is_checked_before_use() -> None:
    media = parse_media(
        {
            "id": "2b5ebaa0-6107-4dc3-ba6a-ce6c0a78250f",
            "status": "Ready",
            "duration": "00:00:10",
            "mp4Support": "capped_4k",
            "playbackIds": [
                {"id": "../../etc", "accessPolicy": "public"},
                {"id": "p-private", "accessPolicy": "private"},
                {"id": "p-public", "accessPolicy": "public"},
            ],
        }
    )
    assert media.ready and media.duration_s == 10 and media.mp4_support == "capped_4k"
    assert [p.id for p in media.playback_ids] == ["p-private", "p-public"]  # ../ dropped
    assert media.playback is not None and media.playback.id == "p-public"
    for bad in (None, [], {"status": "Ready"}, {"id": "x/y"}):
        with pytest.raises(FastPixBadResponseError):
            parse_media(bad)


class _World:
    """The sandbox over the in-process transport, and its playback host as the clip fetcher."""

    def __init__(self) -> None:
        self.clock = FakeClock()
        self.api = SandboxApi(seed=11, clock=self.clock)
        self.client = FastPixClient(
            access_token_id=DEMO_ACCESS_TOKEN_ID,
            secret_key=DEMO_SECRET_KEY,
            base_url="https://api.example.test/v1",
            transport=self.api.mock_transport(),
        )
        self.fetched: list[str] = []

    async def fetch(self, url: str) -> str:
        self.fetched.append(url)
        path, _, query = url.removeprefix("https://stream.example.test").partition("?")
        answer = self.api.handle("GET", path, query=query)
        if answer.status >= 400:
            raise FastPixError(answer.body.decode().strip(), status=answer.status)
        return answer.body.decode()


async def test_a_clip_of_the_last_20_seconds_is_cut_listed_and_logged(tmp_path) -> None:
    world = _World()
    async with world.client as fastpix:
        from fastpix_desktop.core.models import StreamSettings

        stream = await fastpix.create_stream(StreamSettings(name="Show"))
        started = world.clock.now
        world.api.set_status(stream.stream_id, "active")
        world.clock.advance(95)
        log = BroadcastLog(tmp_path / "broadcasts.json")
        log.started(stream.stream_id, started)
        stream = await fastpix.get_stream(stream.stream_id)

        result = await clip_now(
            stream=stream,
            started_at=started,
            request=ClipRequest(last_s=20),
            playback_base="https://stream.example.test",
            media=MediaApi(fastpix),
            log=log,
            fetch=world.fetch,
            now=world.clock.now,
        )

    assert world.fetched == [result.url]
    assert result.url.endswith(f"/{result.playback_id}.m3u8?start=75s&end=95s")
    assert result.segments == 10 and result.seconds == 20  # 2 s segments 74..94 cover 75..95
    assert result.media_id  # found in FastPix's list of the stream's clips
    logged = log.sessions(stream.stream_id)[0].clips
    assert [(c.start_s, c.end_s, c.media_id) for c in logged] == [(75, 95, result.media_id)]


async def test_a_private_only_stream_and_a_stream_without_video_say_why() -> None:
    world = _World()
    async with world.client as fastpix:
        from fastpix_desktop.core.models import AccessPolicy, StreamSettings

        private = await fastpix.create_stream(
            StreamSettings(name="p", access_policy=AccessPolicy.PRIVATE)
        )
        with pytest.raises(ConfigError, match="private"):
            await clip_now(
                stream=private,
                started_at=world.clock.now - timedelta(seconds=60),
                request=ClipRequest(last_s=20),
                playback_base="https://stream.example.test",
                fetch=world.fetch,
                now=world.clock.now,
            )
        idle = await fastpix.create_stream(StreamSettings(name="idle"))
        with pytest.raises(FastPixError, match="no broadcast"):
            await clip_now(
                stream=idle,
                started_at=world.clock.now - timedelta(seconds=60),
                request=ClipRequest(last_s=20),
                playback_base="https://stream.example.test",
                fetch=world.fetch,
                now=world.clock.now,
            )


async def test_history_lists_each_broadcast_recording_newest_first_and_its_clips() -> None:
    world = _World()
    async with world.client as fastpix:
        from fastpix_desktop.core.models import StreamSettings

        stream = await fastpix.create_stream(StreamSettings(name="Show"))
        for seconds in (30, 90):
            world.api.set_status(stream.stream_id, "active")
            world.clock.advance(seconds)
            world.api.set_status(stream.stream_id, "idle")
        world.api.add_live_clip(stream.stream_id, duration_s=15)
        world.clock.advance(PROCESSING_S)

        found = await history(fastpix=fastpix, media=MediaApi(fastpix), stream_id=stream.stream_id)

    assert [m.duration_s for m in found.recordings] == [90, 30]
    assert all(m.ready for m in found.recordings)
    assert [m.duration_s for m in found.clips] == [15]
