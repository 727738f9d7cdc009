"""The restore model: the streamer's own OBS destination survives app pushes, other ingest hosts,
hand-set keys, profile switches and broken keyrings (issue 10 item 7, issue 15 items 1 and 6)."""

from __future__ import annotations

import json

import keyring
import pytest

from fastpix_desktop.core import secrets as names
from fastpix_desktop.core.errors import ObsLiveError, ObsVerifyError, RestorePointError
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.golive import use_cases as golive
from fastpix_desktop.core.golive.use_cases import StepId, StepState, StepUpdate
from fastpix_desktop.core.models import ObsServiceSettings, Protocol, StreamSettings
from fastpix_desktop.core.restore import point as restore_point
from fastpix_desktop.core.restore.point import RestoreOutcome
from fastpix_desktop.core.secrets import SecretStore
from tests.core.failing_keyrings import (
    HangingKeyring,
    LockedKeyring,
    RaisingOnRead,
    RaisingOnWrite,
)
from tests.doubles import STREAM_KEY, FakeFastPix, FakeObs, make_stream
from tests.doubles.obs import OBS30_TWITCH_FIELDS

TWITCH = ObsServiceSettings(
    "rtmp_common", {"service": "Twitch", "server": "auto", "key": "live_twitch_own_key"}
)
YOUTUBE = ObsServiceSettings(
    "rtmp_common",
    {"service": "YouTube - RTMPS", "server": "rtmps://a.rtmps.youtube.com:443/live2", "key": "yt"},
)
OTHER_HOSTS = IngestHosts(
    rtmps_server="rtmps://eu.live.fastpix.example:443/live", srt_server="srt://eu.example:778"
)


@pytest.fixture
async def store():
    s = SecretStore()
    yield s
    s.close()


async def create(obs, store, *, hosts=None, protocol=Protocol.RTMPS, stream=None, **kwargs):
    fastpix = FakeFastPix(stream=stream or make_stream())
    return await golive.create_and_configure(
        fastpix=fastpix,
        obs=obs,
        secrets=store,
        settings=StreamSettings(),
        protocol=protocol,
        hosts=hosts or IngestHosts(),
        **kwargs,
    )


def hand_set_fastpix_key(obs: FakeObs, key: str = "0" * 32 + "k" + "9" * 32) -> None:
    """The streamer pastes a FastPix key from the dashboard into OBS by hand."""
    obs.service = ObsServiceSettings(
        "rtmp_custom", {"server": IngestHosts().rtmps_server, "key": key}
    )


async def test_several_pushes_on_different_hosts_still_restore_the_streamers_own(store):
    """Issue 10: runs with other ingest hosts made Restore bring back an old FastPix push."""
    obs = FakeObs(service=TWITCH)
    await create(obs, store)
    await create(obs, store, hosts=OTHER_HOSTS, stream=make_stream(stream_key="k2"))
    await create(obs, store, protocol=Protocol.SRT)
    result = await restore_point.restore(obs=obs, secrets=store)
    assert result.outcome is RestoreOutcome.RESTORED
    assert obs.service == TWITCH
    assert "Twitch" in result.message and "live_twitch_own_key" not in result.message


async def test_after_a_restore_there_is_truly_nothing_to_restore(store):
    obs = FakeObs(service=TWITCH)
    await create(obs, store)
    assert (await restore_point.restore_status(obs=obs, secrets=store)).available
    await restore_point.restore(obs=obs, secrets=store)
    status = await restore_point.restore_status(obs=obs, secrets=store)
    assert not status.available
    again = await restore_point.restore(obs=obs, secrets=store)
    assert again.outcome is RestoreOutcome.NOTHING_TO_RESTORE
    assert "has not changed OBS" not in again.message  # the old, false wording
    assert "nothing to restore" in again.message and "Untitled" in again.message
    assert obs.service == TWITCH


