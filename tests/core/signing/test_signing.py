"""Signed playback use cases against the sandbox: one key per computer, start-up check, links."""

from __future__ import annotations

import time

import httpx
import keyring
import pytest

from fastpix_desktop.core.errors import (
    FastPixAuthError,
    FastPixBadResponseError,
    FastPixServerError,
    KeyringUnavailableError,
    SigningKeyMissingError,
)
from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.models import AccessPolicy, StreamSettings
from fastpix_desktop.core.redact import redact
from fastpix_desktop.core.secrets import SecretStore
from fastpix_desktop.core.signing import store as signing_store
from fastpix_desktop.core.signing import use_cases as signing
from fastpix_desktop.core.signing.api import SigningKeysApi
from fastpix_desktop.core.signing.use_cases import KeyCheck
from fastpix_desktop.sandbox import (
    DEMO_ACCESS_TOKEN_ID,
    DEMO_SECRET_KEY,
    Fault,
    SandboxApi,
    start_server_in_thread,
)
from tests.conftest import InMemoryKeyring
from tests.doubles import sandbox_client


@pytest.fixture
def sandbox() -> SandboxApi:
    return SandboxApi(seed=7)


@pytest.fixture
async def client(sandbox: SandboxApi):
    async with sandbox_client(sandbox.mock_transport(), base_url="https://api.fastpix.com/v1") as c:
        yield c


@pytest.fixture
def api(client: FastPixClient) -> SigningKeysApi:
    return SigningKeysApi(client)


@pytest.fixture
async def store():
    s = SecretStore(timeout=2)
    yield s
    s.close()


async def test_the_first_request_creates_one_key_and_later_ones_reuse_it(sandbox, api, store):
    first, created = await signing.ensure_key(api, store)
    again, created_again = await signing.ensure_key(api, store)
    assert created and not created_again
    assert again == first
    assert [k.id for k in await signing.list_keys(api)] == [first.key_id]


async def test_without_a_keyring_no_key_is_created_on_fastpix(no_keyring, sandbox, api, store):
    with pytest.raises(KeyringUnavailableError):
        await signing.ensure_key(api, store)
    assert await signing.list_keys(api) == []


async def test_startup_check_keeps_a_live_key(api, store):
    key, _ = await signing.ensure_key(api, store)
    result = await signing.check_stored_key(api, store)
    assert result.status is KeyCheck.OK and result.key_id == key.key_id
    assert await signing_store.stored_key_id(store) == key.key_id


async def test_startup_check_forgets_a_key_deleted_on_fastpix_and_says_so(sandbox, api, store):
    key, _ = await signing.ensure_key(api, store)
    sandbox.signing_keys.route("DELETE", [key.key_id], {})  # deleted in the dashboard
    result = await signing.check_stored_key(api, store)
    assert result.status is KeyCheck.FORGOTTEN
    assert key.key_id in result.message and "deleted" in result.message
    assert await signing_store.stored_key_id(store) is None
    fresh, created = await signing.ensure_key(api, store)
    assert created and fresh.key_id != key.key_id


async def test_startup_check_keeps_the_key_when_fastpix_cannot_be_asked(sandbox, api, store):
    key, _ = await signing.ensure_key(api, store)
    sandbox.inject(Fault(status=503, path_prefix="/iam", times=None))
    result = await signing.check_stored_key(api, store)
    assert result.status is KeyCheck.UNKNOWN and "503" in result.message
    assert await signing_store.stored_key_id(store) == key.key_id


async def test_startup_check_with_nothing_stored_asks_nothing(sandbox, api, store):
    sandbox.inject(Fault(status=500, times=None))  # any request would fail
    assert (await signing.check_stored_key(api, store)).status is KeyCheck.NONE


async def test_delete_defaults_to_the_stored_key_and_forgets_it(api, store):
    key, _ = await signing.ensure_key(api, store)
    assert await signing.delete_key(api, store) == key.key_id
    assert await signing_store.stored_key_id(store) is None
    assert await signing.list_keys(api) == []
    with pytest.raises(SigningKeyMissingError):
        await signing.delete_key(api, store)


async def test_links_only_for_private_playback_ids(sandbox, client, api, store):
    public = await client.create_stream(StreamSettings(access_policy=AccessPolicy.PUBLIC))
    assert await signing.signed_links_for_stream(api, store, public, expires_in=3600) == []
    assert await signing_store.stored_key_id(store) is None  # no key made for public playback

    stream = await client.create_stream(StreamSettings(access_policy=AccessPolicy.PRIVATE))
    extra = await client.create_playback_id(stream.stream_id, AccessPolicy.PRIVATE)
    await client.create_playback_id(stream.stream_id, AccessPolicy.PUBLIC)
    stream = await client.get_stream(stream.stream_id)
    links = await signing.signed_links_for_stream(api, store, stream, expires_in=3600)
    assert {link.playback_id for link in links} == {stream.playback_ids[0].id, extra.id}
    for link in links:
        assert link.hls_url == (
            f"https://stream.fastpix.com/{link.playback_id}.m3u8?token={link.token}"
        )
        assert link.thumbnail_url.startswith(f"https://images.fastpix.com/{link.playback_id}/")
        assert link.token not in repr(link)
        assert link.token not in link.masked(link.hls_url)


