"""Going live: one request (a new or existing stream, protocol, start), one pipeline
(``GoLive``, in use_cases.py), one result, its words, and the questions it may ask; the
checklist's steps and the pre-checks before anything changes (docs/go-live.md).

The names below load on first use (core/surface.py), so importing one module of this
package does not import the others."""

from typing import TYPE_CHECKING

from fastpix_desktop.core.surface import lazy_surface

if TYPE_CHECKING:
    from fastpix_desktop.core.golive.push_lock import ObsPushLock
    from fastpix_desktop.core.golive.questions import NEVER, Always, Flags, Never, Questions
    from fastpix_desktop.core.golive.request import (
        KEEP_OBS_PROTOCOL,
        ExistingStream,
        GoLiveRequest,
        NewStream,
    )
    from fastpix_desktop.core.golive.result import GoLiveResult, settled
    from fastpix_desktop.core.golive.steps import (
        STEP_LABELS,
        ProgressCallback,
        StepId,
        StepState,
        StepUpdate,
        steps_for,
    )
    from fastpix_desktop.core.golive.use_cases import GoLive, GoLiveOptions, restore_previous
    from fastpix_desktop.core.golive.words import (
        DEMO_NEVER_STARTS,
        Mood,
        Words,
        headline,
        obs_words,
    )

__all__ = [
    "DEMO_NEVER_STARTS",
    "KEEP_OBS_PROTOCOL",
    "NEVER",
    "STEP_LABELS",
    "Always",
    "ExistingStream",
    "Flags",
    "GoLive",
    "GoLiveOptions",
    "GoLiveRequest",
    "GoLiveResult",
    "Mood",
    "Never",
    "NewStream",
    "ObsPushLock",
    "ProgressCallback",
    "Questions",
    "StepId",
    "StepState",
    "StepUpdate",
    "Words",
    "headline",
    "obs_words",
    "restore_previous",
    "settled",
    "steps_for",
]

__getattr__ = lazy_surface(
    __name__,
    {
        "push_lock": ("ObsPushLock",),
        "questions": ("NEVER", "Always", "Flags", "Never", "Questions"),
        "request": ("KEEP_OBS_PROTOCOL", "ExistingStream", "GoLiveRequest", "NewStream"),
        "result": ("GoLiveResult", "settled"),
        "steps": (
            "STEP_LABELS",
            "ProgressCallback",
            "StepId",
            "StepState",
            "StepUpdate",
            "steps_for",
        ),
        "use_cases": ("GoLive", "GoLiveOptions", "restore_previous"),
        "words": ("DEMO_NEVER_STARTS", "Mood", "Words", "headline", "obs_words"),
    },
)
