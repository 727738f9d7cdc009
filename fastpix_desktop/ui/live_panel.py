"""The live panel: a loud banner when the broadcast is in trouble, the live figures, and the
on-air actions (Stop, Reconnect now, End broadcast).

A pure view over ``OnAirSnapshot``: ``show_snapshot`` replaces everything it shows, so no text
outlives the situation it describes; button presses go out as signals.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fastpix_desktop.core.obs.output_state import OutputState
from fastpix_desktop.core.onair_monitor import OnAirSnapshot
from fastpix_desktop.core.watchdog import Verdict

_BANNER_STYLE = {
    "warning": "background:#fff3e0; color:#7a3e00; border:1px solid #e07b00; padding:6px;",
    "error": "background:#fdecea; color:#8e1c1c; border:1px solid #c62828; padding:6px;",
}
_HEADLINES = {
    OutputState.OFF: "Not live",
    OutputState.STARTING: "Starting…",
    OutputState.LIVE: "Live",
    OutputState.RECONNECTING: "Reconnecting",
    OutputState.STOPPING: "Stopping…",
}
_ERROR_VERDICTS = (
    Verdict.STALLED,
    Verdict.NOT_RECEIVING,
    Verdict.STREAM_DISABLED,
    Verdict.STREAM_DELETED,
)


class LivePanel(QWidget):
    stop_requested = Signal()
    reconnect_requested = Signal()
    end_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = QLabel(_HEADLINES[OutputState.OFF])
        self.headline.setObjectName("liveHeadline")
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.bitrate = QLabel("—")
        self.frames = QLabel("—")
        self.congestion = QLabel("—")
        self.duration = QLabel("—")
        self.reconnects = QLabel("0")
        self.viewers = QLabel("—")
        self.viewers.setToolTip("FastPix's count is approximate and refreshed every 20 s.")
        figures = QFormLayout()
        figures.addRow("Bitrate", self.bitrate)
        figures.addRow("Frames", self.frames)
        figures.addRow("Congestion", self.congestion)
        figures.addRow("Duration", self.duration)
        figures.addRow("Reconnects", self.reconnects)
        figures.addRow("Viewers", self.viewers)
        self.stop_button = QPushButton("Stop streaming")
        self.reconnect_button = QPushButton("Reconnect now")
        self.end_button = QPushButton("End broadcast")
        self.end_button.setToolTip(
            "Stop OBS, then finish the FastPix stream so its recording is processed at once."
        )
        self.stop_button.clicked.connect(self.stop_requested)
        self.reconnect_button.clicked.connect(self.reconnect_requested)
        self.end_button.clicked.connect(self.end_requested)
        buttons = QHBoxLayout()
        for button in (self.stop_button, self.reconnect_button, self.end_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addWidget(self.banner)
        layout.addLayout(figures)
        layout.addLayout(buttons)
        self._busy = False
        self._state = OutputState.OFF
        self._sync_buttons()

    def set_busy(self, busy: bool) -> None:
        """While an on-air action runs, none can be started again."""
        self._busy = busy
        self._sync_buttons()

    def show_snapshot(self, snapshot: OnAirSnapshot) -> None:
        self._state = snapshot.state
        self.headline.setText(_HEADLINES[snapshot.state])
        self._show_banner(snapshot)
        figures = snapshot.figures
        self.bitrate.setText(figures.bitrate_text)
        self.frames.setText(figures.frames_text)
        self.congestion.setText(
            f"{figures.congestion * 100:.0f} %" if figures.obs_available else "unavailable"
        )
        self.duration.setText(figures.duration_text)
        self.reconnects.setText(str(figures.reconnects))
        self.viewers.setText(figures.viewers_text)
        self._sync_buttons()

    def _show_banner(self, snapshot: OnAirSnapshot) -> None:
        report = snapshot.report
        text, tone = "", ""
        if report.verdict in _ERROR_VERDICTS:
            text, tone = report.message, "error"
        elif snapshot.state is OutputState.RECONNECTING:
            text, tone = report.message or "OBS is reconnecting to FastPix.", "warning"
        elif snapshot.stopped_reason and snapshot.state is OutputState.OFF:
            text, tone = snapshot.stopped_reason, "error"
        self.banner.setText(text)
        self.banner.setStyleSheet(_BANNER_STYLE.get(tone, ""))
        self.banner.setVisible(bool(text))

    def _sync_buttons(self) -> None:
        on_air = self._state.on_air
        self.stop_button.setEnabled(on_air and not self._busy)
        self.reconnect_button.setEnabled(on_air and not self._busy)
        self.end_button.setEnabled(on_air and not self._busy)
