"""Issue 26 in the real window (fake OBS, in-process sandbox): the window never acts on the wrong
broadcast and says only what is true now. One test per numbered item that the fake OBS can
show; the real-OBS ones are in tests/integration/test_onair_one_truth.py."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fastpix_desktop.core.models import ObsServiceSettings
from fastpix_desktop.core.obs import ConnectionChanged
from fastpix_desktop.core.onair.notify import NotificationKind, RecordingNotifier
from fastpix_desktop.sandbox.state import StreamSpec
from fastpix_desktop.ui.onair.panel import OnAirOptions
from tests.onair.fakes import FakeClock
from tests.ui.conftest import answer_prompt, run_pending, wait_running

YOUTUBE = ObsServiceSettings(
    "rtmp_custom", {"server": "rtmp://a.rtmp.youtube.com/live2", "key": "yt-key"}
)


@pytest.fixture
def notifier() -> RecordingNotifier:
    return RecordingNotifier()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def onair(make_window, stored_credentials, notifier, clock):
    return make_window(
        onair=OnAirOptions(notifier=notifier, clock=clock, channel=lambda: None, poll_s=3600)
    )


def poll(window, qloop, clock: FakeClock | None = None, seconds: float = 0) -> None:
    if clock is not None:
        clock.advance(seconds)
    task = window.onair_panel.poll()
    if task is not None:
        qloop.run_until_complete(task)
    run_pending(qloop)


def two_streams(sandbox) -> tuple[str, str]:
    a = sandbox.state.create_stream(StreamSpec(metadata={"livestream_name": "Show A"}))
    b = sandbox.state.create_stream(StreamSpec(metadata={"livestream_name": "Show B"}))
    return a.stream_id, b.stream_id


def go_live_on(window, qloop, sandbox, obs, stream_id: str) -> None:
    """My channel = ``stream_id``, then Go live on it (the library's primary button)."""
    panel = window.library_panel
    panel.start_refresh()
    wait_running(qloop, lambda: panel.view.model.find(stream_id) is not None and not window.busy)
    panel.view.select(stream_id)
    if panel.channel.stream_id != stream_id:
        panel.my_channel_button.click()
        wait_running(qloop, lambda: panel.channel.stream_id == stream_id)
    wait_running(qloop, lambda: panel.go_live_button.isVisible() and not window.busy)
    panel.go_live_button.click()
    wait_running(qloop, lambda: not window.busy and obs.live)
    sandbox.set_status(stream_id, "active")


def test_item1_end_broadcast_finishes_the_live_stream_not_the_one_on_screen(
    onair, qloop, sandbox, obs, clock
):
    window = onair
    a, b = two_streams(sandbox)
    go_live_on(window, qloop, sandbox, obs, a)
    poll(window, qloop, clock, 6)
    assert "Show A" in window.live_panel.stream_line.text()

    # Select B, Use this stream, Cancel "OBS is live. Stop streaming and continue?".
    view = window.library_panel.view
    view.select(b)
    wait_running(qloop, lambda: view.selected_stream_id() == b and view.use_button.isEnabled())
    view.use_button.click()
    answer_prompt(qloop, window, accept=False)
    wait_running(qloop, lambda: not window.busy)
    poll(window, qloop, clock, 6)
    snapshot = window.onair_panel.snapshot
    assert snapshot.stream_id == a and obs.live
    assert "Show A" in window.live_panel.stream_line.text()
    assert window.live_panel.end_button.text() == "End broadcast on Show A"

    window.live_panel.end_button.click()
    question = answer_prompt(qloop, window)
    assert "Show A" in question
    wait_running(qloop, lambda: not window.busy and not obs.live)
    assert sandbox.streams[a].status == "idle"  # A was finished: its recording is processed
    assert sandbox.streams[b].status == "idle"
    assert "nothing to finish" not in window.message()


def test_item2_end_and_stop_ask_naming_the_stream_and_dont_ask_again(
    onair, qloop, sandbox, obs, clock
):
    window = onair
    a, _b = two_streams(sandbox)
    go_live_on(window, qloop, sandbox, obs, a)
    poll(window, qloop, clock, 6)

    window.onair_panel.tray.end_action.trigger()  # the tray asks too
    assert answer_prompt(qloop, window, accept=False) == "End the broadcast on Show A?"
    wait_running(qloop, lambda: not window.busy)
    assert obs.live and sandbox.streams[a].status == "active"

    window.obs_panel.stop_action.trigger()  # OBS → Stop streaming asks too
    wait_running(qloop, lambda: window.prompt is not None)
    assert window.prompt.text() == "Stop streaming to Show A?"
    window.prompt.checkBox().setChecked(True)  # "Don't ask again"
    window.prompt.accept_button.click()
    wait_running(qloop, lambda: not obs.live)
    assert not window.onair_panel.confirm_action.isChecked()
    assert not window.settings.confirm_onair_actions()


def test_item3_typing_never_starts_or_stops_a_broadcast(onair, qloop, sandbox, obs, clock):
    window = onair
    a, _b = two_streams(sandbox)
    go_live_on(window, qloop, sandbox, obs, a)
    poll(window, qloop, clock, 6)
    window.live_panel.stop_button.click()
    answer_prompt(qloop, window)
    wait_running(qloop, lambda: not obs.live)
    poll(window, qloop, clock, 6)
    start = window.obs_panel.start_button
    assert start.isVisible() and start.text() == "Start streaming to Show A"

    # Tab through the whole window: no button that starts or stops a show takes the focus,
    # so a space typed afterwards ("Stream 12") cannot press one.
    guarded = {
        start,
        window.library_panel.go_live_button,
        window.live_panel.stop_button,
        window.live_panel.end_button,
        window.live_panel.reconnect_button,
    }
    window.activateWindow()
    window.form.name_edit.setFocus()
    for _ in range(80):
        QTest.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() not in guarded
        QTest.keyClicks(QApplication.focusWidget() or window, "Stream 12")
        run_pending(qloop, rounds=1)
        assert not obs.live


def test_item4_a_deleted_streams_alarm_never_comes_back(
    onair, qloop, sandbox, obs, clock, notifier
):
    window = onair
    a, b = two_streams(sandbox)
    go_live_on(window, qloop, sandbox, obs, a)
    poll(window, qloop, clock, 6)
    sandbox.state.delete(a)
    poll(window, qloop, clock, 6)
    wait_running(qloop, lambda: not obs.live)
    assert "deleted" in window.onair_panel.banner.text()
    notifier.received.clear()

    go_live_on(window, qloop, sandbox, obs, b)
    for _ in range(3):
        poll(window, qloop, clock, 6)
    assert obs.live
    assert NotificationKind.STREAM_GONE not in notifier.kinds
    assert window.onair_panel.banner.isHidden()

    # OBS killed: nothing blames the deletion, and no line says OBS is live.
    obs.connected = False
    obs.emit(ConnectionChanged(False, None, None))
    poll(window, qloop, clock, 1)
    assert "deleted" not in window.onair_panel.banner.text()
    assert "is live" not in window.details.obs_result_label.text()
    assert "stopped streaming" not in window.details.obs_result_label.text()
    assert "is live" not in window.message()
    assert window.message().startswith("Lost contact with OBS while on air")
    assert window.onair_panel.snapshot.to_json()["obsConnected"] is False

    # OBS back, not streaming: said, and the lost-contact lines go.
    obs.connected, obs.live = True, False
    obs.emit(ConnectionChanged(True, obs.version, None))
    poll(window, qloop, clock, 1)
    assert window.message() == "OBS is back; it is not streaming."
    assert "Lost contact" not in window.details.obs_result_label.text()


def test_item7_lines_that_stopped_being_true_go(onair, qloop, sandbox, obs, clock):
    window = onair
    a, _b = two_streams(sandbox)
    go_live_on(window, qloop, sandbox, obs, a)
    poll(window, qloop, clock, 6)
    window.live_panel.stop_button.click()
    answer_prompt(qloop, window)
    wait_running(qloop, lambda: not obs.live)
    poll(window, qloop, clock, 6)
    assert window.obs_panel.start_button.isVisible()

    obs.service = YOUTUBE  # changed by hand in OBS
    poll(window, qloop, clock, 6)
    assert window.obs_panel.start_button.isHidden()
    line = window.details.obs_result_label.text()
    assert "no longer points at this stream" in line and "youtube" in line
    assert "yt-key" not in line


def test_item7_a_deleted_streams_key_and_links_go(onair, qloop, sandbox, obs, clock):
    window = onair
    a, _b = two_streams(sandbox)
    go_live_on(window, qloop, sandbox, obs, a)
    poll(window, qloop, clock, 6)
    assert window.details.stream is not None
    sandbox.state.delete(a)
    poll(window, qloop, clock, 6)
    wait_running(qloop, lambda: window.details.stream is None)
    assert window.simulcast_panel.box.isHidden()
    view = window.library_panel.view
    wait_running(qloop, lambda: view.model.find(a) is None)  # its "active (live)" row goes too
    assert "was deleted" in window.message()


def test_item10_add_target_says_when_and_that_end_broadcast_makes_it_idle(
    onair, qloop, sandbox, obs, clock
):
    window = onair
    a, _b = two_streams(sandbox)
    go_live_on(window, qloop, sandbox, obs, a)
    poll(window, qloop, clock, 6)
    window.live_panel.stop_button.click()
    answer_prompt(qloop, window)
    wait_running(qloop, lambda: not obs.live)
    poll(window, qloop, clock, 10)
    rule = window.simulcast_panel.view.live_label
    wait_running(qloop, lambda: "in about" in rule.text())
    assert "End broadcast makes it idle at once" in rule.text()
    first = rule.text()
    poll(window, qloop, clock, 20)
    assert rule.text() != first  # counting down


def test_item5_a_long_outage_is_a_new_broadcast_not_a_false_alarm(
    onair, qloop, sandbox, obs, clock, notifier
):
    from fastpix_desktop.core.obs import StreamStateChanged
    from fastpix_desktop.core.obs.events import OUTPUT_RECONNECTED, OUTPUT_RECONNECTING

    window = onair
    a, _b = two_streams(sandbox)
    go_live_on(window, qloop, sandbox, obs, a)
    for _ in range(5):
        poll(window, qloop, clock, 6)
    # Ingest down 80 s, with a 60 s reconnect window: FastPix closes the broadcast.
    obs.live, obs.reconnecting = False, True
    obs.emit(StreamStateChanged(False, OUTPUT_RECONNECTING))
    for second in range(80):
        if second == 65:
            sandbox.set_status(a, "idle")
        poll(window, qloop, clock, 1)
    obs.live, obs.reconnecting = True, False
    obs.emit(StreamStateChanged(True, OUTPUT_RECONNECTED))
    for second in range(30):
        if second == 3:
            sandbox.set_status(a, "active")  # the new broadcast
        poll(window, qloop, clock, 1)
        assert "not receiving" not in window.onair_panel.banner.text()
    assert NotificationKind.NOT_RECEIVING not in notifier.kinds
    assert notifier.kinds.count(NotificationKind.NEW_BROADCAST) == 1
    notice = window.live_panel.notice
    assert not notice.isHidden() and "new broadcast and a new recording" in notice.text()


def test_item8_opening_while_obs_is_live_is_not_you_are_live(
    make_window, stored_credentials, qloop, sandbox, obs, clock, notifier
):
    a, _b = two_streams(sandbox)
    record = sandbox.streams[a]
    obs.service = ObsServiceSettings(
        "rtmp_custom", {"server": "rtmps://live.fastpix.com:443/live", "key": record.stream_key}
    )
    obs.live = True
    sandbox.set_status(a, "active")
    window = make_window(
        onair=OnAirOptions(notifier=notifier, clock=clock, channel=lambda: None, poll_s=3600)
    )
    for _ in range(4):
        poll(window, qloop, clock, 6)
    assert window.onair_panel.snapshot.stream_id == a
    assert "Show A" in window.live_panel.stream_line.text()
    assert NotificationKind.LIVE not in notifier.kinds


def test_item7_an_old_failure_leaves_progress_once_an_on_air_action_succeeded(
    onair, qloop, sandbox, obs, clock
):
    from fastpix_desktop.core.errors import ObsStreamStartError
    from fastpix_desktop.core.golive.use_cases import StepId, StepState
    from fastpix_desktop.core.onair.remote import RemoteRequest

    window = onair
    obs.fail_on["start_streaming_and_wait"] = ObsStreamStartError()
    window.start_check.setChecked(True)
    qloop.run_until_complete(window.start_create())
    assert window.checklist.state(StepId.START) is StepState.FAILED
    stream_id = window.details.stream.stream_id
    del obs.fail_on["start_streaming_and_wait"]

    reply = qloop.run_until_complete(
        window.onair_panel.handle_remote(RemoteRequest("go-live", {"streamId": stream_id}))
    )
    assert reply.exit_code == 0 and obs.live
    assert window.checklist.steps() == []


def test_item1_a_deck_go_live_brings_its_stream_and_protocol_on_screen(
    onair, qloop, sandbox, obs, clock
):
    from fastpix_desktop.core.models import Protocol
    from fastpix_desktop.core.onair.remote import RemoteRequest

    window = onair
    a, b = two_streams(sandbox)
    window.library_panel.start_refresh()
    wait_running(qloop, lambda: window.library_panel.view.model.total == 2 and not window.busy)
    window.library_panel.view.select(b)  # the streamer looks at B
    wait_running(qloop, lambda: window.details.stream and window.details.stream.stream_id == b)

    def deck(command: str, **args):
        reply = qloop.run_until_complete(
            window.onair_panel.handle_remote(RemoteRequest(command, args))
        )
        wait_running(qloop, lambda: not window.busy)
        return reply

    assert deck("go-live", streamId=a, protocol="srt").exit_code == 0
    assert window.details.stream.stream_id == a
    assert window.details.protocol is Protocol.SRT
    assert deck("end").exit_code == 0
    assert deck("go-live", streamId=a, protocol="rtmps").exit_code == 0
    assert window.details.stream.stream_id == a
    assert window.details.protocol is Protocol.RTMPS
    poll(window, qloop, clock, 6)
    assert "Show A" in window.live_panel.stream_line.text()
