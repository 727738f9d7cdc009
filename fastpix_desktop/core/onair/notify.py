"""Desktop notifications while on air: the Notifier port and the rules for what is worth one.

The window implements ``Notifier`` with tray balloons; tests use a recording fake. Nothing here
waits for the user: a notification is fire-and-forget, so an unattended machine never blocks.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP, marked
from fastpix_desktop.core.obs.output_state import OutputState
from fastpix_desktop.core.onair.watchdog import Verdict, WatchdogReport

# Dropped frames above this share of the frames sent since the last check are worth a warning.
DROPPED_FRAMES_THRESHOLD_PERCENT = 5.0
# ... once enough frames were sent to make the share mean something (about 10 s at 30 fps).
DROPPED_FRAMES_MIN_SAMPLE = 300


class NotificationKind(StrEnum):
    LIVE = "live"
    RECONNECTING = "reconnecting"
    RECOVERED = "recovered"
    STALLED = "stalled"
    NOT_RECEIVING = "fastpix_not_receiving"
    STREAM_GONE = "stream_gone"
    DROPPED_FRAMES = "dropped_frames"
    OBS_LOST = "obs_lost"
    ENDED = "ended"


@dataclass(frozen=True)
class Notification:
    kind: NotificationKind
    title: str
    body: str = ""
    urgent: bool = False


class Notifier(Protocol):
    def notify(self, notification: Notification) -> None: ...


class NotificationRules:
    """Turns state changes, watchdog verdicts and frame counts into at most one notice each."""

    def __init__(
        self,
        notifier: Notifier,
        *,
        dropped_threshold_percent: float = DROPPED_FRAMES_THRESHOLD_PERCENT,
        dropped_min_sample: int = DROPPED_FRAMES_MIN_SAMPLE,
    ) -> None:
        self._notifier = notifier
        self._threshold = dropped_threshold_percent
        self._min_sample = dropped_min_sample
        self._live_confirmed = False
        self._was_on_air = False
        self._reconnecting = False
        self._last_verdict: Verdict | None = None
        self._frames_mark: tuple[int, int] | None = None  # (dropped, total) at the last check
        self._dropped_warned = False
        self._obs_lost = False
        self._restarting = False

    def expect_restart(self, restarting: bool = True) -> None:
        """A deliberate stop-and-start ("Reconnect now") is coming: it is not an end."""
        self._restarting = restarting

    def _send(
        self, kind: NotificationKind, title: str, body: str = "", urgent: bool = False
    ) -> None:
        self._notifier.notify(Notification(kind, title, body, urgent))

    def on_state(self, old: OutputState, new: OutputState) -> None:
        if new is OutputState.RECONNECTING and not self._reconnecting:
            self._reconnecting = True
            self._send(
                NotificationKind.RECONNECTING,
                QT_TRANSLATE_NOOP("onair", "Stream interrupted: reconnecting"),
                QT_TRANSLATE_NOOP(
                    "onair", "OBS lost the connection to FastPix and is reconnecting."
                ),
                urgent=True,
            )
        elif new is OutputState.LIVE and self._reconnecting:
            self._reconnecting = False
            self._send(
                NotificationKind.RECOVERED,
                QT_TRANSLATE_NOOP("onair", "Back on air"),
                QT_TRANSLATE_NOOP("onair", "OBS reconnected to FastPix."),
            )
        if new.on_air:
            self._was_on_air = True
        if new is OutputState.OFF and self._restarting:
            return
        if new is OutputState.OFF:
            if self._was_on_air and not self._obs_lost:
                self._send(
                    NotificationKind.ENDED,
                    QT_TRANSLATE_NOOP("onair", "Broadcast ended"),
                    QT_TRANSLATE_NOOP("onair", "OBS stopped streaming."),
                )
            self._live_confirmed = self._was_on_air = self._reconnecting = False
            self._obs_lost = False
            self._last_verdict, self._frames_mark, self._dropped_warned = None, None, False

    def on_obs_lost(self) -> None:
        """The connection to OBS dropped: whether OBS still streams is unknown, so not "ended"."""
        if self._was_on_air and not self._obs_lost:
            self._obs_lost = True
            self._send(
                NotificationKind.OBS_LOST,
                QT_TRANSLATE_NOOP("onair", "Lost contact with OBS"),
                QT_TRANSLATE_NOOP(
                    "onair",
                    "The app cannot see OBS any more; OBS may still be streaming. Check OBS.",
                ),
                urgent=True,
            )

    def on_verdict(self, report: WatchdogReport, *, fastpix_active: bool) -> None:
        verdict = report.verdict
        if verdict is Verdict.HEALTHY and fastpix_active and not self._live_confirmed:
            self._live_confirmed = True
            self._send(
                NotificationKind.LIVE,
                QT_TRANSLATE_NOOP("onair", "You are live"),
                QT_TRANSLATE_NOOP("onair", "OBS is streaming and FastPix receives it."),
            )
        if verdict is not self._last_verdict:
            if verdict is Verdict.STALLED:
                self._send(
                    NotificationKind.STALLED,
                    QT_TRANSLATE_NOOP("onair", "Stream stalled"),
                    report.message,
                    True,
                )
            elif verdict is Verdict.NOT_RECEIVING:
                self._send(
                    NotificationKind.NOT_RECEIVING,
                    QT_TRANSLATE_NOOP("onair", "FastPix is not receiving video"),
                    report.message,
                    True,
                )
            elif verdict in (Verdict.STREAM_DISABLED, Verdict.STREAM_DELETED):
                self._send(
                    NotificationKind.STREAM_GONE,
                    QT_TRANSLATE_NOOP("onair", "Broadcast stopped"),
                    report.message,
                    True,
                )
        self._last_verdict = verdict

    def on_frames(self, dropped: int, total: int) -> None:
        """OBS's running skipped/total frame counts; warns once per broadcast above threshold."""
        if self._frames_mark is None or total < self._frames_mark[1]:
            self._frames_mark = (dropped, total)  # first poll, or counters reset by a restart
            return
        d_dropped = dropped - self._frames_mark[0]
        d_total = total - self._frames_mark[1]
        if d_total < self._min_sample:
            return
        self._frames_mark = (dropped, total)
        share = 100.0 * d_dropped / d_total
        if share > self._threshold and not self._dropped_warned:
            self._dropped_warned = True
            self._send(
                NotificationKind.DROPPED_FRAMES,
                QT_TRANSLATE_NOOP("onair", "Dropping frames"),
                marked(
                    QT_TRANSLATE_NOOP(
                        "onair",
                        "OBS dropped {percent} % of frames recently: the connection cannot keep "
                        "up. Lower the bitrate in OBS or check the network.",
                    ),
                    percent=f"{share:.0f}",
                ),
                urgent=True,
            )
        elif share <= self._threshold / 2:
            self._dropped_warned = False  # recovered: warn again if it comes back


class RecordingNotifier:
    """A Notifier that keeps what it was given (tests, and a headless host's log)."""

    def __init__(self) -> None:
        self.received: list[Notification] = []

    def notify(self, notification: Notification) -> None:
        self.received.append(notification)

    @property
    def kinds(self) -> list[NotificationKind]:
        return [n.kind for n in self.received]
