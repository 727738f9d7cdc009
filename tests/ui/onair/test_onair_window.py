"""The on-air truth in the real window: the monitor's output state and watchdog verdicts in the
banner, the live panel, the OBS status line and the tray; notifications; Stop, Reconnect now and
End broadcast; demo mode never starting OBS; remote commands through the runner."""

from __future__ import annotations

import pytest

from fastpix_desktop.core.models import ObsStreamStatus
from fastpix_desktop.core.obs import StreamStateChanged
from fastpix_desktop.core.obs.events import OUTPUT_RECONNECTED, OUTPUT_RECONNECTING
from fastpix_desktop.core.obs.output_state import OutputState
from fastpix_desktop.core.onair.notify import NotificationKind, RecordingNotifier
from fastpix_desktop.core.onair.remote import RemoteRequest
from fastpix_desktop.core.onair.use_cases import DEMO_NEVER_STARTS
from fastpix_desktop.ui.onair.panel import OnAirOptions
from fastpix_desktop.ui.onair.tray import TrayState
from tests.onair.fakes import FakeClock
from tests.ui.conftest import run_pending


@pytest.fixture
def notifier() -> RecordingNotifier:
    return RecordingNotifier()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def onair_window(make_window, stored_credentials, notifier, clock):
    # A long poll interval: the test drives each round with panel.poll() and the fake clock.
    return make_window(
        onair=OnAirOptions(notifier=notifier, clock=clock, channel=lambda: None, poll_s=3600)
    )


def _poll(window, qloop) -> None:
    task = window.onair_panel.poll()
    if task is not None:
        qloop.run_until_complete(task)


def _go_live(window, qloop, sandbox):
    """Create a stream with "Start streaming" on, and let FastPix see video."""
    window.start_check.setChecked(True)
    qloop.run_until_complete(window.start_create())
    stream = next(iter(sandbox.streams.values()))
    sandbox.set_status(stream.stream_id, "active")
    _poll(window, qloop)
    return stream


def test_reconnecting_is_shown_loudly_with_stop_and_then_recovered(
    onair_window, qloop, sandbox, obs, notifier
):
    window = onair_window
    _go_live(window, qloop, sandbox)
    assert window.onair_panel.state is OutputState.LIVE
    assert NotificationKind.LIVE in notifier.kinds
    assert window.onair_panel.banner.isHidden()

    # obs-websocket 5.1 sends RECONNECTING with outputActive false: still on air.
    obs.reconnecting = True
    obs.emit(StreamStateChanged(False, OUTPUT_RECONNECTING))
    run_pending(qloop)
    panel = window.live_panel
    assert not window.onair_panel.banner.isHidden()
    assert "reconnecting" in window.onair_panel.banner.text()
    assert panel.headline.text() == "Reconnecting"
    assert window.obs_status.text().startswith("OBS is reconnecting")
    assert window.onair_panel.tray.state is TrayState.RECONNECTING
    assert panel.stop_button.isEnabled() and panel.reconnect_button.isEnabled()
    assert window.obs_panel.start_button.isHidden()  # never "Start" while OBS still streams
    _poll(window, qloop)  # the status poll agrees: outputReconnecting
    assert panel.headline.text() == "Reconnecting"
    assert notifier.kinds.count(NotificationKind.RECONNECTING) == 1

    obs.reconnecting = False
    obs.emit(StreamStateChanged(True, OUTPUT_RECONNECTED))
    run_pending(qloop)
    assert window.onair_panel.banner.isHidden()
    assert panel.headline.text() == "Live" and panel.reconnects.text() == "1"
    assert window.onair_panel.tray.state is TrayState.LIVE
    assert notifier.kinds[-1] is NotificationKind.RECOVERED


def test_stop_while_reconnecting(onair_window, qloop, sandbox, obs, notifier):
    window = onair_window
    _go_live(window, qloop, sandbox)
    obs.reconnecting = True
    obs.emit(StreamStateChanged(False, OUTPUT_RECONNECTING))
    window.live_panel.stop_button.click()
    run_pending(qloop)
    assert not obs.live and not obs.reconnecting
    assert window.onair_panel.state is OutputState.OFF
    assert window.onair_panel.live_box.isHidden()
    assert window.onair_panel.tray.state is TrayState.IDLE
    assert notifier.kinds[-1] is NotificationKind.ENDED


