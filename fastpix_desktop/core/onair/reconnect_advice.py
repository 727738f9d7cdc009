"""OBS's automatic-reconnect settings compared with the FastPix stream's reconnect window.

OBS waits RetryDelay seconds before its first retry and then about 1.5 times longer each time,
capped at 15 minutes, for at most MaxRetries retries (libobs obs-output.c; see
docs/obs-output-state.md).
FastPix keeps a broadcast open for ``reconnectWindow`` seconds after the encoder drops.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from fastpix_desktop.core.errors import ObsError
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP, marked

if TYPE_CHECKING:
    from fastpix_desktop.core.fastpix.ingest import IngestHosts
    from fastpix_desktop.core.guard import GuardReport
    from fastpix_desktop.core.models import ObsServiceSettings
    from fastpix_desktop.core.ports import ObsPort

# OBS's defaults when the profile sets nothing (obs-studio window-basic-main.cpp).
DEFAULT_RECONNECT = True
DEFAULT_RETRY_DELAY_S = 2
DEFAULT_MAX_RETRIES = 25
RETRY_GROWTH = 1.5  # RECONNECT_RETRY_BASE_EXP (plus up to 0.05 of jitter)
RETRY_DELAY_CAP_S = 15 * 60


@dataclass(frozen=True)
class ObsReconnectSettings:
    enabled: bool = DEFAULT_RECONNECT
    retry_delay_s: int = DEFAULT_RETRY_DELAY_S
    max_retries: int = DEFAULT_MAX_RETRIES

    def retry_times(self) -> list[float]:
        """Seconds after the drop at which OBS makes each retry."""
        times: list[float] = []
        delay, elapsed = float(self.retry_delay_s), 0.0
        for _ in range(max(self.max_retries, 0) if self.enabled else 0):
            elapsed += delay
            times.append(elapsed)
            delay = min(delay * RETRY_GROWTH, RETRY_DELAY_CAP_S)
        return times


# Where lupdate puts the advice texts (the markers below spell it out: lupdate reads only a
# literal context); the UI translates them with it.
ADVICE_CONTEXT = "reconnect_advice"


@dataclass(frozen=True)
class ReconnectAdvice:
    """One finding; ``warning`` ones can lose a broadcast, the others only split it. The
    message is a ``core.i18n.marked`` text, so the window can show it in the UI language."""

    warning: bool
    message: str
    # The translation context of ``message``: the broadcast guard's findings use "guard".
    context: str = ADVICE_CONTEXT
    # The guard rule whose fix `fastpix-desktop check --fix RULE` applies ("" when none).
    fix_rule: str = ""


def advise(settings: ObsReconnectSettings, window_s: int) -> list[ReconnectAdvice]:
    """What goes wrong when the ingest drops, given OBS's settings and the stream's window."""
    if not settings.enabled:
        return [
            ReconnectAdvice(
                True,
                marked(
                    QT_TRANSLATE_NOOP(
                        "reconnect_advice",
                        "OBS's automatic reconnect is off: a short network drop ends the "
                        "broadcast. Turn it on in OBS: Settings → Advanced → Automatically "
                        "Reconnect.",
                    )
                ),
            )
        ]
    times = settings.retry_times()
    if not times:
        return [
            ReconnectAdvice(
                True,
                marked(
                    QT_TRANSLATE_NOOP(
                        "reconnect_advice",
                        "OBS is set to 0 reconnect retries: a short network drop ends the "
                        "broadcast. Raise Maximum Retries in OBS: Settings → Advanced.",
                    )
                ),
            )
        ]
    window = _duration(window_s)
    within = [t for t in times if t <= window_s]
    if not within:
        return [
            ReconnectAdvice(
                True,
                marked(
                    QT_TRANSLATE_NOOP(
                        "reconnect_advice",
                        "OBS waits {delay} before its first reconnect, longer than this stream's "
                        "{window} reconnect window: every drop ends the broadcast. Lower Retry "
                        "Delay in OBS: Settings → Advanced.",
                    ),
                    delay=f"{settings.retry_delay_s} s",
                    window=window,
                ),
            )
        ]
    last = times[-1]
    if last < window_s:
        return [
            ReconnectAdvice(
                True,
                marked(
                    QT_TRANSLATE_NOOP(
                        "reconnect_advice",
                        "OBS gives up reconnecting after about {last}, while FastPix would wait "
                        "{window}: raise Maximum Retries in OBS (Settings → Advanced) so a longer "
                        "drop does not end the broadcast.",
                    ),
                    last=_duration(last),
                    window=window,
                ),
            )
        ]
    late = len(times) - len(within)
    # One retry after the window closes is how OBS notices it is over; more keep a dead
    # broadcast's encoder knocking (and a key that stopped working, forever: obs-studio#11304).
    if late > 1:
        return [
            ReconnectAdvice(
                False,
                marked(
                    QT_TRANSLATE_NOOP(
                        "reconnect_advice",
                        "OBS keeps retrying for about {last}, past this stream's {window} "
                        "reconnect window: a reconnect after that starts a new broadcast and a new "
                        "recording on FastPix.",
                    ),
                    last=_duration(last),
                    window=window,
                ),
            )
        ]
    return []


def _duration(seconds: float) -> str:
    if seconds < 120:
        return f"{round(seconds)} s"
    minutes = seconds / 60
    if minutes < 120:
        return f"{round(minutes)} min"
    return f"{minutes / 60:.1f} h"


def _as_bool(text: str | None, default: bool) -> bool:
    if text is None or not text.strip():
        return default
    return text.strip().lower() in ("true", "1", "yes", "on")


def _as_int(text: str | None, default: int) -> int:
    try:
        return int(str(text).strip()) if text is not None and str(text).strip() else default
    except ValueError:
        return default


async def read_reconnect_settings(obs: ObsPort) -> ObsReconnectSettings:
    """OBS's [Output] Reconnect / RetryDelay / MaxRetries of the current profile."""
    enabled = await obs.get_profile_parameter("Output", "Reconnect")
    delay = await obs.get_profile_parameter("Output", "RetryDelay")
    retries = await obs.get_profile_parameter("Output", "MaxRetries")
    return ObsReconnectSettings(
        enabled=_as_bool(enabled, DEFAULT_RECONNECT),
        retry_delay_s=_as_int(delay, DEFAULT_RETRY_DELAY_S),
        max_retries=_as_int(retries, DEFAULT_MAX_RETRIES),
    )


async def check_before_going_live(
    obs: ObsPort,
    window_s: int,
    destination: ObsServiceSettings | None = None,
    hosts: IngestHosts | None = None,
) -> list[ReconnectAdvice]:
    """The broadcast guard's findings (core/guard) for this OBS and stream, as advice: OBS's
    reconnect against ``window_s``, multitrack video and SRT reconnects when ``destination``
    (default: what OBS holds) is FastPix. None when OBS cannot tell (never blocks going live)."""
    from fastpix_desktop.core.guard import check_obs

    try:
        report = await check_obs(obs, window_s=window_s, destination=destination, hosts=hosts)
    except ObsError:
        return []
    return advice_from(report)


def advice_from(report: GuardReport) -> list[ReconnectAdvice]:
    """The broadcast guard's findings as advice (translated in the guard's context)."""
    from fastpix_desktop.core.guard import GUARD_CONTEXT, Severity

    return [
        ReconnectAdvice(
            finding.severity is Severity.WARNING,
            finding.message,
            context=GUARD_CONTEXT,
            fix_rule=str(finding.rule) if finding.fix is not None else "",
        )
        for finding in report.findings
    ]
