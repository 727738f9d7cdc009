"""The checklist's vocabulary for the go-live use cases (core.golive re-exports it): the steps,
their states, one update, the steps a run with given options shows, and the verify step's
comparison of what OBS reports back with what was sent."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from fastpix_desktop.core.errors import ObsVerifyError
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP
from fastpix_desktop.core.models import LiveStream, ObsServiceSettings
from fastpix_desktop.core.restore.record import IDENTITY_FIELDS

# The fields compared after the push: those that define a destination (the restore point's);
# OBS adds others (bwtest, and from OBS 30 multitrack_video_*, protocol, ...) on its own.
VERIFIED_FIELDS = IDENTITY_FIELDS


class StepId(StrEnum):
    CREATE = "create"
    OBS_CHECK = "obs_check"
    SNAPSHOT = "snapshot"
    PUSH = "push"
    VERIFY = "verify"
    START = "start"


STEP_LABELS: dict[StepId, str] = {
    StepId.CREATE: QT_TRANSLATE_NOOP("golive", "Create the FastPix stream"),
    StepId.OBS_CHECK: QT_TRANSLATE_NOOP("golive", "Check OBS"),
    StepId.SNAPSHOT: QT_TRANSLATE_NOOP("golive", "Save OBS's current destination"),
    StepId.PUSH: QT_TRANSLATE_NOOP("golive", "Point OBS at FastPix"),
    StepId.VERIFY: QT_TRANSLATE_NOOP("golive", "Check OBS kept the settings"),
    StepId.START: QT_TRANSLATE_NOOP("golive", "Start streaming"),
}


class StepState(StrEnum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class StepUpdate:
    step: StepId
    state: StepState
    detail: str = ""
    # Set when CREATE is done: a cancel during the OBS steps must not lose the new stream.
    stream: LiveStream | None = None


ProgressCallback = Callable[[StepUpdate], None]


def steps_for(*, create: bool, obs: bool, start: bool) -> list[StepId]:
    """The checklist the UI shows for a run with these options, in order."""
    steps = [StepId.CREATE] if create else []
    if obs:
        steps += [StepId.OBS_CHECK, StepId.SNAPSHOT, StepId.PUSH, StepId.VERIFY]
        if start:
            steps.append(StepId.START)
    return steps


class _Reporter:
    def __init__(self, callback: ProgressCallback | None) -> None:
        self._callback = callback

    def __call__(
        self, step: StepId, state: StepState, detail: str = "", stream: LiveStream | None = None
    ) -> None:
        if self._callback is not None:
            self._callback(StepUpdate(step, state, detail, stream))


def check_same(wanted: ObsServiceSettings, got: ObsServiceSettings) -> None:
    """Raise ObsVerifyError unless OBS reports back what was sent (never naming the values)."""
    if got.service_type != wanted.service_type:
        raise ObsVerifyError()
    differing = [
        name
        for name in VERIFIED_FIELDS
        if name in wanted.settings
        and (got.settings.get(name) or None) != (wanted.settings[name] or None)
    ]
    if differing:
        raise ObsVerifyError(
            f"OBS did not keep these stream settings: {', '.join(differing)}. "
            "Check Settings → Stream in OBS, or press Retry OBS."
        )


def _same(wanted: ObsServiceSettings, got: ObsServiceSettings) -> bool:
    try:
        check_same(wanted, got)
    except ObsVerifyError:
        return False
    return True
