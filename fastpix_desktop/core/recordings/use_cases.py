"""Clip that, and what is left after the show: cut a clip of the broadcast going on, list a
stream's recordings and clips, follow a recording until FastPix has processed it."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Protocol

from fastpix_desktop.core.errors import (
    ConfigError,
    FastPixError,
    FastPixNotFoundError,
    SigningKeyError,
)
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP
from fastpix_desktop.core.recordings.clips import (
    ClipRequest,
    ClipResult,
    ManifestFetch,
    clip_url,
    fetch_manifest,
    manifest_seconds,
    plan_clip,
    seconds_live,
)
from fastpix_desktop.core.recordings.log import BroadcastLog, LoggedClip
from fastpix_desktop.core.recordings.media import Media
from fastpix_desktop.core.recordings.signed import DEFAULT_EXPIRY_S, KeySource, signed_query

if TYPE_CHECKING:
    from fastpix_desktop.core.models import LiveStream, PlaybackId
    from fastpix_desktop.core.ports import FastPixPort

MEDIA_CONCURRENCY = 4
FOLLOW_EVERY_S = 5.0


class MediaPort(Protocol):
    """What the use cases need of FastPix's media API (core/recordings/api.py)."""

    async def get_media(self, media_id: str) -> Media: ...

    async def list_live_clips(self, stream_id: str) -> list[Media]: ...

    async def set_mp4_support(self, media_id: str, value: str = "capped_4k") -> Media: ...


@dataclass(frozen=True)
class History:
    """A stream's recordings (one per broadcast) and clips, newest first."""

    stream_id: str
    recordings: tuple[Media, ...]
    clips: tuple[Media, ...]
    missing: int = 0  # recordings FastPix no longer has (deleted)


PRIVATE_NO_SIGNING = QT_TRANSLATE_NOOP(
    "errors",
    "This stream has only private playback, and a clip of it needs a signed link; "
    "add a public playback ID to clip it.",
)
SIGNED_KEY_DELETED = QT_TRANSLATE_NOOP(
    "errors",
    "FastPix refused the signed link: the playback signing key stored on this computer was "
    "deleted on FastPix, so nothing it signs plays. Replace it (fastpix-desktop signing-keys "
    "create, or restart the app and create a new one under Signed links), then try again.",
)
SIGNED_REFUSED = QT_TRANSLATE_NOOP(
    "errors",
    "FastPix refused the signed clip link (403). Check that the signing key stored on this "
    "computer belongs to this FastPix workspace (fastpix-desktop signing-keys list).",
)


def clip_playback(stream: LiveStream) -> PlaybackId:
    """The playback ID a clip is cut from: a public one first, else a private one (signed)."""
    public = [p for p in stream.playback_ids if not p.is_private]
    chosen = public or list(stream.playback_ids)
    if not chosen:
        raise ConfigError(QT_TRANSLATE_NOOP("errors", "This stream has no playback ID to clip."))
    return chosen[0]


def clip_playback_id(stream: LiveStream) -> str:
    """The stream's public playback ID a clip is cut from; ConfigError when it has none."""
    playback = clip_playback(stream)
    if playback.is_private:
        raise ConfigError(PRIVATE_NO_SIGNING)
    return playback.id


def _signed_refusal(error: FastPixError) -> Exception:
    """A refused signed clip URL in plain words (the playback host's text is not enough)."""
    if error.status == 401:
        return SigningKeyError(SIGNED_KEY_DELETED)
    if error.status == 403:
        return FastPixError(SIGNED_REFUSED, status=403)
    return error


async def clip_now(
    *,
    stream: LiveStream,
    started_at: datetime,
    request: ClipRequest,
    playback_base: str,
    media: MediaPort | None = None,
    log: BroadcastLog | None = None,
    fetch: ManifestFetch = fetch_manifest,
    now: datetime | None = None,
    run_blocking: Callable[..., Awaitable[object]] | None = None,
    key: KeySource | None = None,
    expires_in: int = DEFAULT_EXPIRY_S,
) -> ClipResult:
    """Ask FastPix for a clip of the broadcast that started at ``started_at`` (FastPix active).

    A stream with only private playback IDs is clipped through a signed URL: ``key`` reads the
    app's signing key (only then); without ``key`` such a stream is refused in plain words."""
    moment = now or datetime.now(UTC)
    playback = clip_playback(stream)
    if playback.is_private and key is None:
        raise ConfigError(PRIVATE_NO_SIGNING)
    clip = plan_clip(request, seconds_live(started_at, moment))
    token_query, expires_at = "", None
    if playback.is_private and key is not None:
        token_query, expires_at = signed_query(playback.id, await key(), expires_in=expires_in)
    playback_id = playback.id
    url = clip_url(playback_base, playback_id, clip, request.access, token_query)
    try:
        text = await fetch(url)
    except FastPixError as error:
        if not token_query:
            raise
        raise _signed_refusal(error) from None
    segments, seconds = manifest_seconds(text)
    if segments == 0:
        raise FastPixError(
            QT_TRANSLATE_NOOP("errors", "FastPix has no video for that part of the broadcast.")
        )
    media_id = ""
    if media is not None:
        # The newest clip is this one (FastPix lists clips newest first); not finding it yet
        # is not a failure: the link works already.
        with contextlib.suppress(FastPixError):
            listed = await media.list_live_clips(stream.stream_id)
            media_id = listed[0].id if listed else ""
    if log is not None:
        entry = LoggedClip(
            clip.start_s, clip.end_s, moment.strftime("%Y-%m-%dT%H:%M:%SZ"), media_id
        )
        if run_blocking is not None:
            await run_blocking(log.clipped, stream.stream_id, entry)
        else:
            log.clipped(stream.stream_id, entry)
    return ClipResult(
        url=url,
        range=clip,
        segments=segments,
        seconds=seconds,
        playback_id=playback_id,
        media_id=media_id,
        token=token_query.removeprefix("token="),
        expires_at=expires_at,
    )


async def history(*, fastpix: FastPixPort, media: MediaPort, stream_id: str) -> History:
    """Every recording FastPix still has for the stream, and its clips, newest first."""
    stream = await fastpix.get_stream(stream_id)
    gate = asyncio.Semaphore(MEDIA_CONCURRENCY)

    async def one(media_id: str) -> Media | None:
        async with gate:
            try:
                return await media.get_media(media_id)
            except FastPixNotFoundError:
                return None

    found = await asyncio.gather(*(one(m) for m in reversed(stream.media_ids)))
    clips = await media.list_live_clips(stream_id)
    recordings = tuple(m for m in found if m is not None)
    return History(
        stream_id=stream_id,
        recordings=recordings,
        clips=tuple(clips),
        missing=len(found) - len(recordings),
    )


async def follow_recording(
    media: MediaPort,
    media_id: str,
    on_change: Callable[[Media], None],
    *,
    every_s: float = FOLLOW_EVERY_S,
    give_up_after_s: float = 3600.0,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
) -> Media:
    """Poll one media until it is Ready or Failed, telling ``on_change`` each new status."""
    waited = 0.0
    last = ""
    while True:
        current = await media.get_media(media_id)
        if current.status != last:
            last = current.status
            on_change(current)
        if current.ready or current.failed or waited >= give_up_after_s:
            return current
        await sleep(every_s)
        waited += every_s
