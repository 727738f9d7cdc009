"""The streams on the account: the library's rows and search (rows), managing one stream
(manage), the streams created here and never used, and "my channel".

The names below load on first use (core/surface.py), so importing one module of this
package does not import the others."""

from typing import TYPE_CHECKING

from fastpix_desktop.core.surface import lazy_surface

if TYPE_CHECKING:
    from fastpix_desktop.core.library.created_streams import CreatedStreamsLog
    from fastpix_desktop.core.library.manage import (
        BEFORE,
        Action,
        InUse,
        Outcome,
        delete_refusal,
        refusal,
    )
    from fastpix_desktop.core.library.rows import LibraryRow, search

__all__ = [
    "BEFORE",
    "Action",
    "CreatedStreamsLog",
    "InUse",
    "LibraryRow",
    "Outcome",
    "delete_refusal",
    "refusal",
    "search",
]

__getattr__ = lazy_surface(
    __name__,
    {
        "created_streams": ("CreatedStreamsLog",),
        "manage": (
            "Action",
            "BEFORE",
            "InUse",
            "Outcome",
            "delete_refusal",
            "refusal",
        ),
        "rows": (
            "LibraryRow",
            "search",
        ),
    },
)
