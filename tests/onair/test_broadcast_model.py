"""The one model of the broadcast (issue 26): which stream OBS really points at, the session, and
alarms that belong to a (stream, session) — against a fake OBS, a fake FastPix and a fake clock."""

from __future__ import annotations

from dataclasses import replace

from fastpix_desktop.core.errors import FastPixNetworkError, FastPixNotFoundError
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.models import LiveStream, ObsServiceSettings, StreamStatus
from fastpix_desktop.core.obs import StreamStateChanged
from fastpix_desktop.core.obs.events import OUTPUT_RECONNECTING
from fastpix_desktop.core.obs.output_state import OutputState
from fastpix_desktop.core.onair.monitor import OnAirMonitor
from fastpix_desktop.core.onair.notify import NotificationKind, RecordingNotifier
from fastpix_desktop.core.onair.watchdog import Verdict
from tests.doubles.fastpix import make_stream

from .fakes import FakeClock, OnAirObs

HOSTS = IngestHosts()
A = make_stream(
    stream_id="a" * 32,
    stream_key="1" * 32 + "k" + "a" * 32,
    metadata={"livestream_name": "Show A"},
    reconnect_window=60,
)
B = make_stream(
    stream_id="b" * 32,
    stream_key="2" * 32 + "k" + "b" * 32,
    metadata={"livestream_name": "Show B"},
)
YOUTUBE = ObsServiceSettings(
    "rtmp_custom", {"server": "rtmp://a.rtmp.youtube.com/live2", "key": "yt-key"}
)


def pointing_at(stream: LiveStream) -> ObsServiceSettings:
    return ObsServiceSettings(
        "rtmp_custom", {"server": HOSTS.rtmps_server, "key": stream.stream_key}
    )


class Library:
    """A FastPix of several streams: status per stream, deletion, an outage."""

    def __init__(self, *streams: LiveStream) -> None:
        self.streams = {s.stream_id: s for s in streams}
        self.down = False

    def set(self, stream: LiveStream, status: str) -> None:
        self.streams[stream.stream_id] = replace(self.streams[stream.stream_id], status=status)

    async def get_stream(self, stream_id: str) -> LiveStream:
        if self.down:
            raise FastPixNetworkError()
        if stream_id not in self.streams:
            raise FastPixNotFoundError()
        return self.streams[stream_id]

    async def viewer_count(self, stream_id: str) -> int:
        return 1234

    async def list_streams(self, **_kw: object):  # pragma: no cover - keys carry the ID
        raise AssertionError("not needed")


def model(
    obs: OnAirObs, fastpix: Library, clock: FakeClock
) -> tuple[OnAirMonitor, RecordingNotifier]:
    notifier = RecordingNotifier()
    monitor = OnAirMonitor(
        obs=obs,
        fastpix=fastpix,  # type: ignore[arg-type]
        notifier=notifier,
        clock=clock,
        hosts=HOSTS,
    )
    return monitor, notifier


async def go_live(obs: OnAirObs, monitor: OnAirMonitor, clock: FakeClock, seconds: int) -> None:
    await obs.start_streaming_and_wait()
    for _ in range(seconds):
        clock.advance(1)
        obs.sent_bytes += 40_000
        await monitor.poll_once()


async def test_the_model_follows_obs_destination_not_the_stream_on_screen() -> None:
    clock, fastpix = FakeClock(), Library(A, B)
    obs = OnAirObs(service=pointing_at(A))
    monitor, _ = model(obs, fastpix, clock)
    fastpix.set(A, StreamStatus.ACTIVE)
    await go_live(obs, monitor, clock, 3)
    assert monitor.snapshot().stream_id == A.stream_id
    assert monitor.snapshot().stream_name == "Show A"

    # Item 1: Use this stream on B, Cancel at "OBS is live...": the window shows B; the
    # model (and so End broadcast and the alarms) stays on A while OBS is live.
    assert monitor.watch_stream(B) is False
    snap = await monitor.poll_once()
    assert snap.stream_id == A.stream_id and snap.stream_name == "Show A"


async def test_obs_set_to_another_service_by_hand_is_seen_while_off() -> None:
    clock, fastpix = FakeClock(), Library(A)
    obs = OnAirObs(service=pointing_at(A))
    monitor, _ = model(obs, fastpix, clock)
    assert (await monitor.poll_once()).stream_id == A.stream_id

    obs.service = YOUTUBE  # item 7: changed by hand in OBS
    clock.advance(6)
    snap = await monitor.poll_once()
    assert snap.stream_id is None
    assert "youtube" in snap.destination
    assert "yt-key" not in str(snap.to_json())


