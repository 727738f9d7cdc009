"""Signed playback use cases: the app's signing key (create, check, delete) and signed links.

Facts and choices are in docs/signed-playback.md. Every coroutine takes the one SigningKeysApi
and the one SecretStore; nothing here touches Qt.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum

from fastpix_desktop.core.config import DEFAULT_IMAGES_BASE
from fastpix_desktop.core.errors import (
    FastPixError,
    FastPixNotFoundError,
    KeyringUnavailableError,
    SigningKeyError,
    SigningKeyMissingError,
)
from fastpix_desktop.core.fastpix.ingest import DEFAULT_PLAYBACK_BASE
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP
from fastpix_desktop.core.models import LiveStream, PlaybackId
from fastpix_desktop.core.secrets import SecretStore
from fastpix_desktop.core.signing import store as signing_store
from fastpix_desktop.core.signing.api import SigningKeyInfo, SigningKeysApi
from fastpix_desktop.core.signing.store import StoredSigningKey
from fastpix_desktop.core.signing.tokens import mint, same_key_pair

log = logging.getLogger(__name__)

WHAT_IS_A_SIGNING_KEY = QT_TRANSLATE_NOOP(
    "signing",
    "Private playback links only play with a token signed by a signing key. The app asks "
    "FastPix for one key (FastPix shows its private half once and keeps only the public half), "
    "keeps the private half in this computer's keyring, and signs each link with it. Anyone "
    "with a signed link can watch until the link expires; deleting the key stops every link "
    "it signed.",
)


class KeyCheck(StrEnum):
    """What the start-up check found."""

    NONE = "none"  # no key stored: nothing to check
    OK = "ok"  # FastPix still has the stored key
    FORGOTTEN = "forgotten"  # FastPix deleted it (404): forgotten here
    DAMAGED = "damaged"  # the stored parts do not make a key: forgotten here
    UNKNOWN = "unknown"  # FastPix could not be asked; the key is kept


@dataclass(frozen=True)
class KeyCheckResult:
    status: KeyCheck
    key_id: str | None = None
    message: str = ""


@dataclass(frozen=True)
class SignedLink:
    """A signed HLS link and thumbnail link for one private playback ID."""

    playback_id: str
    expires_at: int
    hls_url: str = field(repr=False)
    thumbnail_url: str = field(repr=False)
    token: str = field(repr=False)

    def masked(self, url: str) -> str:
        """``url`` with the token replaced by a mask, for display and logs."""
        return url.replace(self.token, "••••••")


async def ensure_key(api: SigningKeysApi, store: SecretStore) -> tuple[StoredSigningKey, bool]:
    """The stored signing key, creating one on FastPix first if none is stored.

    Returns (key, created). Refuses (KeyringUnavailableError) when the keyring cannot keep it:
    a key FastPix shows once and the app then forgets at exit would be lost for good.
    """
    existing = await signing_store.load(store)
    if existing is not None:
        return existing, False
    return await create_key(api, store), True


async def create_key(api: SigningKeysApi, store: SecretStore) -> StoredSigningKey:
    """A new key on FastPix, stored as the app's key (replacing any stored one)."""
    await store.probe()
    store.require_backend()
    created = await api.create()
    key = StoredSigningKey(key_id=created.id, private_pem=created.private_pem)
    try:
        await signing_store.save(store, key)
        kept = not store.session_only  # SecretStore falls back to memory when a write fails
    except Exception:
        kept = False
    if not kept:
        # A key FastPix shows once and this computer cannot keep is useless: take it back.
        with contextlib.suppress(FastPixError):
            await api.delete(created.id)
        await signing_store.forget(store)
        raise KeyringUnavailableError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The keyring failed while the new signing key was being saved, so the key was "
                "deleted again on FastPix. Check the system keyring and try again.",
            )
        )
    log.info("Created playback signing key %s", created.id)
    return key


async def check_stored_key(api: SigningKeysApi, store: SecretStore) -> KeyCheckResult:
    """At start-up: does FastPix still know the stored key? A 404 forgets it, and says so.

    Any other failure (offline, 5xx) keeps the key: a false "forgotten" would orphan links.
    """
    key_id = await signing_store.stored_key_id(store)
    if key_id is None:
        return KeyCheckResult(KeyCheck.NONE)
    try:
        stored = await signing_store.load(store)
    except SigningKeyError:
        await signing_store.forget(store)
        return KeyCheckResult(
            KeyCheck.DAMAGED,
            key_id,
            "The playback signing key stored here could not be read back, so it was removed. "
            "A new one is made the next time you ask for a signed link.",
        )
    try:
        public_pem = await api.public_key(key_id)
    except FastPixNotFoundError:
        await signing_store.forget(store)
        return KeyCheckResult(
            KeyCheck.FORGOTTEN,
            key_id,
            f"The playback signing key {key_id} no longer exists on FastPix (it was deleted), "
            "so links signed with it stopped playing. It was removed from this computer; a new "
            "one is made the next time you ask for a signed link.",
        )
    except FastPixError as error:
        return KeyCheckResult(
            KeyCheck.UNKNOWN, key_id, f"Could not check the playback signing key: {error}"
        )
    if stored is not None and not same_key_pair(stored.private_pem, public_pem):
        # FastPix would refuse every token this key signs (a replayed creation answer did this
        # to FastPix's WordPress plugin: docs/signed-playback.md).
        await signing_store.forget(store)
        return KeyCheckResult(
            KeyCheck.FORGOTTEN,
            key_id,
            f"The playback signing key stored here does not match key {key_id} on FastPix, so "
            "its links could not play. It was removed from this computer; a new one is made the "
            "next time you ask for a signed link.",
        )
    return KeyCheckResult(KeyCheck.OK, key_id)


