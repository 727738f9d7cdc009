"""After a broadcast started from the library ("Go live on <my channel>"), nothing in the
results panel goes on saying live once it is over: OBS's line says it stopped, and FastPix's
status follows the stream to idle after End broadcast."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from fastpix_desktop.sandbox.state import StreamSpec
from tests.ui.conftest import wait_running


def status_on_screen(window) -> str:
    label = window.details.findChild(QLabel, "statusLabel")
    return label.text() if label is not None else ""


def go_live_on_channel(window, qloop, sandbox, obs) -> str:
    stream_id = sandbox.state.create_stream(
        StreamSpec(metadata={"livestream_name": "Friday show"})
    ).stream_id
    panel = window.library_panel
    panel.start_refresh()
    wait_running(qloop, lambda: panel.view.model.total == 1)
    panel.view.select(stream_id)
    panel.my_channel_button.click()
    wait_running(qloop, lambda: panel.go_live_button.isVisible())
    panel.go_live_button.click()
    wait_running(qloop, lambda: not window.busy and obs.live)
    sandbox.set_status(stream_id, "active")  # FastPix receives the video
    window.onair_panel.monitor._fastpix_polled_at = None  # FastPix is asked every 5 s
    wait_running(qloop, lambda: status_on_screen(window) == "active (live)")
    assert window.details.obs_result_label.text() == "OBS now sends to this stream and is live."
    return stream_id


def test_stop_streaming_replaces_the_is_live_line(window, qloop, sandbox, obs):
    go_live_on_channel(window, qloop, sandbox, obs)
    window.live_panel.stop_button.click()
    wait_running(qloop, lambda: not obs.live and window.live_panel.headline.text() == "Not live")
    assert window.details.obs_result_label.text() == (
        "OBS stopped streaming; it still points at this stream (Start streaming goes live again)."
    )


def test_end_broadcast_brings_the_status_on_screen_to_idle(window, qloop, sandbox, obs):
    stream_id = go_live_on_channel(window, qloop, sandbox, obs)
    window.live_panel.end_button.click()
    wait_running(qloop, lambda: not window.busy and not obs.live)
    assert sandbox.streams[stream_id].status == "idle"
    window.onair_panel.monitor._fastpix_polled_at = None  # FastPix is asked every 5 s
    wait_running(qloop, lambda: status_on_screen(window) == "idle (waiting for OBS to connect)")
    assert "OBS stopped streaming" in window.details.obs_result_label.text()


def test_the_library_row_follows_the_live_status_so_end_broadcast_is_offered(
    window, qloop, sandbox, obs
):
    stream_id = go_live_on_channel(window, qloop, sandbox, obs)
    view = window.library_panel.view
    # No Refresh: the on-air monitor's fresh status reaches the row.
    wait_running(qloop, lambda: view.selected_row() is not None)
    assert view.selected_row().stream_id == stream_id
    assert view.selected_row().status == "active"
    assert view.manage_actions["finish"].isEnabled()


def test_end_broadcast_from_the_library_stops_obs_first(window, qloop, sandbox, obs):
    stream_id = go_live_on_channel(window, qloop, sandbox, obs)
    view = window.library_panel.view
    wait_running(qloop, lambda: view.manage_actions["finish"].isEnabled())
    view.manage_actions["finish"].trigger()
    wait_running(qloop, lambda: window.prompt is not None)
    window.prompt.accept_button.click()
    # OBS is stopped before FastPix finishes: it does not reconnect into a new broadcast.
    wait_running(qloop, lambda: not obs.live and sandbox.streams[stream_id].status == "idle")
    wait_running(qloop, lambda: not window.busy)
    assert window.message().startswith("OBS stopped streaming.")
