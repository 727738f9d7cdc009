"""Simulcast targets in the real window, over the sandbox: a streamer creates a stream, adds
Twitch and YouTube, goes live in OBS, pauses YouTube and removes it; adding while live explains
FastPix's rule; a bad URL is refused before anything is sent; a key never reaches a log record
or the error dialog."""

from __future__ import annotations

import asyncio
import logging
import time

from PySide6.QtCore import Qt

from fastpix_desktop.core.obs.events import StreamStateChanged
from fastpix_desktop.core.simulcast.targets import NOT_IDLE_RULE
from fastpix_desktop.sandbox import Fault
from tests.ui.conftest import run_pending

TWITCH_KEY = "live_1012464221_DuM8W004MoZYNxQEZ0czODgfHCFBhk"
YOUTUBE_KEY = "q4zx-8d2m-91kf-77aa-hh3p"


def _create(window, qloop) -> str:
    qloop.run_until_complete(window.start_create())
    panel = window.simulcast_panel
    qloop_wait(qloop, lambda: panel.stream_id is not None and panel._requests == 0)
    return panel.stream_id


def qloop_wait(qloop, condition, timeout: float = 10.0) -> None:
    """Run the loop until ``condition()`` holds."""

    async def until() -> None:
        deadline = time.monotonic() + timeout
        while not condition() and time.monotonic() < deadline:
            await asyncio.sleep(0.01)

    qloop.run_until_complete(until())
    assert condition(), "condition not met"


def _settled(window) -> bool:
    return window.simulcast_panel._requests == 0


def _add(window, qloop, qtbot, preset_id: str, key: str) -> None:
    view = window.simulcast_panel.view
    view.preset_combo.setCurrentIndex(view.preset_combo.findData(preset_id))
    qtbot.keyClicks(view.key_field.edit, key)
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    qloop_wait(qloop, lambda: _settled(window))


def _go_live(window, qloop, obs, sandbox, stream_id) -> None:
    sandbox.set_status(stream_id, "active")  # OBS's video reached FastPix
    obs.live = True
    obs.emit(StreamStateChanged(True, "OBS_WEBSOCKET_OUTPUT_STARTED"))
    qloop_wait(qloop, lambda: window.obs_panel.live and _settled(window))
    qloop_wait(qloop, lambda: not window.simulcast_panel.view.live_label.isHidden())


def test_add_twitch_and_youtube_pause_one_live_and_remove_it(
    window, qloop, qtbot, sandbox, obs, caplog
):
    caplog.set_level(logging.DEBUG)
    stream_id = _create(window, qloop)
    box, view = window.simulcast_panel.box, window.simulcast_panel.view
    assert box.isVisible() and not view.empty_label.isHidden()

    _add(window, qloop, qtbot, "twitch", TWITCH_KEY)
    _add(window, qloop, qtbot, "youtube", YOUTUBE_KEY)
    titles = {sid: row.title.text() for sid, row in view.rows.items()}
    assert sorted(titles.values()) == ["Twitch", "YouTube"]
    assert view.error_label.isHidden(), view.error_label.text()
    for row in view.rows.values():
        assert row.state_label.text() == "Enabled"
        assert TWITCH_KEY not in row.key_field.displayed_text()
        assert YOUTUBE_KEY not in row.key_field.displayed_text()
    assert view.key_field.value() == ""  # the form forgot the key after the add

    _go_live(window, qloop, obs, sandbox, stream_id)
    youtube = next(sid for sid, title in titles.items() if title == "YouTube")
    qtbot.mouseClick(view.rows[youtube].toggle_button, Qt.MouseButton.LeftButton)
    qloop_wait(qloop, lambda: _settled(window))
    assert view.rows[youtube].state_label.text() == "Paused"
    assert view.rows[youtube].toggle_button.text() == "Resume"
    assert not sandbox.streams[stream_id].simulcasts[1].is_enabled

    qtbot.mouseClick(view.rows[youtube].remove_button, Qt.MouseButton.LeftButton)
    qloop_wait(qloop, lambda: _settled(window))
    assert [row.title.text() for row in view.rows.values()] == ["Twitch"]
    assert [t.stream_key for t in sandbox.streams[stream_id].simulcasts] == [TWITCH_KEY]
    shown = " ".join(w.text() for w in view.findChildren(type(view.empty_label)))
    assert "roadcast" not in shown

    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert TWITCH_KEY not in logged and YOUTUBE_KEY not in logged
    assert TWITCH_KEY not in caplog.text and YOUTUBE_KEY not in caplog.text