async def test_a_deleted_streams_alarm_never_comes_back_on_another_stream() -> None:
    clock, fastpix = FakeClock(), Library(A, B)
    obs = OnAirObs(service=pointing_at(A))
    monitor, notifier = model(obs, fastpix, clock)
    fastpix.set(A, StreamStatus.ACTIVE)
    await go_live(obs, monitor, clock, 2)

    del fastpix.streams[A.stream_id]
    clock.advance(5)
    await monitor.poll_once()
    assert monitor.tracker.state is OutputState.OFF and not obs.live
    assert "deleted" in monitor.snapshot().stopped_reason
    assert NotificationKind.STREAM_GONE in notifier.kinds

    # Go live on B: the app points OBS at B and starts it; a poll may come before the app
    # tells the monitor (the window's timer), and must already be about B.
    obs.service = pointing_at(B)
    fastpix.set(B, StreamStatus.ACTIVE)
    notifier.received.clear()
    await go_live(obs, monitor, clock, 3)
    snap = monitor.snapshot()
    assert snap.stream_id == B.stream_id
    assert obs.live, "OBS was stopped for the deleted stream's alarm"
    assert snap.stopped_reason == ""
    assert NotificationKind.STREAM_GONE not in notifier.kinds

    # OBS is killed: nothing blames the deletion.
    obs.connected = False
    snap = await monitor.poll_once()
    assert "deleted" not in snap.stopped_reason and "deleted" not in snap.report.message


async def test_a_drop_past_the_reconnect_window_is_a_new_broadcast_said_once() -> None:
    clock, fastpix = FakeClock(), Library(A)
    obs = OnAirObs(service=pointing_at(A))
    monitor, notifier = model(obs, fastpix, clock)
    fastpix.set(A, StreamStatus.ACTIVE)
    await go_live(obs, monitor, clock, 25)
    session = monitor.snapshot().session

    # Item 5: ingest down 80 s with a 60 s window.
    obs.live, obs.reconnecting = False, True
    obs.emit(StreamStateChanged(False, OUTPUT_RECONNECTING))
    for second in range(80):
        clock.advance(1)
        if second == 65:
            fastpix.set(A, StreamStatus.IDLE)  # FastPix closed the broadcast
        await monitor.poll_once()
    obs.live, obs.reconnecting, obs.sent_bytes = True, False, 0
    for _ in range(30):
        clock.advance(1)
        obs.sent_bytes += 40_000
        if _ == 3:
            fastpix.set(A, StreamStatus.ACTIVE)  # the new broadcast, a few seconds later
        snap = await monitor.poll_once()
        assert snap.report.verdict is not Verdict.NOT_RECEIVING
    assert NotificationKind.NOT_RECEIVING not in notifier.kinds
    assert notifier.kinds.count(NotificationKind.NEW_BROADCAST) == 1
    snap = monitor.snapshot()
    assert snap.session == session + 1
    assert "new broadcast" in snap.notice


async def test_a_short_drop_is_the_same_broadcast() -> None:
    clock, fastpix = FakeClock(), Library(A)
    obs = OnAirObs(service=pointing_at(A))
    monitor, notifier = model(obs, fastpix, clock)
    fastpix.set(A, StreamStatus.ACTIVE)
    await go_live(obs, monitor, clock, 25)
    session = monitor.snapshot().session
    obs.live, obs.reconnecting = False, True
    for _ in range(20):
        clock.advance(1)
        await monitor.poll_once()
    obs.live, obs.reconnecting = True, False
    await go_live(obs, monitor, clock, 5)
    assert monitor.snapshot().session == session
    assert NotificationKind.NEW_BROADCAST not in notifier.kinds
    assert NotificationKind.RECOVERED in notifier.kinds


async def test_starting_while_obs_is_already_live_is_not_you_are_live() -> None:
    clock, fastpix = FakeClock(), Library(A)
    fastpix.set(A, StreamStatus.ACTIVE)
    obs = OnAirObs(service=pointing_at(A), live=True, sent_bytes=1)
    monitor, notifier = model(obs, fastpix, clock)
    for _ in range(5):
        clock.advance(1)
        obs.sent_bytes += 40_000
        await monitor.poll_once()
    assert monitor.snapshot().state is OutputState.LIVE
    assert NotificationKind.LIVE not in notifier.kinds
    obs.live, obs.reconnecting = False, True
    clock.advance(1)
    await monitor.poll_once()
    assert NotificationKind.RECONNECTING in notifier.kinds  # later trouble is still told


async def test_fastpix_unreachable_keeps_the_stream_and_says_its_status_is_unknown() -> None:
    clock, fastpix = FakeClock(), Library(A)
    obs = OnAirObs(service=pointing_at(A))
    monitor, _ = model(obs, fastpix, clock)
    monitor.watch_stream(A)
    fastpix.down = True
    await go_live(obs, monitor, clock, 6)
    snap = monitor.snapshot()
    assert snap.stream_id == A.stream_id
    assert snap.fastpix_known is False
    assert snap.to_json()["stream"]["status"] is None


async def test_after_a_stop_the_stream_goes_idle_in_the_reconnect_window() -> None:
    clock, fastpix = FakeClock(), Library(A)
    obs = OnAirObs(service=pointing_at(A))
    monitor, _ = model(obs, fastpix, clock)
    fastpix.set(A, StreamStatus.ACTIVE)
    await go_live(obs, monitor, clock, 3)
    await obs.stop_streaming_and_wait()
    clock.advance(10)
    snap = await monitor.poll_once()
    assert snap.idle_in_s == 50
