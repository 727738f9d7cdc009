"""One HTTP exchange with an overall deadline and a cap on the bytes read from the answer.

httpx's timeouts are per network operation, so a server that drips a byte every few seconds or
streams forever is never timed out by them; see docs/faults.md.
"""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import Any

import httpx

# Headers that describe the body as it came over the wire; the body handed on is already decoded.
_WIRE_HEADERS = ("content-encoding", "transfer-encoding", "content-length")


class DeadlineExceeded(Exception):
    """The whole exchange (connect, send, headers, body) took longer than its deadline."""


class AnswerTooLarge(Exception):
    """A success answer was larger than the most this app ever expects from the API."""


async def exchange(
    client: httpx.AsyncClient,
    method: str,
    path: str,
    *,
    params: Mapping[str, Any] | None,
    json: Any,
    deadline: float,
    max_body: int,
    max_error_body: int,
) -> httpx.Response:
    """Send one request; the answer comes back with its (decoded) body read in full.

    An error answer (4xx / 5xx) is cut at ``max_error_body`` bytes: only its message is used.
    A success answer over ``max_body`` raises AnswerTooLarge; the deadline raises
    DeadlineExceeded. Other httpx errors pass through unchanged.
    """
    try:
        async with asyncio.timeout(deadline):
            request = client.build_request(method, path, params=params, json=json)
            response = await client.send(request, stream=True)
            try:
                is_error = response.status_code >= 400
                body = await _read_capped(response, max_error_body if is_error else max_body)
            finally:
                await response.aclose()
    except TimeoutError:
        raise DeadlineExceeded() from None
    if body is None:
        if not is_error:
            raise AnswerTooLarge()
        body = b""
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _WIRE_HEADERS]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=body,
        request=request,
        extensions=response.extensions,
    )


async def _read_capped(response: httpx.Response, limit: int) -> bytes | None:
    """The body, or None when it is longer than ``limit`` (checked before reading when declared)."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        return None
    parts: list[bytes] = []
    size = 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > limit:
            return None
        parts.append(chunk)
    return b"".join(parts)
