"""Simulcast in the window: the targets panel (controller) and the targets view (a pure view).

The names below load on first use (core/surface.py), so importing one module of this
package does not import the others."""

from typing import TYPE_CHECKING

from fastpix_desktop.core.surface import lazy_surface

if TYPE_CHECKING:
    from fastpix_desktop.ui.simulcast.panel import SimulcastTargetsPanel

__all__ = ["SimulcastTargetsPanel"]

__getattr__ = lazy_surface(
    __name__,
    {
        "panel": ("SimulcastTargetsPanel",),
    },
)