async def list_keys(api: SigningKeysApi) -> list[SigningKeyInfo]:
    """Every signing key on the account (all pages)."""
    keys: list[SigningKeyInfo] = []
    offset = 1
    while True:
        page = await api.list(offset=offset)
        keys.extend(page.keys)
        if not page.keys or len(keys) >= page.total_records:
            return keys
        offset += 1


async def delete_key(api: SigningKeysApi, store: SecretStore, key_id: str | None = None) -> str:
    """Delete a key on FastPix (default: the stored one); forget it here if it is the stored one.

    Returns the deleted key's ID. A key already gone on FastPix still gets forgotten here.
    """
    stored = await signing_store.stored_key_id(store)
    target = (key_id or stored or "").strip()
    if not target:
        raise SigningKeyMissingError(
            QT_TRANSLATE_NOOP("errors", "No signing key is stored here; name the key ID to delete.")
        )
    try:
        await api.delete(target)
    except FastPixNotFoundError:
        if target != stored:
            raise
    if target == stored:
        await signing_store.forget(store)
    return target


def playback_token_links(
    key: StoredSigningKey,
    playback_ids: Iterable[PlaybackId | str],
    *,
    expires_in: int,
    playback_base: str = DEFAULT_PLAYBACK_BASE,
    images_base: str = DEFAULT_IMAGES_BASE,
    now: float | None = None,
) -> list[SignedLink]:
    """Signed HLS and thumbnail links, one token per playback ID."""
    links: list[SignedLink] = []
    for playback in playback_ids:
        pid = playback.id if isinstance(playback, PlaybackId) else playback
        minted = mint(key.private_pem, key.key_id, pid, expires_in=expires_in, now=now)
        links.append(
            SignedLink(
                playback_id=pid,
                expires_at=minted.expires_at,
                hls_url=f"{playback_base.rstrip('/')}/{pid}.m3u8?token={minted.token}",
                thumbnail_url=f"{images_base.rstrip('/')}/{pid}/thumbnail.jpg?token={minted.token}",
                token=minted.token,
            )
        )
    return links


def private_playback_ids(stream: LiveStream) -> list[PlaybackId]:
    return [p for p in stream.playback_ids if p.is_private]


async def signed_links_for_stream(
    api: SigningKeysApi,
    store: SecretStore,
    stream: LiveStream,
    *,
    expires_in: int,
    playback_base: str = DEFAULT_PLAYBACK_BASE,
    images_base: str = DEFAULT_IMAGES_BASE,
) -> list[SignedLink]:
    """Signed links for every private playback ID of ``stream`` (empty when all are public),
    creating the signing key first when none is stored."""
    private = private_playback_ids(stream)
    if not private:
        return []
    key, _created = await ensure_key(api, store)
    return playback_token_links(
        key, private, expires_in=expires_in, playback_base=playback_base, images_base=images_base
    )


@dataclass
class SignedPlayback:
    """The window's one handle on signed playback: the key's life and links, hosts included.

    Wiring (docs/signed-playback.md): ``create_key_requested`` -> ``create_key``; a
    ``link_requested(pid, seconds)`` -> ``links([pid], seconds)``; at start-up -> ``check``.
    """

    api: SigningKeysApi
    store: SecretStore
    playback_base: str = DEFAULT_PLAYBACK_BASE
    images_base: str = DEFAULT_IMAGES_BASE

    async def key_exists(self) -> bool:
        return await signing_store.stored_key_id(self.store) is not None

    async def check(self) -> KeyCheckResult:
        return await check_stored_key(self.api, self.store)

    async def create_key(self) -> str:
        """Make the key (only after the streamer agreed); returns its ID."""
        return (await ensure_key(self.api, self.store))[0].key_id

    async def links(
        self, playback_ids: Iterable[PlaybackId | str], expires_in: int
    ) -> list[SignedLink]:
        """Links signed with the stored key; SigningKeyMissingError when there is none (the
        window then explains and asks again rather than make a key silently)."""
        key = await signing_store.load(self.store)
        if key is None:
            raise SigningKeyMissingError()
        return playback_token_links(
            key,
            playback_ids,
            expires_in=expires_in,
            playback_base=self.playback_base,
            images_base=self.images_base,
        )
