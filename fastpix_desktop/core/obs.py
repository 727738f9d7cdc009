"""Talks to OBS Studio over obs-websocket 5 (obsws-python), off the event loop and fully typed.

Every obsws-python call runs on one worker thread and is awaited with a timeout; every failure
comes back as an ObsError with a plain-words message, and OBS's events arrive on the asyncio loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import json
import logging
import re
import socket
import struct
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import obsws_python as obsws
import websocket
from obsws_python.error import OBSSDKError, OBSSDKRequestError, OBSSDKTimeoutError
from obsws_python.subs import Subs

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
from fastpix_desktop.core.models import ObsServiceSettings, ObsStreamStatus, ObsVersion
from fastpix_desktop.core.redact import redact, register_secret

logger = logging.getLogger(__name__)

DEFAULT_PORT = 4455

# obs-websocket close codes (protocol.md, WebSocketCloseCode).
CLOSE_AUTHENTICATION_FAILED = 4009
CLOSE_UNSUPPORTED_RPC_VERSION = 4010
CLOSE_SESSION_INVALIDATED = 4011

# obs-websocket request status codes (protocol.md, RequestStatus).
STATUS_NOT_READY = 207
STATUS_OUTPUT_RUNNING = 500
STATUS_OUTPUT_NOT_RUNNING = 501

OUTPUT_STARTING = "OBS_WEBSOCKET_OUTPUT_STARTING"
OUTPUT_STARTED = "OBS_WEBSOCKET_OUTPUT_STARTED"
OUTPUT_STOPPING = "OBS_WEBSOCKET_OUTPUT_STOPPING"
OUTPUT_STOPPED = "OBS_WEBSOCKET_OUTPUT_STOPPED"

# General (ExitStarted) | Config (CurrentProfileChanged) | Outputs (StreamStateChanged).
EVENT_SUBSCRIPTIONS = int(Subs.GENERAL | Subs.CONFIG | Subs.OUTPUTS)


# --------------------------------------------------------------------------- connection info


@dataclass(frozen=True)
class ObsConnectionInfo:
    """Where OBS's WebSocket server listens; the password never appears in repr."""

    host: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    password: str = field(default="", repr=False)

    @property
    def url_host(self) -> str:
        """The host as it goes into a URL: IPv6 literals in brackets."""
        return f"[{self.host}]" if ":" in self.host else self.host

    @property
    def address(self) -> str:
        return f"{self.url_host}:{self.port}"


_CONNECT_STRING = re.compile(
    r"""
    (?:\[(?P<ipv6>[^\]\s]+)\] | (?P<host>[^\s/:\[\]@?#]+))   # [::1] or a name / IPv4
    (?::(?P<port>\d{1,5}))?                                   # :4455 (optional)
    (?:/(?P<password>.*))?                                    # /password (optional, raw)
    """,
    re.VERBOSE | re.DOTALL,
)
_NOT_A_CONNECT_STRING = (
    "This is not an OBS connect string. In OBS, open Tools → WebSocket Server Settings → "
    "Show Connect Info, and copy the line that starts with obsws://."
)


def parse_connect_string(text: str) -> ObsConnectionInfo:
    """Read OBS's "Show Connect Info" string ``obsws://host:port/password``.

    The password is taken raw (OBS does not percent-encode it, src/forms/ConnectInfo.cpp);
    port and password are optional. Errors never repeat the text, since it holds the password.
    """
    text = (text or "").strip()
    scheme, sep, rest = text.partition("://")
    if not sep or scheme.lower() != "obsws":
        raise ConfigError(_NOT_A_CONNECT_STRING)
    match = _CONNECT_STRING.fullmatch(rest)
    if match is None:
        raise ConfigError(_NOT_A_CONNECT_STRING)
    host = match["ipv6"] or match["host"]
    if match["ipv6"] is not None:
        try:
            host = str(ipaddress.IPv6Address(match["ipv6"]))
        except ValueError:
            raise ConfigError(_NOT_A_CONNECT_STRING) from None
    port = int(match["port"]) if match["port"] else DEFAULT_PORT
    if not 1 <= port <= 65535:
        raise ConfigError("The port in the OBS connect string must be between 1 and 65535.")
    password = match["password"] or ""
    register_secret(password)
    return ObsConnectionInfo(host=host, port=port, password=password)


