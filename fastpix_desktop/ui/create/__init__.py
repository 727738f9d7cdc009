"""Create a stream and point OBS at it: the Create panel (controller), the stream settings
form, and the created stream's details.

The names below load on first use (core/surface.py), so importing one module of this
package does not import the others."""

from typing import TYPE_CHECKING

from fastpix_desktop.core.surface import lazy_surface

if TYPE_CHECKING:
    from fastpix_desktop.ui.create.panel import CreatePanel
    from fastpix_desktop.ui.create.stream_details import StreamDetails
    from fastpix_desktop.ui.create.stream_form import StreamForm

__all__ = ["CreatePanel", "StreamDetails", "StreamForm"]

__getattr__ = lazy_surface(
    __name__,
    {
        "panel": ("CreatePanel",),
        "stream_details": ("StreamDetails",),
        "stream_form": ("StreamForm",),
    },
)
