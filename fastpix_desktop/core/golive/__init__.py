"""Create & configure OBS and reuse a stream: the checklist's steps, the pre-checks before
anything changes, the result, and the use cases behind the Create button, `create` and `use`.

The names below load on first use (core/surface.py), so importing one module of this
package does not import the others."""

from typing import TYPE_CHECKING

from fastpix_desktop.core.surface import lazy_surface

if TYPE_CHECKING:
    from fastpix_desktop.core.golive.precheck import ConfirmStopLive
    from fastpix_desktop.core.golive.result import GoLiveResult
    from fastpix_desktop.core.golive.steps import STEP_LABELS, StepId, StepState, StepUpdate
    from fastpix_desktop.core.golive.use_cases import ConfirmNoRestorePoint
    from fastpix_desktop.core.golive.use_stream import pointing_protocol

__all__ = [
    "STEP_LABELS",
    "ConfirmNoRestorePoint",
    "ConfirmStopLive",
    "GoLiveResult",
    "StepId",
    "StepState",
    "StepUpdate",
    "pointing_protocol",
]

__getattr__ = lazy_surface(
    __name__,
    {
        "precheck": ("ConfirmStopLive",),
        "result": ("GoLiveResult",),
        "steps": (
            "STEP_LABELS",
            "StepId",
            "StepState",
            "StepUpdate",
        ),
        "use_cases": ("ConfirmNoRestorePoint",),
        "use_stream": ("pointing_protocol",),
    },
)
