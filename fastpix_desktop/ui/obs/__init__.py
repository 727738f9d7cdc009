"""OBS in the window: the OBS panel (controller), its status line, and the connection dialog.

The names below load on first use (core/surface.py), so importing one module of this
package does not import the others."""

from typing import TYPE_CHECKING

from fastpix_desktop.core.surface import lazy_surface

if TYPE_CHECKING:
    from fastpix_desktop.ui.obs.panel import START_TIMEOUT_S, ObsFactory, ObsPanel
    from fastpix_desktop.ui.obs.status import ObsStatusIndicator

__all__ = ["START_TIMEOUT_S", "ObsFactory", "ObsPanel", "ObsStatusIndicator"]

__getattr__ = lazy_surface(
    __name__,
    {
        "panel": (
            "ObsFactory",
            "ObsPanel",
            "START_TIMEOUT_S",
        ),
        "status": ("ObsStatusIndicator",),
    },
)