def test_a_stalled_output_is_told(onair_window, qloop, sandbox, obs, notifier, clock):
    window = onair_window
    _go_live(window, qloop, sandbox)
    obs.status = ObsStreamStatus(active=True, bytes=500_000, total_frames=100)
    _poll(window, qloop)
    clock.advance(11)  # outputBytes has not grown for 11 s
    _poll(window, qloop)
    banner = window.onair_panel.banner
    assert not banner.isHidden() and "sent next to nothing" in banner.text()
    assert window.onair_panel.tray.state is TrayState.STALLED
    assert NotificationKind.STALLED in notifier.kinds
    obs.bytes_per_poll = 100_000  # flowing again
    clock.advance(1)
    _poll(window, qloop)
    assert banner.isHidden()


def test_a_disabled_stream_stops_obs_and_says_why(onair_window, qloop, sandbox, obs, notifier):
    window = onair_window
    stream = _go_live(window, qloop, sandbox)
    sandbox.set_status(stream.stream_id, "disabled")
    window.onair_panel.monitor._fastpix_polled_at = None  # FastPix is asked every 5 s
    _poll(window, qloop)
    run_pending(qloop)
    assert not obs.live
    banner = window.onair_panel.banner
    assert not banner.isHidden() and "disabled" in banner.text()
    assert "stopped" in banner.text()
    assert NotificationKind.STREAM_GONE in notifier.kinds


def test_end_broadcast_stops_obs_and_finishes_the_stream(
    onair_window, qloop, sandbox, obs, notifier
):
    window = onair_window
    stream = _go_live(window, qloop, sandbox)
    assert window.onair_panel.end_action.isEnabled()
    window.live_panel.end_button.click()
    run_pending(qloop, rounds=10)
    assert not obs.live
    assert sandbox.streams[stream.stream_id].status == "idle"
    assert "finished" in window.message()
    assert NotificationKind.ENDED in notifier.kinds
    assert not window.onair_panel.end_action.isEnabled()


def test_reconnect_now_restarts_without_an_ended_notice(
    onair_window, qloop, sandbox, obs, notifier
):
    window = onair_window
    _go_live(window, qloop, sandbox)
    window.live_panel.reconnect_button.click()
    run_pending(qloop, rounds=10)
    assert obs.live
    assert obs.calls.count("start_streaming_and_wait") == 2
    assert NotificationKind.ENDED not in notifier.kinds
    assert window.message() == "OBS reconnected to FastPix."


def test_demo_mode_never_starts_streaming(make_window, obs, app_settings, qloop, sandbox):
    app_settings.set_start_streaming(True)  # remembered from a real session
    window = make_window(demo=True)
    assert not window.start_check.isChecked() and not window.start_check.isEnabled()
    assert "Demo mode never starts streaming" in window.start_check.toolTip()
    qloop.run_until_complete(window.start_create())
    assert obs.service.service_type == "rtmp_custom"  # OBS configured for the demo stream
    assert "start_streaming_and_wait" not in obs.calls and not obs.live
    start = window.obs_panel.start_button
    assert not start.isHidden() and not start.isEnabled()
    qloop.run_until_complete(window.obs_panel.start_streaming())
    assert "start_streaming_and_wait" not in obs.calls
    assert window.message() == DEMO_NEVER_STARTS
    # The remembered choice is left for the real session.
    assert app_settings.start_streaming()


def test_demo_go_live_command_configures_but_never_starts(make_window, obs, qloop, sandbox):
    stream_id = sandbox.state.create_stream().stream_id
    window = make_window(demo=True, onair=OnAirOptions(channel=lambda: stream_id, poll_s=0.05))
    reply = qloop.run_until_complete(
        window.onair_panel.handle_remote(RemoteRequest("go-live", {"streamId": stream_id}))
    )
    assert reply.exit_code == 0
    assert reply.json["obs"] == {
        "configured": True,
        "started": False,
        "alreadyLive": False,
        "error": None,
    }
    assert "start_streaming_and_wait" not in obs.calls and not obs.live
    assert window.message() == DEMO_NEVER_STARTS


