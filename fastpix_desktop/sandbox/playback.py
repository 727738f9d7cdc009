"""The sandbox's playback host: ``GET /<playbackId>.m3u8`` and ``GET /<playbackId>/thumbnail.jpg``.

Private playback IDs need ``?token=`` signed by a live signing key of the workspace, with
``aud`` ``media:<playbackId>`` and ``exp`` in the future; public ones need nothing. The
statuses (200 / 401 deleted key / 403 bad token / 404 unknown ID) are in docs/signed-playback.md.
"""

from __future__ import annotations

import base64
import re
from typing import TYPE_CHECKING

from fastpix_desktop.sandbox.envelope import SandboxResponse

if TYPE_CHECKING:
    from fastpix_desktop.sandbox.signing_keys import SigningKeys
    from fastpix_desktop.sandbox.state import SandboxState

HLS_CONTENT_TYPE = "application/vnd.apple.mpegurl"
_HLS_PATH = re.compile(r"^/(?P<pid>[A-Za-z0-9-]+)\.m3u8$")
_THUMBNAIL_PATH = re.compile(r"^/(?P<pid>[A-Za-z0-9-]+)/thumbnail\.(?P<ext>jpg|png)$")

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


def is_playback_path(path: str) -> bool:
    return bool(_HLS_PATH.match(path) or _THUMBNAIL_PATH.match(path))


def _text(status: int, message: str) -> SandboxResponse:
    return SandboxResponse(
        status=status,
        headers={"Content-Type": "text/plain; charset=utf-8"},
        body=message.encode("utf-8") + b"\n",
    )


def answer(
    state: SandboxState, keys: SigningKeys, method: str, path: str, query: dict[str, str]
) -> SandboxResponse:
    """The playback host's answer for one request on a playback path."""
    if method not in ("GET", "HEAD"):
        return _text(405, "method not allowed")
    hls = _HLS_PATH.match(path)
    match = hls or _THUMBNAIL_PATH.match(path)
    assert match is not None  # callers check is_playback_path first
    playback_id = match.group("pid")
    policy = next(
        (p.access_policy for s in state for p in s.playback_ids if p.id == playback_id), None
    )
    if policy is None:
        return _text(404, "playback ID not found")
    if policy == "private":
        refusal = _refusal(keys, playback_id, query.get("token", ""))
        if refusal is not None:
            return refusal
    if hls:
        body, content_type = PLAYLIST, HLS_CONTENT_TYPE
    else:
        body, content_type = THUMBNAIL_JPEG, "image/jpeg"
    return SandboxResponse(
        status=200,
        headers={"Content-Type": content_type, "Cache-Control": "no-store"},
        body=b"" if method == "HEAD" else body,
    )


def _refusal(keys: SigningKeys, playback_id: str, token: str) -> SandboxResponse | None:
    """None when ``token`` grants ``playback_id``; otherwise the refusal FastPix would send."""
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
            audience=f"media:{playback_id}",
            options={"require": ["exp", "aud"]},
        )
    except jwt.ExpiredSignatureError:
        return _text(403, "the token has expired")
    except jwt.InvalidAudienceError:
        return _text(403, "the token is for another playback ID")
    except jwt.PyJWTError:
        return _text(403, "the token's signature does not match")
    return None
