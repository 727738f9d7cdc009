"""The go-live use cases against in-memory FastPix and OBS stand-ins (no network, no OBS)."""

from __future__ import annotations

import asyncio

import pytest

from fastpix_desktop.cli import exit_codes
from fastpix_desktop.core import secrets as names
from fastpix_desktop.core.errors import (
    ConfigError,
    FastPixAuthError,
    FastPixValidationError,
    ObsDisconnectedError,
    ObsLiveError,
    ObsStreamStartError,
    ObsTimeoutError,
    ObsVerifyError,
    RestorePointError,
)
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.golive import use_cases as golive
from fastpix_desktop.core.golive.use_cases import StepId, StepState, StepUpdate
from fastpix_desktop.core.models import ObsServiceSettings, Protocol, StreamSettings
from fastpix_desktop.core.restore import point as restore_point
from fastpix_desktop.core.secrets import SecretStore
from tests.doubles import (
    SRT_SECRET,
    STREAM_ID,
    STREAM_KEY,
    DisconnectingObs,
    FakeFastPix,
    FakeObs,
)

HOSTS = IngestHosts()


@pytest.fixture
async def store():
    s = SecretStore()
    yield s
    s.close()


async def run(fastpix, obs, store, *, protocol=Protocol.RTMPS, start=False, confirm=None):
    updates: list[StepUpdate] = []
    result = await golive.create_and_configure(
        fastpix=fastpix,
        obs=obs,
        secrets=store,
        settings=StreamSettings(name="Friday show"),
        protocol=protocol,
        hosts=HOSTS,
        start=start,
        on_progress=updates.append,
        confirm_stop_live=confirm,
    )
    return result, updates


def final_states(updates: list[StepUpdate]) -> dict[StepId, StepState]:
    states: dict[StepId, StepState] = {}
    for u in updates:
        states[u.step] = u.state
    return states


async def test_rtmps_create_pushes_full_object_and_saves_previous_destination(store):
    obs = FakeObs()
    original = obs.service
    result, updates = await run(FakeFastPix(), obs, store)

    assert result.obs_configured and result.obs_error is None
    assert obs.service == ObsServiceSettings(
        "rtmp_custom",
        {
            "server": "rtmps://live.fastpix.com:443/live",
            "key": STREAM_KEY,
            "use_auth": False,
            "username": "",
            "password": "",
        },
    )
    point = await restore_point.load(store, obs.profile)
    assert point.own == original
    assert all(s is StepState.DONE for s in final_states(updates).values())
    assert [u.step for u in updates if u.state is StepState.DONE] == [
        StepId.CREATE,
        StepId.OBS_CHECK,
        StepId.SNAPSHOT,
        StepId.PUSH,
        StepId.VERIFY,
    ]


async def test_srt_puts_streamid_in_key_and_passphrase_in_password(store):
    obs = FakeObs()
    await run(FakeFastPix(), obs, store, protocol=Protocol.SRT)
    settings = obs.service.settings
    assert settings["server"] == "srt://live.fastpix.com:778"
    assert settings["key"] == STREAM_ID
    assert settings["use_auth"] is True
    assert settings["password"] == SRT_SECRET
    assert SRT_SECRET not in settings["server"]  # never in the URL OBS logs


async def test_obs_precheck_overlaps_the_create_call(store):
    """The OBS reads happen while FastPix is still answering, not after it."""
    fastpix = FakeFastPix(delay=0.2)
    obs = FakeObs()
    task = asyncio.create_task(run(fastpix, obs, store))
    await asyncio.sleep(0.05)
    assert "get_stream_status" in obs.calls and "get_service" in obs.calls
    assert not task.done()
    await task


async def test_failed_create_raises_and_leaves_obs_untouched(store):
    obs = FakeObs()
    before = obs.service
    with pytest.raises(FastPixAuthError):
        await run(FakeFastPix(error=FastPixAuthError(status=401)), obs, store)
    assert obs.service == before
    assert "set_service" not in obs.calls
    assert await store.get(names.OBS_SNAPSHOT) is None


