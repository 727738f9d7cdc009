"""Keyrings that keep secrets badly (issue 28): one that keeps nothing, one that answers in
bytes, a plain-text file keyring picked by keyring itself, and a record with one field of the
wrong type. The restore point is only trusted once it was read back."""

from __future__ import annotations

import json
import logging

import keyring
import pytest

from fastpix_desktop.core import secrets as names
from fastpix_desktop.core.errors import RestorePointError
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.golive import GoLiveRequest
from fastpix_desktop.core.golive import result as golive_result
from fastpix_desktop.core.models import ObsServiceSettings, Protocol, StreamSettings
from fastpix_desktop.core.restore import point as restore_point
from fastpix_desktop.core.restore.point import RestoreOutcome
from fastpix_desktop.core.secrets import SecretStore
from tests.core.failing_keyrings import BytesKeyring, ForgetfulKeyring, PlaintextKeyring
from tests.core.golive.runs import pipeline
from tests.doubles import STREAM_KEY, FakeFastPix, FakeObs, make_stream

TWITCH = ObsServiceSettings(
    "rtmp_common", {"service": "Twitch", "server": "auto", "key": "live_twitch_own_key"}
)


async def create(obs, store, stream=None):
    return await pipeline(
        FakeFastPix(stream=stream or make_stream()), obs, store, hosts=IngestHosts()
    ).run(GoLiveRequest.create(StreamSettings(), Protocol.RTMPS))


@pytest.fixture
async def store():
    s = SecretStore()
    yield s
    s.close()


async def test_a_keyring_that_keeps_nothing_leaves_obs_as_it_was(store) -> None:
    keyring.set_keyring(ForgetfulKeyring())
    obs = FakeObs(service=TWITCH)
    result = await create(obs, store)
    assert isinstance(result.obs_error, RestorePointError)  # exit 9 in the CLI
    assert "did not keep it" in str(result.obs_error)
    assert obs.services_set == [] and obs.service == TWITCH
    assert result.stream.stream_key == STREAM_KEY  # the created stream is still reported


async def test_a_keyring_answering_in_bytes_works_after_the_stream_was_created(store) -> None:
    backend = BytesKeyring()
    keyring.set_keyring(backend)
    obs = FakeObs(service=TWITCH)
    result = await create(obs, store)
    assert result.obs_error is None and result.obs_configured
    fresh = SecretStore()
    try:
        assert await fresh.probe_and_prime((names.FASTPIX_TOKEN_ID,))
        restored = await restore_point.restore(obs=obs, secrets=fresh)
    finally:
        fresh.close()
    assert restored.outcome is RestoreOutcome.RESTORED and obs.service == TWITCH


async def test_a_plaintext_keyring_keyring_picked_by_itself_is_not_used(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setattr(names, "chosen_explicitly", lambda environ=None: None)
    backend = PlaintextKeyring()
    keyring.set_keyring(backend)
    store = SecretStore()
    try:
        assert not await store.probe()
        assert "plain text" in (store.fallback_reason or "")
        obs = FakeObs(service=TWITCH)
        result = await create(obs, store)
        await store.set(names.FASTPIX_SECRET_KEY, "s3cret")
    finally:
        store.close()
    assert isinstance(result.obs_error, RestorePointError) and "plain text" in str(result.obs_error)
    assert obs.services_set == []
    assert backend.passwords == {}  # nothing written in clear


async def test_a_plaintext_keyring_chosen_explicitly_is_used_with_a_warning(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.core.failing_keyrings.PlaintextKeyring")
    keyring.set_keyring(PlaintextKeyring())
    caplog.set_level(logging.WARNING)
    store = SecretStore()
    try:
        assert await store.probe()
    finally:
        store.close()
    assert "plain text" in (store.warning or "") and "PYTHON_KEYRING_BACKEND" in store.warning
    assert "plain text" in caplog.text


async def test_one_wrong_typed_field_keeps_the_streamers_own_destination(
    store, memory_keyring
) -> None:
    obs = FakeObs(service=TWITCH)
    await golive_result.settled(await create(obs, store))  # the fingerprint written too
    entry = (names.SERVICE, restore_point.entry_name("Untitled"))
    record = json.loads(memory_keyring.passwords[entry])
    record["pushed"] = 5
    record.pop("pending", None)  # as after the push's fingerprint was written
    memory_keyring.passwords[entry] = json.dumps(record)
    fresh = SecretStore()
    try:
        again = await create(
            obs, fresh, make_stream(stream_key="k2")
        )  # must not take the app's own push as the streamer's
        assert again.obs_error is None
        restored = await restore_point.restore(obs=obs, secrets=fresh)
    finally:
        fresh.close()
    assert restored.outcome is RestoreOutcome.RESTORED
    assert obs.service == TWITCH
