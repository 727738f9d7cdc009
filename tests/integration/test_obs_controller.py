"""ObsController against a real OBS 29: connecting, pushing destinations, restoring, refusals."""

from __future__ import annotations

import asyncio
import secrets
import threading

import pytest

from fastpix_desktop.core import obs as obs_module
from fastpix_desktop.core.errors import (
    ObsAuthError,
    ObsLiveError,
    ObsNotRunningError,
    ObsServerDisabledError,
    ObsStreamStartError,
)
from fastpix_desktop.core.fastpix.ingest import IngestTarget
from fastpix_desktop.core.models import ObsServiceSettings, Protocol
from fastpix_desktop.core.obs import (
    ConnectionChanged,
    ObsConnectionInfo,
    ObsController,
    ObsEvent,
    StreamStateChanged,
    error_mapping,
)
from fastpix_desktop.core.obs.local_config import LocalServerConfig

from .listeners import NginxRtmpListener
from .obs_harness import HOST, HeadlessObs, free_tcp_port

pytestmark = pytest.mark.obs


def rtmps_target() -> IngestTarget:
    # Settings only, never streamed: the server is a local address nothing listens on.
    return IngestTarget(
        Protocol.RTMPS, server="rtmps://localhost:9/live", key=secrets.token_hex(16)
    )


def srt_target() -> IngestTarget:
    return IngestTarget(
        Protocol.SRT,
        server="srt://localhost:9",
        key=secrets.token_hex(8),
        passphrase="pp-" + secrets.token_hex(12),
    )


# --------------------------------------------------------------------------- connecting


async def test_connect_with_right_password_reports_obs_version(obs_instance: HeadlessObs) -> None:
    controller = ObsController(obs_instance.info)
    events: list[ObsEvent] = []
    controller.add_listener(events.append)
    try:
        version = await controller.connect()
        assert controller.connected
        assert version.obs_version == obs_instance.obs_version  # what GetVersion said
        if obs_instance.generation is HOST:  # Debian 12's OBS 29.0.2 bundles obs-websocket 5.1
            assert version.obs_version.startswith("29.")
            assert version.websocket_version.startswith("5.1.")
        else:  # the newest in Debian's archive: OBS 30 and later bundle obs-websocket 5.3+
            assert obs_instance.major >= 30
            assert tuple(int(p) for p in version.websocket_version.split(".")[:2]) >= (5, 3)
        assert controller.version == version
        assert events == [ConnectionChanged(True, version, None)]
    finally:
        await controller.close()
    assert not controller.connected
    assert events[-1] == ConnectionChanged(False, None, None)


async def test_wrong_password_raises_auth_error_at_once(obs_instance: HeadlessObs) -> None:
    wrong = "wrong-" + secrets.token_hex(6)
    controller = ObsController(ObsConnectionInfo(obs_instance.host, obs_instance.port, wrong))
    with pytest.raises(ObsAuthError) as caught:
        await controller.connect()
    assert wrong not in str(caught.value)
    assert not controller.connected
    assert isinstance(controller.last_error, ObsAuthError)


async def test_missing_password_says_a_password_is_needed(obs_instance: HeadlessObs) -> None:
    controller = ObsController(ObsConnectionInfo(obs_instance.host, obs_instance.port, ""))
    with pytest.raises(ObsAuthError, match="password"):
        await controller.connect()


async def test_nothing_listening_means_obs_not_running(monkeypatch: pytest.MonkeyPatch) -> None:
    # The session's own OBS may be running; a streamer with OBS closed has none.
    monkeypatch.setattr(error_mapping, "local_obs_running", lambda: False)
    controller = ObsController(ObsConnectionInfo(port=free_tcp_port(), password="pw-123456"))
    with pytest.raises(ObsNotRunningError):
        await controller.connect()


