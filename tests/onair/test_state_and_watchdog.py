"""Output state, watchdog verdicts, live figures and notifications, driven by a fake clock."""

from __future__ import annotations

from fastpix_desktop.core.models import ObsStreamStatus
from fastpix_desktop.core.obs import OUTPUT_STARTED, OUTPUT_STARTING, OUTPUT_STOPPED
from fastpix_desktop.core.obs.events import OUTPUT_RECONNECTED, OUTPUT_RECONNECTING
from fastpix_desktop.core.obs.output_state import OutputState, OutputStateTracker
from fastpix_desktop.core.onair.figures import LiveFiguresModel
from fastpix_desktop.core.onair.notify import NotificationKind, NotificationRules, RecordingNotifier
from fastpix_desktop.core.onair.watchdog import Verdict, Watchdog

from .fakes import FakeClock


def test_reconnecting_event_with_output_active_false_is_not_the_end_of_the_stream() -> None:
    changes: list[tuple[OutputState, OutputState]] = []
    tracker = OutputStateTracker(on_change=lambda old, new: changes.append((old, new)))
    tracker.on_event(OUTPUT_STARTING)
    tracker.on_event(OUTPUT_STARTED)
    # obs-websocket 5.1 sends this one with outputActive false; the state must not be "off".
    assert tracker.on_event(OUTPUT_RECONNECTING) is OutputState.RECONNECTING
    assert tracker.state.on_air
    assert tracker.on_event(OUTPUT_RECONNECTED) is OutputState.LIVE
    assert tracker.reconnects == 1
    assert changes[-1] == (OutputState.RECONNECTING, OutputState.LIVE)


def test_a_poll_sees_a_reconnect_whose_event_was_missed() -> None:
    tracker = OutputStateTracker()
    tracker.on_status(ObsStreamStatus(active=True))
    assert tracker.state is OutputState.LIVE
    tracker.on_status(ObsStreamStatus(active=True, reconnecting=True))
    assert tracker.state is OutputState.RECONNECTING and tracker.reconnects == 1
    tracker.on_status(ObsStreamStatus(active=False))
    assert tracker.state is OutputState.OFF


def test_a_start_in_progress_survives_a_poll_until_its_event_or_the_grace_time() -> None:
    clock = FakeClock()
    tracker = OutputStateTracker(clock=clock)
    tracker.on_event(OUTPUT_STARTING)
    assert tracker.on_status(ObsStreamStatus(active=False)) is OutputState.STARTING
    clock.advance(30)
    assert tracker.on_status(ObsStreamStatus(active=False)) is OutputState.OFF


def test_a_stop_in_progress_ends_when_a_poll_sees_obs_off() -> None:
    from fastpix_desktop.core.obs import OUTPUT_STOPPING

    tracker = OutputStateTracker()
    tracker.on_event(OUTPUT_STARTED)
    tracker.on_event(OUTPUT_STOPPING)
    assert tracker.on_status(ObsStreamStatus(active=True)) is OutputState.STOPPING
    assert tracker.on_status(ObsStreamStatus(active=False)) is OutputState.OFF


def test_a_new_broadcast_counts_reconnects_from_zero() -> None:
    tracker = OutputStateTracker()
    for state in (OUTPUT_STARTED, OUTPUT_RECONNECTING, OUTPUT_RECONNECTED, OUTPUT_STOPPED):
        tracker.on_event(state)
    tracker.on_event(OUTPUT_STARTED)
    assert tracker.reconnects == 0


def live_watchdog(clock: FakeClock) -> Watchdog:
    dog = Watchdog(clock=clock)
    dog.observe_state(OutputState.LIVE)
    return dog


def test_bytes_not_growing_for_ten_seconds_is_a_stall() -> None:
    clock = FakeClock()
    dog = live_watchdog(clock)
    dog.observe_fastpix("active")
    dog.observe_bytes(1000)
    clock.advance(9)
    dog.observe_bytes(1000)
    assert dog.report().verdict is Verdict.HEALTHY
    clock.advance(1.5)
    dog.observe_bytes(1000)
    report = dog.report()
    assert report.verdict is Verdict.STALLED and "Reconnect now" in report.message
    dog.observe_bytes(1000 + 40_000)  # moving again
    assert dog.report().verdict is Verdict.HEALTHY


def test_a_trickle_through_a_wedged_path_is_still_a_stall() -> None:
    clock = FakeClock()
    dog = live_watchdog(clock)
    dog.observe_bytes(100_000)
    for _ in range(11):
        clock.advance(1)
        dog.observe_bytes(100_000 + int(clock.now - 1000) * 1081)  # window probes, ~1 KB/s
    assert dog.report().verdict is Verdict.STALLED


def test_a_reconnect_that_never_gets_through_is_reported_as_stalled() -> None:
    clock = FakeClock()
    dog = live_watchdog(clock)
    dog.observe_state(OutputState.RECONNECTING)
    clock.advance(29)
    assert dog.report().verdict is Verdict.RECONNECTING
    clock.advance(2)
    report = dog.report()
    assert report.verdict is Verdict.STALLED and "trying to reconnect for 31 s" in report.message


