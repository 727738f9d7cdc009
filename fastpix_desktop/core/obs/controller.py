"""ObsController: the app's one way to talk to OBS (typed requests, events, auto-reconnect)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Iterator
from typing import Any

from fastpix_desktop.core.errors import (
    ObsAuthError,
    ObsDisconnectedError,
    ObsError,
    ObsKickedError,
    ObsLiveError,
    ObsRequestError,
    ObsStreamStartError,
    ObsTimeoutError,
)
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP, marked
from fastpix_desktop.core.models import ObsServiceSettings, ObsStreamStatus, ObsVersion
from fastpix_desktop.core.obs.connection import ObsConnectionInfo
from fastpix_desktop.core.obs.error_mapping import _drops_connection
from fastpix_desktop.core.obs.events import (
    OUTPUT_STARTED,
    OUTPUT_STOPPED,
    OUTPUT_STOPPING,
    ConnectionChanged,
    ObsEvent,
    ObsListener,
    StreamStateChanged,
)
from fastpix_desktop.core.obs.logging_hygiene import _quiet_obsws_logging
from fastpix_desktop.core.obs.protocol import (
    CLOSE_SESSION_INVALIDATED,
    STATUS_NOT_READY,
    STATUS_OUTPUT_NOT_RUNNING,
)
from fastpix_desktop.core.obs.session import _Session
from fastpix_desktop.core.redact import register_secret

# One logger for the whole package, named as before the split into modules, so that log
# levels, filters and record names stay as they were.
logger = logging.getLogger("fastpix_desktop.core.obs")

# Retry delays for 207 NotReady right after connecting (obs-studio#10408: intended).
NOT_READY_RETRY_DELAYS = (0.1, 0.2, 0.4, 0.8, 1.5)
# How often OBS's status is read while it still reports live just after its STOPPED event.
STOPPED_POLL_S = 0.05
_NO_RECONNECT = (ObsAuthError, ObsKickedError)


class ObsController:
    """The app's one way to talk to OBS: typed requests, events on the loop, auto-reconnect."""

    BACKOFF_INITIAL = 0.5
    BACKOFF_MAX = 10.0
    # After a lost connection OBS is usually restarting and back within a second or two, so
    # retry at this steady pace for FAST_RETRY_WINDOW before backing off (docs/faults.md).
    FAST_RETRY_S = 0.25
    FAST_RETRY_WINDOW = 20.0
    HEARTBEAT_INTERVAL = 5.0
    # Extra time granted over obsws-python's own timeout before the worker counts as stuck.
    STUCK_SLACK = 2.0

    def __init__(self, info: ObsConnectionInfo, *, timeout: float = 3.0) -> None:
        _quiet_obsws_logging()
        register_secret(info.password, keep=True)
        self._info = info
        self._timeout = timeout
        self._loop: asyncio.AbstractEventLoop | None = None
        self._session: _Session | None = None
        self._listeners: list[ObsListener] = []
        self._connected = False
        self._version: ObsVersion | None = None
        self._last_error: ObsError | None = None
        self._connect_lock: asyncio.Lock | None = None
        self._supervisor: asyncio.Task[None] | None = None
        self._supervising = False
        self._wake: asyncio.Event | None = None
        self._reset_backoff = False

    def __repr__(self) -> str:
        return f"ObsController({self._info.address}, connected={self._connected})"

    # ---- state

    @property
    def info(self) -> ObsConnectionInfo:
        return self._info

    @property
    def connected(self) -> bool:
        return self._connected

    @property
    def version(self) -> ObsVersion | None:
        return self._version

    @property
    def last_error(self) -> ObsError | None:
        return self._last_error

    # ---- listeners

    def add_listener(self, fn: ObsListener) -> Callable[[], None]:
        """Call ``fn(event)`` on the event loop for every ObsEvent; returns the unsubscribe."""
        self._listeners.append(fn)

        def unsubscribe() -> None:
            with contextlib.suppress(ValueError):
                self._listeners.remove(fn)

        return unsubscribe

    def _emit(self, event: ObsEvent) -> None:
        for fn in list(self._listeners):
            try:
                fn(event)
            except Exception:
                logger.exception("An OBS event listener failed")

    # ---- connection lifecycle

    async def connect(self) -> ObsVersion:
        """One connection attempt; raises a typed ObsError when OBS cannot be used."""
        self._bind_loop()
        assert self._connect_lock is not None
        async with self._connect_lock:
            if self._connected and self._version is not None:
                return self._version
            session = self._current_session()
            budget = 2 * self._timeout + self.STUCK_SLACK
            try:
                await self._call(session, session.open, budget=budget)
                version = _version_from(await self._send("GetVersion"))
                # A loss while connecting is not reported as one (not connected yet): look.
                await self._call(session, session.check_events_alive, budget=budget)
                if self._session is not session:  # set_connection() or close() meanwhile
                    raise ObsDisconnectedError()
            except ObsError as error:
                session.submit_nowait(session.drop, False)
                self._connect_failed(error)
                raise
            self._connected, self._version, self._last_error = True, version, None
            logger.info(
                "Connected to OBS %s (obs-websocket %s) at %s",
                version.obs_version,
                version.websocket_version,
                self._info.address,
            )
            self._emit(ConnectionChanged(True, version, None))
            return version

    async def start(self) -> None:
        """Connect in the background and stay connected (reconnects with back-off).

        Stops trying after a wrong password (4009) or a kick (4011) until set_connection().
        """
        self._bind_loop()
        self._supervising = True
        if self._supervisor is None or self._supervisor.done():
            self._spawn_supervisor(asyncio.get_running_loop())

    async def close(self) -> None:
        """Stop reconnecting and close the connection; the controller can connect again later."""
        self._supervising = False
        supervisor, self._supervisor = self._supervisor, None
        if supervisor is not None and not supervisor.done():
            supervisor.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await supervisor
        session, self._session = self._session, None
        was_connected = self._connected
        self._connected, self._version = False, None
        if session is not None:
            done = session.retire(graceful=True)
            if done is not None:
                with contextlib.suppress(Exception):
                    await asyncio.wait_for(asyncio.wrap_future(done), self._timeout + 1.0)
        if was_connected:
            self._emit(ConnectionChanged(False, None, None))

    def set_connection(self, info: ObsConnectionInfo) -> None:
        """Use new host/port/password: drops the current connection and reconnects if started."""
        register_secret(info.password, keep=True)
        self._info = info
        session, self._session = self._session, None
        if session is not None:
            session.retire(graceful=True)
        was_connected = self._connected
        self._connected, self._version, self._last_error = False, None, None
        if was_connected:
            self._emit(ConnectionChanged(False, None, None))
        if self._supervising and self._loop is not None:
            self._reset_backoff = True
            if self._wake is not None:
                self._wake.set()
            if self._supervisor is None or self._supervisor.done():
                self._spawn_supervisor(self._loop)

    # ---- requests

    async def get_version(self) -> ObsVersion:
        version = _version_from(await self._request("GetVersion"))
        self._version = version
        return version

    async def get_stream_status(self) -> ObsStreamStatus:
        data = await self._request("GetStreamStatus")
        return ObsStreamStatus(
            active=bool(data.get("outputActive", False)),
            reconnecting=bool(data.get("outputReconnecting", False)),
            bytes=int(data.get("outputBytes") or 0),
            duration_ms=int(data.get("outputDuration") or 0),
            congestion=float(data.get("outputCongestion") or 0.0),
            skipped_frames=int(data.get("outputSkippedFrames") or 0),
            total_frames=int(data.get("outputTotalFrames") or 0),
            timecode=str(data.get("outputTimecode") or ""),
        )

    async def get_service(self) -> ObsServiceSettings:
        data = await self._request("GetStreamServiceSettings")
        settings = data.get("streamServiceSettings") or {}
        if not isinstance(settings, dict):
            raise ObsError(
                QT_TRANSLATE_NOOP(
                    "errors", "OBS sent stream settings this app does not understand."
                )
            )
        _register_service_secrets(settings)
        return ObsServiceSettings(str(data.get("streamServiceType", "")), dict(settings))

    async def get_current_profile(self) -> str:
        """The name of OBS's current profile (each profile has its own stream destination)."""
        data = await self._request("GetProfileList")
        return str(data.get("currentProfileName") or "")

    async def set_service(self, service: ObsServiceSettings) -> None:
        """Send the whole settings object as given (same-type updates merge in OBS, B.1 #6).

        Raises ObsLiveError while OBS streams (500 OutputRunning); nothing changes then.
        """
        _register_service_secrets(service.settings)
        await self._request(
            "SetStreamServiceSettings",
            {
                "streamServiceType": service.service_type,
                "streamServiceSettings": dict(service.settings),
            },
        )

    async def get_profile_parameter(self, category: str, name: str) -> str | None:
        """A value of the current profile's basic.ini (e.g. Output / Reconnect), or its default.

        None when neither is set; obs-websocket returns both as strings (or null).
        """
        data = await self._request(
            "GetProfileParameter", {"parameterCategory": category, "parameterName": name}
        )
        for field_name in ("parameterValue", "defaultParameterValue"):
            value = data.get(field_name)
            if value is not None:
                return str(value)
        return None

    async def get_profile_value(self, category: str, name: str) -> str | None:
        """The value the current profile itself sets (``parameterValue``), without OBS's
        default: None when the profile does not set it (what a later restore puts back)."""
        data = await self._request(
            "GetProfileParameter", {"parameterCategory": category, "parameterName": name}
        )
        value = data.get("parameterValue")
        return None if value is None else str(value)

    async def set_profile_parameter(self, category: str, name: str, value: str | None) -> None:
        """Set (or, with None, remove) a value of the current profile's basic.ini; OBS writes
        the file at once. Whether OBS uses it at once depends on the parameter
        (docs/obs-output-state.md, "The broadcast guard")."""
        await self._request(
            "SetProfileParameter",
            {"parameterCategory": category, "parameterName": name, "parameterValue": value},
        )

    async def start_stream(self) -> None:
        """Ask OBS to start streaming; it answers before it knows whether that worked (B.1 #2)."""
        try:
            await self._request("StartStream")
        except ObsLiveError:
            raise ObsLiveError(QT_TRANSLATE_NOOP("errors", "OBS is already streaming.")) from None

    async def stop_stream(self) -> None:
        try:
            await self._request("StopStream")
        except ObsRequestError as error:
            if error.code == STATUS_OUTPUT_NOT_RUNNING:
                raise ObsRequestError(
                    QT_TRANSLATE_NOOP("errors", "OBS is not streaming."), code=error.code
                ) from None
            raise

    async def start_streaming_and_wait(self, timeout: float = 15.0) -> None:
        """Start streaming and return once OBS reports STARTED.

        STARTING then STOPPED (OBS could not connect) raises ObsStreamStartError; no answer
        within ``timeout`` raises ObsTimeoutError.
        """
        await self._ensure_connected()
        with self._collect_events() as events:  # registered before StartStream is sent
            await self.start_stream()
            try:
                async with asyncio.timeout(timeout):
                    while True:
                        state = await _next_stream_state(events)
                        if state == OUTPUT_STARTED:
                            return
                        if state in (OUTPUT_STOPPING, OUTPUT_STOPPED):
                            raise ObsStreamStartError()
            except TimeoutError:
                raise ObsTimeoutError(
                    marked(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "OBS did not confirm within {seconds} s that the stream started. "
                            "Check OBS's status bar.",
                        ),
                        seconds=f"{timeout:.0f}",
                    )
                ) from None

    async def stop_streaming_and_wait(self, timeout: float = 15.0) -> None:
        """Stop streaming and return once OBS reports STOPPED (returns at once if not live).

        OBS refuses settings changes while a stop is still in progress (obs-websocket-js#343).
        """
        await self._ensure_connected()
        with self._collect_events() as events:
            try:
                await self.stop_stream()
            except ObsRequestError as error:
                if error.code == STATUS_OUTPUT_NOT_RUNNING:
                    return
                raise
            try:
                async with asyncio.timeout(timeout):
                    while await _next_stream_state(events) != OUTPUT_STOPPED:
                        pass
                    # libobs emits "stop" right after starting the thread that clears the
                    # output's active flag, so OBS may still say live for a moment (and refuse
                    # settings as OutputRunning): wait until its status agrees (docs/faults.md).
                    while (await self.get_stream_status()).active:
                        await asyncio.sleep(STOPPED_POLL_S)
                    return
            except TimeoutError:
                # The event may have been missed; OBS's own status decides.
                if not (await self.get_stream_status()).active:
                    return
                raise ObsTimeoutError(
                    marked(
                        QT_TRANSLATE_NOOP(
                            "errors",
                            "OBS did not stop streaming within {seconds} s. Stop it in OBS.",
                        ),
                        seconds=f"{timeout:.0f}",
                    )
                ) from None

    # ---- internals: loop side

    def _bind_loop(self) -> None:
        loop = asyncio.get_running_loop()
        if self._loop is not loop:
            # A new loop (e.g. a test's): asyncio primitives and the session belong to the old one.
            self._loop = loop
            self._connect_lock = asyncio.Lock()
            self._wake = asyncio.Event()
            if self._session is not None:
                self._session.retire(graceful=False)
                self._session = None
                self._connected, self._version = False, None

    def _current_session(self) -> _Session:
        self._bind_loop()
        assert self._loop is not None
        if self._session is None:
            self._session = _Session(
                self._info,
                self._timeout,
                loop=self._loop,
                on_event=self._on_session_event,
                on_lost=self._on_session_lost,
            )
        return self._session

    async def _call(
        self, session: _Session, fn: Callable[..., Any], *args: Any, budget: float
    ) -> Any:
        try:
            future = session.submit(fn, *args)
        except RuntimeError:  # retired meanwhile by set_connection() or close()
            raise ObsDisconnectedError() from None
        try:
            return await asyncio.wait_for(future, budget)
        except TimeoutError:
            # The worker is stuck beyond obsws-python's own timeout: abandon the whole session
            # (its thread closes its clients when the call returns); the next call starts afresh.
            if self._session is session:
                self._session = None
            session.retire(graceful=False)
            raise ObsTimeoutError() from None

    async def _ensure_connected(self) -> None:
        if not self._connected:
            await self.connect()

    async def _request(self, request: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
        await self._ensure_connected()
        return await self._send(request, data)

    async def _send(self, request: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
        delays = iter(NOT_READY_RETRY_DELAYS)
        while True:
            session = self._current_session()
            try:
                answer: dict[str, Any] = await self._call(
                    session, session.send, request, data, budget=self._timeout + self.STUCK_SLACK
                )
                return answer
            except ObsRequestError as error:
                delay = next(delays, None)
                if error.code != STATUS_NOT_READY or delay is None:
                    raise
                await asyncio.sleep(delay)
            except ObsError as error:
                if _drops_connection(error):
                    self._mark_disconnected(error)
                raise

    def _connect_failed(self, error: ObsError) -> None:
        previous = self._last_error
        self._last_error = error
        if type(previous) is not type(error):
            # Only news reaches listeners: not every retry of the same failure.
            self._emit(ConnectionChanged(False, None, error))

    def _mark_disconnected(self, error: ObsError) -> None:
        if not self._connected:
            return  # connect() reports its own failures
        self._connected, self._version, self._last_error = False, None, error
        if self._session is not None:
            self._session.submit_nowait(self._session.drop, False)
        logger.info(
            "Lost the connection to OBS at %s: %s", self._info.address, type(error).__name__
        )
        self._emit(ConnectionChanged(False, None, error))
        if self._wake is not None:
            self._wake.set()

    def _on_session_event(self, session: _Session, event: ObsEvent) -> None:
        if session is self._session:
            self._emit(event)

    def _on_session_lost(self, session: _Session, close_code: int | None) -> None:
        if session is self._session and self._connected:
            error = (
                ObsKickedError()
                if close_code == CLOSE_SESSION_INVALIDATED
                else ObsDisconnectedError()
            )
            self._mark_disconnected(error)

    @contextlib.contextmanager
    def _collect_events(self) -> Iterator[asyncio.Queue[ObsEvent]]:
        queue: asyncio.Queue[ObsEvent] = asyncio.Queue()
        unsubscribe = self.add_listener(queue.put_nowait)
        try:
            yield queue
        finally:
            unsubscribe()

    async def _wait_wake(self, seconds: float) -> bool:
        assert self._wake is not None
        try:
            async with asyncio.timeout(seconds):
                await self._wake.wait()
        except TimeoutError:
            return False
        finally:
            self._wake.clear()
        return True

    async def _heartbeat(self) -> None:
        session = self._current_session()
        try:
            await self._call(
                session, session.check_events_alive, budget=self._timeout + self.STUCK_SLACK
            )
        except ObsError as error:
            self._mark_disconnected(error)
            return
        with contextlib.suppress(ObsError):  # _send marks the loss itself
            await self._send("GetStreamStatus")

    def _spawn_supervisor(self, loop: asyncio.AbstractEventLoop) -> None:
        self._supervisor = loop.create_task(self._supervise(), name="obs-supervisor")
        self._supervisor.add_done_callback(_report_supervisor_crash)

    async def _supervise(self) -> None:
        delay = self.BACKOFF_INITIAL
        loop = asyncio.get_running_loop()
        fast_until = 0.0  # retry at FAST_RETRY_S until then (set when a connection is lost)
        while self._supervising:
            if self._connected:
                woke = await self._wait_wake(self.HEARTBEAT_INTERVAL)
                if not woke and self._connected:
                    await self._heartbeat()
                if not self._connected and isinstance(self._last_error, _NO_RECONNECT):
                    return
                if not self._connected:
                    delay = self.BACKOFF_INITIAL
                    fast_until = loop.time() + self.FAST_RETRY_WINDOW
                continue
            try:
                await self.connect()
                delay = self.BACKOFF_INITIAL
            except _NO_RECONNECT:
                logger.info("Not reconnecting to OBS: %s", type(self._last_error).__name__)
                return
            except ObsError:
                if loop.time() < fast_until:
                    await self._wait_wake(self.FAST_RETRY_S)
                    continue
                await self._wait_wake(delay)
                if self._reset_backoff:
                    self._reset_backoff, delay = False, self.BACKOFF_INITIAL
                else:
                    delay = min(delay * 2, self.BACKOFF_MAX)


async def _next_stream_state(events: asyncio.Queue[ObsEvent]) -> str:
    """The state of the next StreamStateChanged; a lost connection raises its error instead."""
    while True:
        event = await events.get()
        if isinstance(event, ConnectionChanged) and not event.connected:
            raise event.error or ObsDisconnectedError()
        if isinstance(event, StreamStateChanged):
            return event.state


def _report_supervisor_crash(task: asyncio.Task[None]) -> None:
    """A bug in the reconnect loop must not end it silently: hand it to the loop's exception
    handler (the window's shows the error dialog)."""
    if task.cancelled() or task.exception() is None:
        return
    task.get_loop().call_exception_handler(
        {
            "message": "The OBS reconnect loop stopped unexpectedly",
            "exception": task.exception(),
            "task": task,
        }
    )


def _version_from(data: dict[str, Any]) -> ObsVersion:
    return ObsVersion(
        obs_version=str(data.get("obsVersion", "")),
        websocket_version=str(data.get("obsWebSocketVersion", "")),
        rpc_version=int(data.get("rpcVersion") or 1),
    )


def _register_service_secrets(settings: Any) -> None:
    if isinstance(settings, dict):
        for name in ("key", "password"):
            value = settings.get(name)
            if isinstance(value, str):
                register_secret(value)
