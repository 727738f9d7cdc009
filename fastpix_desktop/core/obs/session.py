"""One OBS connection's worker thread, the only thread that ever uses its obsws-python clients."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from obsws_python.error import OBSSDKRequestError

from fastpix_desktop.core.errors import ObsDisconnectedError, ObsKickedError
from fastpix_desktop.core.obs.connection import ObsConnectionInfo
from fastpix_desktop.core.obs.error_mapping import to_obs_error
from fastpix_desktop.core.obs.events import ObsEvent
from fastpix_desktop.core.obs.links import _EventLink, _ObsEvents, _ObsRequests, _RequestLink
from fastpix_desktop.core.obs.protocol import CLOSE_SESSION_INVALIDATED

# One logger for the whole package, named as before the split into modules, so that log
# levels, filters and record names stay as they were.
logger = logging.getLogger("fastpix_desktop.core.obs")


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
