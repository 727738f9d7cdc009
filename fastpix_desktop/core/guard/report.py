"""What the broadcast guard found: one finding per rule, each with at most one fix, and the
report the window, the CLI (`check --json`) and the go-live use cases read."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from fastpix_desktop.core.guard.reconnect_fit import ReconnectFit


class Severity(StrEnum):
    OK = "ok"
    NOTE = "note"  # worth knowing, nothing to change
    WARNING = "warning"  # can break or split the broadcast: a fix is offered


class Rule(StrEnum):
    MULTITRACK = "multitrack"
    RECONNECT = "reconnect"
    SRT_RECONNECT = "srt_reconnect"


class FixKind(StrEnum):
    OBS_PROFILE = "obs_profile"  # OBS profile parameters; saved in the restore point first
    STREAM_WINDOW = "stream_window"  # the FastPix stream's reconnectWindow


@dataclass(frozen=True)
class ProfileChange:
    category: str
    name: str
    value: str

    @property
    def key(self) -> str:
        return f"{self.category}/{self.name}"


@dataclass(frozen=True)
class GuardFix:
    """One change that resolves a finding; ``trade_off`` says what it costs."""

    kind: FixKind
    description: str
    trade_off: str
    changes: tuple[ProfileChange, ...] = ()  # OBS_PROFILE
    reconnect_window_s: int | None = None  # STREAM_WINDOW
    # OBS reads the value only when it builds its outputs at start (multitrack: seen with OBS
    # 32.2.2, docs/obs-output-state.md), so it takes effect after OBS restarts.
    needs_profile_reload: bool = False

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "kind": str(self.kind),
            "description": self.description,
            "tradeOff": self.trade_off,
            "needsProfileReload": self.needs_profile_reload,
        }
        if self.changes:
            data["changes"] = {c.key: c.value for c in self.changes}
        if self.reconnect_window_s is not None:
            data["reconnectWindowS"] = self.reconnect_window_s
        return data


@dataclass(frozen=True)
class GuardFinding:
    rule: Rule
    severity: Severity
    message: str
    fix: GuardFix | None = None

    def to_json(self) -> dict[str, object]:
        data: dict[str, object] = {
            "rule": str(self.rule),
            "severity": str(self.severity),
            "message": str(self.message),
        }
        if self.fix is not None:
            data["fix"] = self.fix.to_json()
        return data


class Verdict(StrEnum):
    GO = "go"  # nothing found
    GO_WITH_NOTES = "go_with_notes"
    FIX_RECOMMENDED = "fix_recommended"


@dataclass(frozen=True)
class GuardReport:
    obs_version: str
    websocket_version: str
    profile: str
    multitrack: bool | None = None  # Stream1/EnableMultitrackVideo; None: OBS did not say
    reconnect: ReconnectFit | None = None
    findings: tuple[GuardFinding, ...] = field(default=())

    @property
    def verdict(self) -> Verdict:
        severities = {f.severity for f in self.findings}
        if Severity.WARNING in severities:
            return Verdict.FIX_RECOMMENDED
        if Severity.NOTE in severities:
            return Verdict.GO_WITH_NOTES
        return Verdict.GO

    @property
    def warnings(self) -> list[GuardFinding]:
        return [f for f in self.findings if f.severity is Severity.WARNING]

    def finding(self, rule: Rule) -> GuardFinding | None:
        return next((f for f in self.findings if f.rule is rule), None)

    def to_json(self) -> dict[str, object]:
        return {
            "obs": {"version": self.obs_version, "websocketVersion": self.websocket_version},
            "profile": self.profile,
            "multitrack": self.multitrack,
            "reconnect": self.reconnect.to_json() if self.reconnect else None,
            "verdict": str(self.verdict),
            "findings": [f.to_json() for f in self.findings],
        }
