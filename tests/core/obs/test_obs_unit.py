"""ObsController without OBS: connect strings, error mapping, reconnects, events and redaction.

A fake stands in for obsws-python at the controller's two seams (_open_requests /
_open_events) and raises the exceptions obsws-python, websocket-client and the OS really raise.
"""

from __future__ import annotations

import asyncio
import json
import logging
import socket
import threading
from collections.abc import Callable
from typing import Any

import pytest
import websocket
from obsws_python.error import OBSSDKError, OBSSDKRequestError, OBSSDKTimeoutError

from fastpix_desktop.core import obs
from fastpix_desktop.core.errors import (
    ConfigError,
    ObsAuthError,
    ObsDisconnectedError,
    ObsError,
    ObsKickedError,
    ObsLiveError,
    ObsNotRunningError,
    ObsRequestError,
    ObsServerDisabledError,
    ObsStreamStartError,
    ObsTimeoutError,
)
from fastpix_desktop.core.models import ObsServiceSettings, ObsVersion
from fastpix_desktop.core.obs import (
    ConnectionChanged,
    ExitStarted,
    ObsConnectionInfo,
    ObsController,
    ObsEvent,
    ProfileChanged,
    StreamStateChanged,
    error_mapping,
    parse_connect_string,
)
from fastpix_desktop.core.obs import controller as obs_controller
from fastpix_desktop.core.obs import session as obs_session
from fastpix_desktop.core.obs.local_config import LocalServerConfig, local_server_config

PASSWORD = "hunter2-obs-Pa55word"
INFO = ObsConnectionInfo("127.0.0.1", 4455, PASSWORD)
VERSION = {"obsVersion": "30.2.0", "obsWebSocketVersion": "5.5.0", "rpcVersion": 1}

Answer = dict[str, Any] | BaseException | Callable[[dict[str, Any] | None], Any]


# --------------------------------------------------------------------------- the fake


class FakeRequests:
    def __init__(self, fake: FakeObs) -> None:
        self.fake = fake
        self.close_code: int | None = None
        self.closed = False

    def send(self, request: str, data: dict[str, Any] | None) -> dict[str, Any]:
        self.fake.sent.append((request, data))
        answers = self.fake.answers.get(request, [{}])
        answer = answers.pop(0) if len(answers) > 1 else answers[0]
        if callable(answer) and not isinstance(answer, BaseException):
            answer = answer(data)
        if isinstance(answer, BaseException):
            self.close_code = self.fake.close_code_on_error
            raise answer
        return dict(answer or {})

    def close(self, *, graceful: bool) -> None:
        self.closed = True


class FakeEvents:
    def __init__(
        self, on_event: Callable[[ObsEvent], None], on_lost: Callable[[int | None], None]
    ) -> None:
        self.on_event = on_event
        self.on_lost = on_lost
        self.alive = True
        self.close_code: int | None = None
        self.closed = False

    def close(self, *, graceful: bool) -> None:
        self.closed = True
        self.alive = False

    def die(self, close_code: int | None = None) -> None:
        """The obsws-python event thread ends on its own (OBS quit, crashed or kicked us)."""
        self.alive, self.close_code = False, close_code
        threading.Thread(target=self.on_lost, args=(close_code,)).start()


class FakeObs:
    """Plays obsws-python: scripted connect failures and answers, and an event connection."""

    def __init__(self) -> None:
        self.connect_errors: list[BaseException] = []
        self.answers: dict[str, list[Answer]] = {"GetVersion": [VERSION]}
        self.sent: list[tuple[str, dict[str, Any] | None]] = []
        self.requests: list[FakeRequests] = []
        self.events: list[FakeEvents] = []
        self.close_code_on_error: int | None = None
        self.connect_infos: list[ObsConnectionInfo] = []

    @property
    def connects(self) -> int:
        return len(self.connect_infos)

    def answer(self, request: str, *answers: Answer) -> None:
        self.answers[request] = list(answers)

    def open_requests(self, info: ObsConnectionInfo, timeout: float) -> FakeRequests:
        self.connect_infos.append(info)
        if self.connect_errors:
            raise self.connect_errors.pop(0)
        link = FakeRequests(self)
        self.requests.append(link)
        return link

    def open_events(
        self,
        info: ObsConnectionInfo,
        timeout: float,
        *,
        on_event: Callable[[ObsEvent], None],
        on_lost: Callable[[int | None], None],
    ) -> FakeEvents:
        link = FakeEvents(on_event, on_lost)
        self.events.append(link)
        return link

    def emit(self, event: ObsEvent) -> None:
        """An event arriving on obsws-python's own thread."""
        thread = threading.Thread(target=self.events[-1].on_event, args=(event,))
        thread.start()
        thread.join()


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> FakeObs:
    fake = FakeObs()
    # Late-bound, so that a test can swap a method of the fake.
    monkeypatch.setattr(obs_session, "_open_requests", lambda *a, **k: fake.open_requests(*a, **k))
    monkeypatch.setattr(obs_session, "_open_events", lambda *a, **k: fake.open_events(*a, **k))
    monkeypatch.setattr(obs_controller, "NOT_READY_RETRY_DELAYS", (0.0, 0.0, 0.0))
    monkeypatch.setattr(ObsController, "BACKOFF_INITIAL", 0.01)
    monkeypatch.setattr(ObsController, "BACKOFF_MAX", 0.04)
    return fake