def test_obs_live_but_fastpix_not_active_after_twenty_seconds() -> None:
    clock = FakeClock()
    dog = live_watchdog(clock)
    dog.observe_fastpix("idle")
    for _ in range(19):
        clock.advance(1)
        dog.observe_bytes(int(clock.now) * 50_000)
    assert dog.report().verdict is Verdict.HEALTHY
    clock.advance(1.5)
    dog.observe_bytes(int(clock.now) * 50_000)
    report = dog.report()
    assert report.verdict is Verdict.NOT_RECEIVING
    assert "server and key" in report.message and not report.stop_obs


def test_a_failed_fastpix_poll_is_never_taken_for_not_receiving() -> None:
    clock = FakeClock()
    dog = live_watchdog(clock)
    dog.observe_fastpix(None)
    clock.advance(60)
    dog.observe_bytes(123)
    assert dog.report().verdict is Verdict.HEALTHY


def test_disabled_or_deleted_stream_while_live_asks_to_stop_obs() -> None:
    clock = FakeClock()
    dog = live_watchdog(clock)
    dog.observe_fastpix("disabled")
    report = dog.report()
    assert report.verdict is Verdict.STREAM_DISABLED and report.stop_obs
    assert "retrying forever" in report.message
    dog.observe_fastpix(None, deleted=True)
    assert dog.report().verdict is Verdict.STREAM_DELETED
    dog.observe_state(OutputState.OFF)
    assert dog.report().verdict is Verdict.IDLE


def test_bitrate_from_byte_growth_and_unavailable_after_a_failed_poll() -> None:
    clock = FakeClock()
    model = LiveFiguresModel(clock=clock)
    model.on_status(ObsStreamStatus(active=True, bytes=0, total_frames=10))
    clock.advance(2)
    figures = model.on_status(
        ObsStreamStatus(
            active=True, bytes=250_000, skipped_frames=3, total_frames=100, duration_ms=61_000
        )
    )
    assert figures.bitrate_kbps == 1000
    assert figures.frames_text == "3 dropped of 100 (3.0 %)"
    assert figures.duration_text == "0:01:01"
    figures = model.on_status(None)
    assert figures.bitrate_text == "unavailable"
    assert model.on_viewers(None).viewers_text == "unavailable"
    assert model.on_viewers(12).viewers_text == "about 12"
    assert not model.viewer_poll_due()
    clock.advance(20)
    assert model.viewer_poll_due()


def test_notifications_for_a_broadcast_with_a_drop_and_recovery() -> None:
    notifier = RecordingNotifier()
    rules = NotificationRules(notifier)
    dog = Watchdog(clock=FakeClock())
    rules.on_state(OutputState.OFF, OutputState.LIVE)
    dog.observe_state(OutputState.LIVE)
    rules.on_verdict(dog.report(), fastpix_active=False)
    assert notifier.kinds == []  # FastPix has not confirmed yet: not "live" yet
    rules.on_verdict(dog.report(), fastpix_active=True)
    rules.on_verdict(dog.report(), fastpix_active=True)
    rules.on_state(OutputState.LIVE, OutputState.RECONNECTING)
    rules.on_state(OutputState.RECONNECTING, OutputState.LIVE)
    rules.on_state(OutputState.LIVE, OutputState.OFF)
    assert notifier.kinds == [
        NotificationKind.LIVE,
        NotificationKind.RECONNECTING,
        NotificationKind.RECOVERED,
        NotificationKind.ENDED,
    ]


def test_dropped_frames_above_the_threshold_notify_once() -> None:
    notifier = RecordingNotifier()
    rules = NotificationRules(notifier, dropped_threshold_percent=5, dropped_min_sample=100)
    rules.on_frames(0, 0)
    rules.on_frames(2, 100)  # 2 %: fine
    rules.on_frames(20, 200)  # 18 % of the last 100
    rules.on_frames(40, 300)  # still high: no second notice
    assert notifier.kinds == [NotificationKind.DROPPED_FRAMES]
    assert "18 %" in notifier.received[0].body


def test_an_srt_reconnect_on_obs_before_32_counts_once_bytes_move() -> None:
    """OBS before 32 can say RECONNECTED while SRT is still down (obs-studio #6749): the state
    stays reconnecting until outputBytes grows between two polls."""
    tracker = OutputStateTracker(clock=FakeClock())
    tracker.confirm_reconnects_by_bytes = True
    tracker.on_event(OUTPUT_STARTED)
    tracker.on_event(OUTPUT_RECONNECTING)
    assert tracker.on_event(OUTPUT_RECONNECTED) is OutputState.RECONNECTING
    assert tracker.unconfirmed
    assert tracker.on_status(ObsStreamStatus(active=True, bytes=0)) is OutputState.RECONNECTING
    assert tracker.on_status(ObsStreamStatus(active=True, bytes=0)) is OutputState.RECONNECTING
    assert tracker.on_status(ObsStreamStatus(active=True, bytes=4096)) is OutputState.LIVE
    assert not tracker.unconfirmed and tracker.reconnects == 1
    # Down again before any byte: the poll decides, and a stop ends the wait.
    tracker.on_event(OUTPUT_RECONNECTING)
    tracker.on_event(OUTPUT_RECONNECTED)
    assert tracker.on_event(OUTPUT_STOPPED) is OutputState.OFF and not tracker.unconfirmed


def test_without_the_srt_rule_a_reconnect_is_live_at_once() -> None:
    tracker = OutputStateTracker(clock=FakeClock())
    tracker.on_event(OUTPUT_STARTED)
    tracker.on_event(OUTPUT_RECONNECTING)
    assert tracker.on_event(OUTPUT_RECONNECTED) is OutputState.LIVE
