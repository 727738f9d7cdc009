"""Instant clips ("clip that"): the range from the app's broadcast clock, FastPix's clip URL,
and the request that makes FastPix cut it.

FastPix cuts a clip when its manifest URL is first asked for
(``{playback}/{playbackId}.m3u8?start=Ns&end=Ns``), snapping start down and end up to segment
boundaries. Its docs give two limits (30 s on an older page, 20 minutes on a newer one), so a
clip is capped at 30 s unless the streamer asks for longer; and "seconds in the livestream" has
no documented base across reconnects, so times are shown as approximate (docs/recordings.md).
"""

from __future__ import annotations

import math
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urlencode

from fastpix_desktop.core.errors import ConfigError, FastPixError, FastPixNetworkError
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP, marked

CONSERVATIVE_MAX_S = 30
DOCUMENTED_MAX_S = 20 * 60
DEFAULT_LAST_S = 30
FETCH_TIMEOUT_S = 15.0
_DURATION = re.compile(r"^(?P<value>[0-9]+(?:\.[0-9]+)?)(?P<unit>s|m|min)?$")

# Fetches a clip URL's manifest text (no credentials: the playback host is not the API).
ManifestFetch = Callable[[str], Awaitable[str]]


@dataclass(frozen=True)
class ClipRequest:
    """``last_s`` seconds up to now, or ``start_s``..``end_s`` of the broadcast."""

    last_s: float | None = DEFAULT_LAST_S
    start_s: float | None = None
    end_s: float | None = None
    access: str | None = None  # "public" / "private"; None: the stream's own policy
    allow_long: bool = False  # up to FastPix's newer 20-minute limit


@dataclass(frozen=True)
class ClipRange:
    start_s: int
    end_s: int
    capped: bool  # shortened to the limit


@dataclass(frozen=True)
class ClipResult:
    url: str
    range: ClipRange
    segments: int
    seconds: float  # what FastPix's manifest really holds (whole segments)
    playback_id: str
    media_id: str = ""  # once FastPix lists the clip
    # A clip of a private-only stream: the token in ``url`` and when it stops playing.
    token: str = field(default="", repr=False)
    expires_at: int | None = None

    @property
    def signed(self) -> bool:
        return bool(self.token)


def parse_clip_time(text: str) -> float:
    """``30``, ``30s``, ``2m`` or ``1.5min`` as seconds; ConfigError otherwise."""
    match = _DURATION.match(text.strip().lower())
    if not match:
        raise ConfigError(
            QT_TRANSLATE_NOOP("errors", "A clip time is a number of seconds, like 30s or 2m.")
        )
    value = float(match["value"])
    return value * 60 if match["unit"] in ("m", "min") else value


def plan_clip(request: ClipRequest, seconds_live: float) -> ClipRange:
    """The range to ask for, in whole seconds of the broadcast; ConfigError when it cannot be."""
    limit = DOCUMENTED_MAX_S if request.allow_long else CONSERVATIVE_MAX_S
    live = math.floor(seconds_live)  # whole seconds that have really been broadcast
    if request.start_s is not None or request.end_s is not None:
        if request.start_s is None or request.end_s is None:
            raise ConfigError(QT_TRANSLATE_NOOP("errors", "Give both --from and --to."))
        if request.start_s < 0 or request.end_s <= request.start_s:
            raise ConfigError(QT_TRANSLATE_NOOP("errors", "A clip must end after it starts."))
        if request.start_s >= live:
            raise ConfigError(
                QT_TRANSLATE_NOOP("errors", "That part of the broadcast has not happened yet.")
            )
        start, end = math.floor(request.start_s), min(math.ceil(request.end_s), live)
    else:
        length = request.last_s if request.last_s is not None else DEFAULT_LAST_S
        if length <= 0:
            raise ConfigError(QT_TRANSLATE_NOOP("errors", "A clip must be longer than 0 s."))
        end = live
        start = max(0, end - math.ceil(length))
    capped = end - start > limit
    if capped:
        start = end - limit
    if end <= start:
        raise ConfigError(
            QT_TRANSLATE_NOOP("errors", "The broadcast has just started: nothing to clip yet.")
        )
    return ClipRange(start, end, capped)


def clip_url(
    playback_base: str,
    playback_id: str,
    clip: ClipRange,
    access: str | None,
    token_query: str = "",
) -> str:
    """FastPix's clip URL; ``token_query`` (``token=...``) signs it for a private playback ID."""
    query = {"start": f"{clip.start_s}s", "end": f"{clip.end_s}s"}
    if access:
        query["clipAccess"] = access
    url = f"{playback_base.rstrip('/')}/{playback_id}.m3u8?{urlencode(query)}"
    return f"{url}&{token_query}" if token_query else url


def seconds_live(started_at: datetime, now: datetime) -> float:
    return max(0.0, (now - started_at).total_seconds())


def manifest_seconds(text: str) -> tuple[int, float]:
    """(segments, seconds) of a media playlist; FastPixError when it is not one."""
    if not text.lstrip().startswith("#EXTM3U"):
        raise FastPixError(
            QT_TRANSLATE_NOOP("errors", "FastPix did not answer the clip with a playlist.")
        )
    segments, total = 0, 0.0
    for line in text.splitlines():
        if line.startswith("#EXTINF:"):
            try:
                total += float(line[8:].split(",", 1)[0])
            except ValueError:
                continue
            segments += 1
    return segments, total


async def fetch_manifest(url: str) -> str:
    """GET ``url`` without credentials, bounded in time and size."""
    import httpx

    try:
        async with httpx.AsyncClient(timeout=FETCH_TIMEOUT_S, follow_redirects=False) as client:
            response = await client.get(url)
    except httpx.TimeoutException:
        raise FastPixNetworkError(
            QT_TRANSLATE_NOOP("errors", "FastPix's playback host did not answer in time.")
        ) from None
    except httpx.HTTPError:
        raise FastPixNetworkError(
            QT_TRANSLATE_NOOP("errors", "FastPix's playback host could not be reached.")
        ) from None
    if response.status_code >= 400:
        reason = "".join(c for c in response.text[:200] if c.isprintable()).strip()
        raise FastPixError(
            marked(
                QT_TRANSLATE_NOOP("errors", "FastPix refused the clip ({status}): {reason}"),
                status=response.status_code,
                reason=reason or "-",
            ),
            status=response.status_code,
        )
    return response.text[: 4 * 1024 * 1024]
