"""The live panel: a loud banner when the broadcast is in trouble, the live figures, and the
on-air actions (Stop, Reconnect now, End broadcast).

A pure view over ``OnAirSnapshot``: ``show_snapshot`` replaces everything it shows, so no text
outlives the situation it describes; button presses go out as signals.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP
from fastpix_desktop.core.obs.output_state import OutputState
from fastpix_desktop.core.onair.monitor import OnAirSnapshot
from fastpix_desktop.core.onair.watchdog import Verdict
from fastpix_desktop.ui.i18n import onair_text
from fastpix_desktop.ui.widgets.flow_layout import FlowLayout
from fastpix_desktop.ui.widgets.text_fit import button_name, soft_breaks

_BANNER_STYLE = {
    "warning": "background:#fff3e0; color:#7a3e00; border:1px solid #e07b00; padding:6px;",
    "error": "background:#fdecea; color:#8e1c1c; border:1px solid #c62828; padding:6px;",
}
_HEADLINES = {
    OutputState.OFF: QT_TRANSLATE_NOOP("LiveView", "Not live"),
    OutputState.STARTING: QT_TRANSLATE_NOOP("LiveView", "Starting…"),
    OutputState.LIVE: QT_TRANSLATE_NOOP("LiveView", "Live"),
    OutputState.RECONNECTING: QT_TRANSLATE_NOOP("LiveView", "Reconnecting"),
    OutputState.STOPPING: QT_TRANSLATE_NOOP("LiveView", "Stopping…"),
}
_ERROR_VERDICTS = (
    Verdict.STALLED,
    Verdict.NOT_RECEIVING,
    Verdict.STREAM_DISABLED,
    Verdict.STREAM_DELETED,
)


class LiveView(QWidget):
    stop_requested = Signal()
    reconnect_requested = Signal()
    end_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = QLabel(self.tr(_HEADLINES[OutputState.OFF]))
        self.headline.setObjectName("liveHeadline")
        # Which stream the broadcast is on, and what FastPix says: from the model, never from
        # the stream on screen.
        self.stream_line = QLabel()
        self.stream_line.setObjectName("liveStreamLine")
        self.stream_line.setWordWrap(True)
        self.notice = QLabel()
        self.notice.setObjectName("liveNotice")
        self.notice.setWordWrap(True)
        self.notice.setVisible(False)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.bitrate = QLabel("—")
        self.frames = QLabel("—")
        self.congestion = QLabel("—")
        self.duration = QLabel("—")
        self.reconnects = QLabel("0")
        self.viewers = QLabel("—")
        self.viewers.setToolTip(self.tr("FastPix's count is approximate and refreshed every 20 s."))
        # Caption-value pairs that wrap onto more lines in a narrow window (no minimum width).
        figures_box = QWidget(self)
        figures = FlowLayout(figures_box)
        for name, value in (
            (self.tr("Bitrate"), self.bitrate),
            (self.tr("Frames"), self.frames),
            (self.tr("Congestion"), self.congestion),
            (self.tr("Duration"), self.duration),
            (self.tr("Reconnects"), self.reconnects),
            (self.tr("Viewers"), self.viewers),
        ):
            pair = QWidget(figures_box)
            row = QHBoxLayout(pair)
            row.setContentsMargins(0, 0, 0, 0)
            caption = QLabel(name, pair)
            caption.setBuddy(value)
            row.addWidget(caption)
            row.addWidget(value)
            value.setParent(pair)
            figures.addWidget(pair)
        self.stop_button = QPushButton(self.tr("Stop streaming"))
        self.reconnect_button = QPushButton(self.tr("Reconnect now"))
        self.end_button = QPushButton(self.tr("End broadcast"))
        self.end_button.setToolTip(
            self.tr(
                "Stop OBS, then finish the FastPix stream so its recording is processed at once."
            )
        )
        for button, name, accessible in (
            (self.stop_button, "liveStopButton", "Stop streaming in OBS"),
            (self.reconnect_button, "reconnectNowButton", "Reconnect now: stop and start OBS"),
            (self.end_button, "endBroadcastButton", "End broadcast"),
        ):
            button.setObjectName(name)
            button.setAccessibleName(accessible)
        for button in (self.stop_button, self.reconnect_button, self.end_button):
            # A space typed while the focus happened to be here must not stop a show (issue
            # 26, item 3); the OBS menu and the tray reach them without the mouse.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.stop_button.clicked.connect(self.stop_requested)
        self.reconnect_button.clicked.connect(self.reconnect_requested)
        self.end_button.clicked.connect(self.end_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.stream_line)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addWidget(figures_box)
        buttons_box = QWidget(self)
        button_flow = FlowLayout(buttons_box)
        for button in (self.stop_button, self.reconnect_button, self.end_button):
            button_flow.addWidget(button)
        layout.addWidget(buttons_box)
        self._busy = False
        self._state = OutputState.OFF
        self._sync_buttons()

    def set_busy(self, busy: bool) -> None:
        """While an on-air action runs, none can be started again."""
        self._busy = busy
        self._sync_buttons()

    def show_snapshot(self, snapshot: OnAirSnapshot) -> None:
        self._state = snapshot.state
        self.headline.setText(QCoreApplication.translate("LiveView", _HEADLINES[snapshot.state]))
        self._show_banner(snapshot)
        self.stream_line.setText(soft_breaks(self.stream_text(snapshot)))
        self.notice.setText(onair_text(snapshot.notice))
        self.notice.setVisible(bool(snapshot.notice))
        name = snapshot.label
        self.end_button.setText(
            self.tr("End broadcast on {name}").format(name=button_name(name))
            if name
            else self.tr("End broadcast")
        )
        figures = snapshot.figures
        self.bitrate.setText(onair_text(figures.bitrate_text))
        self.frames.setText(onair_text(figures.frames_text))
        self.congestion.setText(
            self.tr("{percent} %").format(percent=f"{figures.congestion * 100:.0f}")
            if figures.obs_available
            else self.tr("unavailable")
        )
        self.duration.setText(figures.duration_text)
        self.reconnects.setText(str(figures.reconnects))
        self.viewers.setText(onair_text(figures.viewers_text))
        self._sync_buttons()

    def stream_text(self, snapshot: OnAirSnapshot) -> str:
        """ "Stream: <name> (FastPix: active)", or where OBS sends when it is no FastPix stream."""
        if snapshot.stream_id:
            if snapshot.stream_deleted:
                status = self.tr("deleted")
            elif not snapshot.fastpix_known or not snapshot.stream_status:
                status = self.tr("status unknown")
            else:
                status = snapshot.stream_status
            return self.tr("Stream: {name} (FastPix: {status})").format(
                name=snapshot.label, status=status
            )
        if snapshot.destination:
            return self.tr("OBS sends to {destination} (not a FastPix stream of yours)").format(
                destination=snapshot.destination
            )
        return ""

    def _show_banner(self, snapshot: OnAirSnapshot) -> None:
        report = snapshot.report
        text, tone = "", ""
        if report.verdict in _ERROR_VERDICTS:
            text, tone = report.message, "error"
        elif snapshot.state is OutputState.RECONNECTING:
            text, tone = report.message or self.tr("OBS is reconnecting to FastPix."), "warning"
        elif snapshot.stopped_reason and snapshot.state is OutputState.OFF:
            text, tone = snapshot.stopped_reason, "error"
        self.banner.setText(onair_text(text))
        self.banner.setStyleSheet(_BANNER_STYLE.get(tone, ""))
        self.banner.setVisible(bool(text))

    def _sync_buttons(self) -> None:
        on_air = self._state.on_air
        self.stop_button.setEnabled(on_air and not self._busy)
        self.reconnect_button.setEnabled(on_air and not self._busy)
        self.end_button.setEnabled(on_air and not self._busy)
