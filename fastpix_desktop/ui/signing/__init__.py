"""Signed playback links in the window: the signed playback panel (controller) and the
signed links view (a pure view).

The names below load on first use (core/surface.py), so importing one module of this
package does not import the others."""

from typing import TYPE_CHECKING

from fastpix_desktop.core.surface import lazy_surface

if TYPE_CHECKING:
    from fastpix_desktop.ui.signing.panel import SignedPlaybackPanel

__all__ = ["SignedPlaybackPanel"]

__getattr__ = lazy_surface(
    __name__,
    {
        "panel": ("SignedPlaybackPanel",),
    },
)