def test_remote_commands_are_refused_while_the_window_is_busy(onair_window, qloop, sandbox):
    window = onair_window
    sandbox.latency_ms = 300
    task = window.start_create()
    run_pending(qloop, rounds=1)
    assert window.busy
    reply = qloop.run_until_complete(window.onair_panel.handle_remote(RemoteRequest("end")))
    assert reply.exit_code == 1
    assert reply.json["error"]["message"].startswith("Busy:")
    # status still answers, with the monitor's truth.
    status = qloop.run_until_complete(window.onair_panel.handle_remote(RemoteRequest("status")))
    assert status.exit_code == 0
    assert status.json["obs"]["outputState"] == "off" and "figures" in status.json
    qloop.run_until_complete(task)


def test_a_remote_end_is_reflected_in_the_window(onair_window, qloop, sandbox, obs):
    window = onair_window
    _go_live(window, qloop, sandbox)
    reply = qloop.run_until_complete(window.onair_panel.handle_remote(RemoteRequest("end")))
    run_pending(qloop)
    assert reply.exit_code == 0 and reply.json["finished"] is True
    assert not obs.live and window.onair_panel.live_box.isHidden()
    assert "finished" in window.message()


def test_reconnect_advice_is_shown_before_going_live(onair_window, qloop, obs):
    window = onair_window
    obs.profile_params[("Output", "MaxRetries")] = "2"
    qloop.run_until_complete(window.start_create())
    run_pending(qloop, rounds=10)
    advice = window.onair_panel.advice_label
    # The broadcast guard's reconnect finding (core/guard): OBS gives up inside FastPix's window.
    assert not advice.isHidden() and "ends the broadcast" in advice.text()


def test_an_old_401_is_cleared_once_good_credentials_are_saved(window, qloop, sandbox):
    from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY
    from fastpix_desktop.ui.credentials.dialog import CredentialsDialog

    window.fastpix.set_credentials("wrong-token", "wrong-secret")
    qloop.run_until_complete(window.start_create())
    assert not window.credentials_banner.isHidden()
    assert window.checklist.steps()  # the failed create, with FastPix's refusal
    window.credentials_panel.credentials_action.trigger()
    run_pending(qloop)
    dialog = window.findChild(CredentialsDialog)
    dialog.token_id_edit.setText(DEMO_ACCESS_TOKEN_ID)
    dialog.secret_key_field.edit.setText(DEMO_SECRET_KEY)
    dialog.save_button.click()
    run_pending(qloop, rounds=10)
    assert window.credentials_banner.isHidden()
    assert window.message() == "FastPix credentials saved."
    assert window.checklist.steps() == []  # no stale 401 left on screen


def test_the_guards_fix_raises_the_streams_window_in_one_click(onair_window, qloop, sandbox, obs):
    """OBS's defaults against FastPix's default 60 s window: the cheap fix is a 65 s window."""
    window = onair_window
    qloop.run_until_complete(window.start_create())
    run_pending(qloop, rounds=10)
    panel = window.onair_panel
    assert not panel.fix_button.isHidden()
    assert "65 s" in panel.fix_button.toolTip() and "longer" in panel.fix_button.toolTip()
    panel.fix_button.click()
    run_pending(qloop, rounds=20)
    stream_id = panel.monitor.stream_id
    assert sandbox.streams[stream_id].reconnect_window == 65
    assert panel.fix_button.isHidden() and panel.advice_label.isHidden()
    assert obs.params_set == []  # OBS untouched


def test_the_guards_multitrack_fix_is_saved_first_and_undone_by_restore(onair_window, qloop, obs):
    from fastpix_desktop.core.models import ObsVersion

    window = onair_window
    multitrack = ("Stream1", "EnableMultitrackVideo")
    obs.profile_params[multitrack] = "true"
    obs.profile_params[("Output", "RetryDelay")] = "1"  # reconnect fits a 60 s window
    qloop.run_until_complete(window.start_create())
    obs.version = ObsVersion("32.2.2", "5.7.4")  # multitrack matters from OBS 30.2
    panel = window.onair_panel
    qloop.run_until_complete(panel._advise(panel.monitor.stream_id))
    assert "Enhanced Broadcasting" in panel.advice_label.text()
    assert not panel.fix_button.isHidden()
    panel.fix_button.click()
    run_pending(qloop, rounds=20)
    assert obs.profile_params[multitrack] == "false"
    assert "restart OBS" in panel.advice_label.text()
    restore = window.obs_panel.start_restore()
    assert restore is not None
    qloop.run_until_complete(restore)
    assert obs.profile_params[multitrack] == "true"
