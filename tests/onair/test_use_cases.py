"""Go live, end, status and the monitor over a fake OBS and the real sandbox (in-process)."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from fastpix_desktop.cli.live_replies import LiveCommands
from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.fastpix.ingest import IngestHosts, ingest_target
from fastpix_desktop.core.models import ObsServiceSettings, Protocol
from fastpix_desktop.core.obs import StreamStateChanged
from fastpix_desktop.core.obs.events import OUTPUT_RECONNECTING
from fastpix_desktop.core.obs.output_state import OutputState
from fastpix_desktop.core.onair.monitor import OnAirMonitor
from fastpix_desktop.core.onair.notify import NotificationKind, RecordingNotifier
from fastpix_desktop.core.onair.reconnect_advice import ObsReconnectSettings, advise
from fastpix_desktop.core.onair.remote import RemoteRequest
from fastpix_desktop.core.onair.watchdog import Verdict
from fastpix_desktop.core.secrets import SecretStore
from fastpix_desktop.sandbox import SandboxApi
from tests.doubles import sandbox_client

from .fakes import FakeClock, OnAirObs

HOSTS = IngestHosts()


@pytest.fixture
def api() -> SandboxApi:
    return SandboxApi(seed=7)


@pytest.fixture
async def fastpix(api: SandboxApi) -> AsyncIterator[FastPixClient]:
    client = sandbox_client(api.mock_transport())
    yield client
    await client.aclose()


@pytest.fixture
async def store() -> AsyncIterator[SecretStore]:
    s = SecretStore()
    yield s
    s.close()


def commands(obs, fastpix, store, **kw) -> LiveCommands:
    return LiveCommands(obs=obs, fastpix=fastpix, secrets=store, hosts=HOSTS, **kw)


async def test_go_live_configures_obs_then_starts_and_reports_it(api, fastpix, store) -> None:
    stream_id = api.state.create_stream().stream_id
    obs = OnAirObs()
    reply = await commands(obs, fastpix, store).handle(
        RemoteRequest("go-live", {"streamId": stream_id})
    )
    assert reply.exit_code == 0, reply.text
    assert reply.json["obs"] == {
        "configured": True,
        "started": True,
        "alreadyLive": False,
        "error": None,
    }
    assert obs.live
    assert obs.service.settings["server"] == HOSTS.rtmps_server
    # A second go-live while live on it changes nothing.
    again = await commands(obs, fastpix, store).go_live(stream_id, None)
    assert again.json["obs"]["alreadyLive"] and len(obs.services_set) == 1


async def test_go_live_on_my_channel_skips_the_push_when_obs_already_points_there(
    api, fastpix, store
) -> None:
    record = api.state.create_stream()
    stream = await fastpix.get_stream(record.stream_id)
    obs = OnAirObs(service=ingest_target(stream, Protocol.SRT, HOSTS).obs_service())
    reply = await commands(obs, fastpix, store, channel=lambda: record.stream_id).go_live(
        None, None
    )
    assert reply.exit_code == 0, reply.text
    assert reply.json["protocol"] == "srt"  # kept what OBS already uses
    assert obs.services_set == [] and obs.live


async def test_go_live_without_an_id_or_a_channel_says_what_to_do(fastpix, store) -> None:
    reply = await commands(OnAirObs(), fastpix, store, channel=lambda: None).go_live(None, None)
    assert reply.exit_code == 3
    assert "STREAM_ID" in reply.json["error"]["message"]


async def test_a_failed_start_says_obs_is_configured_and_exits_8(api, fastpix, store) -> None:
    from fastpix_desktop.core.errors import ObsStreamStartError

    stream_id = api.state.create_stream().stream_id
    obs = OnAirObs(fail_on={"start_streaming_and_wait": ObsStreamStartError()})
    reply = await commands(obs, fastpix, store).go_live(stream_id, None)
    assert reply.exit_code == 8
    assert reply.json["obs"]["configured"] is True and reply.json["obs"]["started"] is False
    assert "configured" in reply.text and "could not start" in reply.text


async def test_demo_mode_never_starts_streaming(api, fastpix, store) -> None:
    stream_id = api.state.create_stream().stream_id
    obs = OnAirObs()
    reply = await commands(obs, fastpix, store, allow_start=False).go_live(stream_id, None)
    assert reply.exit_code == 0
    assert not obs.live and "start_streaming_and_wait" not in obs.calls
    assert "Demo mode never starts streaming" in reply.json["note"]


async def test_demo_guard_in_create_and_configure_too(fastpix, store) -> None:
    from fastpix_desktop.core.golive import use_cases as golive
    from fastpix_desktop.core.models import StreamSettings

    obs = OnAirObs()
    result = await golive.create_and_configure(
        fastpix=fastpix,
        obs=obs,
        secrets=store,
        settings=StreamSettings(),
        protocol=Protocol.RTMPS,
        start=True,  # e.g. "Start streaming when ready" remembered from a real session
        allow_start=False,
    )
    assert result.obs_configured and not result.obs_started
    assert "start_streaming_and_wait" not in obs.calls


async def test_go_live_warns_when_obs_gives_up_before_the_reconnect_window(
    api, fastpix, store
) -> None:
    stream_id = api.state.create_stream().stream_id
    obs = OnAirObs(profile_params={("Output", "MaxRetries"): "2", ("Output", "RetryDelay"): "2"})
    reply = await commands(obs, fastpix, store).go_live(stream_id, None)
    # The broadcast guard: OBS's last try (2 s, then 5 s) starts long before FastPix's 60 s end.
    assert any("a drop longer than 5 s ends the broadcast" in w for w in reply.json["warnings"])
    assert "check --fix reconnect" in reply.text


def test_reconnect_advice_for_off_too_slow_and_endless_retries() -> None:
    assert advise(ObsReconnectSettings(enabled=False), 60)[0].warning
    slow = advise(ObsReconnectSettings(retry_delay_s=90, max_retries=5), 60)
    assert slow[0].warning and "longer than" in slow[0].message
    default = advise(ObsReconnectSettings(), 60)
    assert default and not default[0].warning and "past this stream's" in default[0].message
    early = advise(ObsReconnectSettings(retry_delay_s=10, max_retries=3), 60)  # 10, 25, 47.5 s
    assert early[0].warning and "gives up reconnecting after about 48 s" in early[0].message
    assert advise(ObsReconnectSettings(retry_delay_s=10, max_retries=4), 60) == []


async def test_end_stops_obs_then_finishes_the_active_stream(api, fastpix, store) -> None:
    stream_id = api.state.create_stream().stream_id
    obs = OnAirObs()
    await commands(obs, fastpix, store).go_live(stream_id, None)
    api.set_status(stream_id, "active")
    reply = await commands(obs, fastpix, store).handle(RemoteRequest("end"))
    assert reply.exit_code == 0, reply.text
    assert reply.json["finished"] is True and reply.json["status"] == "idle"
    assert not obs.live and api.streams[stream_id].status == "idle"


async def test_end_when_fastpix_never_got_video_says_so(api, fastpix, store) -> None:
    stream_id = api.state.create_stream().stream_id
    obs = OnAirObs()
    await commands(obs, fastpix, store).go_live(stream_id, None)
    reply = await commands(obs, fastpix, store).end()
    assert reply.exit_code == 0 and reply.json["finished"] is False
    assert "nothing to finish" in reply.json["note"]


async def test_status_json_has_the_library_shape_plus_state_and_verdict(
    api, fastpix, store
) -> None:
    record = api.state.create_stream()
    obs = OnAirObs()
    await commands(obs, fastpix, store).go_live(record.stream_id, None)
    obs.live, obs.reconnecting = False, True
    reply = await commands(obs, fastpix, store).status()
    data = reply.json
    assert data["obs"] == {
        "connected": True,
        "live": False,
        "reconnecting": True,
        "protocol": "rtmps",
        "server": HOSTS.rtmps_server,
        "outputState": "reconnecting",
        "error": None,
        "version": "29.0.2",  # GetVersion's, as `check` reports them too
        "websocketVersion": "5.1.0",
    }
    assert data["stream"] == {"streamId": record.stream_id, "name": "", "status": "idle"}
    assert data["watchdog"]["verdict"] == "reconnecting"
    assert record.stream_key not in str(data)


async def test_status_with_obs_down_still_answers(fastpix, store) -> None:
    from fastpix_desktop.core.errors import ObsNotRunningError

    reply = await commands(None, fastpix, store, obs_error=ObsNotRunningError("gone")).status()
    assert reply.exit_code == 0
    assert reply.json["obs"]["connected"] is False and reply.json["obs"]["error"] == "gone"
    assert reply.json["stream"] is None


async def test_status_never_prints_a_key_held_in_a_foreign_server_url(fastpix, store) -> None:
    obs = OnAirObs(
        service=ObsServiceSettings(
            "rtmp_custom", {"server": "rtmp://ingest.example:1935/app/secret-key-123", "key": ""}
        )
    )
    reply = await commands(obs, fastpix, store).status()
    assert reply.json["obs"]["server"] == "rtmp://ingest.example:1935"


# --------------------------------------------------------------------------- monitor


async def live_monitor(api, fastpix, notifier, clock):
    stream_id = api.state.create_stream().stream_id
    obs = OnAirObs()
    monitor = OnAirMonitor(obs=obs, fastpix=fastpix, notifier=notifier, clock=clock)
    monitor.watch_stream(stream_id)
    await obs.start_streaming_and_wait()
    return obs, monitor, stream_id


async def test_monitor_confirms_live_then_reports_a_reconnect_and_recovery(api, fastpix) -> None:
    clock, notifier = FakeClock(), RecordingNotifier()
    obs, monitor, stream_id = await live_monitor(api, fastpix, notifier, clock)
    api.set_status(stream_id, "active")
    api.set_viewer_count(stream_id, 42)
    obs.sent_bytes = 1000
    snap = await monitor.poll_once()
    assert snap.state is OutputState.LIVE and snap.report.verdict is Verdict.HEALTHY
    assert snap.figures.viewers_text == "about 42"
    obs.reconnecting = True
    obs.emit(StreamStateChanged(False, OUTPUT_RECONNECTING))  # as obs-websocket 5.1 sends it
    assert monitor.snapshot().state is OutputState.RECONNECTING
    obs.reconnecting = False
    clock.advance(1)
    obs.sent_bytes = 2000
    snap = await monitor.poll_once()
    assert snap.state is OutputState.LIVE and snap.figures.reconnects == 1
    assert notifier.kinds == [
        NotificationKind.LIVE,
        NotificationKind.RECONNECTING,
        NotificationKind.RECOVERED,
    ]


async def test_monitor_stops_obs_when_the_stream_is_disabled_and_says_why(api, fastpix) -> None:
    clock, notifier = FakeClock(), RecordingNotifier()
    obs, monitor, stream_id = await live_monitor(api, fastpix, notifier, clock)
    api.set_status(stream_id, "active")
    await monitor.poll_once()
    await fastpix.disable_stream(stream_id)
    clock.advance(6)
    snap = await monitor.poll_once()
    assert not obs.live
    assert "disabled" in snap.stopped_reason
    assert NotificationKind.STREAM_GONE in notifier.kinds
    assert NotificationKind.ENDED in notifier.kinds


async def test_monitor_stops_obs_when_the_stream_is_deleted(api, fastpix) -> None:
    clock, notifier = FakeClock(), RecordingNotifier()
    obs, monitor, stream_id = await live_monitor(api, fastpix, notifier, clock)
    await fastpix.delete_stream(stream_id)
    snap = await monitor.poll_once()
    assert not obs.live and "deleted" in snap.stopped_reason


async def test_monitor_reports_a_stall_and_a_failed_viewer_poll_never_breaks_it(
    api, fastpix
) -> None:
    from fastpix_desktop.sandbox.faults import Fault

    clock, notifier = FakeClock(), RecordingNotifier()
    obs, monitor, stream_id = await live_monitor(api, fastpix, notifier, clock)
    api.set_status(stream_id, "active")
    api.inject(Fault(status=503, path_prefix=f"/live/streams/{stream_id}/viewer-count"))
    obs.sent_bytes = 500
    snap = await monitor.poll_once()
    assert snap.figures.viewers_text == "unavailable"
    for _ in range(11):
        clock.advance(1)
        snap = await monitor.poll_once()
    assert snap.report.verdict is Verdict.STALLED
    assert NotificationKind.STALLED in notifier.kinds
    assert obs.live  # a stall is reported, not acted on: Reconnect now is the user's call


async def test_losing_obs_while_live_is_not_announced_as_the_end(api, fastpix) -> None:
    from fastpix_desktop.core.obs import ConnectionChanged

    clock, notifier = FakeClock(), RecordingNotifier()
    obs, monitor, _ = await live_monitor(api, fastpix, notifier, clock)
    obs.connected = False
    obs.emit(ConnectionChanged(False, None, None))
    assert monitor.snapshot().state is OutputState.OFF
    assert notifier.kinds == [NotificationKind.OBS_LOST]


async def test_reconnect_now_stops_then_starts(store) -> None:
    from fastpix_desktop.core.errors import ObsRequestError
    from fastpix_desktop.core.onair import use_cases as onair

    obs = OnAirObs()
    with pytest.raises(ObsRequestError, match="nothing to reconnect"):
        await onair.reconnect_now(obs=obs)
    obs.reconnecting = True  # a reconnect that does not get through
    await onair.reconnect_now(obs=obs)
    assert obs.calls[-2:] == ["stop_streaming_and_wait", "start_streaming_and_wait"]
    assert obs.live and not obs.reconnecting


async def test_create_start_failure_json_agrees_with_exit_code_8(fastpix, store) -> None:
    from fastpix_desktop.cli import support as cli_support
    from fastpix_desktop.cli.exit_codes import exit_code_for
    from fastpix_desktop.core.errors import ObsStreamStartError
    from fastpix_desktop.core.golive import use_cases as golive
    from fastpix_desktop.core.models import StreamSettings

    obs = OnAirObs(fail_on={"start_streaming_and_wait": ObsStreamStartError()})
    result = await golive.create_and_configure(
        fastpix=fastpix,
        obs=obs,
        secrets=store,
        settings=StreamSettings(),
        protocol=Protocol.RTMPS,
        start=True,
    )
    data = cli_support.golive_json(result, hosts=HOSTS, show=False)
    assert data["obs"]["configured"] is True and data["obs"]["started"] is False
    assert exit_code_for(result.obs_error) == 8


async def test_reconnect_now_through_the_monitor_is_not_announced_as_an_end(api, fastpix) -> None:
    clock, notifier = FakeClock(), RecordingNotifier()
    obs, monitor, _ = await live_monitor(api, fastpix, notifier, clock)
    await monitor.reconnect_now()
    assert obs.live and NotificationKind.ENDED not in notifier.kinds
    await obs.stop_streaming_and_wait()
    assert notifier.kinds[-1] is NotificationKind.ENDED


async def test_go_live_without_a_keyring_leaves_obs_alone_unless_told(
    api, fastpix, no_keyring
) -> None:
    stream_id = api.state.create_stream().stream_id
    store = SecretStore()
    try:
        obs = OnAirObs()
        before = obs.service
        refused = await commands(obs, fastpix, store).go_live(stream_id, None)
        assert refused.exit_code == 9, refused.text
        assert obs.service == before and not obs.live
        forced = await commands(obs, fastpix, store).go_live(stream_id, None, no_restore_point=True)
        assert forced.exit_code == 0, forced.text
        assert obs.live
    finally:
        store.close()


async def test_the_monitor_confirms_srt_reconnects_by_bytes_on_obs_before_32() -> None:
    from fastpix_desktop.core.models import ObsServiceSettings
    from fastpix_desktop.core.obs import StreamStateChanged
    from fastpix_desktop.core.obs.events import OUTPUT_RECONNECTED, OUTPUT_RECONNECTING
    from fastpix_desktop.core.obs.output_state import OutputState
    from fastpix_desktop.core.onair.monitor import OnAirMonitor
    from fastpix_desktop.core.onair.notify import RecordingNotifier

    srt = ObsServiceSettings("rtmp_custom", {"server": "srt://live.example:778", "key": "s"})
    obs = OnAirObs(service=srt)
    await obs.connect()  # the fake reports OBS 29.0.2
    monitor = OnAirMonitor(obs=obs, fastpix=None, notifier=RecordingNotifier())
    obs.live, obs.sent_bytes = True, 1000
    await monitor.poll_once()
    assert monitor.tracker.confirm_reconnects_by_bytes
    obs.emit(StreamStateChanged(False, OUTPUT_RECONNECTING))
    obs.emit(StreamStateChanged(True, OUTPUT_RECONNECTED))
    obs.sent_bytes = 0  # OBS resets outputBytes on a reconnect
    assert (await monitor.poll_once()).state is OutputState.RECONNECTING  # unconfirmed
    obs.sent_bytes = 5000
    assert (await monitor.poll_once()).state is OutputState.LIVE