async def test_nothing_to_restore_before_any_push(store):
    obs = FakeObs(service=TWITCH)
    status = await restore_point.restore_status(obs=obs, secrets=store)
    assert not status.available and "nothing to restore" in status.message
    result = await restore_point.restore(obs=obs, secrets=store)
    assert result.outcome is RestoreOutcome.NOTHING_TO_RESTORE
    assert obs.services_set == []


async def test_a_destination_set_by_hand_after_the_push_is_not_overwritten_silently(store):
    obs = FakeObs(service=TWITCH)
    await create(obs, store)
    hand_set_fastpix_key(obs)
    hand_set = obs.service
    asked = await restore_point.restore(obs=obs, secrets=store)
    assert asked.outcome is RestoreOutcome.NEEDS_CONFIRMATION
    assert obs.service == hand_set  # untouched until the streamer says so
    assert asked.current == hand_set and asked.restored == TWITCH
    assert "0" * 32 not in asked.message  # type and server only
    forced = await restore_point.restore(obs=obs, secrets=store, force=True)
    assert forced.outcome is RestoreOutcome.RESTORED
    assert obs.service == TWITCH


async def test_a_hand_set_fastpix_key_never_replaces_the_streamers_own(store):
    obs = FakeObs(service=TWITCH)
    await create(obs, store)
    hand_set_fastpix_key(obs)
    await create(obs, store, stream=make_stream(stream_key="another-app-key"))
    await restore_point.restore(obs=obs, secrets=store)
    assert obs.service == TWITCH


async def test_a_hand_set_destination_elsewhere_becomes_the_streamers_own(store):
    """The last destination the app did not set is the way back: here YouTube, set after."""
    obs = FakeObs(service=TWITCH)
    await create(obs, store)
    obs.service = YOUTUBE
    await create(obs, store)
    await restore_point.restore(obs=obs, secrets=store)
    assert obs.service == YOUTUBE


async def test_a_fastpix_key_set_by_hand_before_the_app_is_kept(store):
    obs = FakeObs()
    hand_set_fastpix_key(obs)
    own = obs.service
    await create(obs, store)
    await restore_point.restore(obs=obs, secrets=store)
    assert obs.service == own


async def test_each_obs_profile_keeps_its_own_destination(store):
    profiles = {"Main": TWITCH, "Backup": YOUTUBE}
    obs = FakeObs(service=TWITCH, profile="Main")

    def switch(name: str) -> None:  # OBS swaps the destination with the profile
        profiles[obs.profile] = obs.service
        obs.profile, obs.service = name, profiles[name]

    await create(obs, store)
    switch("Backup")
    await create(obs, store, protocol=Protocol.SRT)
    switch("Main")
    status = await restore_point.restore_status(obs=obs, secrets=store)
    assert status.available and "Twitch" in status.message
    await restore_point.restore(obs=obs, secrets=store)
    assert obs.service == TWITCH
    switch("Backup")
    await restore_point.restore(obs=obs, secrets=store)
    assert obs.service == YOUTUBE


async def test_restore_when_obs_already_has_its_own_destination_changes_nothing(store):
    obs = FakeObs(service=TWITCH)
    await create(obs, store)
    obs.service = TWITCH  # the streamer put it back by hand
    obs.services_set.clear()
    result = await restore_point.restore(obs=obs, secrets=store)
    assert result.outcome is RestoreOutcome.ALREADY_THERE
    assert obs.services_set == []


async def test_restore_while_live_changes_nothing(store):
    obs = FakeObs(service=TWITCH)
    await create(obs, store)
    obs.live = True
    with pytest.raises(ObsLiveError):
        await restore_point.restore(obs=obs, secrets=store)
    assert (await restore_point.load(store, obs.profile)).own == TWITCH


async def test_a_snapshot_from_the_single_slot_era_is_adopted(store, memory_keyring):
    legacy = json.dumps(TWITCH.to_dict())
    memory_keyring.passwords[(names.SERVICE, names.OBS_SNAPSHOT)] = legacy
    obs = FakeObs()
    hand_set_fastpix_key(obs)  # what an older version of the app pushed
    await create(obs, store)  # so the legacy snapshot stays the way back
    await restore_point.restore(obs=obs, secrets=store)
    assert obs.service == TWITCH
    assert (names.SERVICE, names.OBS_SNAPSHOT) not in memory_keyring.passwords


