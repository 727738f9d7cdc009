"""Once OBS stops, the monitor keeps asking FastPix about a stream it last saw live, so the
status it reports (the window's "FastPix status") follows FastPix to idle; the viewer count is
not asked for, and a stream it never saw live is not polled at all."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.obs.output_state import OutputState
from fastpix_desktop.core.onair.monitor import FASTPIX_POLL_INTERVAL_S, OnAirMonitor
from fastpix_desktop.core.onair.notify import RecordingNotifier
from fastpix_desktop.core.onair.watchdog import Verdict
from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY, SandboxApi

from .fakes import FakeClock, OnAirObs


@pytest.fixture
def api() -> SandboxApi:
    return SandboxApi(seed=3)


@pytest.fixture
async def fastpix(api: SandboxApi) -> AsyncIterator[FastPixClient]:
    client = FastPixClient(
        access_token_id=DEMO_ACCESS_TOKEN_ID,
        secret_key=DEMO_SECRET_KEY,
        base_url="http://sandbox.invalid/v1",
        transport=api.mock_transport(),
    )
    yield client
    await client.aclose()


class CountingClient:
    """The FastPix client, counting the monitor's status and viewer requests."""

    def __init__(self, client: FastPixClient) -> None:
        self.client = client
        self.status_polls = 0
        self.viewer_polls = 0

    async def get_stream(self, stream_id: str):
        self.status_polls += 1
        return await self.client.get_stream(stream_id)

    async def viewer_count(self, stream_id: str):
        self.viewer_polls += 1
        return await self.client.viewer_count(stream_id)


async def _live_monitor(
    api: SandboxApi, counting: CountingClient, clock: FakeClock
) -> tuple[OnAirMonitor, OnAirObs, str]:
    """A monitor watching a stream OBS is live on, which FastPix has seen active."""
    stream_id = api.state.create_stream().stream_id
    obs = OnAirObs()
    monitor = OnAirMonitor(
        obs=obs,
        fastpix=counting,  # type: ignore[arg-type]
        notifier=RecordingNotifier(),
        clock=clock,
    )
    monitor.watch_stream(stream_id)
    await obs.start_streaming_and_wait()
    api.set_status(stream_id, "active")
    assert (await monitor.poll_once()).stream_status == "active"
    return monitor, obs, stream_id


async def test_after_obs_stops_the_status_follows_fastpix_to_idle(api, fastpix) -> None:
    clock, counting = FakeClock(), CountingClient(fastpix)
    monitor, obs, stream_id = await _live_monitor(api, counting, clock)

    await obs.stop_streaming_and_wait()
    clock.advance(1)
    snap = await monitor.poll_once()
    assert snap.state is OutputState.OFF and snap.stream_status == "active"  # asked 1 s ago
    api.set_status(stream_id, "idle")  # the broadcast was finished (End broadcast)
    viewers_before = counting.viewer_polls
    clock.advance(FASTPIX_POLL_INTERVAL_S)
    snap = await monitor.poll_once()
    assert snap.stream_status == "idle"
    assert snap.report.verdict is Verdict.IDLE
    assert counting.viewer_polls == viewers_before  # no viewers asked for while off

    polls = counting.status_polls
    clock.advance(FASTPIX_POLL_INTERVAL_S)
    await monitor.poll_once()
    assert counting.status_polls == polls  # idle: nothing more to follow
    await monitor.close()


async def test_a_stream_never_seen_live_is_not_polled_while_obs_is_off(api, fastpix) -> None:
    clock, counting = FakeClock(), CountingClient(fastpix)
    stream_id = api.state.create_stream().stream_id
    monitor = OnAirMonitor(
        obs=OnAirObs(),
        fastpix=counting,  # type: ignore[arg-type]
        notifier=RecordingNotifier(),
        clock=clock,
    )
    monitor.watch_stream(stream_id)
    for _ in range(3):
        clock.advance(FASTPIX_POLL_INTERVAL_S)
        await monitor.poll_once()
    assert counting.status_polls == 0
    await monitor.close()


async def test_after_end_broadcast_fastpix_is_asked_at_the_next_round(api, fastpix) -> None:
    clock, counting = FakeClock(), CountingClient(fastpix)
    monitor, obs, stream_id = await _live_monitor(api, counting, clock)

    await obs.stop_streaming_and_wait()  # End broadcast: OBS stopped, the stream finished
    api.set_status(stream_id, "idle")
    monitor.ask_fastpix_soon()
    clock.advance(1)  # one OBS round later, well inside FastPix's 5 s interval
    snap = await monitor.poll_once()
    assert snap.stream_status == "idle"
    await monitor.close()
