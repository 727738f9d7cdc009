"""The way back to the streamer's own OBS destination: the keyring record (record), saving it
before a push (save), restoring it (point), and the question before a push replaces one set in
OBS by hand since the app's change (hand_set).

The names below load on first use (core/surface.py), so importing one module of this
package does not import the others."""

from typing import TYPE_CHECKING

from fastpix_desktop.core.surface import lazy_surface

if TYPE_CHECKING:
    from fastpix_desktop.core.restore.hand_set import ConfirmReplaceHandSet, ask_before_replacing
    from fastpix_desktop.core.restore.point import RestoreOutcome, RestoreResult, RestoreStatus
    from fastpix_desktop.core.restore.record import describe_destination
    from fastpix_desktop.core.restore.save import HeldSave, PreparedSave

__all__ = [
    "ConfirmReplaceHandSet",
    "HeldSave",
    "PreparedSave",
    "RestoreOutcome",
    "RestoreResult",
    "RestoreStatus",
    "ask_before_replacing",
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
        "hand_set": ("ConfirmReplaceHandSet", "ask_before_replacing"),
        "record": ("describe_destination",),
        "save": (
            "HeldSave",
            "PreparedSave",
        ),
    },
)