async def test_the_keyring_entry_holds_no_key_of_the_apps_pushes(store, memory_keyring):
    obs = FakeObs(service=TWITCH)
    await create(obs, store)
    stored = memory_keyring.passwords[(names.SERVICE, restore_point.entry_name("Untitled"))]
    assert STREAM_KEY not in stored  # only a fingerprint of what the app pushed
    assert len(stored) < names.MAX_SECRET_CHARS


# ----------------------------------------------------------------- broken keyrings


FAILING = {
    "locked": (LockedKeyring, "locked"),
    "raising on read": (RaisingOnRead, "reading the keyring failed"),
    "raising on write": (RaisingOnWrite, "writing to the keyring failed"),
    "hanging": (HangingKeyring, "did not answer in time"),
}


@pytest.fixture(params=list(FAILING))
def broken_keyring(request):
    backend_class, words = FAILING[request.param]
    backend = backend_class()
    keyring.set_keyring(backend)
    yield words
    if isinstance(backend, HangingKeyring):
        backend.release.set()


async def test_obs_is_not_changed_when_its_destination_cannot_be_saved(broken_keyring):
    store = SecretStore(timeout=0.3)
    obs = FakeObs(service=TWITCH)
    updates: list[StepUpdate] = []
    try:
        result = await create(obs, store, on_progress=updates.append)
    finally:
        store.close()
    assert isinstance(result.obs_error, RestorePointError)
    assert broken_keyring in str(result.obs_error)
    assert str(result.obs_error).startswith("OBS's current destination cannot be saved because")
    assert obs.services_set == [] and obs.service == TWITCH  # OBS untouched
    assert result.stream.stream_key == STREAM_KEY  # the created stream is reported
    states = {u.step: u.state for u in updates}
    assert states[StepId.SNAPSHOT] is StepState.FAILED
    assert states[StepId.PUSH] is StepState.SKIPPED


async def test_no_keyring_at_all_refuses_too(no_keyring):
    store = SecretStore()
    obs = FakeObs(service=TWITCH)
    try:
        await store.probe()
        result = await create(obs, store)
    finally:
        store.close()
    assert isinstance(result.obs_error, RestorePointError)
    assert "no system keyring" in result.obs_error.reason
    assert obs.services_set == []


async def test_the_streamer_can_choose_to_change_obs_anyway(broken_keyring):
    store = SecretStore(timeout=0.3)
    obs = FakeObs(service=TWITCH)
    questions: list[RestorePointError] = []

    async def change_anyway(error: RestorePointError) -> bool:
        questions.append(error)
        return True

    try:
        result = await create(obs, store, confirm_no_restore_point=change_anyway)
    finally:
        store.close()
    assert len(questions) == 1 and broken_keyring in questions[0].reason
    assert result.obs_configured and obs.service.settings["key"] == STREAM_KEY
    assert result.restore_point_skipped == questions[0].reason


async def test_declining_the_question_keeps_obs_as_it_was(broken_keyring):
    store = SecretStore(timeout=0.3)
    obs = FakeObs(service=TWITCH)

    async def no(_error: RestorePointError) -> bool:
        return False

    try:
        result = await create(obs, store, confirm_no_restore_point=no)
    finally:
        store.close()
    assert isinstance(result.obs_error, RestorePointError)
    assert obs.services_set == []


async def test_restore_with_an_unreadable_keyring_does_not_claim_nothing_was_saved(store):
    obs = FakeObs(service=TWITCH)
    await create(obs, store)
    store.close()
    keyring.set_keyring(RaisingOnRead())
    fresh = SecretStore()  # a new run: nothing read into memory yet
    try:
        with pytest.raises(RestorePointError) as info:
            await restore_point.restore(obs=obs, secrets=fresh)
    finally:
        fresh.close()
    assert "cannot be read" in str(info.value)
    assert obs.service.settings["key"] == STREAM_KEY  # OBS untouched


