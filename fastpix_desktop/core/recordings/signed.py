"""Playable links of recordings and clips: a public playback ID's link as it is, a private one's
with a token signed by the app's playback signing key (docs/recordings.md, "Private media").

The signing key is read from the keyring only when a private link is wanted; without one (or
with the keyring locked) the error says in plain words what to do. The private key never leaves
``core/signing``: only the tokens it signs do, and those are registered for redaction.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from fastpix_desktop.core.errors import KeyringLockedError, SigningKeyMissingError
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP
from fastpix_desktop.core.recordings.media import Media
from fastpix_desktop.core.signing import store as signing_store
from fastpix_desktop.core.signing.store import StoredSigningKey
from fastpix_desktop.core.signing.tokens import DAY, mint

if TYPE_CHECKING:
    from fastpix_desktop.core.secrets import SecretStore

# How long a recording's or clip's signed link plays unless the streamer chose otherwise
# (the window uses the expiry chosen under Signed links; the CLI has --expires).
DEFAULT_EXPIRY_S = DAY
MP4_FILE = {"capped_4k": "capped-4k.mp4", "audioOnly": "audio.m4a"}
MASK = "••••••"
_TOKEN_VALUE = re.compile(r"(?<=[?&]token=)[^&\s#]+")

NO_KEY_FOR_PRIVATE = QT_TRANSLATE_NOOP(
    "errors",
    "Private recordings and clips play only with a signed link, and no playback signing key "
    "is stored on this computer yet. Create one (in the window: Create signing key; on the "
    "command line: fastpix-desktop signing-keys create), then try again.",
)

# Reads the app's signing key when a private link is wanted (see ``signing_key``).
KeySource = Callable[[], Awaitable[StoredSigningKey]]


@dataclass(frozen=True)
class MediaLink:
    """The link a recording or clip plays at, and its MP4 download when FastPix makes one."""

    playback_id: str
    private: bool
    url: str = field(repr=False)
    mp4_url: str | None = field(default=None, repr=False)
    token: str = field(default="", repr=False)
    expires_at: int | None = None  # Unix seconds; None: a public link does not expire

    def masked(self, url: str) -> str:
        return mask_token(url)


def mask_token(text: str) -> str:
    """``text`` with every ``token=`` value of a URL in it replaced by a mask."""
    return _TOKEN_VALUE.sub(MASK, text)


async def signing_key(store: SecretStore) -> StoredSigningKey:
    """The stored signing key; SigningKeyMissingError (what to do) when there is none, and
    KeyringLockedError when the keyring is locked (the key may be there, behind the lock)."""
    key = await signing_store.load(store)
    if key is not None:
        return key
    if getattr(store, "locked", False):
        raise KeyringLockedError()
    raise SigningKeyMissingError(NO_KEY_FOR_PRIVATE)


def signed_query(
    playback_id: str, key: StoredSigningKey, *, expires_in: int, now: float | None = None
) -> tuple[str, int]:
    """(``token=...`` for the link's query, when it stops playing) for one playback ID."""
    minted = mint(key.private_pem, key.key_id, playback_id, expires_in=expires_in, now=now)
    return f"token={minted.token}", minted.expires_at


def media_link(
    media: Media,
    *,
    playback_base: str,
    key: StoredSigningKey | None = None,
    expires_in: int = DEFAULT_EXPIRY_S,
    now: float | None = None,
) -> MediaLink | None:
    """The media's link (None until it is ready or when it has no playback ID); a private one
    is signed with ``key``, and SigningKeyMissingError says what to do when ``key`` is None."""
    playback = media.playback
    if playback is None or not media.ready:
        return None
    private = playback.access_policy != "public"
    if private and key is None:
        raise SigningKeyMissingError(NO_KEY_FOR_PRIVATE)
    suffix, token, expires_at = "", "", None
    if private and key is not None:
        query, expires_at = signed_query(playback.id, key, expires_in=expires_in, now=now)
        suffix, token = f"?{query}", query.removeprefix("token=")
    base = playback_base.rstrip("/")
    # One token covers what a playback ID serves (docs/signed-playback.md); the MP4 download
    # with the same token is what FastPix's "private media need a signed token" implies.
    file = MP4_FILE.get(media.mp4_support.split(",")[-1])
    return MediaLink(
        playback_id=playback.id,
        private=private,
        url=f"{base}/{playback.id}.m3u8{suffix}",
        mp4_url=f"{base}/{playback.id}/{file}{suffix}" if file else None,
        token=token,
        expires_at=expires_at,
    )


def needs_key(media: list[Media] | tuple[Media, ...]) -> bool:
    """Whether any of these media has a ready private playback ID (a link to sign)."""
    return any(
        m.ready and m.playback is not None and m.playback.access_policy != "public" for m in media
    )
