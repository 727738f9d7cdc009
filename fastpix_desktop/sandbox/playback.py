"""The sandbox's playback host: manifests, thumbnails, clips, MP4 downloads and clip segments.

- ``GET /<playbackId>.m3u8``: a live stream's playlist; with ``?start=Ns&end=Ns`` on a live
  stream's playback ID, an instant clip (a new on-demand media, listed by live-clips) and its
  manifest, trimmed to whole segments of that range (sandbox/hls.py); a recording's or a clip's
  playback ID gives its finished (VOD) playlist once the media is Ready.
- ``GET /<playbackId>/thumbnail.jpg``; ``/<playbackId>/capped-4k.mp4`` and ``/audio.m4a`` once
  the media's mp4Support asks for them; ``/<playbackId>/segment-<n>.ts`` for a clip's segments.
Private playback IDs need ``?token=`` signed by a live signing key of the workspace, with
``aud`` ``media:<playbackId>`` and ``exp`` in the future; public ones need nothing. The
statuses (200 / 401 deleted key / 403 bad token / 404 unknown ID) are in docs/signed-playback.md.
This holds for live streams, recordings and clips alike. A private manifest lists its segments
with the token it was asked with, and a clip's segments take a token of the clip's playback ID
or of the stream it was cut from, so a player that was let in plays on (INFERRED: FastPix does
not document its segment URLs; docs/recordings.md, "Private media").
"""

from __future__ import annotations

import base64
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from fastpix_desktop.sandbox import hls
from fastpix_desktop.sandbox.envelope import SandboxResponse

if TYPE_CHECKING:
    from fastpix_desktop.sandbox.media import ClipRecord, OnDemand
    from fastpix_desktop.sandbox.signing_keys import SigningKeys
    from fastpix_desktop.sandbox.state import SandboxState, SessionRecord, StreamRecord

HLS_CONTENT_TYPE = "application/vnd.apple.mpegurl"
_HLS_PATH = re.compile(r"^/(?P<pid>[A-Za-z0-9-]+)\.m3u8$")
_FILE_PATH = re.compile(
    r"^/(?P<pid>[A-Za-z0-9-]+)/(?P<file>thumbnail\.(?:jpg|png)|capped-4k\.mp4|audio\.m4a"
    r"|segment-(?P<seq>[0-9]{1,9})\.ts)$"
)
# FastPix's newer documentation caps a clip at 20 minutes (the older page said 30 s).
MAX_CLIP_S = 20 * 60
_CLIP_TIME = re.compile(r"^(?P<value>[0-9]{1,7}(?:\.[0-9]{1,3})?)s?$")
MAX_SEGMENT_BYTES = 64 * 1024 * 1024

# A small live media playlist: enough for a player or a test to see "this plays".
PLAYLIST = (
    b"#EXTM3U\n"
    b"#EXT-X-VERSION:3\n"
    b"#EXT-X-TARGETDURATION:2\n"
    b"#EXT-X-MEDIA-SEQUENCE:0\n"
    b"#EXTINF:2.000,\n"
    b"segment-0.ts\n"
)
# A 16x9 grey JPEG (made with ffmpeg for the sandbox).
THUMBNAIL_JPEG = base64.b64decode(
    "/9j/4AAQSkZJRgABAgAAAQABAAD//gAQTGF2YzU5LjM3LjEwMAD/2wBDAAgUFBcUFxsbGxsbGyAeICEhISAgICAhISEkJCQq"
    "KiokJCQhISQkKCgqKi4vLisrKisvLzIyMjw8OTlGRkhWVmf/xABKAAEAAAAAAAAAAAAAAAAAAAAAAQEAAAAAAAAAAAAAAAAA"
    "AAAAEAEAAAAAAAAAAAAAAAAAAAAAEQEAAAAAAAAAAAAAAAAAAAAA/8AAEQgACAAQAwEiAAIRAAMRAP/aAAwDAQACEQMRAD8A"
    "AA//2Q=="
)
# Stand-ins for MP4 downloads: a file's first box, enough for a test to see "this downloads".
MP4_BYTES = b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom"


@dataclass(frozen=True)
class PlaybackSources:
    """What the playback host reads besides the state: media, keys and the ingest's HLS."""

    keys: SigningKeys
    on_demand: OnDemand
    hls_dir: str | None = None


def is_playback_path(path: str) -> bool:
    return bool(_HLS_PATH.match(path) or _FILE_PATH.match(path))


def _text(status: int, message: str) -> SandboxResponse:
    return SandboxResponse(
        status=status,
        headers={"Content-Type": "text/plain; charset=utf-8"},
        body=message.encode("utf-8") + b"\n",
    )


def _ok(method: str, body: bytes, content_type: str) -> SandboxResponse:
    return SandboxResponse(
        status=200,
        headers={"Content-Type": content_type, "Cache-Control": "no-store"},
        body=b"" if method == "HEAD" else body,
    )