class Recorder:
    def __init__(self, controller: ObsController) -> None:
        self.events: list[ObsEvent] = []
        self.threads: set[int] = set()
        self._changed = asyncio.Event()
        controller.add_listener(self)

    def __call__(self, event: ObsEvent) -> None:
        self.events.append(event)
        self.threads.add(threading.get_ident())
        self._changed.set()

    def of(self, kind: type) -> list[Any]:
        return [e for e in self.events if isinstance(e, kind)]

    async def wait_for(self, predicate: Callable[[ObsEvent], bool]) -> ObsEvent:
        async with asyncio.timeout(5):
            while True:
                for event in self.events:
                    if predicate(event):
                        return event
                self._changed.clear()
                await self._changed.wait()


async def wait_until(condition: Callable[[], bool]) -> None:
    async with asyncio.timeout(5):
        while not condition():
            await asyncio.sleep(0.005)


# --------------------------------------------------------------------------- connect strings


@pytest.mark.parametrize(
    ("text", "host", "port", "password"),
    [
        ("obsws://192.168.1.20:4455/Abc123xyzPass", "192.168.1.20", 4455, "Abc123xyzPass"),
        ("obsws://192.168.1.20:4456", "192.168.1.20", 4456, ""),
        ("obsws://192.168.1.20:4456/", "192.168.1.20", 4456, ""),
        ("obsws://localhost", "localhost", 4455, ""),
        ("obsws://studio-pc.local:4455/pw", "studio-pc.local", 4455, "pw"),
        ("obsws://[::1]:4455/secret", "::1", 4455, "secret"),
        ("obsws://[fe80::1]/secret", "fe80::1", 4455, "secret"),
        ("  OBSWS://10.0.0.2:4455/pw  \n", "10.0.0.2", 4455, "pw"),
        # OBS does not percent-encode: everything after the first slash is the password.
        ("obsws://10.0.0.2:4455/a/b:c%20d", "10.0.0.2", 4455, "a/b:c%20d"),
    ],
)
def test_connect_string_is_parsed(text: str, host: str, port: int, password: str) -> None:
    assert parse_connect_string(text) == ObsConnectionInfo(host, port, password)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "192.168.1.20:4455/pw",
        "ws://192.168.1.20:4455/pw",
        "http://192.168.1.20:4455/pw",
        "obsws://",
        "obsws:///pw",
        "obsws://:4455/pw",
        "obsws://host:port/pw",
        "obsws://host:/pw",
        "obsws://::1:4455/pw",
        "obsws://[not-an-ip]:4455/pw",
        "obsws://user@host:4455/pw",
        "obsws://two words:4455/pw",
    ],
)
def test_garbage_is_not_a_connect_string(text: str) -> None:
    with pytest.raises(ConfigError, match="Show Connect Info"):
        parse_connect_string(text)


@pytest.mark.parametrize("port", ["0", "65536", "99999"])
def test_port_out_of_range_is_refused(port: str) -> None:
    with pytest.raises(ConfigError, match="between 1 and 65535"):
        parse_connect_string(f"obsws://10.0.0.2:{port}/pw")


def test_connect_string_errors_never_repeat_the_password() -> None:
    for text in (f"obsws://bad host:4455/{PASSWORD}", f"obsws://h:0/{PASSWORD}"):
        with pytest.raises(ConfigError) as caught:
            parse_connect_string(text)
        assert PASSWORD not in str(caught.value)


