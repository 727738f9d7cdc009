"""The one go-live pipeline (core/golive): every request kind, the demo rule in its options, the
questions object and its fixed answers, one read of OBS per run, and the result's words."""

from __future__ import annotations

import keyring
import pytest

from fastpix_desktop.core.errors import (
    FastPixRequestError,
    ObsLiveError,
    ObsStreamStartError,
    RestorePointError,
)
from fastpix_desktop.core.fastpix.ingest import IngestHosts, ingest_target
from fastpix_desktop.core.golive import (
    Always,
    Flags,
    GoLive,
    GoLiveOptions,
    GoLiveRequest,
    Mood,
    Never,
    headline,
    obs_words,
)
from fastpix_desktop.core.golive.steps import StepId, StepState, StepUpdate
from fastpix_desktop.core.golive.words import DEMO_NEVER_STARTS, command_line_hint
from fastpix_desktop.core.models import LiveStream, ObsServiceSettings, Protocol, StreamSettings
from fastpix_desktop.core.secrets import SecretStore
from fastpix_desktop.sandbox import SandboxApi
from tests.core.failing_keyrings import RaisingOnWrite
from tests.doubles import FakeObs, sandbox_client

HOSTS = IngestHosts()
TWITCH = ObsServiceSettings("rtmp_common", {"service": "Twitch", "server": "auto", "key": "tw"})
DEMO = GoLiveOptions(allow_start=False)


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


def pipeline(fastpix, obs, store, options: GoLiveOptions | None = None) -> GoLive:
    options = options or GoLiveOptions()
    return GoLive(fastpix=fastpix, obs=obs, secrets=store, hosts=HOSTS, options=options)


async def existing(fastpix, name: str = "My channel") -> LiveStream:
    return await fastpix.create_stream(StreamSettings(name=name))


async def every_request(fastpix) -> list[GoLiveRequest]:
    channel = await existing(fastpix)
    return [
        GoLiveRequest.create(StreamSettings(name="new"), Protocol.RTMPS, start=True),
        GoLiveRequest.retry(channel, Protocol.SRT, start=True),
        GoLiveRequest.use(channel.stream_id, start=True),
        GoLiveRequest.go_live(channel.stream_id),
    ]


# ----------------------------------------------------------------- the demo rule


@pytest.mark.parametrize("kind", ["create", "retry", "use", "go_live"])
async def test_demo_options_never_start_streaming_whatever_the_request(fastpix, store, kind):
    kinds = ["create", "retry", "use", "go_live"]
    requests = dict(zip(kinds, await every_request(fastpix), strict=True))
    obs = FakeObs(service=TWITCH)
    updates: list[StepUpdate] = []
    result = await pipeline(fastpix, obs, store, DEMO).run_settled(
        requests[kind], on_progress=updates.append
    )
    assert result.obs_configured and not result.obs_started and result.obs_error is None
    assert not obs.live and "start_streaming_and_wait" not in obs.calls
    assert result.start_refused == DEMO_NEVER_STARTS
    assert StepUpdate(StepId.START, StepState.SKIPPED, DEMO_NEVER_STARTS) in updates
    assert obs_words(result).text == DEMO_NEVER_STARTS


async def test_demo_options_on_an_obs_already_pointed_there_still_do_not_start(fastpix, store):
    channel = await existing(fastpix)
    obs = FakeObs(service=ingest_target(channel, Protocol.RTMPS, HOSTS).obs_service())
    result = await pipeline(fastpix, obs, store, DEMO).run(GoLiveRequest.go_live(channel.stream_id))
    assert result.already_pointed and not obs.live and obs.services_set == []


# ----------------------------------------------------------------- one read of OBS


async def test_a_deck_go_live_reads_obs_status_and_service_once_before_the_push(fastpix, store):
    channel = await existing(fastpix)
    obs = FakeObs(service=TWITCH)
    result = await pipeline(fastpix, obs, store).run_settled(
        GoLiveRequest.go_live(channel.stream_id)
    )
    assert result.obs_started and obs.live
    before_push = obs.calls[: obs.calls.index("set_service")]
    assert before_push.count("get_stream_status") == 1, obs.calls
    assert before_push.count("get_service") == 1, obs.calls
    # After the push only the verify read and its repeat read OBS's destination (the broadcast
    # guard judges the destination just verified); its status is never read again.
    assert obs.calls.count("get_stream_status") == 1
    assert obs.calls.count("get_service") == 3, obs.calls


async def test_the_broadcast_guard_reads_obs_while_it_starts_and_its_advice_comes_back(
    fastpix, store
):
    # Reconnect off in OBS's profile: the guard advises on it, as it did before the start.
    obs = FakeObs(service=TWITCH, profile_params={("Output", "Reconnect"): "false"})
    result = await pipeline(fastpix, obs, store).run_settled(
        GoLiveRequest.create(StreamSettings(name="Friday"), Protocol.RTMPS, start=True)
    )
    assert result.obs_started and obs.live
    # StartStream is not kept waiting behind the guard's reads of OBS's profile.
    start = obs.calls.index("start_streaming_and_wait")
    assert "get_profile_parameter" not in obs.calls[:start], obs.calls
    assert "get_profile_parameter" in obs.calls[start:], obs.calls
    assert result.advice and any(item.warning for item in result.advice)


async def test_a_failed_start_still_brings_the_broadcast_guard_advice(fastpix, store):
    obs = FakeObs(
        service=TWITCH,
        profile_params={("Output", "Reconnect"): "false"},
        fail_on={"start_streaming_and_wait": ObsStreamStartError()},
    )
    result = await pipeline(fastpix, obs, store).run_settled(
        GoLiveRequest.create(StreamSettings(name="Friday"), Protocol.RTMPS, start=True)
    )
    assert isinstance(result.obs_error, ObsStreamStartError) and not obs.live
    assert result.advice