def answer(
    state: SandboxState,
    sources: PlaybackSources,
    method: str,
    path: str,
    query: dict[str, str],
) -> SandboxResponse:
    """The playback host's answer for one request on a playback path."""
    if method not in ("GET", "HEAD"):
        return _text(405, "method not allowed")
    manifest = _HLS_PATH.match(path)
    match = manifest or _FILE_PATH.match(path)
    assert match is not None  # callers check is_playback_path first
    playback_id = match.group("pid")
    owner = _owner(state, sources.on_demand, playback_id)
    if owner is None:
        return _text(404, "playback ID not found")
    token = ""
    if owner.policy == "private":
        token = query.get("token", "")
        audiences = [playback_id]
        if not manifest and owner.clip_media_id and owner.stream is not None:
            # A clip cut through a signed live URL lists its segments with that URL's token.
            audiences += [p.id for p in owner.stream.playback_ids]
        refusal = _refusal(sources.keys, audiences, token)
        if refusal is not None:
            return refusal
    if manifest:
        return _manifest(state, sources, owner, method, query, token)
    name = match.group("file")
    if name.startswith("thumbnail"):
        return _ok(method, THUMBNAIL_JPEG, "image/jpeg")
    if name.startswith("segment-"):
        return _segment(state, sources, owner, int(match.group("seq")), method)
    return _download(sources.on_demand, owner, name, method)


@dataclass(frozen=True)
class _Owner:
    """Whose playback ID it is: a live stream's, a session's recording's, or a clip's."""

    policy: str
    stream: StreamRecord | None = None
    session: SessionRecord | None = None
    clip_media_id: str = ""


def _owner(state: SandboxState, on_demand: OnDemand, playback_id: str) -> _Owner | None:
    for record in state:
        playback = record.playback(playback_id)
        if playback is not None:
            return _Owner(policy=playback.access_policy, stream=record)
    recording = on_demand.session_by_playback(playback_id)
    if recording is not None:
        return _Owner(policy=recording[0].media_policy, stream=recording[0], session=recording[1])
    clip = on_demand.clip_by_playback(playback_id)
    if clip is not None:
        return _Owner(
            policy=clip.access_policy, stream=state.get(clip.stream_id), clip_media_id=clip.media_id
        )
    return None


def _clip_time(value: str | None) -> float | None:
    match = _CLIP_TIME.match(value or "")
    return float(match.group("value")) if match else None


def _timeline(
    state: SandboxState, sources: PlaybackSources, record: StreamRecord, session: SessionRecord
) -> list[hls.Segment]:
    if sources.hls_dir:
        real = hls.read_live_playlist(sources.hls_dir, record.stream_key)
        if real:
            return real
    end = session.ended_at or state.now()
    return hls.synthetic_timeline((end - session.started_at).total_seconds())


def _manifest(
    state: SandboxState,
    sources: PlaybackSources,
    owner: _Owner,
    method: str,
    query: dict[str, str],
    token: str = "",
) -> SandboxResponse:
    record = owner.stream
    if owner.session is None and not owner.clip_media_id:  # a live stream's playback ID
        if "start" not in query and "end" not in query:
            return _ok(method, PLAYLIST, HLS_CONTENT_TYPE)
        return _new_clip(state, sources, owner, method, query, token)
    if record is None:
        return _text(404, "the stream of this media was deleted")
    if owner.session is not None:
        if not sources.on_demand.recording_ready(owner.session):
            return _text(404, "the recording is still being processed")
        segments = _timeline(state, sources, record, owner.session)
        uri = "segment-{sequence}.ts" + _token_suffix(token)
        return _ok(method, hls.vod_playlist(segments, uri), HLS_CONTENT_TYPE)
    clip = sources.on_demand.clip(owner.clip_media_id)
    assert clip is not None  # _owner found it
    segments = _clip_timeline(state, sources, record, clip)
    return _ok(method, hls.vod_playlist(segments, _segment_uri(clip, token)), HLS_CONTENT_TYPE)


def _clip_timeline(
    state: SandboxState, sources: PlaybackSources, record: StreamRecord, clip: ClipRecord
) -> list[hls.Segment]:
    if clip.session is None:
        return []
    timeline = _timeline(state, sources, record, clip.session)
    return hls.clip_segments(timeline, clip.start, clip.end)


def _token_suffix(token: str) -> str:
    # A JWT is base64url and dots: nothing in it is special to str.format or a URL.
    return f"?token={token}" if token else ""


