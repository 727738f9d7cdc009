"""The live status strip (bitrate, frames, congestion, duration, FastPix status) and its poller.

OBS reports cumulative output bytes, so the bitrate is the byte delta between two polls.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWidget

from fastpix_desktop.core.errors import AppError
from fastpix_desktop.core.models import LiveStream, ObsStreamStatus
from fastpix_desktop.ui.flow_layout import FlowLayout
from fastpix_desktop.ui.operations import OperationRunner
from fastpix_desktop.ui.stream_details import status_words
from fastpix_desktop.ui.theme import Tone, set_tone

log = logging.getLogger(__name__)

OBS_POLL_S = 2.0
FASTPIX_POLL_S = 5.0


def bitrate_kbps(previous: tuple[int, float] | None, current: tuple[int, float]) -> float | None:
    """kbit/s between two (output bytes, seconds) samples; None without a usable previous one."""
    if previous is None:
        return None
    (bytes_before, t_before), (bytes_now, t_now) = previous, current
    elapsed = t_now - t_before
    if elapsed <= 0 or bytes_now < bytes_before:  # a restarted output starts again at 0 bytes
        return None
    return (bytes_now - bytes_before) * 8 / elapsed / 1000


def clock(duration_ms: int) -> str:
    seconds = max(0, int(duration_ms) // 1000)
    hours, rest = divmod(seconds, 3600)
    return f"{hours}:{rest // 60:02d}:{rest % 60:02d}"


class LiveStatusStrip(QWidget):
    """Live numbers under the window (wrapping when narrow); hidden while OBS is not streaming."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveStatusStrip")
        self.setAccessibleName("Live status")
        # Wraps onto more lines in a narrow window instead of setting its minimum width.
        layout = FlowLayout(self)
        self.bitrate_label = self._label("bitrateLabel", "Bitrate")
        self.frames_label = self._label("framesLabel", "Dropped frames")
        self.congestion_label = self._label("congestionLabel", "Congestion")
        self.duration_label = self._label("durationLabel", "Duration")
        self.fastpix_label = self._label("fastpixStatusLabel", "FastPix status")
        self.reconnecting_label = self._label("reconnectingLabel", "Reconnecting")
        self.reconnecting_label.setText("OBS is reconnecting…")
        set_tone(self.reconnecting_label, Tone.WARNING)
        self.reconnecting_label.hide()
        for label in (
            self.duration_label,
            self.bitrate_label,
            self.frames_label,
            self.congestion_label,
            self.reconnecting_label,
            self.fastpix_label,
        ):
            layout.addWidget(label)
        self._previous: tuple[int, float] | None = None
        self.reset()

    def _label(self, name: str, accessible: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        return label

    def reset(self) -> None:
        self._previous = None
        self.bitrate_label.setText("Bitrate: –")
        self.frames_label.setText("Dropped: –")
        self.congestion_label.setText("Congestion: –")
        self.duration_label.setText("Live 0:00:00")
        self.fastpix_label.setText("FastPix: –")
        self.reconnecting_label.hide()

    def update_obs(self, status: ObsStreamStatus, at: float) -> None:
        rate = bitrate_kbps(self._previous, (status.bytes, at))
        self._previous = (status.bytes, at)
        if rate is not None:
            shown = f"{rate / 1000:.1f} Mbit/s" if rate >= 1000 else f"{rate:.0f} kbit/s"
            self.bitrate_label.setText(f"Bitrate: {shown}")
        share = status.skipped_frames / status.total_frames * 100 if status.total_frames else 0.0
        self.frames_label.setText(
            f"Dropped: {status.skipped_frames} / {status.total_frames} frames ({share:.1f} %)"
        )
        self.congestion_label.setText(f"Congestion: {status.congestion * 100:.0f} %")
        set_tone(self.congestion_label, Tone.WARNING if status.congestion >= 0.25 else Tone.NORMAL)
        self.duration_label.setText(f"Live {clock(status.duration_ms)}")
        self.reconnecting_label.setVisible(status.reconnecting)

    def set_obs_error(self, message: str) -> None:
        self.bitrate_label.setText(f"OBS: {message}")

    def set_fastpix_status(self, status: str | None, *, error: str = "") -> None:
        if status is not None:
            self.fastpix_label.setText(f"FastPix: {status_words(status)}")
            set_tone(self.fastpix_label, Tone.NORMAL)
        else:
            self.fastpix_label.setText(f"FastPix: {error}")
            set_tone(self.fastpix_label, Tone.WARNING)


class LiveMonitor(QObject):
    """While OBS is live: polls OBS every 2 s and the FastPix stream status every 5 s.

    The pollers run through the window's OperationRunner: a plain-words AppError is shown in
    the strip and polling goes on; anything else ends the poller and reaches the error dialog.
    """

    def __init__(
        self,
        *,
        strip: LiveStatusStrip,
        runner: OperationRunner,
        get_obs_status: Callable[[], Awaitable[ObsStreamStatus]],
        get_stream: Callable[[str], Awaitable[LiveStream]],
        on_stream_status: Callable[[str], None] | None = None,
        obs_interval: float = OBS_POLL_S,
        fastpix_interval: float = FASTPIX_POLL_S,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.strip = strip
        self._runner = runner
        self._get_obs_status = get_obs_status
        self._get_stream = get_stream
        self._on_stream_status = on_stream_status
        self.obs_interval = obs_interval
        self.fastpix_interval = fastpix_interval
        self.stream_id: str | None = None
        self._tasks: list[asyncio.Task[object]] = []

    @property
    def running(self) -> bool:
        return any(not t.done() for t in self._tasks)

    def start(self) -> None:
        if self.running:
            return
        self.strip.reset()
        self._tasks = [
            self._runner.run(self._poll_obs(), name="live-obs-poll", say=self.strip.set_obs_error),
            self._runner.run(
                self._poll_fastpix(),
                name="live-fastpix-poll",
                say=lambda text: self.strip.set_fastpix_status(None, error=text),
            ),
        ]

    def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        self._tasks = []

    async def wait_stopped(self) -> None:
        tasks, self._tasks = self._tasks, []
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task

    async def _poll_obs(self) -> None:
        while True:
            try:
                status = await self._get_obs_status()
                self.strip.update_obs(status, time.monotonic())
            except AppError as exc:
                self.strip.set_obs_error(str(exc))
            await asyncio.sleep(self.obs_interval)

    async def _poll_fastpix(self) -> None:
        while True:
            if self.stream_id:
                try:
                    stream = await self._get_stream(self.stream_id)
                except AppError as exc:
                    self.strip.set_fastpix_status(None, error=str(exc))
                else:
                    self.strip.set_fastpix_status(stream.status)
                    if self._on_stream_status is not None:
                        self._on_stream_status(stream.status)
            await asyncio.sleep(self.fastpix_interval)
