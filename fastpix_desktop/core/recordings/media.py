"""A FastPix on-demand media (a broadcast's recording, or a clip) as the app reads it.

FastPix writes a media's ``duration`` as ``"HH:MM:SS"``; its Node SDK 2.1.0 says the API now
sends seconds as a number: both are read. Unknown fields are ignored, missing ones defaulted.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from fastpix_desktop.core.errors import FastPixBadResponseError

# FastPix's media statuses (the spec's enum); everything before Ready is "processing".
READY = "Ready"
FAILED = "Failed"
MP4_CHOICES = ("none", "capped_4k", "audioOnly", "audioOnly,capped_4k")
_MEDIA_ID = re.compile(r"^[0-9A-Za-z-]{1,64}$")
_PLAYBACK_ID = re.compile(r"^[0-9A-Za-z-]{1,64}$")
_HMS = re.compile(r"^(?P<h>[0-9]{1,4}):(?P<m>[0-5][0-9]):(?P<s>[0-5][0-9](?:\.[0-9]+)?)$")


@dataclass(frozen=True)
class MediaPlayback:
    id: str
    access_policy: str  # "public" or "private"


@dataclass(frozen=True)
class Media:
    """One media: ``duration_s`` is None until FastPix knows it (while processing)."""

    id: str
    status: str
    duration_s: float | None = None
    playback_ids: tuple[MediaPlayback, ...] = ()
    created_at: str = ""
    mp4_support: str = "none"
    stream_id: str = ""

    @property
    def ready(self) -> bool:
        return self.status == READY

    @property
    def failed(self) -> bool:
        return self.status == FAILED

    @property
    def playback(self) -> MediaPlayback | None:
        """The playback ID links are made from (a public one first)."""
        public = [p for p in self.playback_ids if p.access_policy == "public"]
        candidates = public or list(self.playback_ids)
        return candidates[0] if candidates else None


def parse_duration(value: Any) -> float | None:
    """Seconds from ``"HH:MM:SS"`` or a number of seconds; None when absent or not readable."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        seconds = float(value)
        return seconds if math.isfinite(seconds) and seconds >= 0 else None
    if isinstance(value, str):
        match = _HMS.match(value.strip())
        if match:
            return int(match["h"]) * 3600 + int(match["m"]) * 60 + float(match["s"])
        try:
            return parse_duration(float(value))
        except ValueError:
            return None
    return None


def parse_media(data: Any) -> Media:
    """A media from FastPix's ``data`` object; FastPixBadResponseError when it has no valid ID."""
    if not isinstance(data, Mapping):
        raise FastPixBadResponseError()
    media_id, status = data.get("id"), data.get("status")
    if not isinstance(media_id, str) or not _MEDIA_ID.match(media_id):
        raise FastPixBadResponseError()
    playbacks: list[MediaPlayback] = []
    raw_playbacks = data.get("playbackIds")
    for item in raw_playbacks if isinstance(raw_playbacks, list) else []:
        if not isinstance(item, Mapping):
            continue
        pid, policy = item.get("id"), item.get("accessPolicy")
        if isinstance(pid, str) and _PLAYBACK_ID.match(pid):
            playbacks.append(MediaPlayback(pid, policy if policy == "private" else "public"))
    mp4 = data.get("mp4Support")
    created = data.get("createdAt")
    stream_id = data.get("streamId")
    return Media(
        id=media_id,
        status=status if isinstance(status, str) and status else "Created",
        duration_s=parse_duration(data.get("duration")),
        playback_ids=tuple(playbacks),
        created_at=created if isinstance(created, str) else "",
        mp4_support=mp4 if isinstance(mp4, str) and mp4 in MP4_CHOICES else "none",
        stream_id=stream_id if isinstance(stream_id, str) else "",
    )


def format_duration(seconds: float | None) -> str:
    """``1 h 02 min``, ``4 min 05 s`` or ``12 s``; an empty string when unknown."""
    if seconds is None:
        return ""
    whole = round(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes:02d} min"
    if minutes:
        return f"{minutes} min {secs:02d} s"
    return f"{secs} s"