def _segment_uri(clip: ClipRecord, token: str = "") -> str:
    # Relative to the manifest (/<playbackId>.m3u8): the stream key never appears in a URL.
    # A private clip's segments carry the token the manifest was asked with; a public clip's
    # manifest (cut through a signed live URL or not) lists bare segment URLs.
    suffix = _token_suffix(token) if clip.access_policy == "private" else ""
    return f"{clip.playback_id}/segment-{{sequence}}.ts{suffix}"


def _new_clip(
    state: SandboxState,
    sources: PlaybackSources,
    owner: _Owner,
    method: str,
    query: dict[str, str],
    token: str = "",
) -> SandboxResponse:
    record = owner.stream
    assert record is not None
    start, end = _clip_time(query.get("start")), _clip_time(query.get("end"))
    if start is None or end is None or end <= start:
        return _text(400, "start and end must be seconds (e.g. start=10s&end=40s), start < end")
    access = query.get("clipAccess")
    if access is not None and access not in ("public", "private"):
        return _text(400, "clipAccess must be public or private")
    session = state.current_session(record) or (record.sessions[-1] if record.sessions else None)
    if session is None:
        return _text(404, "this stream has no broadcast to clip")
    end = min(end, start + MAX_CLIP_S)
    segments = hls.clip_segments(_timeline(state, sources, record, session), start, end)
    if not segments:
        return _text(400, "the broadcast has no video in that range yet")
    policy = access or owner.policy
    clip = sources.on_demand.existing(record.stream_id, session, start, end, policy)
    if clip is None:  # the same URL asked again (a player's retry) is the same clip
        duration = sum(s.duration for s in segments)
        clip = sources.on_demand.add_clip(
            record, session, start=start, end=end, duration=duration, access_policy=policy
        )
    body = hls.vod_playlist(segments, _segment_uri(clip, token))
    return _ok(method, body, HLS_CONTENT_TYPE)


def _segment(
    state: SandboxState, sources: PlaybackSources, owner: _Owner, sequence: int, method: str
) -> SandboxResponse:
    record = owner.stream
    clip = sources.on_demand.clip(owner.clip_media_id) if owner.clip_media_id else None
    if clip is None or record is None or not sources.hls_dir:
        return _text(404, "segment not found")
    timeline = _clip_timeline(state, sources, record, clip)
    segment = next((s for s in timeline if s.sequence == sequence), None)
    if segment is None or not segment.uri or "/" in segment.uri or segment.uri.startswith("."):
        return _text(404, "segment not found")
    try:
        flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0)
        fd = os.open(Path(sources.hls_dir) / segment.uri, flags)
    except OSError:
        return _text(404, "segment not found")
    with os.fdopen(fd, "rb") as handle:
        data = handle.read(MAX_SEGMENT_BYTES)
    return _ok(method, data, "video/mp2t")


def _download(on_demand: OnDemand, owner: _Owner, name: str, method: str) -> SandboxResponse:
    if owner.session is not None:
        support = owner.session.mp4_support
        if not on_demand.recording_ready(owner.session):
            return _text(404, "the recording is still being processed")
    elif (clip := on_demand.clip(owner.clip_media_id)) is not None:
        support = clip.mp4_support
    else:
        return _text(404, "a live stream has no MP4 download")
    wanted = "capped_4k" if name.endswith(".mp4") else "audioOnly"
    if wanted not in support.split(","):
        return _text(404, f"mp4Support does not include {wanted}")
    return _ok(method, MP4_BYTES, "video/mp4" if wanted == "capped_4k" else "audio/mp4")


def _refusal(keys: SigningKeys, playback_ids: list[str], token: str) -> SandboxResponse | None:
    """None when ``token`` grants one of ``playback_ids`` (the first is the one asked for);
    otherwise the refusal FastPix would send."""
    import jwt

    if not token:
        return _text(403, "a signed token is required for this playback ID")
    try:
        header = jwt.get_unverified_header(token)
        unverified = jwt.decode(token, options={"verify_signature": False})
    except jwt.PyJWTError:
        return _text(403, "the token is not a valid JWT")
    # The key ID may sit in the header, the claims or both (docs/signed-playback.md).
    key_id = header.get("kid") or unverified.get("kid")
    if not isinstance(key_id, str) or not key_id:
        return _text(403, "the token names no signing key")
    public_pem = keys.public_key(key_id)
    if public_pem is None:
        if keys.was_deleted(key_id):
            return _text(401, "the signing key of this token was deleted")
        return _text(403, "the token's signing key is not known")
    try:
        jwt.decode(
            token,
            public_pem,
            algorithms=["RS256"],
            audience=[f"media:{pid}" for pid in playback_ids],
            options={"require": ["exp", "aud"]},
        )
    except jwt.ExpiredSignatureError:
        return _text(403, "the token has expired")
    except jwt.InvalidAudienceError:
        return _text(403, "the token is for another playback ID")
    except jwt.PyJWTError:
        return _text(403, "the token's signature does not match")
    return None
