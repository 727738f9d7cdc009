"""``clip`` as a reply, the same whether the running instance or the command line runs it: the
stream on air (or the one asked), its broadcast clock, FastPix's clip, in plain words. Qt-free."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from fastpix_desktop.cli import exit_codes
from fastpix_desktop.core.errors import ConfigError
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP, marked
from fastpix_desktop.core.onair.remote import RemoteReply
from fastpix_desktop.core.recordings.clips import ClipRequest, ClipResult

if TYPE_CHECKING:
    from datetime import datetime

    from fastpix_desktop.core.fastpix.ingest import IngestHosts
    from fastpix_desktop.core.ports import FastPixPort
    from fastpix_desktop.core.recordings.log import BroadcastLog
    from fastpix_desktop.core.recordings.recorder import BroadcastRecorder
    from fastpix_desktop.core.secrets import SecretStore

NOT_ON_AIR = QT_TRANSLATE_NOOP(
    "errors",
    "This stream is not on air, so there is nothing to clip. (Clips are cut from the broadcast "
    "going on; past broadcasts are in `fastpix-desktop recordings`.)",
)
NO_CLOCK = QT_TRANSLATE_NOOP(
    "errors",
    "The stream is live, but this app did not see the broadcast start, so it cannot tell which "
    "seconds to clip. Start fastpix-desktop (or its on-air host) before going live, or clip "
    "from the window.",
)
NO_STREAM = QT_TRANSLATE_NOOP(
    "errors",
    "Nothing is on air and no stream was given: pass a STREAM_ID, or choose your channel.",
)


def clip_request(args: dict[str, Any]) -> ClipRequest:
    """The remote request's values as a ClipRequest (already parsed to seconds by the CLI)."""

    def seconds(name: str) -> float | None:
        value = args.get(name)
        return float(value) if isinstance(value, int | float) and value >= 0 else None

    access = args.get("access")
    return ClipRequest(
        last_s=seconds("last"),
        start_s=seconds("from"),
        end_s=seconds("to"),
        access=access if access in ("public", "private") else None,
        allow_long=bool(args.get("long")),
    )


def _hms(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


def clip_json(stream_id: str, result: ClipResult) -> dict[str, Any]:
    return {
        "streamId": stream_id,
        "url": result.url,
        "playbackId": result.playback_id,
        "start": result.range.start_s,
        "end": result.range.end_s,
        "approximate": True,
        "capped": result.range.capped,
        "segments": result.segments,
        "seconds": round(result.seconds, 3),
        "mediaId": result.media_id or None,
        # A private-only stream's clip: ``url`` carries a signed token (masked when printed
        # unless --show-secrets) that stops playing at ``expiresAt``.
        "signed": result.signed,
        "expiresAt": _stamp(result.expires_at),
    }


def _stamp(moment: int | None) -> str | None:
    from datetime import UTC, datetime

    if moment is None:
        return None
    return datetime.fromtimestamp(moment, UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def clip_text(result: ClipResult) -> str:
    text = marked(
        QT_TRANSLATE_NOOP(
            "recordings", "Clip of {start}–{end} of the broadcast (approximate): {url}"
        ),
        start=_hms(result.range.start_s),
        end=_hms(result.range.end_s),
        url=result.url,
    )
    if result.range.capped:
        text += " " + QT_TRANSLATE_NOOP(
            "recordings", "(shortened to 30 s, FastPix's documented limit; --long allows 20 min)"
        )
    return text


async def clip_reply(
    *,
    fastpix: FastPixPort,
    hosts: IngestHosts,
    request: ClipRequest,
    stream_id: str | None,
    recorder: BroadcastRecorder | None = None,
    log: BroadcastLog | None = None,
    default_stream: str | None = None,
    store: SecretStore | None = None,
) -> RemoteReply:
    """Cut a clip; the reply's exit code and words follow the error tree on failure."""
    from fastpix_desktop.core.blocking import run_blocking
    from fastpix_desktop.core.recordings.api import MediaApi
    from fastpix_desktop.core.recordings.signed import signing_key
    from fastpix_desktop.core.recordings.use_cases import clip_now

    stream_id = stream_id or (recorder.on_air_stream() if recorder else None) or default_stream
    if not stream_id:
        raise ConfigError(NO_STREAM)
    stream = await fastpix.get_stream(stream_id)
    if stream.status != "active":
        raise ConfigError(NOT_ON_AIR)
    started_at: datetime | None = recorder.started_at(stream_id) if recorder else None
    book = log or (recorder.log if recorder else None)
    if started_at is None and book is not None:
        session = book.open_session(stream_id)
        started_at = session.started_at if session else None
    if started_at is None:
        raise ConfigError(NO_CLOCK)
    media = MediaApi(fastpix) if hasattr(fastpix, "_call") else None  # type: ignore[arg-type]
    result = await clip_now(
        stream=stream,
        started_at=started_at,
        request=request,
        playback_base=hosts.playback_base,
        media=media,
        log=book,
        # The running window answers on its UI thread: the log's file write leaves it.
        run_blocking=run_blocking,
        # Read only for a stream whose playback is all private (its clip URL is signed).
        key=(lambda: signing_key(store)) if store is not None else None,
    )
    return RemoteReply(exit_codes.OK, clip_json(stream_id, result), clip_text(result))
