"""Private recordings and clips get signed links (core/recordings/signed.py), and the sandbox's
playback host refuses them unsigned and plays them signed; no key, a locked keyring, and
FastPix's 401 / 403 refusals are said in plain words."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import parse_qs, urlsplit

import jwt
import keyring
import m3u8
import pytest

from fastpix_desktop.core.errors import (
    ConfigError,
    FastPixError,
    KeyringLockedError,
    SigningKeyError,
    SigningKeyMissingError,
)
from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.models import AccessPolicy, StreamSettings
from fastpix_desktop.core.recordings.api import MediaApi
from fastpix_desktop.core.recordings.clips import ClipRequest
from fastpix_desktop.core.recordings.media import Media, MediaPlayback
from fastpix_desktop.core.recordings.signed import (
    MASK,
    mask_token,
    media_link,
    needs_key,
    signing_key,
)
from fastpix_desktop.core.recordings.use_cases import clip_now, history
from fastpix_desktop.core.redact import redact
from fastpix_desktop.core.secrets import SecretStore
from fastpix_desktop.core.signing import store as signing_store
from fastpix_desktop.core.signing.api import SigningKeysApi
from fastpix_desktop.core.signing.store import StoredSigningKey
from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY, SandboxApi
from fastpix_desktop.sandbox.media import PROCESSING_S
from tests.core.failing_keyrings import LockedKeyring
from tests.sandbox.test_sandbox_ingest_hook import FakeClock

BASE = "https://stream.example.test"


class _World:
    def __init__(self) -> None:
        self.clock = FakeClock()
        self.api = SandboxApi(seed=13, clock=self.clock)

    @property
    def client(self) -> FastPixClient:  # a new one per ``async with``
        return FastPixClient(
            access_token_id=DEMO_ACCESS_TOKEN_ID,
            secret_key=DEMO_SECRET_KEY,
            base_url="https://api.example.test/v1",
            transport=self.api.mock_transport(),
        )

    def get(self, url: str):  # the sandbox's playback host, as a player asks it
        path, _, query = url.removeprefix(BASE).partition("?")
        return self.api.handle("GET", path, query=query)

    async def fetch(self, url: str) -> str:
        answer = self.get(url)
        if answer.status >= 400:
            raise FastPixError(answer.body.decode().strip(), status=answer.status)
        return answer.body.decode()


@pytest.fixture
async def store():
    s = SecretStore(timeout=2)
    yield s
    s.close()


async def _key(client: FastPixClient, store: SecretStore) -> StoredSigningKey:
    created = await SigningKeysApi(client).create()
    key = StoredSigningKey(created.id, created.private_pem)
    await signing_store.save(store, key)
    return key


def _private_media(ready: bool = True, mp4: str = "none") -> Media:
    return Media(
        id="m1",
        status="Ready" if ready else "Created",
        playback_ids=(MediaPlayback("p-1", "private"),),
        mp4_support=mp4,
    )


def test_a_public_media_link_is_bare_and_a_private_one_without_a_key_says_what_to_do() -> None:
    public = Media(id="m0", status="Ready", playback_ids=(MediaPlayback("p-0", "public"),))
    link = media_link(public, playback_base=BASE)
    assert link is not None and link.url == f"{BASE}/p-0.m3u8" and not link.private
    assert link.token == "" and link.expires_at is None
    assert media_link(_private_media(ready=False), playback_base=BASE) is None
    assert needs_key([_private_media()]) and not needs_key([public, _private_media(False)])

    with pytest.raises(SigningKeyMissingError) as caught:
        media_link(_private_media(), playback_base=BASE)
    words = str(caught.value)
    assert "signing key" in words and "Create" in words and "signing-keys create" in words
    assert "Traceback" not in words


async def test_no_key_and_a_locked_keyring_are_told_apart(store, memory_keyring) -> None:
    with pytest.raises(SigningKeyMissingError):
        await signing_key(store)
    keyring.set_keyring(LockedKeyring())
    locked = SecretStore(timeout=2)
    try:
        with pytest.raises(KeyringLockedError, match="locked"):
            await signing_key(locked)
    finally:
        locked.close()


async def test_a_private_recording_is_refused_unsigned_and_plays_signed(store) -> None:
    world = _World()
    async with world.client as fastpix:
        # Live playback public, the recording private (mediaPolicy): only the recording signs.
        stream = await fastpix.create_stream(
            StreamSettings(name="p", media_policy=AccessPolicy.PRIVATE)
        )
        world.api.set_status(stream.stream_id, "active")
        world.clock.advance(40)
        world.api.set_status(stream.stream_id, "idle")
        world.clock.advance(PROCESSING_S)
        key = await _key(fastpix, store)
        media = MediaApi(fastpix)
        found = await history(fastpix=fastpix, media=media, stream_id=stream.stream_id)
        (recording,) = found.recordings
        assert recording.ready and needs_key(found.recordings)
        recording = await media.set_mp4_support(recording.id)
        public_pem = await SigningKeysApi(fastpix).public_key(key.key_id)

    unsigned = f"{BASE}/{recording.playback.id}.m3u8"  # type: ignore[union-attr]
    assert world.get(unsigned).status == 403

    link = media_link(recording, playback_base=BASE, key=await signing_key(store), expires_in=3600)
    assert link is not None and link.private and link.url.startswith(unsigned + "?token=")
    answer = world.get(link.url)
    assert answer.status == 200
    playlist = m3u8.loads(answer.body.decode())
    assert playlist.is_endlist and sum(s.duration for s in playlist.segments) == 40
    # The token is the app's: RS256 by the stored key, for this playback ID only.
    claims = jwt.decode(
        link.token,
        public_pem,
        algorithms=["RS256"],
        audience=f"media:{link.playback_id}",
    )
    assert claims["exp"] == link.expires_at
    # The MP4 download is signed with the same token; unsigned it is refused too.
    assert link.mp4_url is not None and link.mp4_url.endswith(f"/capped-4k.mp4?token={link.token}")
    assert world.get(link.mp4_url).status == 200
    assert world.get(link.mp4_url.partition("?")[0]).status == 403
    # Shown and logged masked; the private key is nowhere in what a link carries.
    assert mask_token(link.url) == f"{unsigned}?token={MASK}"
    assert link.token not in redact(f"playing {link.url}")
    assert key.private_pem not in link.url and key.private_pem not in repr(link)


async def test_a_private_only_stream_is_clipped_through_a_signed_url(store) -> None:
    world = _World()
    async with world.client as fastpix:
        stream = await fastpix.create_stream(
            StreamSettings(name="p", access_policy=AccessPolicy.PRIVATE)
        )
        started = world.clock.now
        world.api.set_status(stream.stream_id, "active")
        world.clock.advance(60)
        stream = await fastpix.get_stream(stream.stream_id)
        with pytest.raises(ConfigError, match="private"):  # no way to sign: refused as before
            await clip_now(
                stream=stream,
                started_at=started,
                request=ClipRequest(last_s=20),
                playback_base=BASE,
                fetch=world.fetch,
                now=world.clock.now,
            )
        await _key(fastpix, store)
        result = await clip_now(
            stream=stream,
            started_at=started,
            request=ClipRequest(last_s=20),
            playback_base=BASE,
            media=MediaApi(fastpix),
            fetch=world.fetch,
            now=world.clock.now,
            key=lambda: signing_key(store),
            expires_in=3600,
        )
        clips = await MediaApi(fastpix).list_live_clips(stream.stream_id)

    query = parse_qs(urlsplit(result.url).query)
    assert query["start"] == ["40s"] and query["end"] == ["60s"]
    assert query["token"] == [result.token] and result.signed and result.expires_at
    assert result.segments == 10
    # The clip is a private media: its own playback ID plays only signed.
    (clip,) = clips
    assert clip.playback is not None and clip.playback.access_policy == "private"
    assert world.get(f"{BASE}/{clip.playback.id}.m3u8").status == 403
    assert world.get(result.url.partition("&token=")[0]).status == 403  # the clip URL unsigned
    link = media_link(clip, playback_base=BASE, key=await signing_key(store))
    assert link is not None and world.get(link.url).status == 200


async def _clip_refused(world: _World, store: SecretStore) -> Exception:
    async with world.client as fastpix:
        stream = await fastpix.create_stream(
            StreamSettings(name="p", access_policy=AccessPolicy.PRIVATE)
        )
        started = world.clock.now
        world.api.set_status(stream.stream_id, "active")
        world.clock.advance(60)
        stream = await fastpix.get_stream(stream.stream_id)
        with pytest.raises((FastPixError, SigningKeyError)) as caught:
            await clip_now(
                stream=stream,
                started_at=started - timedelta(seconds=0),
                request=ClipRequest(last_s=20),
                playback_base=BASE,
                fetch=world.fetch,
                now=world.clock.now,
                key=lambda: signing_key(store),
            )
    return caught.value


async def test_a_key_deleted_on_fastpix_401_and_a_foreign_key_403_are_said_plainly(store) -> None:
    world = _World()
    async with world.client as fastpix:
        key = await _key(fastpix, store)
        await SigningKeysApi(fastpix).delete(key.key_id)  # deleted on the dashboard, say
    deleted = await _clip_refused(world, store)
    assert isinstance(deleted, SigningKeyError)
    assert "deleted on FastPix" in str(deleted) and "signing-keys create" in str(deleted)

    other = _World()  # a key of another workspace: FastPix does not know it
    async with other.client as elsewhere:
        await _key(elsewhere, store)
    foreign = await _clip_refused(_World(), store)  # the stored key is other's
    assert isinstance(foreign, FastPixError) and foreign.status == 403
    assert "refused the signed clip link (403)" in str(foreign)
    for error in (deleted, foreign):
        assert "Traceback" not in str(error) and "PRIVATE KEY" not in str(error)