# --------------------------------------------------------------------------- events


@dataclass(frozen=True)
class ConnectionChanged:
    """The connection to OBS came up or went down; ``error`` says why it is down, if known."""

    connected: bool
    version: ObsVersion | None = None
    error: ObsError | None = None


@dataclass(frozen=True)
class StreamStateChanged:
    active: bool
    state: str  # e.g. "OBS_WEBSOCKET_OUTPUT_STARTED"


@dataclass(frozen=True)
class ExitStarted:
    """OBS began shutting down; a ConnectionChanged(False) follows."""


@dataclass(frozen=True)
class ProfileChanged:
    """The OBS profile changed, and with it possibly the stream destination."""

    name: str


ObsEvent = ConnectionChanged | StreamStateChanged | ExitStarted | ProfileChanged
ObsListener = Callable[[ObsEvent], None]


# --------------------------------------------------------------------------- logging hygiene

# obsws-python logs the password at INFO and every failure with a traceback via
# logger.exception (PEERS-AND-PITFALLS B.2 #1, #8). Its loggers are children named after the
# classes, so a filter must sit on each child; the parent only sets the level.
_OBSWS_CHILD_LOGGERS = (
    "obsws_python.baseclient.ObsClient",
    "obsws_python.reqs.ReqClient",
    "obsws_python.events.EventClient",
    "obsws_python.events._WatchedEventClient",
)