async def test_failed_create_reports_the_reason_on_the_create_step(store):
    updates: list[StepUpdate] = []
    with pytest.raises(FastPixAuthError):
        await golive.create_and_configure(
            fastpix=FakeFastPix(error=FastPixAuthError(status=401)),
            obs=FakeObs(),
            secrets=store,
            settings=StreamSettings(),
            protocol=Protocol.RTMPS,
            on_progress=updates.append,
        )
    states = final_states(updates)
    assert states[StepId.CREATE] is StepState.FAILED
    failed = next(u for u in updates if u.state is StepState.FAILED)
    assert "401" in failed.detail


async def test_invalid_settings_never_reach_fastpix(store):
    fastpix = FakeFastPix()
    with pytest.raises(FastPixValidationError) as info:
        await golive.create_and_configure(
            fastpix=fastpix,
            obs=FakeObs(),
            secrets=store,
            settings=StreamSettings(reconnect_window=5),
            protocol=Protocol.RTMPS,
        )
    assert "inputMediaSettings.reconnectWindow" in info.value.fields
    assert fastpix.created == []


async def test_obs_failure_keeps_the_created_stream(store):
    obs = FakeObs(fail_on={"get_service": ObsTimeoutError()})
    result, updates = await run(FakeFastPix(), obs, store)
    assert result.stream.stream_id == STREAM_ID
    assert isinstance(result.obs_error, ObsTimeoutError)
    assert not result.obs_configured
    states = final_states(updates)
    assert states[StepId.CREATE] is StepState.DONE
    assert states[StepId.OBS_CHECK] is StepState.FAILED
    assert states[StepId.PUSH] is StepState.SKIPPED


async def test_obs_killed_during_push_keeps_the_stream(store):
    result, updates = await run(FakeFastPix(), DisconnectingObs(), store)
    assert isinstance(result.obs_error, ObsDisconnectedError)
    assert final_states(updates)[StepId.PUSH] is StepState.FAILED
    assert result.stream.stream_key == STREAM_KEY


async def test_live_obs_is_asked_about_before_anything_is_created(store):
    """Cancel on "OBS is live" must leave no new, unused stream behind (issue 10 item 4)."""
    obs = FakeObs(live=True)
    fastpix = FakeFastPix()
    before = obs.service
    asked = []

    async def decline() -> bool:
        asked.append(fastpix.created[:])  # what existed on FastPix when the question came
        return False

    updates: list[StepUpdate] = []
    with pytest.raises(ObsLiveError) as info:
        await golive.create_and_configure(
            fastpix=fastpix,
            obs=obs,
            secrets=store,
            settings=StreamSettings(),
            protocol=Protocol.RTMPS,
            on_progress=updates.append,
            confirm_stop_live=decline,
        )
    assert asked == [[]]  # asked before the create call
    assert fastpix.created == []  # and nothing was created after the "no"
    assert "nothing was created" in str(info.value)
    assert obs.service == before and obs.live
    assert final_states(updates)[StepId.CREATE] is StepState.SKIPPED


async def test_live_obs_without_a_prompt_is_refused_and_nothing_is_created(store):
    obs = FakeObs(live=True)
    fastpix = FakeFastPix()
    with pytest.raises(ObsLiveError):
        await run(fastpix, obs, store, confirm=None)
    assert fastpix.created == []
    assert "set_service" not in obs.calls


async def test_configure_existing_on_live_obs_is_refused_without_a_prompt(store):
    obs = FakeObs(live=True)
    result = await golive.configure_existing(
        stream=FakeFastPix().stream, obs=obs, secrets=store, protocol=Protocol.RTMPS
    )
    assert isinstance(result.obs_error, ObsLiveError)
    assert "set_service" not in obs.calls


async def test_stop_streaming_and_continue(store):
    obs = FakeObs(live=True)

    async def accept() -> bool:
        return True

    result, _ = await run(FakeFastPix(), obs, store, confirm=accept)
    assert obs.calls.index("stop_streaming_and_wait") < obs.calls.index("set_service")
    assert result.obs_configured


