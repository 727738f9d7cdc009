"""The live panel's figures as plain data: bitrate, frames, congestion, duration, viewers.

Fed by OBS status polls and FastPix viewer-count polls; a failed poll makes its figure
"unavailable" and never raises. Qt-free so the panel only renders ``LiveFigures``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP, marked
from fastpix_desktop.core.models import ObsStreamStatus
from fastpix_desktop.core.obs.output_state import OutputState

UNAVAILABLE = QT_TRANSLATE_NOOP("onair", "unavailable")

# FastPix's viewer count is approximate and the endpoint is not meant for tight polling.
VIEWER_POLL_INTERVAL_S = 20.0


@dataclass(frozen=True)
class LiveFigures:
    state: OutputState = OutputState.OFF
    obs_available: bool = True
    bitrate_kbps: int | None = None
    dropped_frames: int = 0
    total_frames: int = 0
    congestion: float = 0.0
    duration_s: int = 0
    reconnects: int = 0
    viewers: int | None = None
    viewers_available: bool = True

    @property
    def dropped_percent(self) -> float:
        return 100.0 * self.dropped_frames / self.total_frames if self.total_frames else 0.0

    # The texts are marked (core.i18n): English here and in the CLI, the UI language on screen.
    @property
    def bitrate_text(self) -> str:
        if not self.obs_available:
            return UNAVAILABLE
        if self.bitrate_kbps is None:
            return "—"
        return marked(QT_TRANSLATE_NOOP("onair", "{kbps} kb/s"), kbps=self.bitrate_kbps)

    @property
    def frames_text(self) -> str:
        if not self.obs_available:
            return UNAVAILABLE
        return marked(
            QT_TRANSLATE_NOOP("onair", "{dropped} dropped of {total} ({percent} %)"),
            dropped=self.dropped_frames,
            total=self.total_frames,
            percent=f"{self.dropped_percent:.1f}",
        )

    @property
    def duration_text(self) -> str:
        hours, rest = divmod(self.duration_s, 3600)
        minutes, seconds = divmod(rest, 60)
        return f"{hours}:{minutes:02d}:{seconds:02d}"

    @property
    def viewers_text(self) -> str:
        if not self.viewers_available:
            return UNAVAILABLE
        if self.viewers is None:
            return "—"
        return marked(QT_TRANSLATE_NOOP("onair", "about {viewers}"), viewers=self.viewers)

    def to_json(self) -> dict[str, object]:
        return {
            "state": str(self.state),
            "bitrateKbps": self.bitrate_kbps if self.obs_available else None,
            "droppedFrames": self.dropped_frames,
            "totalFrames": self.total_frames,
            "congestion": round(self.congestion, 3),
            "durationSeconds": self.duration_s,
            "reconnects": self.reconnects,
            "viewers": self.viewers if self.viewers_available else None,
            "viewersApproximate": True,
        }


class LiveFiguresModel:
    """Keeps the latest figures; the bitrate is the outputBytes growth between two polls."""

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._figures = LiveFigures()
        self._last: tuple[float, int] | None = None
        self._viewers_polled_at: float | None = None

    @property
    def figures(self) -> LiveFigures:
        return self._figures

    def on_state(self, state: OutputState, reconnects: int) -> LiveFigures:
        if state is OutputState.OFF:
            self._last = None
        self._replace(state=state, reconnects=reconnects)
        return self._figures

    def on_status(self, status: ObsStreamStatus | None) -> LiveFigures:
        """One GetStreamStatus answer, or None when the poll failed."""
        if status is None:
            self._last = None
            self._replace(obs_available=False, bitrate_kbps=None)
            return self._figures
        now = self._clock()
        bitrate = self._figures.bitrate_kbps
        if self._last is not None and now > self._last[0] and status.bytes >= self._last[1]:
            bitrate = round((status.bytes - self._last[1]) * 8 / 1000 / (now - self._last[0]))
        elif not status.active:
            bitrate = None
        self._last = (now, status.bytes) if status.active else None
        self._replace(
            obs_available=True,
            bitrate_kbps=bitrate,
            dropped_frames=status.skipped_frames,
            total_frames=status.total_frames,
            congestion=status.congestion,
            duration_s=status.duration_ms // 1000,
        )
        return self._figures

    def viewer_poll_due(self) -> bool:
        if self._viewers_polled_at is None:
            return True
        return self._clock() - self._viewers_polled_at >= VIEWER_POLL_INTERVAL_S

    def on_viewers(self, count: int | None) -> LiveFigures:
        """A viewer-count answer, or None when the poll failed."""
        self._viewers_polled_at = self._clock()
        if count is None:
            self._replace(viewers_available=False)
        else:
            self._replace(viewers=count, viewers_available=True)
        return self._figures

    def _replace(self, **changes: object) -> None:
        self._figures = replace(self._figures, **changes)  # type: ignore[arg-type]