class _ObswsLogFilter(logging.Filter):
    """Drops obsws-python's logger.exception records and masks secrets in the rest.

    Those records (refused connects, timeouts, refused requests) each become a typed ObsError
    here, so the traceback would only be noise, repeated on every reconnect attempt.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info:
            return False
        try:
            message = record.getMessage()
        except Exception:
            message = str(record.msg)
        record.msg, record.args = redact(message), None
        return True


def _quiet_obsws_logging() -> None:
    parent = logging.getLogger("obsws_python")
    # Its own level, not the inherited one: a root logger at DEBUG must not let INFO through.
    if parent.level < logging.WARNING:  # NOTSET (0) included
        parent.setLevel(logging.WARNING)
    for name in _OBSWS_CHILD_LOGGERS:
        child = logging.getLogger(name)
        if not any(isinstance(f, _ObswsLogFilter) for f in child.filters):
            child.addFilter(_ObswsLogFilter())


# --------------------------------------------------------------------------- error mapping


def _is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def local_obs_running() -> bool:
    """Whether an OBS Studio process runs on this computer (tells "server off" from "closed")."""
    try:
        if sys.platform.startswith("linux"):
            for proc in Path("/proc").iterdir():
                if proc.name.isdigit():
                    with contextlib.suppress(OSError):
                        if (proc / "comm").read_text().strip() == "obs":
                            return True
            return False
        if sys.platform == "darwin":
            found = subprocess.run(["pgrep", "-x", "OBS"], capture_output=True, timeout=3)
            return found.returncode == 0
        if sys.platform == "win32":
            listing = subprocess.run(
                ["tasklist", "/FI", "IMAGENAME eq obs64.exe", "/NH"],
                capture_output=True,
                text=True,
                timeout=5,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
            return "obs64.exe" in listing.stdout.lower()
    except (OSError, subprocess.SubprocessError):
        return False
    return False


def _request_comment(exc: OBSSDKRequestError) -> str:
    # OBSSDKRequestError keeps only the formatted text: "... With message: <comment>".
    _, _, comment = str(exc).partition("With message: ")
    return redact(comment.strip())


def to_obs_error(
    exc: BaseException, *, info: ObsConnectionInfo, close_code: int | None = None
) -> ObsError:
    """Translate whatever obsws-python, websocket-client or the OS raised into an ObsError.

    ``close_code`` is the close code OBS sent, when the socket saw one (4009, 4011, ...).
    """
    if isinstance(exc, ObsError):
        return exc
    if close_code == CLOSE_AUTHENTICATION_FAILED:
        return ObsAuthError()
    if close_code == CLOSE_SESSION_INVALIDATED:
        return ObsKickedError()
    if close_code == CLOSE_UNSUPPORTED_RPC_VERSION:
        return ObsError("This OBS is too old: fastpix-desktop needs OBS 28 or newer.")
    if isinstance(exc, OBSSDKRequestError):
        comment = _request_comment(exc)
        if exc.code == STATUS_OUTPUT_RUNNING:
            return ObsLiveError()
        if exc.code == STATUS_NOT_READY:
            return ObsRequestError(
                "OBS is still starting up. Wait a moment and try again.", code=exc.code
            )
        detail = f": {comment}" if comment else "."
        return ObsRequestError(
            f"OBS refused {exc.req_name} (code {exc.code}){detail}", code=exc.code
        )
    if isinstance(exc, OBSSDKTimeoutError | websocket.WebSocketTimeoutException | TimeoutError):
        return ObsTimeoutError()
    if isinstance(exc, OBSSDKError):
        text = str(exc)
        if "no password provided" in text:
            return ObsAuthError(
                "OBS asks for a WebSocket password, but none is set. Copy it from OBS: "
                "Tools → WebSocket Server Settings → Show Connect Info."
            )
        if "failed to identify" in text:
            # OBS closed the handshake (4009); obsws-python only sees an empty frame.
            return ObsAuthError()
        return ObsError(f"OBS WebSocket error: {redact(text)}")
    if isinstance(exc, ConnectionRefusedError):
        if _is_loopback(info.host):
            return ObsServerDisabledError() if local_obs_running() else ObsNotRunningError()
        return ObsNotRunningError(
            f"Nothing answers at {info.address}. Check that OBS runs on that computer, that its "
            "WebSocket server is enabled, and that address and port are right."
        )
    if isinstance(exc, socket.gaierror | websocket.WebSocketAddressException):
        return ObsNotRunningError(
            f"Could not find the computer '{info.host}'. Check the OBS address."
        )
    if isinstance(exc, websocket.WebSocketBadStatusException):
        return ObsNotRunningError(
            f"Something other than OBS's WebSocket server answers at {info.address}. "
            "Check the port in OBS: Tools → WebSocket Server Settings."
        )
    if isinstance(
        exc,
        websocket.WebSocketConnectionClosedException
        | BrokenPipeError
        | ConnectionResetError
        | ConnectionAbortedError
        | json.JSONDecodeError,  # what obsws-python raises when OBS closes mid-request (#41)
    ):
        return ObsDisconnectedError()
    if isinstance(exc, OSError):
        return ObsNotRunningError(
            f"Could not reach OBS at {info.address}. Check the address and your network."
        )
    if isinstance(exc, websocket.WebSocketException):
        return ObsDisconnectedError()
    return ObsError(f"Unexpected problem talking to OBS ({type(exc).__name__}).")


def _drops_connection(error: ObsError) -> bool:
    """Request-level refusals keep the session; anything else means it is gone or unusable."""
    return not isinstance(error, ObsRequestError | ObsLiveError)


# --------------------------------------------------------------------------- obsws-python links


class _RequestLink(Protocol):
    @property
    def close_code(self) -> int | None: ...

    def send(self, request: str, data: dict[str, Any] | None) -> dict[str, Any]: ...

    def close(self, *, graceful: bool) -> None: ...


class _EventLink(Protocol):
    @property
    def close_code(self) -> int | None: ...

    @property
    def alive(self) -> bool: ...

    def close(self, *, graceful: bool) -> None: ...


class _CloseCodeWebSocket(websocket.WebSocket):
    """websocket-client socket that remembers the server's close code (obsws-python drops it)."""

    close_code: int | None = None

    def recv_data_frame(self, control_frame: bool = False) -> tuple:
        opcode, frame = super().recv_data_frame(control_frame)
        if opcode == websocket.ABNF.OPCODE_CLOSE and len(frame.data) >= 2:
            self.close_code = struct.unpack("!H", frame.data[:2])[0]
        return opcode, frame


