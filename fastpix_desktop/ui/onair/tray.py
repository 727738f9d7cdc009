"""The tray icon while on air (idle / live / reconnecting / stalled), its menu and notifications.

A pure view: it shows what it is told (``show_snapshot``, ``set_channel``) and says what the user
asked for through signals; ``TrayNotifier`` implements core's Notifier with tray balloons, which
never wait for anyone (nothing modal on an unattended machine).
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP
from fastpix_desktop.core.obs.output_state import OutputState
from fastpix_desktop.core.onair.monitor import OnAirSnapshot
from fastpix_desktop.core.onair.notify import Notification
from fastpix_desktop.core.onair.watchdog import Verdict
from fastpix_desktop.ui.i18n import onair_text


class TrayState(StrEnum):
    IDLE = "idle"
    LIVE = "live"
    RECONNECTING = "reconnecting"
    STALLED = "stalled"


_STALLED_VERDICTS = (Verdict.STALLED, Verdict.NOT_RECEIVING)
_COLOURS = {
    TrayState.IDLE: "#8a8a8a",
    TrayState.LIVE: "#1e9e3e",
    TrayState.RECONNECTING: "#e07b00",
    TrayState.STALLED: "#c62828",
}
_LABELS = {
    TrayState.IDLE: QT_TRANSLATE_NOOP("OnAirTray", "Not live"),
    TrayState.LIVE: QT_TRANSLATE_NOOP("OnAirTray", "Live"),
    TrayState.RECONNECTING: QT_TRANSLATE_NOOP("OnAirTray", "Reconnecting…"),
    TrayState.STALLED: QT_TRANSLATE_NOOP("OnAirTray", "Stalled"),
}


def tray_state_for(snapshot: OnAirSnapshot) -> TrayState:
    """Reconnecting and stalls win over "live": the tray must not look fine when it is not."""
    if snapshot.report.verdict in _STALLED_VERDICTS:
        return TrayState.STALLED
    if snapshot.state is OutputState.RECONNECTING:
        return TrayState.RECONNECTING
    if snapshot.state in (OutputState.LIVE, OutputState.STARTING):
        return TrayState.LIVE
    return TrayState.IDLE


def state_icon(state: TrayState, size: int = 32) -> QIcon:
    """A filled dot in the state's colour (drawn, so no icon file or SVG plugin is needed)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(_COLOURS[state]))
    painter.setPen(Qt.PenStyle.NoPen)
    margin = size // 8
    painter.drawEllipse(margin, margin, size - 2 * margin, size - 2 * margin)
    painter.end()
    return QIcon(pixmap)


class OnAirTray(QObject):
    """The tray icon and its menu: Go live on my channel, End broadcast, Show window, Quit."""

    go_live_requested = Signal()
    end_requested = Signal()
    reconnect_requested = Signal()
    show_window_requested = Signal()
    quit_requested = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = TrayState.IDLE
        # The window reads it when it is minimised (closing always quits).
        self.minimise_to_tray = False
        self.icon = QSystemTrayIcon(state_icon(TrayState.IDLE), self)
        self.menu = QMenu()
        self.status_action = QAction(self.tr(_LABELS[TrayState.IDLE]), self.menu)
        self.status_action.setEnabled(False)
        self.go_live_action = QAction(self.tr("Go live on my channel"), self.menu)
        self.reconnect_action = QAction(self.tr("Reconnect now"), self.menu)
        self.end_action = QAction(self.tr("End broadcast"), self.menu)
        self.show_action = QAction(self.tr("Show window"), self.menu)
        self.quit_action = QAction(self.tr("Quit"), self.menu)
        self.go_live_action.triggered.connect(self.go_live_requested)
        self.reconnect_action.triggered.connect(self.reconnect_requested)
        self.end_action.triggered.connect(self.end_requested)
        self.show_action.triggered.connect(self.show_window_requested)
        self.quit_action.triggered.connect(self.quit_requested)
        self.menu.addAction(self.status_action)
        self.menu.addSeparator()
        for action in (self.go_live_action, self.reconnect_action, self.end_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        self.menu.addAction(self.show_action)
        self.menu.addAction(self.quit_action)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self._channel: str | None = None
        self._busy = False
        self._on_air = False
        self.last_message: tuple[str, str] | None = None
        self.last_urgent = False
        self.last_timeout_ms = 0
        self._sync()

    def show(self) -> None:
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon.show()

    def set_channel(self, name: str | None) -> None:
        """The name of "my channel", or None when none is chosen (Go live is then disabled)."""
        self._channel = name
        self._sync()

    def set_busy(self, busy: bool) -> None:
        """While a go-live or end runs, neither can be started again."""
        self._busy = busy
        self._sync()

    def show_snapshot(self, snapshot: OnAirSnapshot) -> None:
        self.state = tray_state_for(snapshot)
        self.icon.setIcon(state_icon(self.state))
        detail = snapshot.report.message or snapshot.stopped_reason
        if not snapshot.obs_connected and not detail:
            # "Not live" alone would read as "OBS stopped": what OBS does is unknown.
            detail = self.tr("No contact with OBS.")
        label = self.tr(_LABELS[self.state])
        tooltip = self.tr("fastpix-desktop: {state}").format(state=label)
        if snapshot.stream_id and snapshot.state.on_air:
            # Which broadcast, from the model: never the stream selected in the window.
            tooltip = self.tr("{tooltip} ({name})").format(tooltip=tooltip, name=snapshot.label)
        if detail:
            tooltip = self.tr("{tooltip}\n{detail}").format(tooltip=tooltip, detail=detail)
        self.icon.setToolTip(tooltip)
        self.status_action.setText(self.tr(_LABELS[self.state]))
        self._on_air = snapshot.state.on_air
        self._sync()

    def show_message(self, title: str, body: str, *, urgent: bool, timeout_ms: int) -> None:
        """A balloon / desktop notification; returns at once (never modal)."""
        self.last_message = (title, body)
        self.last_urgent, self.last_timeout_ms = urgent, timeout_ms
        # Qt's D-Bus tray sends the freedesktop "urgency" hint from the icon (Information low,
        # Warning normal, Critical critical: qdbustrayicon.cpp), and a timeout of 0 as "never
        # expires": an alarm during a show stays until the streamer has seen it (issue 26).
        icon = (
            QSystemTrayIcon.MessageIcon.Critical
            if urgent
            else QSystemTrayIcon.MessageIcon.Information
        )
        self.icon.showMessage(title, body, icon, timeout_ms)

    def _sync(self) -> None:
        on_air = self._on_air
        name = self._channel
        self.go_live_action.setText(
            self.tr("Go live on {name}").format(name=name)
            if name
            else self.tr("Go live on my channel")
        )
        self.go_live_action.setEnabled(bool(name) and not on_air and not self._busy)
        self.end_action.setEnabled(on_air and not self._busy)
        self.reconnect_action.setEnabled(on_air and not self._busy)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.show_window_requested.emit()


class TrayNotifier:
    """core.onair.notify.Notifier as tray balloons (desktop notifications where the platform has
    them)."""

    def __init__(self, tray: OnAirTray, *, timeout_ms: int = 8000) -> None:
        """``timeout_ms`` for notices; alarms (urgent) never time out."""
        self._tray = tray
        self._timeout_ms = timeout_ms
        self.enabled = True

    def notify(self, notification: Notification) -> None:
        if self.enabled:
            self._tray.show_message(
                onair_text(notification.title),
                onair_text(notification.body),
                urgent=notification.urgent,
                timeout_ms=0 if notification.urgent else self._timeout_ms,
            )
