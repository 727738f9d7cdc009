"""The broadcast guard: one check of OBS (versions, multitrack video, reconnect settings against
the stream's reconnect window, SRT reconnects) that the window, `go-live`, `use`,
`create --start` and `check` run before pushing or starting (check), the report it gives
(report, reconnect_fit), and its fixes, which Restore undoes (fixes). Rules and sources:
docs/obs-output-state.md ("The broadcast guard").

The names below load on first use (core/surface.py)."""

from typing import TYPE_CHECKING

from fastpix_desktop.core.surface import lazy_surface

if TYPE_CHECKING:
    from fastpix_desktop.core.guard.check import GUARD_CONTEXT, check_obs, version_tuple
    from fastpix_desktop.core.guard.fixes import FixResult, apply_fix
    from fastpix_desktop.core.guard.reconnect_fit import FitVerdict, ReconnectFit, fit
    from fastpix_desktop.core.guard.report import (
        FixKind,
        GuardFinding,
        GuardFix,
        GuardReport,
        ProfileChange,
        Rule,
        Severity,
        Verdict,
    )

__all__ = [
    "GUARD_CONTEXT",
    "FitVerdict",
    "FixKind",
    "FixResult",
    "GuardFinding",
    "GuardFix",
    "GuardReport",
    "ProfileChange",
    "ReconnectFit",
    "Rule",
    "Severity",
    "Verdict",
    "apply_fix",
    "check_obs",
    "fit",
    "version_tuple",
]

__getattr__ = lazy_surface(
    __name__,
    {
        "check": ("GUARD_CONTEXT", "check_obs", "version_tuple"),
        "fixes": ("FixResult", "apply_fix"),
        "reconnect_fit": ("FitVerdict", "ReconnectFit", "fit"),
        "report": (
            "FixKind",
            "GuardFinding",
            "GuardFix",
            "GuardReport",
            "ProfileChange",
            "Rule",
            "Severity",
            "Verdict",
        ),
    },
)
