"""Start-up work that needs no window: the keyring job and the stored credentials' check,
begun before the window's panels exist (early_check).

The names below load on first use (core/surface.py), so importing one module of this
package does not import the others."""

from typing import TYPE_CHECKING

from fastpix_desktop.core.surface import lazy_surface

if TYPE_CHECKING:
    from fastpix_desktop.core.startup.early_check import EarlyCheck, StartUp

__all__ = ["EarlyCheck", "StartUp"]

__getattr__ = lazy_surface(
    __name__,
    {
        "early_check": (
            "EarlyCheck",
            "StartUp",
        ),
    },
)