async def test_verify_notices_settings_obs_did_not_keep(store):
    obs = FakeObs(drop_keys=("key",))
    result, updates = await run(FakeFastPix(), obs, store)
    assert isinstance(result.obs_error, ObsVerifyError)
    assert "key" in str(result.obs_error)
    assert STREAM_KEY not in str(result.obs_error)
    assert final_states(updates)[StepId.VERIFY] is StepState.FAILED


async def test_start_streaming_success_and_failure(store):
    result, _ = await run(FakeFastPix(), FakeObs(), store, start=True)
    assert result.obs_started

    obs = FakeObs(fail_on={"start_streaming_and_wait": ObsStreamStartError()})
    result, updates = await run(FakeFastPix(), obs, store, start=True)
    assert result.obs_configured is True  # only the start failed: Start can be retried
    assert isinstance(result.obs_error, ObsStreamStartError)
    assert final_states(updates)[StepId.START] is StepState.FAILED


async def test_second_stream_keeps_the_original_snapshot(store):
    obs = FakeObs()
    original = obs.service
    await run(FakeFastPix(), obs, store)
    await run(FakeFastPix(), obs, store, protocol=Protocol.SRT)
    restored = await golive.restore_previous(obs=obs, secrets=store)
    assert restored == original
    assert obs.service == original


async def test_restore_is_exact_even_for_the_same_service_type(store):
    """The app's SRT push adds use_auth/password; a same-type restore must not keep them."""
    original = ObsServiceSettings("rtmp_custom", {"server": "rtmp://example/live", "key": "k1"})
    obs = FakeObs(service=original)
    await run(FakeFastPix(), obs, store, protocol=Protocol.SRT)
    assert obs.service.settings["use_auth"] is True
    await golive.restore_previous(obs=obs, secrets=store)
    assert obs.service == original
    assert (await restore_point.load(store, obs.profile)).own is None  # forgotten once restored


async def test_restore_without_snapshot_and_while_live(store):
    with pytest.raises(ConfigError, match="nothing to restore"):
        await golive.restore_previous(obs=FakeObs(), secrets=store)
    obs = FakeObs()
    await run(FakeFastPix(), obs, store)
    obs.live = True
    with pytest.raises(ObsLiveError):
        await golive.restore_previous(obs=obs, secrets=store)
    assert (await restore_point.load(store, obs.profile)).own is not None  # kept for later


async def test_configure_existing_never_creates(store):
    fastpix = FakeFastPix()
    obs = FakeObs()
    result = await golive.configure_existing(
        stream=fastpix.stream, obs=obs, secrets=store, protocol=Protocol.RTMPS
    )
    assert result.obs_configured
    assert fastpix.created == []


async def test_no_obs_connected_creates_only(store):
    # The window hands in no OBS when none is connected; an OBS handed in that dropped since
    # is reconnected or reported (tests/core/golive/test_golive_faults.py).
    result, updates = await run(FakeFastPix(), None, store)
    assert not result.obs_configured and result.obs_error is None
    assert {u.step for u in updates} == {StepId.CREATE}


async def test_cancel_during_create_cancels_the_obs_precheck(store):
    fastpix = FakeFastPix(delay=5)
    obs = FakeObs()
    task = asyncio.create_task(run(fastpix, obs, store))
    await asyncio.sleep(0.05)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert "set_service" not in obs.calls


async def test_snapshot_lives_in_the_keyring_not_in_memory_only(store, memory_keyring):
    await run(FakeFastPix(), FakeObs(), store)
    stored = memory_keyring.passwords[(names.SERVICE, restore_point.entry_name("Untitled"))]
    assert "live_123" in stored  # the previous key, kept only in the keyring


