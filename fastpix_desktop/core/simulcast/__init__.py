"""Simulcast: a stream's targets as the app sees them and their local checks (targets), the
usual services (presets), and listing, adding, pausing, resuming and removing them (use_cases).

The names below load on first use (core/surface.py), so importing one module of this
package does not import the others."""

from typing import TYPE_CHECKING

from fastpix_desktop.core.surface import lazy_surface

if TYPE_CHECKING:
    from fastpix_desktop.core.simulcast.presets import (
        PRESETS,
        ServicePreset,
        preset,
        preset_for_url,
    )
    from fastpix_desktop.core.simulcast.targets import (
        NOT_IDLE_RULE,
        TARGET_NAME_KEY,
        SimulcastTarget,
        TargetListing,
        check_target_key,
        check_target_name,
        check_target_url,
    )
    from fastpix_desktop.core.simulcast.use_cases import SimulcastClient

__all__ = [
    "NOT_IDLE_RULE",
    "PRESETS",
    "TARGET_NAME_KEY",
    "ServicePreset",
    "SimulcastClient",
    "SimulcastTarget",
    "TargetListing",
    "check_target_key",
    "check_target_name",
    "check_target_url",
    "preset",
    "preset_for_url",
]

__getattr__ = lazy_surface(
    __name__,
    {
        "presets": (
            "PRESETS",
            "ServicePreset",
            "preset",
            "preset_for_url",
        ),
        "targets": (
            "NOT_IDLE_RULE",
            "SimulcastTarget",
            "TARGET_NAME_KEY",
            "TargetListing",
            "check_target_key",
            "check_target_name",
            "check_target_url",
        ),
        "use_cases": ("SimulcastClient",),
    },
)