async def test_go_live_when_obs_already_points_there_only_starts(fastpix, store):
    channel = await existing(fastpix)
    obs = FakeObs(service=ingest_target(channel, Protocol.SRT, HOSTS).obs_service())
    updates: list[StepUpdate] = []
    result = await pipeline(fastpix, obs, store).run(
        GoLiveRequest.go_live(channel.stream_id), on_progress=updates.append
    )
    assert result.protocol is Protocol.SRT  # kept what OBS already uses
    assert result.already_pointed and result.obs_started and obs.services_set == []
    before_start = obs.calls[: obs.calls.index("start_streaming_and_wait")]
    assert obs.calls.count("get_stream_status") == 1
    # The one read; the broadcast guard judges what that read found.
    assert before_start.count("get_service") == 1, obs.calls
    assert StepUpdate(StepId.START, StepState.DONE) in updates
    assert headline(result).text == "Live on My channel."


async def test_go_live_while_live_on_it_changes_nothing(fastpix, store):
    channel = await existing(fastpix)
    obs = FakeObs(service=ingest_target(channel, Protocol.RTMPS, HOSTS).obs_service(), live=True)
    result = await pipeline(fastpix, obs, store).run(GoLiveRequest.go_live(channel.stream_id))
    assert result.already_live and result.obs_started
    assert "start_streaming_and_wait" not in obs.calls and obs.services_set == []
    assert headline(result).text == "OBS is already live on My channel."


async def test_go_live_on_a_disabled_stream_is_refused_before_obs_is_touched(
    fastpix, sandbox, store
):
    channel = await existing(fastpix)
    await fastpix.disable_stream(channel.stream_id)
    obs = FakeObs(service=TWITCH)
    with pytest.raises(FastPixRequestError, match="disabled"):
        await pipeline(fastpix, obs, store).run(GoLiveRequest.go_live(channel.stream_id))
    assert obs.calls == []


# ----------------------------------------------------------------- questions


async def test_a_live_obs_elsewhere_is_left_live_unless_the_answer_is_yes(fastpix, store):
    channel = await existing(fastpix)
    obs = FakeObs(service=TWITCH, live=True)
    refused = await pipeline(fastpix, obs, store).run(
        GoLiveRequest.go_live(channel.stream_id), questions=Never()
    )
    assert isinstance(refused.obs_error, ObsLiveError) and not refused.obs_configured
    assert obs.services_set == [] and obs.live
    assert headline(refused).mood is Mood.ERROR

    done = await pipeline(fastpix, obs, store).run_settled(
        GoLiveRequest.go_live(channel.stream_id), questions=Always()
    )
    assert done.obs_started and obs.service.settings["key"] == channel.stream_key
    assert "stop_streaming_and_wait" in obs.calls


async def test_a_create_on_a_live_obs_that_stays_live_creates_nothing(fastpix, sandbox, store):
    obs = FakeObs(service=TWITCH, live=True)
    with pytest.raises(ObsLiveError):
        await pipeline(fastpix, obs, store).run(
            GoLiveRequest.create(StreamSettings(), Protocol.RTMPS)
        )
    assert sandbox.streams == {} and obs.live


@pytest.mark.parametrize("flag", [False, True])
async def test_no_restore_point_is_asked_and_the_flag_answers_it(fastpix, flag):
    channel = await existing(fastpix)
    keyring.set_keyring(RaisingOnWrite())
    store = SecretStore()
    obs = FakeObs(service=TWITCH)
    try:
        result = await pipeline(fastpix, obs, store).run_settled(
            GoLiveRequest.use(channel.stream_id), questions=Flags(no_restore_point_ok=flag)
        )
    finally:
        store.close()
    if flag:
        assert result.obs_configured and result.restore_point_skipped
        assert obs.service.settings["key"] == channel.stream_key
    else:
        assert isinstance(result.obs_error, RestorePointError) and obs.services_set == []
        assert "--no-restore-point" in command_line_hint(result)


# ----------------------------------------------------------------- results and words


async def test_a_created_stream_comes_back_next_to_a_failed_start(fastpix, sandbox, store):
    obs = FakeObs(service=TWITCH, fail_on={"start_streaming_and_wait": ObsStreamStartError()})
    result = await pipeline(fastpix, obs, store).run_settled(
        GoLiveRequest.create(StreamSettings(name="Friday"), Protocol.RTMPS, start=True)
    )
    assert result.created and result.stream.stream_id in sandbox.streams
    assert result.obs_configured and isinstance(result.obs_error, ObsStreamStartError)
    assert headline(result).text == (
        "Stream created and OBS configured, but OBS could not start streaming."
    )
    words = obs_words(result)
    assert words.mood is Mood.WARNING and "could not start streaming" in words.text


async def test_a_create_without_obs_creates_and_says_obs_was_not_connected(fastpix, store):
    result = await pipeline(fastpix, None, store).run(
        GoLiveRequest.create(StreamSettings(), Protocol.RTMPS, start=True)
    )
    assert result.created and not result.obs_configured and result.obs_error is None
    assert headline(result).text == "Stream created."
    assert "was not connected" in obs_words(result).text


async def test_retry_uses_the_stream_on_screen_without_fetching_it(fastpix, sandbox, store):
    channel = await existing(fastpix)
    await fastpix.delete_stream(channel.stream_id)  # a fetch would now fail with 404
    obs = FakeObs(service=TWITCH)
    result = await pipeline(fastpix, obs, store).run_settled(
        GoLiveRequest.retry(channel, Protocol.RTMPS)
    )
    assert result.obs_configured and obs.service.settings["key"] == channel.stream_key