def test_adding_while_live_explains_the_rule_and_sends_nothing(window, qloop, qtbot, sandbox, obs):
    stream_id = _create(window, qloop)
    _go_live(window, qloop, obs, sandbox, stream_id)
    view = window.simulcast_panel.view
    assert view.live_label.text() == NOT_IDLE_RULE

    _add(window, qloop, qtbot, "kick", TWITCH_KEY)

    assert view.error_label.text() == NOT_IDLE_RULE
    assert sandbox.streams[stream_id].simulcasts == []
    assert "before going live" in view.error_label.text()


def test_a_bad_url_is_refused_before_anything_is_sent(window, qloop, qtbot, sandbox):
    stream_id = _create(window, qloop)
    view = window.simulcast_panel.view
    view.preset_combo.setCurrentIndex(view.preset_combo.findData("custom"))
    view.url_edit.setText("https://live.twitch.tv/app")
    view.key_field.setValue(TWITCH_KEY)

    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    run_pending(qloop)

    assert "must start with rtmp:// or rtmps://" in view.error_label.text()
    assert sandbox.streams[stream_id].simulcasts == []


def test_a_fastpix_failure_is_shown_without_the_key(window, qloop, qtbot, sandbox, caplog):
    caplog.set_level(logging.DEBUG)
    stream_id = _create(window, qloop)
    sandbox.inject(
        Fault(method="POST", path_prefix=f"/live/streams/{stream_id}/simulcast", status=500)
    )

    _add(window, qloop, qtbot, "twitch", TWITCH_KEY)

    view = window.simulcast_panel.view
    assert not view.error_label.isHidden()
    assert TWITCH_KEY not in view.error_label.text()
    assert view.rows == {}
    assert TWITCH_KEY not in caplog.text
    for exc in window.error_reporter.reported:
        assert TWITCH_KEY not in str(exc)


def test_the_list_follows_the_stream_on_screen(window, qloop, qtbot, sandbox):
    first = _create(window, qloop)
    _add(window, qloop, qtbot, "twitch", TWITCH_KEY)
    assert len(window.simulcast_panel.view.rows) == 1

    second = _create(window, qloop)

    assert second != first
    qloop_wait(qloop, lambda: window.simulcast_panel.stream_id == second)
    assert window.simulcast_panel.view.rows == {}
    window.simulcast_panel.show_stream(first)  # a library selection hands over an ID
    qloop_wait(qloop, lambda: len(window.simulcast_panel.view.rows) == 1)


def test_an_unexpected_failure_shows_the_error_dialog_without_the_key(
    window, qloop, qtbot, monkeypatch, caplog
):
    from fastpix_desktop.ui.operations import UNEXPECTED
    from fastpix_desktop.ui.widgets.error_dialog import ErrorDialog

    caplog.set_level(logging.DEBUG)
    _create(window, qloop)

    async def broken(stream_id, *, url, stream_key, name=""):
        raise RuntimeError(f"bug while sending {stream_key} to {url}")

    monkeypatch.setattr(window.fastpix, "create_simulcast", broken)
    _add(window, qloop, qtbot, "twitch", TWITCH_KEY)

    view = window.simulcast_panel.view
    assert view.error_label.text() == UNEXPECTED
    dialog = window.findChild(ErrorDialog, "errorDialog")
    assert dialog is not None and dialog.isVisible()
    details = dialog.details.toPlainText()
    assert "RuntimeError" in details and TWITCH_KEY not in details
    assert TWITCH_KEY not in caplog.text


def test_obs_live_on_this_stream_explains_the_rule_before_fastpix_says_active(
    window, qloop, qtbot, sandbox, obs
):
    stream_id = _create(window, qloop)
    assert window.obs_panel.configured  # OBS points at this stream
    obs.live = True
    obs.emit(StreamStateChanged(True, "OBS_WEBSOCKET_OUTPUT_STARTED"))  # FastPix still idle
    qloop_wait(qloop, lambda: window.obs_panel.live and _settled(window))
    view = window.simulcast_panel.view
    assert view.live_label.text() == NOT_IDLE_RULE

    _add(window, qloop, qtbot, "twitch", TWITCH_KEY)

    assert view.error_label.text() == NOT_IDLE_RULE
    assert sandbox.streams[stream_id].simulcasts == []