# --------------------------------------------------------------------------- redaction


def test_password_is_not_in_any_repr() -> None:
    assert PASSWORD not in repr(INFO)
    assert PASSWORD not in repr(parse_connect_string(f"obsws://127.0.0.1:4455/{PASSWORD}"))
    assert PASSWORD not in repr(ObsController(INFO))


async def test_real_obsws_failure_logs_no_password_and_no_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    # A real obsws-python client against a closed port: it would log the password at INFO and
    # the refusal with a traceback.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = ObsController(ObsConnectionInfo("127.0.0.1", port, PASSWORD), timeout=1.0)
    caplog.set_level(logging.DEBUG)
    with pytest.raises((ObsNotRunningError, ObsServerDisabledError)) as caught:
        await controller.connect()
    assert PASSWORD not in str(caught.value)
    assert PASSWORD not in caplog.text
    assert "Traceback" not in caplog.text
    assert logging.getLogger("obsws_python").getEffectiveLevel() >= logging.WARNING


async def test_errors_and_logs_never_contain_the_password(
    fake: FakeObs, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    controller = ObsController(INFO)
    fake.connect_errors = [
        OBSSDKError("failed to identify client with the server, please check connection settings"),
        websocket.WebSocketTimeoutException("timed out"),
        ConnectionRefusedError(111, "Connection refused"),
    ]
    for _ in range(3):
        with pytest.raises(ObsError) as caught:
            await controller.connect()
        assert PASSWORD not in str(caught.value)
        assert PASSWORD not in repr(caught.value)
    assert PASSWORD not in caplog.text


# --------------------------------------------------------------------------- connect errors


@pytest.mark.parametrize(
    ("raised", "expected"),
    [
        (
            OBSSDKError(
                "failed to identify client with the server, please check connection settings"
            ),
            ObsAuthError,
        ),
        (
            OBSSDKError(
                "failed to identify client with the server, expected response with OpCode 2"
            ),
            ObsAuthError,
        ),
        (websocket.WebSocketTimeoutException("timed out"), ObsTimeoutError),
        (TimeoutError("timed out"), ObsTimeoutError),
        (socket.gaierror(-2, "Name or service not known"), ObsNotRunningError),
        (OSError(113, "No route to host"), ObsNotRunningError),
        (websocket.WebSocketBadStatusException("Handshake status %d", 404), ObsNotRunningError),
        (websocket.WebSocketConnectionClosedException("closed"), ObsDisconnectedError),
        (ConnectionResetError(104, "Connection reset by peer"), ObsDisconnectedError),
        (json.JSONDecodeError("Expecting value", "", 0), ObsDisconnectedError),
        (KeyError("d"), ObsError),
    ],
)
async def test_connect_failures_become_typed_errors(
    fake: FakeObs, raised: BaseException, expected: type[ObsError]
) -> None:
    fake.connect_errors = [raised]
    controller = ObsController(INFO)
    recorder = Recorder(controller)
    with pytest.raises(ObsError) as caught:
        await controller.connect()
    assert type(caught.value) is expected
    assert not controller.connected
    assert controller.last_error is caught.value
    assert recorder.events == [ConnectionChanged(False, None, caught.value)]


async def test_empty_password_with_auth_on_says_a_password_is_needed(fake: FakeObs) -> None:
    fake.connect_errors = [OBSSDKError("authentication enabled but no password provided")]
    with pytest.raises(ObsAuthError, match="none is set"):
        await ObsController(ObsConnectionInfo()).connect()


@pytest.mark.parametrize(
    ("obs_running", "server", "expected", "says"),
    [
        (True, LocalServerConfig(False, 4455), ObsServerDisabledError, "server is off"),
        (True, LocalServerConfig(True, 4461), ObsNotRunningError, "set to port 4461, not 4455"),
        (True, LocalServerConfig(), ObsNotRunningError, "A program named OBS runs"),
        (False, LocalServerConfig(False, 4455), ObsNotRunningError, "does not seem to be running"),
    ],
    ids=["server-off", "other-port", "unknown", "obs-closed"],
)
async def test_refused_on_this_computer_names_the_address_and_the_likely_cause(
    fake: FakeObs,
    monkeypatch: pytest.MonkeyPatch,
    obs_running: bool,
    server: LocalServerConfig,
    expected: type[ObsError],
    says: str,
) -> None:
    monkeypatch.setattr(error_mapping, "local_obs_running", lambda: obs_running)
    monkeypatch.setattr(error_mapping, "local_server_config", lambda: server)
    fake.connect_errors = [ConnectionRefusedError(111, "Connection refused")]
    with pytest.raises(expected) as caught:
        await ObsController(INFO).connect()
    assert INFO.address in str(caught.value)
    assert says in str(caught.value)
    assert PASSWORD not in str(caught.value)


def test_obs_websocket_settings_are_read_from_both_config_formats(tmp_path) -> None:
    (tmp_path / "global.ini").write_text(
        "\ufeff[General]\nName=x\n[OBSWebSocket]\nServerEnabled=false\nServerPort=4461\n"
    )
    assert local_server_config(tmp_path) == LocalServerConfig(False, 4461)
    json_dir = tmp_path / "plugin_config" / "obs-websocket"
    json_dir.mkdir(parents=True)
    (json_dir / "config.json").write_text('{"server_enabled": true, "server_port": 4470}')
    assert local_server_config(tmp_path) == LocalServerConfig(True, 4470)
    assert local_server_config(tmp_path / "missing") == LocalServerConfig()


async def test_refused_on_another_computer_names_the_address(
    fake: FakeObs, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(error_mapping, "local_obs_running", lambda: True)
    fake.connect_errors = [ConnectionRefusedError(111, "Connection refused")]
    controller = ObsController(ObsConnectionInfo("192.168.1.20", 4455, PASSWORD))
    with pytest.raises(ObsNotRunningError, match=r"192\.168\.1\.20:4455"):
        await controller.connect()


def test_local_obs_detection_does_not_see_this_python() -> None:
    assert obs.local_obs_running() in (True, False)  # no exception on this platform
    is_loopback = error_mapping._is_loopback
    assert is_loopback("localhost") and is_loopback("::1")
    assert is_loopback("127.0.0.2") and not is_loopback("192.168.1.20")


# --------------------------------------------------------------------------- request errors


async def test_connect_reports_version_and_event(fake: FakeObs) -> None:
    controller = ObsController(INFO)
    recorder = Recorder(controller)
    version = await controller.connect()
    assert version == ObsVersion("30.2.0", "5.5.0", 1)
    assert controller.connected and controller.version == version
    assert recorder.events == [ConnectionChanged(True, version, None)]
    assert fake.connect_infos == [INFO]  # host, port and password always passed


async def test_output_running_becomes_live_error_and_keeps_the_connection(fake: FakeObs) -> None:
    fake.answer(
        "SetStreamServiceSettings",
        OBSSDKRequestError(
            "SetStreamServiceSettings",
            500,
            "You cannot change stream service settings while streaming.",
        ),
    )
    controller = ObsController(INFO)
    with pytest.raises(ObsLiveError):
        await controller.set_service(ObsServiceSettings("rtmp_custom", {"server": "x"}))
    assert controller.connected
    assert fake.connects == 1


async def test_other_request_failures_keep_code_and_comment(fake: FakeObs) -> None:
    fake.answer(
        "SetStreamServiceSettings",
        OBSSDKRequestError("SetStreamServiceSettings", 700, "Failed to create the stream service"),
    )
    controller = ObsController(INFO)
    with pytest.raises(ObsRequestError) as caught:
        await controller.set_service(ObsServiceSettings("nope", {"server": "x"}))
    assert caught.value.code == 700
    assert "Failed to create the stream service" in str(caught.value)
    assert controller.connected


async def test_not_ready_right_after_connecting_is_retried(fake: FakeObs) -> None:
    not_ready = OBSSDKRequestError("GetStreamStatus", 207, "OBS is not ready")
    fake.answer("GetStreamStatus", not_ready, not_ready, {"outputActive": True, "outputBytes": 7})
    status = await ObsController(INFO).get_stream_status()
    assert status.active and status.bytes == 7
    assert [name for name, _ in fake.sent].count("GetStreamStatus") == 3


async def test_not_ready_for_too_long_gives_up(fake: FakeObs) -> None:
    fake.answer("GetStreamStatus", OBSSDKRequestError("GetStreamStatus", 207, None))
    with pytest.raises(ObsRequestError) as caught:
        await ObsController(INFO).get_stream_status()
    assert caught.value.code == 207


@pytest.mark.parametrize(
    ("raised", "close_code", "expected"),
    [
        (OBSSDKTimeoutError("Timeout while trying to send the request"), None, ObsTimeoutError),
        (websocket.WebSocketConnectionClosedException("lost"), None, ObsDisconnectedError),
        (BrokenPipeError(32, "Broken pipe"), None, ObsDisconnectedError),
        (json.JSONDecodeError("Expecting value", "", 0), None, ObsDisconnectedError),
        # obsws-python#41: a kick reads as an empty frame; the close code tells it apart.
        (json.JSONDecodeError("Expecting value", "", 0), 4011, ObsKickedError),
        (RuntimeError("surprise"), None, ObsError),
    ],
)
async def test_lost_connection_mid_request_drops_the_client_and_reconnects(
    fake: FakeObs, raised: BaseException, close_code: int | None, expected: type[ObsError]
) -> None:
    fake.close_code_on_error = close_code
    fake.answer("GetStreamStatus", raised, {"outputActive": False})
    controller = ObsController(INFO)
    recorder = Recorder(controller)
    await controller.connect()

    with pytest.raises(ObsError) as caught:
        await controller.get_stream_status()
    assert type(caught.value) is expected
    assert not controller.connected
    assert recorder.events[-1] == ConnectionChanged(False, None, caught.value)
    await wait_until(lambda: fake.requests[0].closed and fake.events[0].closed)

    # Never reuse a client after a timeout: a late reply would answer the next request.
    status = await controller.get_stream_status()
    assert status.active is False
    assert fake.connects == 2
    assert controller.connected


async def test_stuck_worker_is_abandoned_after_the_timeout(
    fake: FakeObs, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ObsController, "STUCK_SLACK", 0.05)
    release = threading.Event()
    fake.answer("GetStreamStatus", lambda _: release.wait(5) and {}, {"outputActive": True})
    controller = ObsController(INFO, timeout=0.1)
    await controller.connect()
    try:
        with pytest.raises(ObsTimeoutError):
            await controller.get_stream_status()
        assert not controller.connected
        # A fresh worker and client answer while the old thread is still stuck.
        assert (await controller.get_stream_status()).active is True
        assert fake.connects == 2
    finally:
        release.set()
    await wait_until(lambda: fake.requests[0].closed)


# --------------------------------------------------------------------------- requests


async def test_set_service_sends_the_object_exactly_as_given(fake: FakeObs) -> None:
    settings = {
        "server": "srt://h:778",
        "key": "sid",
        "use_auth": True,
        "username": "",
        "password": "p" * 12,
    }
    await ObsController(INFO).set_service(ObsServiceSettings("rtmp_custom", settings))
    assert fake.sent[-1] == (
        "SetStreamServiceSettings",
        {"streamServiceType": "rtmp_custom", "streamServiceSettings": settings},
    )


async def test_get_service_and_status_are_typed(fake: FakeObs) -> None:
    fake.answer(
        "GetStreamServiceSettings",
        {
            "streamServiceType": "rtmp_common",
            "streamServiceSettings": {"service": "Twitch", "key": "k1234"},
        },
    )
    fake.answer(
        "GetStreamStatus",
        {
            "outputActive": True,
            "outputReconnecting": False,
            "outputBytes": 191454,
            "outputDuration": 4999,
            "outputCongestion": 0.0,
            "outputSkippedFrames": 0,
            "outputTotalFrames": 75,
            "outputTimecode": "00:00:04.999",
        },
    )
    controller = ObsController(INFO)
    service = await controller.get_service()
    assert service == ObsServiceSettings("rtmp_common", {"service": "Twitch", "key": "k1234"})
    assert "k1234" not in repr(service)
    status = await controller.get_stream_status()
    assert (status.active, status.bytes, status.duration_ms, status.total_frames) == (
        True,
        191454,
        4999,
        75,
    )
    assert status.timecode == "00:00:04.999"


def stream_events(fake: FakeObs, *states: str) -> Callable[[dict[str, Any] | None], dict[str, Any]]:
    """An answer to StartStream/StopStream that first emits the given output states (OBS often
    sends STARTING before the request's own reply)."""

    def answer(_: dict[str, Any] | None) -> dict[str, Any]:
        for state in states:
            active = state in (obs.OUTPUT_STARTING, obs.OUTPUT_STARTED)
            fake.emit(StreamStateChanged(active, state))
        return {}

    return answer


async def test_start_streaming_and_wait_returns_on_started(fake: FakeObs) -> None:
    fake.answer("StartStream", stream_events(fake, obs.OUTPUT_STARTING, obs.OUTPUT_STARTED))
    controller = ObsController(INFO)
    await controller.start_streaming_and_wait(timeout=2)


async def test_start_then_stopped_is_a_stream_start_error(fake: FakeObs) -> None:
    fake.answer("StartStream", stream_events(fake, obs.OUTPUT_STARTING, obs.OUTPUT_STOPPED))
    with pytest.raises(ObsStreamStartError):
        await ObsController(INFO).start_streaming_and_wait(timeout=2)


async def test_start_without_an_answer_times_out(fake: FakeObs) -> None:
    fake.answer("StartStream", stream_events(fake, obs.OUTPUT_STARTING))
    with pytest.raises(ObsTimeoutError):
        await ObsController(INFO).start_streaming_and_wait(timeout=0.2)


async def test_start_while_live_is_a_live_error(fake: FakeObs) -> None:
    fake.answer("StartStream", OBSSDKRequestError("StartStream", 500, None))
    with pytest.raises(ObsLiveError, match="already streaming"):
        await ObsController(INFO).start_streaming_and_wait(timeout=1)


@pytest.mark.parametrize(
    ("request_name", "wait"),
    [
        ("StartStream", ObsController.start_streaming_and_wait),
        ("StopStream", ObsController.stop_streaming_and_wait),
    ],
    ids=["starting", "stopping"],
)
async def test_connection_lost_while_waiting_is_reported(fake: FakeObs, request_name, wait) -> None:
    def answer_then_die(_: dict[str, Any] | None) -> dict[str, Any]:
        fake.events[-1].die()
        return {}

    fake.answer(request_name, answer_then_die)
    with pytest.raises(ObsDisconnectedError):
        await wait(ObsController(INFO), timeout=2)


async def test_stop_streaming_and_wait_waits_for_stopped(fake: FakeObs) -> None:
    fake.answer("StopStream", stream_events(fake, obs.OUTPUT_STOPPING, obs.OUTPUT_STOPPED))
    await ObsController(INFO).stop_streaming_and_wait(timeout=2)


async def test_stop_waits_until_obs_no_longer_reports_live_after_stopped(
    fake: FakeObs, monkeypatch: pytest.MonkeyPatch
) -> None:
    # libobs signals "stop" before clearing the output's active flag (issue 15, the flaky
    # "live again after stop and continue"): STOPPED arrives while OBS still says live.
    monkeypatch.setattr(obs_controller, "STOPPED_POLL_S", 0.0)
    fake.answer("StopStream", stream_events(fake, obs.OUTPUT_STOPPING, obs.OUTPUT_STOPPED))
    fake.answer(
        "GetStreamStatus", {"outputActive": True}, {"outputActive": True}, {"outputActive": False}
    )
    await ObsController(INFO).stop_streaming_and_wait(timeout=2)
    assert [name for name, _ in fake.sent].count("GetStreamStatus") == 3


async def test_stop_when_not_streaming_returns_at_once(fake: FakeObs) -> None:
    fake.answer("StopStream", OBSSDKRequestError("StopStream", 501, None))
    await ObsController(INFO).stop_streaming_and_wait(timeout=2)
    assert "GetStreamStatus" not in [name for name, _ in fake.sent]


async def test_stop_with_a_missed_event_trusts_the_status(fake: FakeObs) -> None:
    fake.answer("GetStreamStatus", {"outputActive": False})
    await ObsController(INFO).stop_streaming_and_wait(timeout=0.1)


async def test_stop_that_never_ends_times_out(fake: FakeObs) -> None:
    fake.answer("GetStreamStatus", {"outputActive": True})
    with pytest.raises(ObsTimeoutError):
        await ObsController(INFO).stop_streaming_and_wait(timeout=0.1)


# --------------------------------------------------------------------------- events


async def test_obs_events_arrive_on_the_loop_thread(fake: FakeObs) -> None:
    controller = ObsController(INFO)
    recorder = Recorder(controller)
    await controller.connect()
    fake.emit(StreamStateChanged(True, obs.OUTPUT_STARTED))
    fake.emit(ProfileChanged("Gaming"))
    fake.emit(ExitStarted())
    await recorder.wait_for(lambda e: isinstance(e, ExitStarted))
    assert recorder.events[1:] == [
        StreamStateChanged(True, obs.OUTPUT_STARTED),
        ProfileChanged("Gaming"),
        ExitStarted(),
    ]
    assert recorder.threads == {threading.get_ident()}


async def test_unsubscribed_listener_hears_nothing(fake: FakeObs) -> None:
    controller = ObsController(INFO)
    heard: list[ObsEvent] = []
    unsubscribe = controller.add_listener(heard.append)
    unsubscribe()
    unsubscribe()  # twice is harmless
    await controller.connect()
    assert heard == []


async def test_a_failing_listener_does_not_stop_the_others(fake: FakeObs) -> None:
    controller = ObsController(INFO)

    def broken(event: ObsEvent) -> None:
        raise ValueError("listener bug")

    controller.add_listener(broken)
    recorder = Recorder(controller)
    await controller.connect()
    assert recorder.of(ConnectionChanged) == [ConnectionChanged(True, controller.version, None)]


async def test_event_thread_ending_silently_means_disconnected(fake: FakeObs) -> None:
    controller = ObsController(INFO)
    recorder = Recorder(controller)
    await controller.connect()
    fake.events[-1].die()  # obsws-python#48: no callback, the thread just ends
    event = await recorder.wait_for(lambda e: isinstance(e, ConnectionChanged) and not e.connected)
    assert isinstance(event, ConnectionChanged) and isinstance(event.error, ObsDisconnectedError)
    assert not controller.connected


async def test_heartbeat_notices_a_dead_event_thread(
    fake: FakeObs, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ObsController, "HEARTBEAT_INTERVAL", 0.02)
    controller = ObsController(INFO)
    recorder = Recorder(controller)
    await controller.start()
    try:
        await recorder.wait_for(lambda e: isinstance(e, ConnectionChanged) and e.connected)
        fake.events[-1].alive = False  # died without telling anyone
        await recorder.wait_for(lambda e: isinstance(e, ConnectionChanged) and not e.connected)
        # ... and the supervisor reconnects.
        await wait_until(lambda: fake.connects == 2 and controller.connected)
    finally:
        await controller.close()


# --------------------------------------------------------------------------- supervision


async def test_start_keeps_retrying_until_obs_appears(fake: FakeObs) -> None:
    refused = ConnectionRefusedError(111, "Connection refused")
    fake.connect_errors = [
        refused,
        ConnectionRefusedError(111, "x"),
        ConnectionRefusedError(111, "y"),
    ]
    controller = ObsController(INFO)
    recorder = Recorder(controller)
    await controller.start()
    try:
        await recorder.wait_for(lambda e: isinstance(e, ConnectionChanged) and e.connected)
        assert fake.connects == 4
        # The same failure three times is reported once, not on every retry.
        failures = [e for e in recorder.of(ConnectionChanged) if not e.connected]
        assert len(failures) == 1
    finally:
        await controller.close()
    assert recorder.events[-1] == ConnectionChanged(False, None, None)


async def test_backoff_doubles_up_to_the_maximum(
    fake: FakeObs, monkeypatch: pytest.MonkeyPatch
) -> None:
    waits: list[float] = []
    controller = ObsController(INFO)
    real_wait = controller._wait_wake

    async def recording_wait(seconds: float) -> bool:
        waits.append(seconds)
        return await real_wait(0)

    monkeypatch.setattr(controller, "_wait_wake", recording_wait)
    monkeypatch.setattr(ObsController, "BACKOFF_INITIAL", 0.5)
    monkeypatch.setattr(ObsController, "BACKOFF_MAX", 10.0)
    fake.connect_errors = [ConnectionRefusedError(111, "refused") for _ in range(7)]
    await controller.start()
    try:
        await wait_until(lambda: controller.connected)
    finally:
        await controller.close()
    assert waits[:7] == [0.5, 1.0, 2.0, 4.0, 8.0, 10.0, 10.0]


async def test_after_a_lost_connection_it_retries_fast_while_obs_restarts(
    fake: FakeObs, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Issue 15: OBS was back 0.6 s after a restart, the app only after 7.6 s (0.5+1+2+4 s).
    waits: list[float] = []
    controller = ObsController(INFO)
    real_wait = controller._wait_wake

    async def recording_wait(seconds: float) -> bool:
        if seconds != ObsController.HEARTBEAT_INTERVAL:
            waits.append(seconds)
            seconds = 0
        return await real_wait(seconds)

    monkeypatch.setattr(controller, "_wait_wake", recording_wait)
    monkeypatch.setattr(ObsController, "BACKOFF_INITIAL", 0.5)
    monkeypatch.setattr(ObsController, "BACKOFF_MAX", 10.0)
    await controller.start()
    try:
        await wait_until(lambda: controller.connected)
        fake.connect_errors = [ConnectionRefusedError(111, "refused") for _ in range(6)]
        fake.events[-1].die()  # OBS quit; it is restarting
        # Not a poll for "disconnected": with instant retries that state can come and go
        # between two polls. The six refused attempts are the proof it was lost and retried.
        await wait_until(lambda: len(waits) >= 6 and controller.connected)
    finally:
        await controller.close()
    assert len(waits) == 6
    assert waits == [ObsController.FAST_RETRY_S] * 6
    assert sum(waits) < 2.0


@pytest.mark.parametrize(
    "failure",
    [
        OBSSDKError("failed to identify client with the server, please check connection settings"),
        OBSSDKError("authentication enabled but no password provided"),
    ],
)
async def test_no_reconnect_after_a_wrong_password(fake: FakeObs, failure: BaseException) -> None:
    fake.connect_errors = [failure]
    controller = ObsController(INFO)
    await controller.start()
    try:
        await asyncio.sleep(0.2)  # many back-off periods
        assert fake.connects == 1
        assert isinstance(controller.last_error, ObsAuthError)

        # New settings: try again at once.
        fixed = ObsConnectionInfo("127.0.0.1", 4455, "the-right-one")
        controller.set_connection(fixed)
        await wait_until(lambda: controller.connected)
        assert fake.connect_infos[-1] == fixed
    finally:
        await controller.close()


async def test_no_reconnect_after_being_kicked(fake: FakeObs) -> None:
    controller = ObsController(INFO)
    recorder = Recorder(controller)
    await controller.start()
    try:
        await wait_until(lambda: controller.connected)
        fake.events[-1].die(close_code=4011)
        event = await recorder.wait_for(
            lambda e: isinstance(e, ConnectionChanged) and not e.connected
        )
        assert isinstance(event, ConnectionChanged) and isinstance(event.error, ObsKickedError)
        await asyncio.sleep(0.2)
        assert fake.connects == 1
    finally:
        await controller.close()


async def test_set_connection_moves_a_live_connection(fake: FakeObs) -> None:
    controller = ObsController(INFO)
    recorder = Recorder(controller)
    await controller.start()
    try:
        await wait_until(lambda: controller.connected)
        other = ObsConnectionInfo("127.0.0.1", 4460, "another-password")
        controller.set_connection(other)
        assert not controller.connected
        assert controller.info == other
        await wait_until(lambda: controller.connected)
        assert fake.connect_infos == [INFO, other]
        await wait_until(lambda: fake.requests[0].closed)
        changes = [(e.connected, e.error) for e in recorder.of(ConnectionChanged)]
        assert changes == [(True, None), (False, None), (True, None)]
    finally:
        await controller.close()


async def test_close_is_idempotent_and_allows_connecting_again(fake: FakeObs) -> None:
    controller = ObsController(INFO)
    await controller.connect()
    await controller.close()
    await controller.close()
    assert fake.requests[0].closed and fake.events[0].closed
    await controller.connect()
    assert controller.connected and fake.connects == 2
    await controller.close()


async def test_requests_connect_on_demand(fake: FakeObs) -> None:
    controller = ObsController(INFO)
    assert (await controller.get_version()).obs_version == "30.2.0"
    assert controller.connected and fake.connects == 1
    await controller.close()


async def test_event_connection_lost_while_connecting_fails_the_connect(fake: FakeObs) -> None:
    open_events = fake.open_events

    def dead_on_arrival(*args: Any, **kwargs: Any) -> FakeEvents:
        link = open_events(*args, **kwargs)
        link.die()
        return link

    fake.open_events = dead_on_arrival  # type: ignore[method-assign]
    controller = ObsController(INFO)
    with pytest.raises(ObsDisconnectedError):
        await controller.connect()
    assert not controller.connected
