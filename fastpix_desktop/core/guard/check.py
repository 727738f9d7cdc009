"""The broadcast guard's rules, run before pushing to or starting OBS: OBS and obs-websocket
versions, multitrack video ("Enhanced Broadcasting") pointed at FastPix, OBS's reconnect
settings against the stream's reconnect window, and SRT reconnects on OBS before 32.

Each rule, and the OBS source it rests on, is in docs/obs-output-state.md ("The broadcast
guard"). The guard only reads here; core/guard/fixes.py changes things.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fastpix_desktop.core.destination.recognise import fastpix_ingest_of
from fastpix_desktop.core.errors import ObsError
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.guard.reconnect_fit import (
    FitVerdict,
    ReconnectFit,
    fit,
    obs_change,
    window_change,
)
from fastpix_desktop.core.guard.report import (
    FixKind,
    GuardFinding,
    GuardFix,
    GuardReport,
    ProfileChange,
    Rule,
    Severity,
)
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP, marked
from fastpix_desktop.core.models import ObsServiceSettings
from fastpix_desktop.core.onair.reconnect_advice import read_reconnect_settings

if TYPE_CHECKING:
    from fastpix_desktop.core.ports import ObsPort

# Where lupdate puts the guard's texts; the UI translates them with it (ui.i18n.core_text).
GUARD_CONTEXT = "guard"

MULTITRACK = ProfileChange("Stream1", "EnableMultitrackVideo", "false")
# Multitrack video (Enhanced Broadcasting) arrived in OBS 30.2 (obs-studio PR #10633).
MULTITRACK_SINCE = (30, 2)
# OBS 32.0 reworked SRT reconnects (obs-studio PR #12165); before, a reconnect could be reported
# done while still down (obs-studio issue #6749).
SRT_RECONNECT_RELIABLE_SINCE = (32, 0)
DEFAULT_WINDOW_S = 60  # FastPix's default reconnectWindow


def version_tuple(version: str) -> tuple[int, ...]:
    """ "32.2.2" -> (32, 2, 2); any suffix ("+ds-1", "-beta1") is ignored."""
    parts: list[int] = []
    for piece in version.split("."):
        digits = ""
        for ch in piece:
            if not ch.isdigit():
                break
            digits += ch
        if not digits:
            break
        parts.append(int(digits))
        if len(digits) != len(piece):
            break
    return tuple(parts)


async def check_obs(
    obs: ObsPort,
    *,
    window_s: int | None = None,
    destination: ObsServiceSettings | None = None,
    hosts: IngestHosts | None = None,
) -> GuardReport:
    """Run every rule against the connected OBS. ``destination`` is what OBS sends to (or will,
    once pushed; default: what it holds now); ``window_s`` the stream's reconnectWindow.

    Raises ObsError only when OBS cannot be asked at all (not connected, gone)."""
    hosts = hosts or IngestHosts()
    version = obs.version or await obs.connect()
    profile = await obs.get_current_profile()
    if destination is None:
        destination = await obs.get_service()
    at_fastpix = fastpix_ingest_of(destination, hosts) is not None
    obs_version = version_tuple(version.obs_version)
    window = window_s or DEFAULT_WINDOW_S
    findings: list[GuardFinding] = []

    multitrack = await _read_multitrack(obs)
    if multitrack and at_fastpix:
        findings.append(_multitrack_finding(obs_version))

    reconnect: ReconnectFit | None = None
    try:
        settings = await read_reconnect_settings(obs)
    except ObsError:
        settings = None
    if settings is not None:
        reconnect = fit(settings, window)
        if reconnect.verdict is not FitVerdict.FITS:
            findings.append(_reconnect_finding(reconnect))

    server = str(destination.settings.get("server") or "")
    if server.startswith("srt://") and obs_version < SRT_RECONNECT_RELIABLE_SINCE:
        findings.append(
            GuardFinding(
                Rule.SRT_RECONNECT,
                Severity.NOTE,
                marked(
                    QT_TRANSLATE_NOOP(
                        "guard",
                        "OBS {version} can report an SRT reconnect as done while the "
                        "connection is still down (fixed in OBS 32): after a drop, this app "
                        "shows the reconnect as unconfirmed until OBS sends data again.",
                    ),
                    version=version.obs_version,
                ),
            )
        )
    return GuardReport(
        obs_version=version.obs_version,
        websocket_version=version.websocket_version,
        profile=profile,
        multitrack=multitrack,
        reconnect=reconnect,
        findings=tuple(findings),
    )


async def _read_multitrack(obs: ObsPort) -> bool | None:
    try:
        value = await obs.get_profile_parameter(MULTITRACK.category, MULTITRACK.name)
    except ObsError:
        return None
    if value is None:
        return None  # OBS 29 has no default for it; unset means off
    return value.strip().lower() in ("true", "1")


def _multitrack_finding(obs_version: tuple[int, ...]) -> GuardFinding:
    fix = GuardFix(
        FixKind.OBS_PROFILE,
        QT_TRANSLATE_NOOP(
            "guard", "Turn off Enhanced Broadcasting (multitrack video) for this OBS profile."
        ),
        QT_TRANSLATE_NOOP(
            "guard",
            "Other destinations of this profile (e.g. Twitch) then get one video track until "
            "Restore puts the setting back. OBS reads this setting only when it starts: "
            "restart OBS before going live.",
        ),
        changes=(MULTITRACK,),
        needs_profile_reload=True,
    )
    if obs_version < MULTITRACK_SINCE:
        return GuardFinding(
            Rule.MULTITRACK,
            Severity.NOTE,
            QT_TRANSLATE_NOOP(
                "guard",
                "Enhanced Broadcasting (multitrack video) is on in this OBS profile. This OBS "
                "does not use it yet, but OBS 30.2 and later would send FastPix several video "
                "tracks or refuse to start.",
            ),
            fix,
        )
    return GuardFinding(
        Rule.MULTITRACK,
        Severity.WARNING,
        QT_TRANSLATE_NOOP(
            "guard",
            "Enhanced Broadcasting (multitrack video) is on in this OBS profile: pointed at "
            "FastPix, OBS either refuses to start or sends several video tracks FastPix does "
            "not expect.",
        ),
        fix,
    )


def _reconnect_finding(result: ReconnectFit) -> GuardFinding:
    window = result.window_s
    if result.verdict is FitVerdict.OFF:
        message = marked(
            QT_TRANSLATE_NOOP(
                "guard",
                "OBS does not reconnect on its own (automatic reconnect off or 0 retries): "
                "any network drop ends the broadcast, although FastPix waits {window} s.",
            ),
            window=window,
        )
    elif result.verdict is FitVerdict.GIVES_UP:
        message = marked(
            QT_TRANSLATE_NOOP(
                "guard",
                "OBS's last reconnect try starts {last} s after a drop, but FastPix keeps the "
                "broadcast open for {window} s: a drop longer than {last} s ends the broadcast.",
            ),
            last=round(result.last_retry_s or 0),
            window=window,
        )
    else:
        message = marked(
            QT_TRANSLATE_NOOP(
                "guard",
                "OBS's reconnect tries start at {last_in} s and then {next} s after a drop, "
                "while FastPix keeps the broadcast open for {window} s: if the network comes "
                "back in between, OBS reconnects only after FastPix closed the broadcast, and "
                "a new broadcast (and recording) starts.",
            ),
            last_in=round(result.last_in_window_s or 0),
            next=round(result.next_after_window_s or 0),
            window=window,
        )
    return GuardFinding(Rule.RECONNECT, Severity.WARNING, message, _reconnect_fix(result))


def _reconnect_fix(result: ReconnectFit) -> GuardFix | None:
    settings, window = result.settings, result.window_s
    wider = window_change(settings, window) if result.verdict is FitVerdict.LATE else None
    # A slightly longer window costs almost nothing; otherwise OBS's retries are changed.
    if wider is not None and wider <= window * 1.5:
        return _window_fix(wider)
    change = obs_change(settings, window)
    if change is not None:
        changes = [
            ProfileChange("Output", "RetryDelay", str(change.retry_delay_s)),
            ProfileChange("Output", "MaxRetries", str(change.max_retries)),
        ]
        if not settings.enabled:
            changes.insert(0, ProfileChange("Output", "Reconnect", "true"))
        return GuardFix(
            FixKind.OBS_PROFILE,
            marked(
                QT_TRANSLATE_NOOP(
                    "guard",
                    "Set OBS's reconnect to a {delay} s first delay and {tries} tries for this "
                    "profile: its last try inside the {window} s window then starts at {last} s.",
                ),
                delay=change.retry_delay_s,
                tries=change.max_retries,
                window=window,
                last=round(change.result.last_in_window_s or 0),
            ),
            QT_TRANSLATE_NOOP(
                "guard",
                "OBS then tries more often right after a drop, for every destination of this "
                "profile, until Restore puts its own settings back. OBS uses them from the next "
                "start of streaming.",
            ),
            changes=tuple(changes),
        )
    if wider is not None:
        return _window_fix(wider)
    return None


def _window_fix(window_s: int) -> GuardFix:
    return GuardFix(
        FixKind.STREAM_WINDOW,
        marked(
            QT_TRANSLATE_NOOP(
                "guard",
                "Raise this stream's reconnect window to {window} s, so OBS's next reconnect "
                "try still falls inside it.",
            ),
            window=window_s,
        ),
        QT_TRANSLATE_NOOP(
            "guard",
            "After the encoder stops for good without End broadcast, FastPix keeps the "
            "broadcast open that much longer before it ends it.",
        ),
        reconnect_window_s=window_s,
    )
