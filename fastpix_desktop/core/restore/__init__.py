"""The way back to the streamer's own OBS destination: the keyring record (record), saving it
before a push (save), and restoring it (point).

The names below load on first use (core/surface.py), so importing one module of this
package does not import the others."""

from typing import TYPE_CHECKING

from fastpix_desktop.core.surface import lazy_surface

if TYPE_CHECKING:
    from fastpix_desktop.core.restore.point import RestoreOutcome, RestoreResult, RestoreStatus
    from fastpix_desktop.core.restore.record import describe_destination
    from fastpix_desktop.core.restore.save import HeldSave, PreparedSave

__all__ = [
    "HeldSave",
    "PreparedSave",
    "RestoreOutcome",
    "RestoreResult",
    "RestoreStatus",
    "describe_destination",
]

__getattr__ = lazy_surface(
    __name__,
    {
        "point": (
            "RestoreOutcome",
            "RestoreResult",
            "RestoreStatus",
        ),
        "record": ("describe_destination",),
        "save": (
            "HeldSave",
            "PreparedSave",
        ),
    },
)
