"""Reusing a stream and recognising what OBS points at, against the sandbox (a real FastPixClient
over its MockTransport) and the OBS stand-in (issue 10 items 3 and 4)."""

from __future__ import annotations

import json

import keyring
import pytest

from fastpix_desktop.core.destination import recognise
from fastpix_desktop.core.errors import (
    ConfigError,
    FastPixNotFoundError,
    ObsLiveError,
    RestorePointError,
)
from fastpix_desktop.core.fastpix.ingest import IngestHosts, ingest_target
from fastpix_desktop.core.golive import use_cases as golive
from fastpix_desktop.core.golive import use_stream
from fastpix_desktop.core.library import my_channel
from fastpix_desktop.core.models import (
    LiveStream,
    ObsServiceSettings,
    Protocol,
    StreamPage,
    StreamSettings,
)
from fastpix_desktop.core.restore import point as restore_point
from fastpix_desktop.core.secrets import SecretStore
from fastpix_desktop.sandbox import SandboxApi
from tests.core.failing_keyrings import RaisingOnWrite
from tests.doubles import FakeObs, sandbox_client

HOSTS = IngestHosts()
TWITCH = ObsServiceSettings("rtmp_common", {"service": "Twitch", "server": "auto", "key": "tw"})


@pytest.fixture
def sandbox() -> SandboxApi:
    return SandboxApi()


@pytest.fixture
async def fastpix(sandbox):
    client = sandbox_client(sandbox.mock_transport())
    yield client
    await client.aclose()


@pytest.fixture
async def store():
    s = SecretStore()
    yield s
    s.close()


async def existing(fastpix, name: str = "My channel") -> LiveStream:
    return await fastpix.create_stream(StreamSettings(name=name))


# ----------------------------------------------------------------- recognise


@pytest.mark.parametrize("protocol", [Protocol.RTMPS, Protocol.SRT])
async def test_obs_pointing_at_a_stream_is_recognised(fastpix, protocol):
    await existing(fastpix, "other")
    stream = await existing(fastpix)
    obs = FakeObs(service=ingest_target(stream, protocol, HOSTS).obs_service())
    found = await recognise.recognise(obs=obs, fastpix=fastpix, hosts=HOSTS)
    assert found.is_fastpix and found.stream is not None
    assert found.stream.stream_id == stream.stream_id and found.stream.name == "My channel"
    assert found.ingest is not None and found.ingest.protocol is protocol
    assert stream.stream_key not in repr(found.ingest) + found.description
    assert found.note == ""


async def test_the_one_line_srt_form_is_recognised_too(fastpix):
    stream = await existing(fastpix)
    url = ingest_target(stream, Protocol.SRT, HOSTS).one_line_url()
    obs = FakeObs(service=ObsServiceSettings("rtmp_custom", {"server": url, "key": ""}))
    found = await recognise.recognise(obs=obs, fastpix=fastpix, hosts=HOSTS)
    assert found.stream is not None and found.stream.stream_id == stream.stream_id
    assert found.note == ""


async def test_a_wrong_srt_passphrase_is_named(fastpix):
    stream = await existing(fastpix)
    service = ingest_target(stream, Protocol.SRT, HOSTS).obs_service()
    obs = FakeObs(service=ObsServiceSettings("rtmp_custom", {**service.settings, "password": "x"}))
    found = await recognise.recognise(obs=obs, fastpix=fastpix, hosts=HOSTS)
    assert found.stream is not None and "passphrase" in found.note


async def test_other_destinations_and_unknown_keys_are_not_streams(fastpix):
    found = await recognise.recognise(obs=FakeObs(service=TWITCH), fastpix=fastpix, hosts=HOSTS)
    assert not found.is_fastpix and found.description == "rtmp_common, Twitch"
    unknown = ObsServiceSettings(
        "rtmp_custom", {"server": HOSTS.rtmps_server, "key": "0" * 32 + "k" + "1" * 32}
    )
    found = await recognise.recognise(obs=FakeObs(service=unknown), fastpix=fastpix, hosts=HOSTS)
    assert found.is_fastpix and found.stream is None and "not a stream" in found.note


