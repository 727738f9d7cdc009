"""Managing a stream against the sandbox: FastPix's status rules are checked first and told in
plain words, PATCH keeps the reconnect window, and deleting what OBS uses needs a confirmation."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator

import httpx
import pytest

from fastpix_desktop.core.errors import (
    FastPixNotFoundError,
    FastPixRateLimitError,
    FastPixRequestError,
    FastPixServerError,
)
from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.library import manage
from fastpix_desktop.core.models import AccessPolicy
from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY, Fault, SandboxApi
from fastpix_desktop.sandbox.state import StreamSpec
from fastpix_desktop.sandbox.transport import SandboxTransport


class RecordingTransport(SandboxTransport):
    def __init__(self, api: SandboxApi) -> None:
        super().__init__(api)
        self.requests: list[tuple[str, str, bytes]] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        self.requests.append((request.method, request.url.path, request.content))
        return await super().handle_async_request(request)

    def writes(self) -> list[tuple[str, str, bytes]]:
        return [r for r in self.requests if r[0] != "GET"]


@pytest.fixture
def api() -> SandboxApi:
    return SandboxApi(seed=77)


@pytest.fixture
def transport(api: SandboxApi) -> RecordingTransport:
    return RecordingTransport(api)


@pytest.fixture
async def fastpix(transport: RecordingTransport) -> AsyncIterator[FastPixClient]:
    async with FastPixClient(
        access_token_id=DEMO_ACCESS_TOKEN_ID,
        secret_key=DEMO_SECRET_KEY,
        base_url="http://sandbox.invalid/v1",
        transport=transport,
    ) as client:
        yield client


def new_stream(api: SandboxApi, **spec: object) -> str:
    defaults: dict[str, object] = {
        "reconnect_window": 300,
        "metadata": {"livestream_name": "Old", "game": "chess"},
    }
    return api.state.create_stream(StreamSpec(**{**defaults, **spec})).stream_id  # type: ignore[arg-type]


async def test_rename_keeps_the_other_metadata_and_the_reconnect_window(
    api: SandboxApi, fastpix: FastPixClient, transport: RecordingTransport
) -> None:
    stream_id = new_stream(api)
    outcome = await manage.update_stream(fastpix, stream_id, name="  New name ")
    record = api.streams[stream_id]
    assert record.metadata == {"livestream_name": "New name", "game": "chess"}
    assert record.reconnect_window == 300, "FastPix resets it to 60 when PATCH leaves it out"
    (patch,) = transport.writes()
    assert json.loads(patch[2])["reconnectWindow"] == 300
    assert outcome.stream is not None and outcome.stream.name == "New name"
    assert "300 s" in outcome.message


async def test_edit_metadata_and_window_keeps_the_name_unless_it_changes(
    api: SandboxApi, fastpix: FastPixClient
) -> None:
    stream_id = new_stream(api)
    await manage.update_stream(fastpix, stream_id, metadata={"team": "blue"}, reconnect_window=90)
    assert api.streams[stream_id].metadata == {"team": "blue", "livestream_name": "Old"}
    assert api.streams[stream_id].reconnect_window == 90
    await manage.update_stream(fastpix, stream_id, name="")
    assert api.streams[stream_id].metadata == {"team": "blue"}


async def test_a_disabled_stream_is_not_updated_and_nothing_is_sent(
    api: SandboxApi, fastpix: FastPixClient, transport: RecordingTransport
) -> None:
    stream_id = new_stream(api)
    api.set_status(stream_id, "disabled")
    with pytest.raises(FastPixRequestError, match="disabled stream cannot be edited"):
        await manage.update_stream(fastpix, stream_id, name="x")
    assert transport.writes() == []


async def test_finish_only_when_active_then_idle(
    api: SandboxApi, fastpix: FastPixClient, transport: RecordingTransport
) -> None:
    stream_id = new_stream(api)
    with pytest.raises(FastPixRequestError, match="this one is idle"):
        await manage.finish_stream(fastpix, stream_id)
    assert transport.writes() == []
    assert api.publish(api.streams[stream_id].stream_key)
    outcome = await manage.finish_stream(fastpix, stream_id)
    assert api.streams[stream_id].status == "idle"
    assert outcome.stream is not None and outcome.stream.status == "idle"
    assert "Broadcast ended" in outcome.message and "recording" in outcome.message


async def test_disable_then_enable_with_the_rules_explained(
    api: SandboxApi, fastpix: FastPixClient
) -> None:
    stream_id = new_stream(api)
    with pytest.raises(FastPixRequestError, match="already enabled"):
        await manage.enable_stream(fastpix, stream_id)
    api.publish(api.streams[stream_id].stream_key)
    outcome = await manage.disable_stream(fastpix, stream_id)
    assert api.streams[stream_id].status == "disabled"
    assert "cut off" in outcome.message
    with pytest.raises(FastPixRequestError, match="already disabled"):
        await manage.disable_stream(fastpix, stream_id)
    outcome = await manage.enable_stream(fastpix, stream_id)
    assert api.streams[stream_id].status == "idle"
    assert outcome.stream is not None and outcome.stream.status == "idle"
    assert manage.BEFORE[manage.Action.DISABLE].endswith("cannot be edited.")


async def test_delete_is_refused_for_the_stream_obs_uses_unless_confirmed(
    api: SandboxApi, fastpix: FastPixClient, transport: RecordingTransport
) -> None:
    stream_id = new_stream(api)
    with pytest.raises(FastPixRequestError, match="Restore OBS's previous destination"):
        await manage.delete_stream(fastpix, stream_id, in_use=manage.InUse(stream_id))
    with pytest.raises(FastPixRequestError, match="OBS is live on this stream"):
        await manage.delete_stream(
            fastpix, stream_id, in_use=manage.InUse(stream_id, obs_live=True)
        )
    api.publish(api.streams[stream_id].stream_key)
    with pytest.raises(FastPixRequestError, match="live on FastPix"):
        await manage.delete_stream(fastpix, stream_id)
    assert transport.writes() == []
    outcome = await manage.delete_stream(
        fastpix, stream_id, in_use=manage.InUse(stream_id), confirmed=True
    )
    assert stream_id not in api.streams
    assert "Old" in outcome.message and outcome.stream is None


async def test_delete_of_another_idle_stream_needs_no_confirmation(
    api: SandboxApi, fastpix: FastPixClient
) -> None:
    used, other = new_stream(api), new_stream(api)
    await manage.delete_stream(fastpix, other, in_use=manage.InUse(used, obs_live=True))
    assert other not in api.streams and used in api.streams


async def test_playback_ids_are_added_and_removed_and_the_last_one_warns(
    api: SandboxApi, fastpix: FastPixClient
) -> None:
    stream_id = new_stream(api)
    outcome = await manage.add_playback_id(fastpix, stream_id, AccessPolicy.PRIVATE)
    assert "private" in outcome.message
    assert outcome.stream is not None and len(outcome.stream.playback_ids) == 2
    first, second = outcome.stream.playback_ids
    outcome = await manage.remove_playback_id(fastpix, stream_id, first.id)
    assert "no playback link left" not in outcome.message
    outcome = await manage.remove_playback_id(fastpix, stream_id, second.id)
    assert "no playback link left" in outcome.message
    assert api.streams[stream_id].playback_ids == []


async def test_a_deleted_stream_is_reported_as_gone(fastpix: FastPixClient) -> None:
    with pytest.raises(FastPixNotFoundError, match="could not find that stream"):
        await manage.finish_stream(fastpix, "0" * 32)


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        (Fault(status=500, method="PUT"), FastPixServerError),
        (Fault(status=429, method="PUT", retry_after=5), FastPixRateLimitError),
    ],
)
async def test_fastpix_failures_on_the_call_come_back_as_its_errors(
    api: SandboxApi, fastpix: FastPixClient, fault: Fault, error: type[Exception]
) -> None:
    stream_id = new_stream(api)
    api.inject(fault)
    with pytest.raises(error):
        await manage.disable_stream(fastpix, stream_id)
    assert api.streams[stream_id].status == "idle"
