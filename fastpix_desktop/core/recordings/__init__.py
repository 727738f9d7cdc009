"""What is left of a broadcast: instant clips, each broadcast's recording and the local
broadcast log (docs/recordings.md).

The names below load on first use (core/surface.py), so importing one module of this
package does not import the others."""

from typing import TYPE_CHECKING

from fastpix_desktop.core.surface import lazy_surface

if TYPE_CHECKING:
    from fastpix_desktop.core.recordings.api import MediaApi
    from fastpix_desktop.core.recordings.clips import (
        CONSERVATIVE_MAX_S,
        DOCUMENTED_MAX_S,
        ClipRange,
        ClipRequest,
        ClipResult,
        parse_clip_time,
        plan_clip,
    )
    from fastpix_desktop.core.recordings.log import BroadcastLog, DaySummary, Session
    from fastpix_desktop.core.recordings.media import Media, format_duration, parse_media
    from fastpix_desktop.core.recordings.signed import (
        MediaLink,
        mask_token,
        media_link,
        needs_key,
        signing_key,
    )
    from fastpix_desktop.core.recordings.use_cases import (
        History,
        MediaPort,
        clip_now,
        follow_recording,
        history,
    )

__all__ = [
    "CONSERVATIVE_MAX_S",
    "DOCUMENTED_MAX_S",
    "BroadcastLog",
    "ClipRange",
    "ClipRequest",
    "ClipResult",
    "DaySummary",
    "History",
    "Media",
    "MediaApi",
    "MediaLink",
    "MediaPort",
    "Session",
    "clip_now",
    "follow_recording",
    "format_duration",
    "history",
    "mask_token",
    "media_link",
    "needs_key",
    "parse_clip_time",
    "parse_media",
    "plan_clip",
    "signing_key",
]

__getattr__ = lazy_surface(
    __name__,
    {
        "api": ("MediaApi",),
        "clips": (
            "CONSERVATIVE_MAX_S",
            "DOCUMENTED_MAX_S",
            "ClipRange",
            "ClipRequest",
            "ClipResult",
            "parse_clip_time",
            "plan_clip",
        ),
        "log": ("BroadcastLog", "DaySummary", "Session"),
        "media": ("Media", "format_duration", "parse_media"),
        "signed": ("MediaLink", "mask_token", "media_link", "needs_key", "signing_key"),
        "use_cases": ("History", "MediaPort", "clip_now", "follow_recording", "history"),
    },
)