async def test_running_obs_on_another_port_is_not_called_server_off(
    obs_instance: HeadlessObs, monkeypatch: pytest.MonkeyPatch
) -> None:
    # OBS runs (the session's instance) with its server on, but on another port than the one
    # tried: the port is the problem, and the message names the address tried (issue 11).
    assert obs_module.local_obs_running()
    monkeypatch.setattr(
        error_mapping, "local_server_config", lambda: LocalServerConfig(True, obs_instance.port)
    )
    wrong = free_tcp_port()
    controller = ObsController(ObsConnectionInfo(port=wrong, password="pw-123456"))
    with pytest.raises(ObsNotRunningError) as caught:
        await controller.connect()
    assert not isinstance(caught.value, ObsServerDisabledError)
    assert f"127.0.0.1:{wrong}" in str(caught.value)
    assert f"port {obs_instance.port}" in str(caught.value)


# --------------------------------------------------------------------------- destinations


async def test_rtmps_destination_reads_back_exactly(
    obs_controller: ObsController, obs_instance: HeadlessObs
) -> None:
    service = rtmps_target().obs_service()
    await obs_controller.set_service(service)
    assert await obs_controller.get_service() == service
    assert obs_instance.read_service_json() == service.to_dict()


async def test_srt_destination_reads_back_exactly(
    obs_controller: ObsController, obs_instance: HeadlessObs
) -> None:
    service = srt_target().obs_service()
    await obs_controller.set_service(service)
    assert await obs_controller.get_service() == service
    assert obs_instance.read_service_json() == service.to_dict()


async def test_rtmps_after_srt_leaves_no_stale_passphrase(obs_controller: ObsController) -> None:
    # Same-type updates merge in OBS; the full object must wipe the SRT password.
    await obs_controller.set_service(srt_target().obs_service())
    rtmps = rtmps_target().obs_service()
    await obs_controller.set_service(rtmps)
    settings = (await obs_controller.get_service()).settings
    assert settings["password"] == ""
    assert settings["use_auth"] is False
    assert settings == rtmps.settings


async def test_setting_back_the_original_restores_it_exactly(
    obs_controller: ObsController, obs_instance: HeadlessObs
) -> None:
    original = await obs_controller.get_service()
    original_json = obs_instance.read_service_json()
    assert original.service_type == "rtmp_common"  # the streamer's own (pre-seeded) destination

    await obs_controller.set_service(rtmps_target().obs_service())
    assert await obs_controller.get_service() != original
    await obs_controller.set_service(original)

    assert await obs_controller.get_service() == original
    assert obs_instance.read_service_json() == original_json


async def test_set_service_is_refused_while_live(
    obs_controller: ObsController,
    obs_instance: HeadlessObs,
    rtmp_listener: NginxRtmpListener,
    stream_key: str,
) -> None:
    live = IngestTarget(Protocol.RTMPS, server=rtmp_listener.rtmp_server, key=stream_key)
    await obs_controller.set_service(live.obs_service())
    await obs_controller.start_streaming_and_wait()
    try:
        with pytest.raises(ObsLiveError):
            await obs_controller.set_service(rtmps_target().obs_service())
        assert await obs_controller.get_service() == live.obs_service()
        assert obs_instance.read_service_json() == live.obs_service().to_dict()
        assert obs_controller.connected
    finally:
        await obs_controller.stop_streaming_and_wait()
    # Once stopped, changes go through again.
    await obs_controller.set_service(rtmps_target().obs_service())


async def test_stream_state_events_reach_the_event_loop(obs_controller: ObsController) -> None:
    loop_thread = threading.get_ident()
    seen: list[tuple[str, int]] = []
    got_stopped = asyncio.Event()

    def on_event(event: ObsEvent) -> None:
        if isinstance(event, StreamStateChanged):
            seen.append((event.state, threading.get_ident()))
            if event.state == obs_module.OUTPUT_STOPPED:
                got_stopped.set()

    obs_controller.add_listener(on_event)
    # Nothing listens there, so OBS goes STARTING -> STOPPED at once.
    refused = f"rtmp://127.0.0.1:{free_tcp_port()}/live"
    await obs_controller.set_service(ObsServiceSettings("rtmp_custom", {"server": refused}))
    with pytest.raises(ObsStreamStartError):
        await obs_controller.start_streaming_and_wait()
    await got_stopped.wait()

    assert [state for state, _ in seen] == [obs_module.OUTPUT_STARTING, obs_module.OUTPUT_STOPPED]
    assert {thread for _, thread in seen} == {loop_thread}
