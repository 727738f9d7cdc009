"""The stream library in the window: the library panel (controller) with its table model and
view, managing and using a stream, "my channel", and the library's questions.

The names below load on first use (core/surface.py), so importing one module of this
package does not import the others."""

from typing import TYPE_CHECKING

from fastpix_desktop.core.surface import lazy_surface

if TYPE_CHECKING:
    from fastpix_desktop.ui.library.panel import LibraryPanel
    from fastpix_desktop.ui.library.prompts import no_restore_point_prompt

__all__ = ["LibraryPanel", "no_restore_point_prompt"]

__getattr__ = lazy_surface(
    __name__,
    {
        "panel": ("LibraryPanel",),
        "prompts": ("no_restore_point_prompt",),
    },
)
