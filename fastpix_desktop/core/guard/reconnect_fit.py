"""Whether OBS's automatic reconnect fits the FastPix stream's reconnect window, and the one
change that makes it fit.

OBS waits RetryDelay before its first retry and 1.5 times longer before each next one, for at
most MaxRetries retries (libobs obs-output.c ``output_reconnect``); FastPix keeps the broadcast
open for ``reconnectWindow`` seconds after the encoder drops. A connection that comes back
while FastPix still waits is only used at OBS's next retry: if that retry starts after the
window, the broadcast is already over and the reconnect starts a new one. The facts and their
sources are in docs/obs-output-state.md ("The broadcast guard").
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from fastpix_desktop.core.models import RECONNECT_WINDOW_MAX
from fastpix_desktop.core.onair.reconnect_advice import ObsReconnectSettings

# OBS's own bounds: a RetryDelay below 1 s is raised to 1 on profile load (window-basic-main.cpp,
# "enforce minimum retry delay of 1 second"); the settings dialog offers at most 30 s.
MIN_RETRY_DELAY_S = 1
MAX_RETRY_DELAY_S = 30


class FitVerdict(StrEnum):
    FITS = "fits"
    OFF = "off"  # OBS never retries: any drop ends the broadcast
    GIVES_UP = "gives_up"  # OBS's last retry starts before FastPix stops waiting
    LATE = "late"  # the last stretch of the window is not covered by any retry


@dataclass(frozen=True)
class ReconnectFit:
    """OBS's retry times against the window (seconds after the drop)."""

    settings: ObsReconnectSettings
    window_s: int
    last_retry_s: float | None  # when OBS's last retry starts; None when it never retries
    last_in_window_s: float | None  # the last retry that starts while FastPix still waits
    next_after_window_s: float | None  # OBS's first retry after the window closed
    verdict: FitVerdict

    @property
    def uncovered_s(self) -> float:
        """The end of the window no retry covers: a connection back then starts a new
        broadcast (at ``next_after_window_s``) or none at all (OBS gave up)."""
        return self.window_s - (self.last_in_window_s or 0.0)

    def to_json(self) -> dict[str, object]:
        return {
            "verdict": str(self.verdict),
            "reconnect": self.settings.enabled,
            "retryDelayS": self.settings.retry_delay_s,
            "maxRetries": self.settings.max_retries,
            "windowS": self.window_s,
            "lastRetryStartsAtS": _round(self.last_retry_s),
            "lastRetryInWindowAtS": _round(self.last_in_window_s),
            "nextRetryAfterWindowAtS": _round(self.next_after_window_s),
            "uncoveredS": _round(self.uncovered_s),
        }


def slack_s(window_s: int) -> float:
    """How much of the window's end may go uncovered: OBS's waits grow by half each time, so
    some gap always remains; a fifth of the window (at least 10 s) is accepted."""
    return max(10.0, window_s * 0.2)


def fit(settings: ObsReconnectSettings, window_s: int) -> ReconnectFit:
    times = settings.retry_times()
    if not times:
        return ReconnectFit(settings, window_s, None, None, None, FitVerdict.OFF)
    within = [t for t in times if t <= window_s]
    after = [t for t in times if t > window_s]
    last_in = within[-1] if within else None
    verdict = FitVerdict.FITS
    if times[-1] < window_s:
        verdict = FitVerdict.GIVES_UP
    elif window_s - (last_in or 0.0) > slack_s(window_s):
        verdict = FitVerdict.LATE
    return ReconnectFit(
        settings, window_s, times[-1], last_in, after[0] if after else None, verdict
    )


@dataclass(frozen=True)
class ObsRetryChange:
    """New OBS [Output] values that make the retries fit the window."""

    retry_delay_s: int
    max_retries: int
    result: ReconnectFit


def obs_change(settings: ObsReconnectSettings, window_s: int) -> ObsRetryChange | None:
    """The smallest change to OBS's retry settings that fits ``window_s``: the largest retry
    delay (fewest attempts early on) whose retries cover the window's end, with enough tries to
    retry at least once after the window. None when no delay OBS accepts fits."""
    for delay in range(min(settings.retry_delay_s, MAX_RETRY_DELAY_S), MIN_RETRY_DELAY_S - 1, -1):
        retries = max(settings.max_retries, _tries_past(delay, window_s))
        candidate = ObsReconnectSettings(True, delay, retries)
        result = fit(candidate, window_s)
        if result.verdict is FitVerdict.FITS:
            return ObsRetryChange(delay, retries, result)
    return None


def window_change(settings: ObsReconnectSettings, window_s: int) -> int | None:
    """The smallest reconnect window (whole seconds, within FastPix's limit) that OBS's current
    retries fit, or None when none does (OBS gives up too early, or retries too sparsely)."""
    times = settings.retry_times()
    if not times:
        return None
    for t in times:
        candidate = math.ceil(t)
        if candidate < window_s or candidate > RECONNECT_WINDOW_MAX:
            continue
        if fit(settings, candidate).verdict is FitVerdict.FITS:
            return candidate
    return None


def _tries_past(delay: int, window_s: int) -> int:
    """How many retries OBS needs (with ``delay``) for one to start after ``window_s``."""
    times = ObsReconnectSettings(True, delay, 10_000).retry_times()
    return next(i + 1 for i, t in enumerate(times) if t > window_s)


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 1)
