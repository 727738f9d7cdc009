"""The watchdog while on air: OBS's own state checked against its bytes and FastPix's status.

It is fed observations (OBS status polls, the output state, FastPix stream polls) and answers with
one verdict; it never sleeps or polls itself, so tests drive it with an injected clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP, marked
from fastpix_desktop.core.models import StreamStatus
from fastpix_desktop.core.obs.output_state import OutputState

STALL_AFTER_S = 10.0
# Growth below this per stall window is a trickle, not a stream: a wedged TCP path still lets
# a few hundred bytes a second through (window probes), while even 64 kb/s audio sends 80 KB.
STALL_MIN_GROWTH_BYTES = 32 * 1024
NOT_RECEIVING_AFTER_S = 20.0
# A reconnect that has not got through for this long is wedged (e.g. OBS connects, but the
# handshake never completes): OBS would wait on it indefinitely.
RECONNECT_STUCK_AFTER_S = 30.0


class Verdict(StrEnum):
    IDLE = "idle"
    STARTING = "starting"
    HEALTHY = "healthy"
    RECONNECTING = "reconnecting"
    STOPPING = "stopping"
    STALLED = "stalled"
    NOT_RECEIVING = "fastpix_not_receiving"
    STREAM_DISABLED = "stream_disabled"
    STREAM_DELETED = "stream_deleted"


@dataclass(frozen=True)
class WatchdogReport:
    verdict: Verdict
    message: str = ""
    stop_obs: bool = False  # OBS would retry forever against a stream that cannot take video

    def to_json(self) -> dict[str, str | bool]:
        return {"verdict": str(self.verdict), "message": self.message, "stopObs": self.stop_obs}


NOT_RECEIVING_MESSAGE = QT_TRANSLATE_NOOP(
    "onair",
    "OBS says it is live, but FastPix is not receiving video. Check that OBS points at this "
    "stream (Settings → Stream: server and key), that nothing blocks the connection "
    "(RTMPS uses TCP 443, SRT uses UDP 778), and OBS's log for errors.",
)


class Watchdog:
    """Decides whether a broadcast that OBS calls live really is, from what it is fed."""

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        stall_after: float = STALL_AFTER_S,
        not_receiving_after: float = NOT_RECEIVING_AFTER_S,
    ) -> None:
        self._clock = clock
        self._stall_after = stall_after
        self._not_receiving_after = not_receiving_after
        self._state = OutputState.OFF
        self._live_since: float | None = None
        self._bytes: int | None = None  # outputBytes when it last grew by a real amount
        self._bytes_grew_at: float | None = None
        self._reconnecting_since: float | None = None
        self._fastpix_status: str | None = None
        self._deleted = False

    # ---- observations

    def observe_state(self, state: OutputState) -> None:
        now = self._clock()
        if state is OutputState.LIVE and self._state is not OutputState.LIVE:
            # (Re)connected: bytes are counted afresh and the clocks start now.
            self._bytes_grew_at = now
            if self._live_since is None:
                self._live_since = now
        if state is OutputState.RECONNECTING and self._state is not OutputState.RECONNECTING:
            self._reconnecting_since = now
        if state is OutputState.OFF:
            self._live_since, self._bytes, self._bytes_grew_at = None, None, None
        self._state = state

    def observe_bytes(self, total: int) -> None:
        """OBS's running ``outputBytes`` from one GetStreamStatus poll."""
        now = self._clock()
        if (
            self._bytes is None
            or total < self._bytes  # reset by a reconnect
            or total - self._bytes >= STALL_MIN_GROWTH_BYTES
        ):
            self._bytes_grew_at = now
            self._bytes = total

    def observe_fastpix(self, status: str | None, *, deleted: bool = False) -> None:
        """The stream's FastPix status from a poll; None when the poll failed (unknown)."""
        if deleted:
            self._deleted = True
            return
        if status is not None:
            self._fastpix_status = status
            self._deleted = False

    def seed_live_for(self, seconds: float) -> None:
        """Start the clocks ``seconds`` ago (a headless check reading OBS's outputDuration)."""
        now = self._clock()
        self._live_since = now - seconds

    # ---- verdict

    def report(self) -> WatchdogReport:
        state = self._state
        if state is OutputState.OFF:
            return WatchdogReport(Verdict.IDLE)
        if state is OutputState.STOPPING:
            return WatchdogReport(Verdict.STOPPING)
        if self._deleted:
            return WatchdogReport(
                Verdict.STREAM_DELETED,
                QT_TRANSLATE_NOOP(
                    "onair",
                    "This FastPix stream was deleted while OBS was streaming to it, so OBS was "
                    "stopped: it would have kept retrying forever.",
                ),
                stop_obs=True,
            )
        if self._fastpix_status == StreamStatus.DISABLED:
            return WatchdogReport(
                Verdict.STREAM_DISABLED,
                QT_TRANSLATE_NOOP(
                    "onair",
                    "This FastPix stream was disabled while OBS was streaming to it, so OBS was "
                    "stopped: FastPix refuses video for a disabled stream and OBS would have kept "
                    "retrying forever. Enable the stream to go live again.",
                ),
                stop_obs=True,
            )
        if state is OutputState.STARTING:
            return WatchdogReport(Verdict.STARTING)
        now = self._clock()
        if state is OutputState.RECONNECTING:
            stuck_for = now - (self._reconnecting_since or now)
            if stuck_for >= RECONNECT_STUCK_AFTER_S:
                return WatchdogReport(
                    Verdict.STALLED,
                    marked(
                        QT_TRANSLATE_NOOP(
                            "onair",
                            "OBS has been trying to reconnect for {seconds} s without getting "
                            "through. Check the network, then try Reconnect now.",
                        ),
                        seconds=int(stuck_for),
                    ),
                )
            return WatchdogReport(
                Verdict.RECONNECTING,
                QT_TRANSLATE_NOOP(
                    "onair",
                    "The connection to FastPix dropped; OBS is reconnecting. Viewers see the "
                    "stream frozen until it is back.",
                ),
            )
        if self._bytes_grew_at is not None and now - self._bytes_grew_at >= self._stall_after:
            return WatchdogReport(
                Verdict.STALLED,
                marked(
                    QT_TRANSLATE_NOOP(
                        "onair",
                        "OBS says it is live, but it has sent next to nothing for {seconds} s. "
                        "The connection may be stuck: try Reconnect now.",
                    ),
                    seconds=int(now - self._bytes_grew_at),
                ),
            )
        live_for = now - self._live_since if self._live_since is not None else 0.0
        known = self._fastpix_status is not None
        if (
            known
            and self._fastpix_status != StreamStatus.ACTIVE
            and live_for >= self._not_receiving_after
        ):
            return WatchdogReport(Verdict.NOT_RECEIVING, NOT_RECEIVING_MESSAGE)
        return WatchdogReport(Verdict.HEALTHY)

    @property
    def fastpix_active(self) -> bool:
        return self._fastpix_status == StreamStatus.ACTIVE