async def test_restore_a_fresh_profile_with_no_settings_at_all(store):
    """A fresh OBS profile reports rtmp_common with {} — which obs-websocket will not accept."""
    fresh = ObsServiceSettings("rtmp_common", {})
    obs = FakeObs(service=fresh)
    await run(FakeFastPix(), obs, store)
    restored = await golive.restore_previous(obs=obs, secrets=store)
    assert restored == fresh
    assert obs.service.service_type == "rtmp_common"
    assert obs.service.settings == {"bwtest": False}  # OBS's default: nothing really set


async def test_restore_when_the_previous_destination_carries_obs_defaults(store):
    """OBS's own Settings → Stream dialog always writes bwtest; restore must not trip on it."""
    previous = ObsServiceSettings(
        "rtmp_common", {"service": "Twitch", "server": "auto", "key": "live_abc", "bwtest": False}
    )
    obs = FakeObs(service=previous)
    await run(FakeFastPix(), obs, store)
    assert await golive.restore_previous(obs=obs, secrets=store) == previous
    assert obs.service == previous


async def test_a_snapshot_the_keyring_cannot_hold_keeps_the_stream_and_leaves_obs_alone(store):
    huge = ObsServiceSettings("rtmp_custom", {"server": "rtmp://x/app", "key": "k" * 2000})
    obs = FakeObs(service=huge)
    result, updates = await run(FakeFastPix(), obs, store)
    assert isinstance(result.obs_error, RestorePointError)
    assert "too large" in str(result.obs_error)
    assert result.stream.stream_key == STREAM_KEY  # shown, not lost
    assert "set_service" not in obs.calls  # no push without a way back
    assert final_states(updates)[StepId.SNAPSHOT] is StepState.FAILED
    assert "k" * 50 not in str(result.obs_error)
    # A documented exit code, not 1 "unexpected error" (issue 15).
    assert exit_codes.exit_code_for(result.obs_error) == exit_codes.NO_RESTORE_POINT


async def test_cancel_just_after_fastpix_answered_still_hands_over_the_stream(store):
    fastpix = FakeFastPix()
    updates: list[StepUpdate] = []
    release = asyncio.Event()

    async def slow_precheck_service():
        await release.wait()
        raise AssertionError("never reached")

    obs = FakeObs()
    obs.get_service = slow_precheck_service  # type: ignore[method-assign]
    task = asyncio.create_task(
        golive.create_and_configure(
            fastpix=fastpix,
            obs=obs,
            secrets=store,
            settings=StreamSettings(),
            protocol=Protocol.RTMPS,
            on_progress=updates.append,
        )
    )
    # Let the live check and the create finish, then cancel before the use case resumes.
    for _ in range(6):
        await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    done = [u for u in updates if u.step is StepId.CREATE and u.state is StepState.DONE]
    assert done and done[0].stream is not None
    assert done[0].stream.stream_key == STREAM_KEY


async def test_configure_existing_fetches_keys_a_list_row_lacks(store):
    from dataclasses import replace

    full = FakeFastPix().stream
    row = replace(full, stream_key="", srt_secret="")  # as a library row might come

    class Fetching(FakeFastPix):
        fetched: list[str] = []

        async def get_stream(self, stream_id):
            self.fetched.append(stream_id)
            return full

    fastpix = Fetching()
    obs = FakeObs()
    result = await golive.configure_existing(
        stream=row, obs=obs, secrets=store, protocol=Protocol.RTMPS, fastpix=fastpix
    )
    assert fastpix.fetched == [STREAM_ID]
    assert result.obs_configured and obs.service.settings["key"] == STREAM_KEY
    with pytest.raises(ConfigError):
        await golive.configure_existing(
            stream=row, obs=FakeObs(), secrets=store, protocol=Protocol.SRT
        )


async def test_obs_failing_its_first_check_creates_nothing(store):
    """The live check comes first, so an OBS that stopped answering leaves no unused stream."""
    fastpix = FakeFastPix()
    obs = FakeObs(fail_on={"get_stream_status": ObsDisconnectedError()})
    with pytest.raises(ObsDisconnectedError):
        await run(fastpix, obs, store)
    assert fastpix.created == []
