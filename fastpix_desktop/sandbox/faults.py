"""Injected faults: error statuses, malformed bodies, delays, dropped connections and timeouts.

A Fault describes what goes wrong; the transports (MockTransport, HTTP server) carry it out,
because only they can delay, drop a connection or time out.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from fastpix_desktop.sandbox import envelope
from fastpix_desktop.sandbox.envelope import SandboxResponse

API_PREFIX = "/v1"


def api_path(path: str) -> str:
    """``/v1/live/streams`` -> ``/live/streams``; paths outside /v1 come back unchanged."""
    if path == API_PREFIX or path.startswith(API_PREFIX + "/"):
        return path[len(API_PREFIX) :] or "/"
    return path


@dataclass(frozen=True)
class Fault:
    """What the next matching request(s) suffer instead of (or before) the normal answer.

    Match: ``method`` and/or ``path_prefix`` (with or without the /v1 prefix); both None = any.
    Effect, applied after ``delay_s``:
      - ``drop``: close the connection without a response (httpx.RemoteProtocolError);
      - ``timeout``: no answer (MockTransport raises httpx.ReadTimeout at once; the server holds
        the request until the client gives up);
      - ``status`` with ``body`` (JSON), ``raw`` (bytes sent as is, e.g. an HTML error page or
        ``b"{not json"``) or neither (a FastPix error envelope for that status);
        ``retry_after`` adds a Retry-After header;
      - only ``delay_s``: a slow but otherwise normal answer;
      - ``drip_s``: the answer (the normal one, or the fault's) is sent one byte at a time,
        ``drip_s`` seconds apart, status line and headers included: a per-read timeout never
        fires, only an overall deadline ends it;
      - ``endless``: a 200 with a chunked body whose chunks never stop coming.
    ``times``: how many matching requests it applies to; None = until cleared.
    """

    status: int | None = None
    body: Any = None
    raw: bytes | None = None
    headers: Mapping[str, str] = field(default_factory=dict)
    content_type: str | None = None
    retry_after: float | None = None
    delay_s: float = 0.0
    drop: bool = False
    timeout: bool = False
    drip_s: float = 0.0
    endless: bool = False
    method: str | None = None
    path_prefix: str | None = None
    times: int | None = 1

    def __post_init__(self) -> None:
        if self.times is not None and self.times < 1:
            raise ValueError("times must be at least 1 (or None for every request)")
        if self.delay_s < 0:
            raise ValueError("delay_s must not be negative")
        if self.drop and self.timeout:
            raise ValueError("a fault either drops the connection or times out, not both")
        if self.drip_s < 0:
            raise ValueError("drip_s must not be negative")
        if self.endless and (self.drop or self.timeout or self.replaces_response):
            raise ValueError("an endless answer is its own response")
        if self.body is not None and self.raw is not None:
            raise ValueError("give body (JSON) or raw (bytes), not both")

    def matches(self, method: str, path: str) -> bool:
        if self.method is not None and self.method.upper() != method.upper():
            return False
        return self.path_prefix is None or api_path(path).startswith(api_path(self.path_prefix))

    @property
    def replaces_response(self) -> bool:
        return self.status is not None or self.body is not None or self.raw is not None

    def response(self) -> SandboxResponse | None:
        """The response this fault sends, or None when the normal answer follows (delay only)."""
        if self.drop or self.timeout or self.endless or not self.replaces_response:
            return None
        status = self.status if self.status is not None else 200
        headers: dict[str, str] = {}
        if self.raw is not None:
            body = self.raw
            guess = "text/html" if body.lstrip().startswith(b"<") else envelope.JSON_CONTENT_TYPE
            headers["Content-Type"] = self.content_type or guess
        else:
            payload = self.body
            if payload is None:
                payload = {
                    "success": False,
                    "error": {
                        "code": status,
                        "message": envelope.status_phrase(status),
                        "description": "Injected by the FastPix sandbox.",
                    },
                }
            body = envelope.encode(payload)
            headers["Content-Type"] = self.content_type or envelope.JSON_CONTENT_TYPE
        if self.retry_after is not None:
            value = self.retry_after
            headers["Retry-After"] = str(int(value)) if float(value).is_integer() else str(value)
        headers.update(self.headers)
        return SandboxResponse(status=status, headers=headers, body=body)


class FaultQueue:
    """Faults in injection order; each request consumes one use of the first that matches."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._faults: list[list[Any]] = []  # [fault, remaining uses or None]

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._faults.append([fault, fault.times])

    def take(self, method: str, path: str) -> Fault | None:
        with self._lock:
            for entry in self._faults:
                fault: Fault = entry[0]
                remaining: int | None = entry[1]
                if not fault.matches(method, path):
                    continue
                if remaining is not None:
                    if remaining <= 1:
                        self._faults.remove(entry)
                    else:
                        entry[1] = remaining - 1
                return fault
        return None

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._faults)
