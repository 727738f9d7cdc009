"""The FastPix API as the app uses it: one pooled HTTP client with deadlines and a TLS
context made ahead (client), and where OBS sends video and viewers watch (ingest).

The names below load on first use (core/surface.py), so importing one module of this
package does not import the others."""

from typing import TYPE_CHECKING

from fastpix_desktop.core.surface import lazy_surface

if TYPE_CHECKING:
    from fastpix_desktop.core.fastpix.client import FastPixClient
    from fastpix_desktop.core.fastpix.ingest import (
        DEFAULT_PLAYBACK_BASE,
        DEFAULT_RTMPS_SERVER,
        DEFAULT_SRT_SERVER,
        IngestHosts,
        IngestTarget,
        ingest_target,
        playback_url,
    )

__all__ = [
    "DEFAULT_PLAYBACK_BASE",
    "DEFAULT_RTMPS_SERVER",
    "DEFAULT_SRT_SERVER",
    "FastPixClient",
    "IngestHosts",
    "IngestTarget",
    "ingest_target",
    "playback_url",
]

__getattr__ = lazy_surface(
    __name__,
    {
        "client": ("FastPixClient",),
        "ingest": (
            "DEFAULT_PLAYBACK_BASE",
            "DEFAULT_RTMPS_SERVER",
            "DEFAULT_SRT_SERVER",
            "IngestHosts",
            "IngestTarget",
            "ingest_target",
            "playback_url",
        ),
    },
)
