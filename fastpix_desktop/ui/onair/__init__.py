"""On air in the window: the on-air panel (controller), the live view (banner and figures),
and the tray icon with its notifications.

The names below load on first use (core/surface.py), so importing one module of this
package does not import the others."""

from typing import TYPE_CHECKING

from fastpix_desktop.core.surface import lazy_surface

if TYPE_CHECKING:
    from fastpix_desktop.ui.onair.live_view import LiveView
    from fastpix_desktop.ui.onair.panel import OnAirOptions, OnAirPanel

__all__ = ["LiveView", "OnAirOptions", "OnAirPanel"]

__getattr__ = lazy_surface(
    __name__,
    {
        "live_view": ("LiveView",),
        "panel": (
            "OnAirOptions",
            "OnAirPanel",
        ),
    },
)