def test_describe_never_shows_a_key_or_a_path():
    srt = ObsServiceSettings(
        "rtmp_custom", {"server": "srt://h.example:778?streamid=abc&passphrase=secret"}
    )
    assert restore_point.describe_destination(srt) == "rtmp_custom, srt://h.example:778"
    broken = ObsServiceSettings("rtmp_custom", {"server": "rtmp://h:99999/app/key"})
    assert restore_point.describe_destination(broken) == "rtmp_custom"


def test_the_question_the_window_asks():
    error = RestorePointError("the system keyring is locked")
    assert error.question() == (
        "OBS's current destination cannot be saved because the system keyring is locked; "
        "change OBS anyway?"
    )


async def test_a_large_own_destination_pushes_out_the_older_fingerprints(store):
    big = ObsServiceSettings("rtmp_custom", {"server": "rtmp://h.example/app", "key": "b" * 1100})
    obs = FakeObs(service=big)
    for n in range(5):  # several pushes: their fingerprints pile up next to the own destination
        result = await create(obs, store, stream=make_stream(stream_key=f"app-key-{n}"))
        assert result.obs_configured, result.obs_error
    await restore_point.restore(obs=obs, secrets=store)
    assert obs.service == big


async def test_the_apps_push_is_recognised_even_when_obs_drops_empty_fields(store):
    """OBS may not write back an empty password or use_auth=false (e.g. after a restart)."""
    obs = FakeObs(service=TWITCH)
    await create(obs, store)
    obs.service = ObsServiceSettings(
        "rtmp_custom", {"server": IngestHosts().rtmps_server, "key": STREAM_KEY}
    )
    result = await restore_point.restore(obs=obs, secrets=store)
    assert result.outcome is RestoreOutcome.RESTORED  # not mistaken for a hand-set destination
    assert obs.service == TWITCH


async def test_a_snapshot_from_an_older_obs_restores_into_one_that_adds_fields(store):
    """Issue 22: after OBS 29 -> 30+, OBS adds multitrack_video_*, protocol and stream_key_link
    to the restored Twitch destination; that is still the streamer's own destination."""
    obs = FakeObs(service=TWITCH)
    await create(obs, store)  # the snapshot holds the OBS 29 fields only
    obs.adds_fields = dict(OBS30_TWITCH_FIELDS)  # OBS was upgraded since
    result = await restore_point.restore(obs=obs, secrets=store)
    assert result.outcome is RestoreOutcome.RESTORED
    assert restore_point.same_destination(obs.service, TWITCH)
    assert obs.service.settings["protocol"] == "RTMP"  # OBS's own fields are kept
    assert not (await restore_point.restore_status(obs=obs, secrets=store)).available


async def test_a_restore_that_obs_changed_in_a_defining_field_still_fails(store):
    obs = FakeObs(service=TWITCH)
    await create(obs, store)
    obs.drop_keys = ("key",)
    with pytest.raises(ObsVerifyError) as caught:
        await restore_point.restore(obs=obs, secrets=store)
    assert "key" in str(caught.value) and "live_twitch_own_key" not in str(caught.value)


def test_only_the_defining_fields_are_judged():
    wanted = TWITCH
    added = ObsServiceSettings(
        "rtmp_common", {**TWITCH.settings, **OBS30_TWITCH_FIELDS, "bwtest": False}
    )
    assert restore_point.differing_fields(wanted, added) == []
    other_service = ObsServiceSettings("rtmp_common", {**TWITCH.settings, "service": "YouTube"})
    assert restore_point.differing_fields(wanted, other_service) == ["service"]
    custom = ObsServiceSettings("rtmp_custom", dict(TWITCH.settings))
    assert restore_point.differing_fields(wanted, custom) == ["type"]
    no_auth = ObsServiceSettings("rtmp_custom", {"server": "rtmp://h/app", "key": "k"})
    empty_auth = ObsServiceSettings(
        "rtmp_custom", {**no_auth.settings, "use_auth": False, "password": ""}
    )
    assert restore_point.differing_fields(no_auth, empty_auth) == []
