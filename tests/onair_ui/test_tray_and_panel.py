"""The tray and the live panel render what the on-air monitor says, and only that."""

from __future__ import annotations

from dataclasses import replace

from fastpix_desktop.core.obs.output_state import OutputState
from fastpix_desktop.core.onair.figures import LiveFigures
from fastpix_desktop.core.onair.monitor import OnAirSnapshot
from fastpix_desktop.core.onair.notify import Notification, NotificationKind
from fastpix_desktop.core.onair.watchdog import Verdict, WatchdogReport
from fastpix_desktop.ui.onair.live_view import LiveView
from fastpix_desktop.ui.onair.tray import OnAirTray, TrayNotifier, TrayState, tray_state_for

LIVE = OnAirSnapshot(
    state=OutputState.LIVE,
    report=WatchdogReport(Verdict.HEALTHY),
    figures=LiveFigures(
        state=OutputState.LIVE,
        bitrate_kbps=2500,
        dropped_frames=3,
        total_frames=300,
        congestion=0.25,
        duration_s=3725,
        reconnects=1,
        viewers=12,
    ),
    stream_id="s1",
    stream_status="active",
)
RECONNECTING = replace(
    LIVE,
    state=OutputState.RECONNECTING,
    report=WatchdogReport(Verdict.RECONNECTING, "The connection to FastPix dropped."),
)
STALLED = replace(LIVE, report=WatchdogReport(Verdict.STALLED, "OBS has sent next to nothing."))
OFF = OnAirSnapshot(OutputState.OFF, WatchdogReport(Verdict.IDLE), LiveFigures(), "s1", "idle")


def test_tray_state_says_reconnecting_and_stalled_rather_than_live() -> None:
    assert tray_state_for(LIVE) is TrayState.LIVE
    assert tray_state_for(RECONNECTING) is TrayState.RECONNECTING
    assert tray_state_for(STALLED) is TrayState.STALLED
    assert tray_state_for(OFF) is TrayState.IDLE


def test_tray_menu_follows_the_broadcast(qtbot) -> None:
    tray = OnAirTray()
    assert not tray.go_live_action.isEnabled()  # no channel chosen yet
    tray.set_channel("Friday show")
    assert tray.go_live_action.text() == "Go live on Friday show"
    assert tray.go_live_action.isEnabled() and not tray.end_action.isEnabled()
    tray.show_snapshot(RECONNECTING)
    assert tray.state is TrayState.RECONNECTING
    assert "Reconnecting" in tray.icon.toolTip() and "dropped" in tray.icon.toolTip()
    assert tray.end_action.isEnabled() and tray.reconnect_action.isEnabled()
    assert not tray.go_live_action.isEnabled()
    with qtbot.waitSignal(tray.end_requested, timeout=1000):
        tray.end_action.trigger()
    tray.set_busy(True)
    assert not tray.end_action.isEnabled()
    tray.set_busy(False)
    tray.show_snapshot(OFF)
    assert tray.icon.toolTip() == "fastpix-desktop: Not live"


def test_tray_notifier_shows_a_balloon_unless_turned_off(qtbot) -> None:
    tray = OnAirTray()
    notifier = TrayNotifier(tray)
    notifier.notify(Notification(NotificationKind.STALLED, "Stream stalled", "x", urgent=True))
    assert tray.last_message == ("Stream stalled", "x")
    notifier.enabled = False
    notifier.notify(Notification(NotificationKind.ENDED, "Broadcast ended"))
    assert tray.last_message == ("Stream stalled", "x")


def test_live_panel_shows_figures_and_enables_the_on_air_actions(qtbot) -> None:
    panel = LiveView()
    qtbot.addWidget(panel)
    assert not panel.stop_button.isEnabled()
    panel.show_snapshot(LIVE)
    assert panel.headline.text() == "Live"
    assert panel.bitrate.text() == "2500 kb/s"
    assert panel.frames.text() == "3 dropped of 300 (1.0 %)"
    assert panel.congestion.text() == "25 %"
    assert panel.duration.text() == "1:02:05"
    assert panel.viewers.text() == "about 12"
    assert panel.banner.isHidden()
    assert panel.stop_button.isEnabled() and panel.reconnect_button.isEnabled()
    with qtbot.waitSignal(panel.reconnect_requested, timeout=1000):
        panel.reconnect_button.click()


def test_live_panel_banner_is_loud_while_reconnecting_and_gone_after(qtbot) -> None:
    panel = LiveView()
    qtbot.addWidget(panel)
    panel.show_snapshot(RECONNECTING)
    assert panel.headline.text() == "Reconnecting"
    assert not panel.banner.isHidden() and "dropped" in panel.banner.text()
    assert panel.stop_button.isEnabled()  # Stop stays available while reconnecting
    panel.show_snapshot(LIVE)
    assert panel.banner.isHidden() and panel.banner.text() == ""


def test_live_panel_says_why_obs_was_stopped_and_that_figures_are_unavailable(qtbot) -> None:
    panel = LiveView()
    qtbot.addWidget(panel)
    stopped = replace(OFF, stopped_reason="This FastPix stream was disabled while OBS was live.")
    panel.show_snapshot(stopped)
    assert "disabled" in panel.banner.text()
    assert not panel.stop_button.isEnabled()
    unavailable = replace(
        LIVE, figures=replace(LIVE.figures, obs_available=False, viewers_available=False)
    )
    panel.show_snapshot(unavailable)
    assert panel.bitrate.text() == "unavailable" and panel.viewers.text() == "unavailable"
