"""Issue 26, items 3 and 9 at the core: Go live never replaces a destination set in OBS by hand
since the app's change without asking, and goes ahead when FastPix is unreachable but OBS already
points at the stream (the FastPix status then unknown)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from fastpix_desktop.cli import exit_codes
from fastpix_desktop.cli.live_replies import LiveCommands
from fastpix_desktop.core.errors import FastPixNetworkError
from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.models import ObsServiceSettings
from fastpix_desktop.core.secrets import SecretStore
from fastpix_desktop.sandbox import SandboxApi
from tests.doubles import sandbox_client

from .fakes import OnAirObs
from .test_use_cases import HOSTS


@pytest.fixture
def api() -> SandboxApi:
    return SandboxApi(seed=7)


@pytest.fixture
async def fastpix(api: SandboxApi) -> AsyncIterator[FastPixClient]:
    client = sandbox_client(api.mock_transport())
    yield client
    await client.aclose()


@pytest.fixture
async def store() -> AsyncIterator[SecretStore]:
    s = SecretStore()
    yield s
    s.close()


def commands(obs, fastpix, store, **kw) -> LiveCommands:
    from fastpix_desktop.core.golive import GoLiveOptions

    kw.setdefault("options", GoLiveOptions())
    return LiveCommands(obs=obs, fastpix=fastpix, secrets=store, hosts=HOSTS, **kw)


YOUTUBE = ObsServiceSettings(
    "rtmp_custom", {"server": "rtmp://a.rtmp.youtube.com/live2", "key": "yt-key"}
)


async def test_a_destination_set_by_hand_since_the_apps_push_is_not_replaced_unasked(
    api, fastpix, store
) -> None:
    first = api.state.create_stream().stream_id
    second = api.state.create_stream().stream_id
    obs = OnAirObs()
    assert (await commands(obs, fastpix, store).go_live(first, None)).exit_code == 0
    await obs.stop_streaming_and_wait()
    obs.service = YOUTUBE  # the streamer switched OBS to YouTube by hand

    refused = await commands(obs, fastpix, store).go_live(second, None)
    assert refused.exit_code == exit_codes.NEEDS_CONFIRMATION
    assert "youtube" in refused.text and "yt-key" not in refused.text
    assert obs.service == YOUTUBE and not obs.live

    asked: list[str] = []

    async def say_no(destination: str) -> bool:
        asked.append(destination)
        return False

    no = await commands(obs, fastpix, store, confirm_hand_set=say_no).go_live(second, None)
    assert no.exit_code == exit_codes.NEEDS_CONFIRMATION and asked and not obs.live

    forced = await commands(obs, fastpix, store).go_live(second, None, force=True)
    assert forced.exit_code == 0 and obs.live
    assert obs.service != YOUTUBE


async def test_go_live_without_fastpix_when_obs_already_holds_the_stream(
    api, fastpix, store
) -> None:
    record = api.state.create_stream()
    obs = OnAirObs()
    assert (await commands(obs, fastpix, store).go_live(record.stream_id, None)).exit_code == 0
    await obs.stop_streaming_and_wait()

    class Unreachable:
        async def get_stream(self, stream_id: str):
            raise FastPixNetworkError()

    reply = await commands(obs, Unreachable(), store, channel=lambda: record.stream_id).go_live(
        None, None
    )
    assert reply.exit_code == 0, reply.text
    assert obs.live
    assert reply.json["status"] is None
    assert "unknown" in reply.text

    # Not pointing at it: nothing to go on, the FastPix error stands.
    await obs.stop_streaming_and_wait()
    obs.service = YOUTUBE
    refused = await commands(obs, Unreachable(), store).go_live(record.stream_id, None)
    assert refused.exit_code == exit_codes.exit_code_for(FastPixNetworkError())
    assert not obs.live


async def test_after_restore_the_streamers_own_destination_is_not_asked_about(
    api, fastpix, store
) -> None:
    from fastpix_desktop.core.restore import point as restore_point

    first = api.state.create_stream().stream_id
    second = api.state.create_stream().stream_id
    obs = OnAirObs()
    own = obs.service
    assert (await commands(obs, fastpix, store).go_live(first, None)).exit_code == 0
    await obs.stop_streaming_and_wait()
    await restore_point.restore(obs=obs, secrets=store, hosts=HOSTS)
    assert obs.service.settings == own.settings  # put back by the app, not by hand

    reply = await commands(obs, fastpix, store).go_live(second, None)
    assert reply.exit_code == 0, reply.text
    assert obs.live