async def test_a_key_of_another_shape_is_found_in_the_library():
    odd = LiveStream(stream_id="a" * 32, stream_key="custom-key-format")

    class OnePage:
        asked: list[int] = []

        async def get_stream(self, stream_id):  # never called: no stream ID in this key
            raise AssertionError(stream_id)

        async def list_streams(self, *, limit, offset, order_by="desc"):
            self.asked.append(offset)
            streams = (LiveStream(stream_id="b" * 32, stream_key="x"),) if offset == 1 else (odd,)
            return StreamPage(streams, 2, offset, 2)

    ingest = recognise.FastPixIngest(Protocol.RTMPS, HOSTS.rtmps_server, "custom-key-format")
    fastpix = OnePage()
    assert await recognise.find_stream(ingest, fastpix) == odd  # type: ignore[arg-type]
    assert fastpix.asked == [1, 2]


# ----------------------------------------------------------------- use this stream


async def test_use_this_stream_points_obs_at_it_with_its_keys_and_creates_nothing(
    fastpix, sandbox, store
):
    stream = await existing(fastpix)
    obs = FakeObs(service=TWITCH)
    result = await use_stream.use_stream(
        fastpix=fastpix, obs=obs, secrets=store, stream_id=stream.stream_id, hosts=HOSTS
    )
    assert result.obs_configured and result.obs_error is None
    assert obs.service.settings["key"] == sandbox.streams[stream.stream_id].stream_key
    assert len(sandbox.streams) == 1
    assert (await restore_point.load(store, obs.profile)).own == TWITCH


async def test_use_this_stream_honours_the_restore_rule(fastpix):
    stream = await existing(fastpix)
    keyring.set_keyring(RaisingOnWrite())
    store = SecretStore()
    obs = FakeObs(service=TWITCH)
    try:
        result = await use_stream.use_stream(
            fastpix=fastpix, obs=obs, secrets=store, stream_id=stream.stream_id, hosts=HOSTS
        )
    finally:
        store.close()
    assert isinstance(result.obs_error, RestorePointError)
    assert obs.services_set == []


async def test_use_a_deleted_stream_says_so_and_leaves_obs_alone(fastpix, store):
    obs = FakeObs(service=TWITCH)
    with pytest.raises(FastPixNotFoundError):
        await use_stream.use_stream(
            fastpix=fastpix, obs=obs, secrets=store, stream_id="f" * 32, hosts=HOSTS
        )
    assert obs.services_set == []


async def test_use_while_obs_is_live_elsewhere_is_refused_without_a_prompt(fastpix, store):
    stream = await existing(fastpix)
    obs = FakeObs(service=TWITCH, live=True)
    result = await use_stream.use_stream(
        fastpix=fastpix, obs=obs, secrets=store, stream_id=stream.stream_id, hosts=HOSTS
    )
    assert isinstance(result.obs_error, ObsLiveError)
    assert obs.services_set == [] and obs.live


async def test_go_live_on_my_channel_when_obs_already_points_at_it_only_starts(fastpix):
    """No push, so not even a keyring is needed; the protocol OBS uses is kept."""
    stream = await existing(fastpix)
    obs = FakeObs(service=ingest_target(stream, Protocol.SRT, HOSTS).obs_service())
    keyring.set_keyring(RaisingOnWrite())
    store = SecretStore()
    try:
        result = await use_stream.go_live_on_channel(
            fastpix=fastpix, obs=obs, secrets=store, stream_id=stream.stream_id, hosts=HOSTS
        )
    finally:
        store.close()
    assert result.obs_started and result.target.protocol is Protocol.SRT
    assert obs.services_set == [] and obs.live


async def test_go_live_on_my_channel_when_obs_is_already_live_on_it(fastpix, store):
    stream = await existing(fastpix)
    obs = FakeObs(service=ingest_target(stream, Protocol.RTMPS, HOSTS).obs_service(), live=True)
    result = await use_stream.go_live_on_channel(
        fastpix=fastpix, obs=obs, secrets=store, stream_id=stream.stream_id, hosts=HOSTS
    )
    assert result.obs_started and "start_streaming_and_wait" not in obs.calls


async def test_go_live_on_my_channel_when_obs_points_elsewhere(fastpix, store):
    stream = await existing(fastpix)
    obs = FakeObs(service=TWITCH)
    updates: list[golive.StepUpdate] = []
    result = await use_stream.go_live_on_channel(
        fastpix=fastpix,
        obs=obs,
        secrets=store,
        stream_id=stream.stream_id,
        hosts=HOSTS,
        on_progress=updates.append,
    )
    assert result.obs_configured and result.obs_started
    assert result.target.protocol is Protocol.RTMPS
    assert golive.StepId.CREATE not in {u.step for u in updates}