async def test_a_link_minted_by_the_app_plays_on_the_sandbox_for_the_chosen_time(sandbox):
    """End to end over real sockets: API, keyring, token, playback host."""
    with start_server_in_thread(sandbox) as running:
        root = running.url.removesuffix("/v1")
        async with FastPixClient(
            access_token_id=DEMO_ACCESS_TOKEN_ID, secret_key=DEMO_SECRET_KEY, base_url=running.url
        ) as client:
            api = SigningKeysApi(client)
            store = SecretStore(timeout=2)
            try:
                stream = await client.create_stream(
                    StreamSettings(access_policy=AccessPolicy.PRIVATE)
                )
                (link,) = await signing.signed_links_for_stream(
                    api, store, stream, expires_in=7200, playback_base=root, images_base=root
                )
                async with httpx.AsyncClient(timeout=5) as viewer:
                    hls = await viewer.get(link.hls_url)
                    thumb = await viewer.get(link.thumbnail_url)
                    await signing.delete_key(api, store)
                    after_delete = await viewer.get(link.hls_url)
            finally:
                store.close()
    assert hls.status_code == 200 and hls.text.startswith("#EXTM3U")
    assert thumb.status_code == 200 and thumb.headers["content-type"] == "image/jpeg"
    assert after_delete.status_code == 401
    assert 7190 <= link.expires_at - time.time() <= 7200


async def test_a_stored_key_that_does_not_match_fastpixs_is_forgotten(api, store):
    live, _ = await signing.ensure_key(api, store)
    other = await api.create()  # a different key pair
    await signing_store.save(store, signing_store.StoredSigningKey(live.key_id, other.private_pem))
    result = await signing.check_stored_key(api, store)
    assert result.status is KeyCheck.FORGOTTEN and "does not match" in result.message
    assert await signing_store.stored_key_id(store) is None


async def test_key_ids_are_not_treated_as_secrets(api, store):
    key, _ = await signing.ensure_key(api, store)
    fresh = SecretStore(timeout=2)
    try:
        await signing_store.load(fresh)  # read back as a new run would
    finally:
        fresh.close()
    assert key.key_id in redact(f"signing key {key.key_id}")
    assert "PRIVATE KEY" not in redact(key.private_pem)


async def test_a_lost_create_answer_says_where_to_find_the_key(sandbox, api, store):
    sandbox.inject(Fault(status=503, method="POST", path_prefix="/iam/signing-keys"))
    with pytest.raises(FastPixServerError) as caught:
        await signing.ensure_key(api, store)
    assert "signing-keys list" in str(caught.value)
    assert await signing_store.stored_key_id(store) is None


async def test_a_create_answer_without_a_private_key_is_refused(sandbox, api, store):
    body = {"success": True, "data": {"id": "k", "createdAt": "2026-01-01T00:00:00Z"}}
    sandbox.inject(Fault(status=201, body=body, method="POST", path_prefix="/iam"))
    with pytest.raises(FastPixBadResponseError, match="private key"):
        await signing.ensure_key(api, store)
    assert await signing_store.stored_key_id(store) is None


async def test_the_windows_handle_makes_a_key_only_when_asked(api, store):
    service = signing.SignedPlayback(
        api, store, playback_base="http://play", images_base="http://img"
    )
    assert not await service.key_exists()
    with pytest.raises(SigningKeyMissingError):
        await service.links(["p1"], 3600)  # never a key behind the streamer's back
    assert await signing.list_keys(api) == []
    key_id = await service.create_key()
    assert await service.key_exists() and (await service.check()).status is KeyCheck.OK
    (link,) = await service.links(["p1"], 3600)
    assert link.hls_url.startswith("http://play/p1.m3u8?token=")
    assert link.thumbnail_url.startswith("http://img/p1/thumbnail.jpg?token=")
    assert [k.id for k in await signing.list_keys(api)] == [key_id]


class FailingAfterWrites(InMemoryKeyring):
    """A keyring that stops accepting writes part-way (a locked collection, a full vault)."""

    def __init__(self, writes: int) -> None:
        super().__init__()
        self.writes_left = writes

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.writes_left <= 0:
            raise RuntimeError("the keyring refused")
        self.writes_left -= 1
        super().set_password(service, username, password)


async def test_a_key_the_keyring_cannot_keep_is_taken_back_on_fastpix(api):
    previous = keyring.get_keyring()
    keyring.set_keyring(FailingAfterWrites(writes=1))
    store = SecretStore(timeout=2)
    try:
        with pytest.raises(KeyringUnavailableError, match="deleted again"):
            await signing.ensure_key(api, store)
        assert await signing.list_keys(api) == []  # no orphan key left on FastPix
        assert await signing_store.stored_key_id(store) is None
    finally:
        store.close()
        keyring.set_keyring(previous)


@pytest.mark.parametrize(("status", "words"), [(401, "Access Token ID"), (403, "signing keys")])
async def test_refused_credentials_say_what_to_fix(sandbox, api, store, status, words):
    sandbox.inject(Fault(status=status, path_prefix="/iam", times=None))
    with pytest.raises(FastPixAuthError, match=words):
        await signing.list_keys(api)
