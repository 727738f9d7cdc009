"""Which FastPix stream OBS points at (recognise), and the window's picture of OBS's
destination and restore state (picture).

The names below load on first use (core/surface.py), so importing one module of this
package does not import the others."""

from typing import TYPE_CHECKING

from fastpix_desktop.core.surface import lazy_surface

if TYPE_CHECKING:
    from fastpix_desktop.core.destination.picture import ObsPicture
    from fastpix_desktop.core.destination.recognise import fastpix_ingest_of, recognise_service

__all__ = ["ObsPicture", "fastpix_ingest_of", "recognise_service"]

__getattr__ = lazy_surface(
    __name__,
    {
        "picture": ("ObsPicture",),
        "recognise": (
            "fastpix_ingest_of",
            "recognise_service",
        ),
    },
)
