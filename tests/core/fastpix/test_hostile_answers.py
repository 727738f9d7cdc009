"""FastPix answers that are hostile or broken (issue 28): keys and IDs that must not reach OBS
or a link, another stream than the one asked, and credentials echoed in part or re-encoded."""

from __future__ import annotations

import base64
import json
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from fastpix_desktop.core.errors import FastPixBadResponseError, FastPixRequestError
from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.redact import MASK, _base64_cores, redact, register_basic_auth
from tests.core.fastpix.test_fastpix_client import (
    BASIC,
    SECRET,
    STREAM,
    STREAM_ID,
    TOKEN,
    FakeFastPix,
    fail,
    ok,
)


@pytest.fixture
async def make_client() -> AsyncIterator[Callable[[FakeFastPix], FastPixClient]]:
    clients: list[FastPixClient] = []

    def make(fake: FakeFastPix) -> FastPixClient:
        client = FastPixClient(
            access_token_id=TOKEN,
            secret_key=SECRET,
            base_url="http://fastpix.test/v1",
            transport=httpx.MockTransport(fake),
        )
        clients.append(client)
        return client

    yield make
    for client in clients:
        await client.aclose()


def with_fields(**changes: Any) -> dict[str, Any]:
    data = json.loads(json.dumps(STREAM))
    for key, value in changes.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key].update(value)
        else:
            data[key] = value
    return data


@pytest.mark.parametrize(
    "data",
    [
        with_fields(streamKey="abc\nrtmp://evil.example/live"),
        with_fields(streamKey="k" * 1_000_000),
        with_fields(srtSecret="pass phrase"),
        with_fields(streamId="../../etc"),
        with_fields(playbackIds=[{"id": "../x", "accessPolicy": "public"}]),
        with_fields(playbackIds=[{"id": "a/b", "accessPolicy": "public"}]),
        with_fields(srtPlaybackResponse={"srtPlaybackStreamId": "play/../x"}),
    ],
    ids=[
        "newline-key",
        "megabyte-key",
        "space-passphrase",
        "dotdot-id",
        "dotdot-playback",
        "slash-playback",
        "slash-srt-playback",
    ],
)
async def test_answers_that_must_not_reach_obs_or_a_link(make_client, data) -> None:
    client = make_client(FakeFastPix(ok(data)))
    with pytest.raises(FastPixBadResponseError, match=r"not valid|different stream"):
        await client.get_stream(STREAM_ID)


async def test_another_stream_than_the_one_asked_is_refused(make_client) -> None:
    other = with_fields(streamId="0" * 32)
    client = make_client(FakeFastPix(ok(other)))
    with pytest.raises(FastPixBadResponseError, match="different stream"):
        await client.get_stream(STREAM_ID)


async def test_the_real_answer_is_accepted(make_client) -> None:
    stream = await make_client(FakeFastPix(ok(STREAM))).get_stream(STREAM_ID)
    assert stream.stream_id == STREAM_ID and stream.playback_ids


@pytest.mark.parametrize(
    "echo",
    [
        lambda token: f"bad header value 'Basic {token[:8]}",  # quoted only in part
        lambda token: f"rejected credentials {token[:12]}…",
        lambda token: f"header Basic {token}",  # no "Authorization" before it
        # The header line itself base64-encoded: the credential sits at another byte offset.
        lambda token: "dump=" + base64.b64encode(f"Authorization: Basic {token}".encode()).decode(),
        lambda token: "dump=" + base64.b64encode(f"x{TOKEN}:{SECRET}".encode()).decode(),
        lambda token: "dump=" + base64.b64encode(f"xy{TOKEN}:{SECRET}".encode()).decode(),
    ],
    ids=[
        "basic-prefix",
        "token-prefix",
        "bare-basic",
        "b64-header",
        "b64-offset-1",
        "b64-offset-2",
    ],
)
async def test_credentials_echoed_in_part_or_re_encoded_are_masked(make_client, echo) -> None:
    token = BASIC.removeprefix("Basic ")
    message = echo(token)
    client = make_client(FakeFastPix(fail(400, message)))
    with pytest.raises(FastPixRequestError) as caught:
        await client.get_stream(STREAM_ID)
    shown = str(caught.value)
    assert token[:8] not in shown and SECRET not in shown
    for core in _base64_cores(f"{TOKEN}:{SECRET}".encode()) + _base64_cores(SECRET.encode()):
        assert core not in shown


def test_fragments_of_ordinary_text_are_left_alone() -> None:
    register_basic_auth(TOKEN, SECRET)
    assert redact("the stream is idle; try again in 5 s") == "the stream is idle; try again in 5 s"
    assert MASK in redact(f"x {SECRET[:9]}")
