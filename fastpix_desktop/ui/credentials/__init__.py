"""FastPix credentials in the window: the credentials panel (controller) and its dialog.

The names below load on first use (core/surface.py), so importing one module of this
package does not import the others."""

from typing import TYPE_CHECKING

from fastpix_desktop.core.surface import lazy_surface

if TYPE_CHECKING:
    from fastpix_desktop.ui.credentials.panel import CredentialsPanel

__all__ = ["CredentialsPanel"]

__getattr__ = lazy_surface(
    __name__,
    {
        "panel": ("CredentialsPanel",),
    },
)