def _close_ws(ws: Any, *, graceful: bool) -> None:
    with contextlib.suppress(Exception):
        if graceful:
            ws.close(timeout=0.5)
        else:
            ws.abort()  # shutdown(SHUT_RDWR): wakes a thread blocked in recv
    with contextlib.suppress(Exception):
        ws.shutdown()


class _ObsRequests:
    """An authenticated obsws ReqClient; raw camelCase answers, close code recorded."""

    def __init__(self, info: ObsConnectionInfo, timeout: float) -> None:
        # host, port and password always explicit: otherwise it reads config.toml (B.2 #3).
        self._client = obsws.ReqClient(
            host=info.url_host, port=info.port, password=info.password, timeout=timeout
        )
        self._ws = self._client.base_client.ws
        self._ws.__class__ = _CloseCodeWebSocket

    @property
    def close_code(self) -> int | None:
        return getattr(self._ws, "close_code", None)

    def send(self, request: str, data: dict[str, Any] | None) -> dict[str, Any]:
        return self._client.send(request, data, raw=True) or {}

    def close(self, *, graceful: bool) -> None:
        _close_ws(self._ws, graceful=graceful)


class _WatchedEventClient(obsws.EventClient):
    """EventClient whose thread records the close code and reports its own end.

    obsws-python's event thread ends silently when OBS goes away (obsws-python#48).
    """

    def __init__(self, *, on_thread_end: Callable[[int | None], None], **kwargs: Any) -> None:
        self._on_thread_end = on_thread_end
        super().__init__(**kwargs)

    def subscribe(self) -> None:
        self.base_client.ws.__class__ = _CloseCodeWebSocket  # before the thread starts reading
        super().subscribe()

    def trigger(self, stop_event: threading.Event) -> None:
        try:
            super().trigger(stop_event)
        except Exception as exc:  # never let the daemon thread die with a printed traceback
            logger.debug("OBS event thread stopped: %s", type(exc).__name__)
        finally:
            self._on_thread_end(getattr(self.base_client.ws, "close_code", None))


class _ObsEvents:
    """OBS's events (General, Config, Outputs) translated into ObsEvent objects."""

    def __init__(
        self,
        info: ObsConnectionInfo,
        timeout: float,
        *,
        on_event: Callable[[ObsEvent], None],
        on_lost: Callable[[int | None], None],
    ) -> None:
        self._closing = False
        self._ended = False
        self._on_lost = on_lost

        # obsws-python dispatches by function name: on_<snake_case(eventType)>.
        def on_stream_state_changed(data: Any) -> None:
            state = str(getattr(data, "output_state", ""))
            on_event(StreamStateChanged(bool(getattr(data, "output_active", False)), state))

        def on_exit_started(data: Any) -> None:
            on_event(ExitStarted())

        def on_current_profile_changed(data: Any) -> None:
            on_event(ProfileChanged(str(getattr(data, "profile_name", ""))))

        self._client = _WatchedEventClient(
            on_thread_end=self._thread_ended,
            host=info.url_host,
            port=info.port,
            password=info.password,
            timeout=timeout,
            subs=EVENT_SUBSCRIPTIONS,
        )
        self._client.callback.register(
            [on_stream_state_changed, on_exit_started, on_current_profile_changed]
        )

    def _thread_ended(self, close_code: int | None) -> None:
        self._ended = True  # before telling anyone, so that `alive` is already False then
        if not self._closing:
            self._on_lost(close_code)

    @property
    def close_code(self) -> int | None:
        return getattr(self._client.base_client.ws, "close_code", None)

    @property
    def alive(self) -> bool:
        return not self._ended and self._client.worker.is_alive()

    def close(self, *, graceful: bool) -> None:
        self._closing = True
        _close_ws(self._client.base_client.ws, graceful=graceful)
        self._client.worker.join(timeout=2.0)


