"""The two obsws-python connections (requests, events) behind small interfaces.

They record the close code OBS sends, which obsws-python drops, and report a silently ended
event thread (obsws-python#48).
"""

from __future__ import annotations

import contextlib
import logging
import struct
import threading
from collections.abc import Callable
from typing import Any, Protocol

import obsws_python as obsws
import websocket
from obsws_python.subs import Subs

from fastpix_desktop.core.obs.connection import ObsConnectionInfo
from fastpix_desktop.core.obs.events import (
    ExitStarted,
    ObsEvent,
    ProfileChanged,
    StreamStateChanged,
)

# One logger for the whole package, named as before the split into modules, so that log
# levels, filters and record names stay as they were.
logger = logging.getLogger("fastpix_desktop.core.obs")

# General (ExitStarted) | Config (CurrentProfileChanged) | Outputs (StreamStateChanged).
EVENT_SUBSCRIPTIONS = int(Subs.GENERAL | Subs.CONFIG | Subs.OUTPUTS)


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

    def recv_data_frame(self, control_frame: bool = False) -> tuple[int, Any]:
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


class _WatchedEventClient(obsws.EventClient):  # type: ignore[misc]  # obsws-python is untyped
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