# ----------------------------------------------------------------- my channel


def test_my_channel_is_only_a_stream_id_in_a_small_file(tmp_path):
    assert my_channel.load(tmp_path) is None
    path = my_channel.save("c" * 32, tmp_path)
    assert json.loads(path.read_text()) == {"streamId": "c" * 32}
    assert my_channel.load(tmp_path) == "c" * 32
    my_channel.clear(tmp_path)
    assert my_channel.load(tmp_path) is None


def test_a_damaged_my_channel_file_is_ignored(tmp_path):
    my_channel.path(tmp_path).write_text('{"streamId": "../../etc"}')
    assert my_channel.load(tmp_path) is None
    my_channel.path(tmp_path).write_text("not json")
    assert my_channel.load(tmp_path) is None
    with pytest.raises(ConfigError):
        my_channel.save("not-an-id", tmp_path)


# ----------------------------------------------------------------- the window's OBS picture


async def test_obs_picture_names_the_stream_and_whether_restore_can_do_anything(fastpix, store):
    from fastpix_desktop.core.destination import picture as obs_picture

    stream = await existing(fastpix)
    obs = FakeObs(service=TWITCH)
    before = await obs_picture.read_obs_picture(obs=obs, fastpix=fastpix, secrets=store)
    assert before.stream is None and not before.can_restore
    await use_stream.use_stream(
        fastpix=fastpix, obs=obs, secrets=store, stream_id=stream.stream_id, hosts=HOSTS
    )
    after = await obs_picture.read_obs_picture(obs=obs, fastpix=fastpix, secrets=store)
    assert after.stream is not None and after.stream.stream_id == stream.stream_id
    assert after.can_restore and "Twitch" in after.restore.message


async def test_obs_picture_survives_a_broken_keyring_and_is_refreshed_on_obs_events(fastpix):
    from fastpix_desktop.core.destination import picture as obs_picture
    from fastpix_desktop.core.obs import ConnectionChanged, ProfileChanged, StreamStateChanged
    from tests.core.failing_keyrings import RaisingOnRead

    keyring.set_keyring(RaisingOnRead())
    store = SecretStore()
    obs = FakeObs(service=TWITCH)
    try:
        picture = await obs_picture.read_obs_picture(obs=obs, fastpix=fastpix, secrets=store)
    finally:
        store.close()
    assert not picture.can_restore and picture.restore_error is not None
    assert picture.destination.description == "rtmp_common, Twitch"

    calls: list[int] = []
    unsubscribe = obs_picture.refresh_on_obs_changes(obs, lambda: calls.append(1))
    obs.emit(ConnectionChanged(True))
    obs.emit(ProfileChanged("Second"))
    obs.emit(StreamStateChanged(True, "started"))
    obs.emit(ConnectionChanged(False))
    unsubscribe()
    obs.emit(ProfileChanged("Third"))
    assert calls == [1, 1]


@pytest.mark.parametrize(
    "settings",
    [
        {},
        {"server": None, "key": None},
        {"server": 5, "key": ["x"]},
        {"server": HOSTS.rtmps_server},  # no key
        {"server": HOSTS.srt_server + "?streamid=&passphrase="},
        {"server": HOSTS.srt_server + "?%zz=%%", "key": "k", "use_auth": "yes", "password": 7},
        {"server": "srt://[::1?streamid=x"},
        {"server": "rtmp://h:99999/app", "key": "k"},
    ],
)
def test_odd_obs_settings_never_crash_recognition(settings):
    service = ObsServiceSettings("rtmp_custom", settings)
    ingest = recognise.fastpix_ingest_of(service, HOSTS)
    assert ingest is None or ingest.key
    assert isinstance(restore_point.describe_destination(service), str)


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "null",
        "[]",
        "{",
        '{"own": 5}',
        '{"own": {"settings": {}}}',
        '{"pushed": 7}',
        '{"own": {"type": "rtmp_custom", "settings": [1, 2]}}',
    ],
)
async def test_a_damaged_restore_point_is_ignored_not_fatal(raw, store, memory_keyring):
    from fastpix_desktop.core import secrets as names

    memory_keyring.passwords[(names.SERVICE, restore_point.entry_name("Untitled"))] = raw
    point = await restore_point.load(store, "Untitled")
    assert point.own is None or point.own.service_type