# Seams for unit tests (they substitute fakes raising obsws-python's exceptions).
def _open_requests(info: ObsConnectionInfo, timeout: float) -> _RequestLink:
    return _ObsRequests(info, timeout)


def _open_events(
    info: ObsConnectionInfo,
    timeout: float,
    *,
    on_event: Callable[[ObsEvent], None],
    on_lost: Callable[[int | None], None],
) -> _EventLink:
    return _ObsEvents(info, timeout, on_event=on_event, on_lost=on_lost)


# --------------------------------------------------------------------------- worker session


class _Session:
    """One connection's worker thread and its obsws-python clients.

    The public methods run *on* the worker thread (submit them); obsws-python has no requestId
    matching (B.2 #4), so a client is only ever used from this one thread.
    """

    def __init__(
        self,
        info: ObsConnectionInfo,
        timeout: float,
        *,
        loop: asyncio.AbstractEventLoop,
        on_event: Callable[[_Session, ObsEvent], None],
        on_lost: Callable[[_Session, int | None], None],
    ) -> None:
        self.info = info
        self.timeout = timeout
        self._loop = loop
        self._on_event = on_event
        self._on_lost = on_lost
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="obs-websocket")
        self._requests: _RequestLink | None = None
        self._events: _EventLink | None = None

    def submit(self, fn: Callable[..., Any], *args: Any) -> asyncio.Future[Any]:
        """Run ``fn`` on the worker thread; RuntimeError once the session is retired."""
        return asyncio.wrap_future(self._executor.submit(fn, *args), loop=self._loop)

    def submit_nowait(self, fn: Callable[..., Any], *args: Any) -> None:
        """Queue ``fn`` on the worker thread without anyone awaiting it (cleanup work)."""
        with contextlib.suppress(RuntimeError):
            self._executor.submit(fn, *args)

    def retire(self, *, graceful: bool) -> Future[None] | None:
        """Close the clients after any queued work, then let the thread end."""
        try:
            done = self._executor.submit(self.drop, graceful)
        except RuntimeError:  # already retired
            return None
        self._executor.shutdown(wait=False)
        return done

    # ---- from the obsws-python event thread

    def _post(self, callback: Callable[..., None], *args: Any) -> None:
        with contextlib.suppress(RuntimeError):  # loop closed: nobody is listening any more
            self._loop.call_soon_threadsafe(callback, self, *args)

    # ---- on the worker thread

    def open(self) -> None:
        if self._requests is not None and self._events is not None:
            return
        self.drop(graceful=False)
        requests: _RequestLink | None = None
        try:
            requests = _open_requests(self.info, self.timeout)
            self._events = _open_events(
                self.info,
                self.timeout,
                on_event=lambda event: self._post(self._on_event, event),
                on_lost=lambda code: self._post(self._on_lost, code),
            )
        except BaseException as exc:
            code = requests.close_code if requests is not None else None
            if requests is not None:
                requests.close(graceful=False)
            logger.debug("OBS connect failed: %s", type(exc).__name__)
            raise to_obs_error(exc, info=self.info, close_code=code) from None
        self._requests = requests

    def send(self, request: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
        if self._requests is None:
            raise ObsDisconnectedError()
        try:
            return self._requests.send(request, data)
        except OBSSDKRequestError as exc:
            raise to_obs_error(exc, info=self.info) from None
        except BaseException as exc:
            # Timeout included: a late reply would be read as the next request's answer,
            # since obsws-python does not match requestIds (B.2 #4), so the client goes.
            error = to_obs_error(exc, info=self.info, close_code=self._requests.close_code)
            logger.debug("OBS request %s failed: %s", request, type(exc).__name__)
            self.drop(graceful=False)
            raise error from None

    def check_events_alive(self) -> None:
        if self._events is None or not self._events.alive:
            code = self._events.close_code if self._events is not None else None
            error = (
                ObsKickedError() if code == CLOSE_SESSION_INVALIDATED else ObsDisconnectedError()
            )
            self.drop(graceful=False)
            raise error

    def drop(self, graceful: bool = False) -> None:
        events, self._events = self._events, None
        requests, self._requests = self._requests, None
        if events is not None:
            events.close(graceful=graceful)
        if requests is not None:
            requests.close(graceful=graceful)


# --------------------------------------------------------------------------- controller

# Retry delays for 207 NotReady right after connecting (obs-studio#10408: intended).
NOT_READY_RETRY_DELAYS = (0.1, 0.2, 0.4, 0.8, 1.5)
_NO_RECONNECT = (ObsAuthError, ObsKickedError)


class ObsController:
    """The app's one way to talk to OBS: typed requests, events on the loop, auto-reconnect."""

    BACKOFF_INITIAL = 0.5
    BACKOFF_MAX = 10.0
    HEARTBEAT_INTERVAL = 5.0
    # Extra time granted over obsws-python's own timeout before the worker counts as stuck.
    STUCK_SLACK = 2.0

    def __init__(self, info: ObsConnectionInfo, *, timeout: float = 3.0) -> None:
        _quiet_obsws_logging()
        register_secret(info.password)
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
            self._supervisor = asyncio.create_task(self._supervise(), name="obs-supervisor")

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
        register_secret(info.password)
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
                self._supervisor = self._loop.create_task(self._supervise(), name="obs-supervisor")

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
            raise ObsError("OBS sent stream settings this app does not understand.")
        _register_service_secrets(settings)
        return ObsServiceSettings(str(data.get("streamServiceType", "")), dict(settings))

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

    async def start_stream(self) -> None:
        """Ask OBS to start streaming; it answers before it knows whether that worked (B.1 #2)."""
        try:
            await self._request("StartStream")
        except ObsLiveError:
            raise ObsLiveError("OBS is already streaming.") from None

    async def stop_stream(self) -> None:
        try:
            await self._request("StopStream")
        except ObsRequestError as error:
            if error.code == STATUS_OUTPUT_NOT_RUNNING:
                raise ObsRequestError("OBS is not streaming.", code=error.code) from None
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
                        event = await events.get()
                        if isinstance(event, ConnectionChanged) and not event.connected:
                            raise event.error or ObsDisconnectedError()
                        if isinstance(event, StreamStateChanged):
                            if event.state == OUTPUT_STARTED:
                                return
                            if event.state in (OUTPUT_STOPPING, OUTPUT_STOPPED):
                                raise ObsStreamStartError()
            except TimeoutError:
                raise ObsTimeoutError(
                    f"OBS did not confirm within {timeout:.0f} s that the stream started. "
                    "Check OBS's status bar."
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
                    while True:
                        event = await events.get()
                        if isinstance(event, ConnectionChanged) and not event.connected:
                            raise event.error or ObsDisconnectedError()
                        if isinstance(event, StreamStateChanged) and event.state == OUTPUT_STOPPED:
                            return
            except TimeoutError:
                # The event may have been missed; OBS's own status decides.
                if not (await self.get_stream_status()).active:
                    return
                raise ObsTimeoutError(
                    f"OBS did not stop streaming within {timeout:.0f} s. Stop it in OBS."
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
                return await self._call(
                    session, session.send, request, data, budget=self._timeout + self.STUCK_SLACK
                )
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

    async def _supervise(self) -> None:
        delay = self.BACKOFF_INITIAL
        while self._supervising:
            if self._connected:
                woke = await self._wait_wake(self.HEARTBEAT_INTERVAL)
                if not woke and self._connected:
                    await self._heartbeat()
                if not self._connected and isinstance(self._last_error, _NO_RECONNECT):
                    return
                if not self._connected:
                    delay = self.BACKOFF_INITIAL
                continue
            try:
                await self.connect()
                delay = self.BACKOFF_INITIAL
            except _NO_RECONNECT:
                logger.info("Not reconnecting to OBS: %s", type(self._last_error).__name__)
                return
            except ObsError:
                await self._wait_wake(delay)
                if self._reset_backoff:
                    self._reset_backoff, delay = False, self.BACKOFF_INITIAL
                else:
                    delay = min(delay * 2, self.BACKOFF_MAX)


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
