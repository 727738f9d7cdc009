"""In-process httpx transport for the sandbox (``--demo`` and tests): no socket, same answers.

Async requests wait with ``asyncio.sleep`` so injected latency never blocks an event loop (the
qasync loop of the window); sync requests use ``time.sleep``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Iterator, Mapping
from typing import Protocol

import httpx

from fastpix_desktop.sandbox.envelope import SandboxResponse
from fastpix_desktop.sandbox.faults import Fault


class ServedApi(Protocol):
    """What a transport needs from sandbox.api.SandboxApi; typed here, so this module does not
    import the API module (which builds transports: no import cycle)."""

    latency_ms: float

    def take_fault(self, method: str, path: str) -> Fault | None: ...

    def handle(
        self,
        method: str,
        path: str,
        query: str | Mapping[str, str] | None,
        headers: Mapping[str, str],
        body: bytes,
    ) -> SandboxResponse: ...


def _bytes_of(body: bytes) -> Iterator[bytes]:
    return (body[i : i + 1] for i in range(len(body)))


def _endless() -> Iterator[bytes]:
    while True:
        yield b'{"success":true,"data":['


class _SlowStream(httpx.AsyncByteStream, httpx.SyncByteStream):
    """A body that arrives one piece every ``interval`` seconds (drip and endless faults)."""

    def __init__(self, chunks: Iterator[bytes], interval: float) -> None:
        self._chunks = chunks
        self._interval = interval

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._chunks:
            time.sleep(self._interval)
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for chunk in self._chunks:
            await asyncio.sleep(self._interval)
            yield chunk


def _read_timeout(request: httpx.Request) -> float | None:
    timeout = request.extensions.get("timeout") or {}
    value = timeout.get("read")
    return float(value) if value is not None else None


class SandboxTransport(httpx.MockTransport):
    """httpx.MockTransport over a SandboxApi, applying its latency and injected faults.

    MockTransport ignores the client's timeout; this one honours the read timeout, so a delay
    longer than it ends in httpx.ReadTimeout after the timeout, as over a real socket.
    """

    def __init__(self, api: ServedApi) -> None:
        super().__init__(self._unused_handler)
        self.api = api

    @staticmethod
    def _unused_handler(request: httpx.Request) -> httpx.Response:  # pragma: no cover
        raise RuntimeError("SandboxTransport answers through handle_request / handle_async")

    # ------------------------------------------------------------------ plan and outcome

    def _plan(self, request: httpx.Request) -> tuple[Fault | None, float, bool]:
        """(fault, seconds to wait, whether the wait ends in a read timeout)."""
        fault = self.api.take_fault(request.method, request.url.path)
        delay = self.api.latency_ms / 1000 + (fault.delay_s if fault else 0.0)
        limit = _read_timeout(request)
        if limit is not None and delay > limit:
            return fault, limit, True
        return fault, delay, False

    def _outcome(
        self, request: httpx.Request, fault: Fault | None, timed_out: bool
    ) -> httpx.Response:
        if timed_out or (fault is not None and fault.timeout):
            raise httpx.ReadTimeout("The read operation timed out", request=request)
        answer: SandboxResponse | None
        if fault is not None and fault.endless:
            answer = SandboxResponse(200, {"Content-Type": "application/json"}, b"")
        elif fault is not None and fault.drop:
            raise httpx.RemoteProtocolError(
                "Server disconnected without sending a response.", request=request
            )
        else:
            answer = fault.response() if fault is not None else None
        if answer is None:
            answer = self.api.handle(
                request.method,
                request.url.path,
                request.url.query.decode("ascii"),
                request.headers,
                request.content,
            )
        if fault is not None and (fault.drip_s > 0 or fault.endless):
            interval = fault.drip_s or 0.01
            chunks = _endless() if fault.endless else _bytes_of(answer.body)
            headers = dict(answer.headers)
            if not fault.endless:
                headers["Content-Length"] = str(len(answer.body))
            return httpx.Response(
                200 if fault.endless else answer.status,
                headers=headers,
                stream=_SlowStream(chunks, interval),
                request=request,
            )
        return httpx.Response(
            answer.status, headers=dict(answer.headers), content=answer.body, request=request
        )

    # ------------------------------------------------------------------ httpx entry points

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        fault, wait, timed_out = self._plan(request)
        if wait > 0:
            time.sleep(wait)
        return self._outcome(request, fault, timed_out)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        fault, wait, timed_out = self._plan(request)
        if wait > 0:
            await asyncio.sleep(wait)
        return self._outcome(request, fault, timed_out)
