"""FastPix's response envelopes and the exact error texts the live API sends
(docs/fastpix-api.md#errors)."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

# The content type production sends (observed); the SDK accepts it as JSON.
JSON_CONTENT_TYPE = "application/json;charset=UTF-8"


@dataclass(frozen=True)
class SandboxResponse:
    """One HTTP response of the sandbox: status, headers and the raw body bytes."""

    status: int
    headers: Mapping[str, str] = field(default_factory=dict)
    body: bytes = b""

    def json(self) -> Any:
        return json.loads(self.body)


def encode(payload: Any) -> bytes:
    # Compact, like the raw production bodies captured by FastPix's own SDK tests.
    return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def json_response(
    status: int, payload: Any, headers: Mapping[str, str] | None = None
) -> SandboxResponse:
    return SandboxResponse(
        status=status,
        headers={"Content-Type": JSON_CONTENT_TYPE, **(headers or {})},
        body=encode(payload),
    )


def success(data: Any = None, *, status: int = 200, **extra: Any) -> SandboxResponse:
    payload: dict[str, Any] = {"success": True}
    if data is not None:
        payload["data"] = data
    payload.update(extra)
    return json_response(status, payload)


def error(
    status: int,
    message: str,
    description: str | None = None,
    headers: Mapping[str, str] | None = None,
) -> SandboxResponse:
    body: dict[str, Any] = {"code": status, "message": message}
    if description is not None:
        body["description"] = description
    return json_response(status, {"success": False, "error": body}, headers)


def validation_error(fields: Sequence[tuple[str, str]]) -> SandboxResponse:
    """422 with per-field messages; FastPix sends ``fields`` instead of ``description``."""
    body = {
        "code": 422,
        "message": "payload validation failed",
        "fields": [{"field": name, "message": message} for name, message in fields],
    }
    return json_response(422, {"success": False, "error": body})


def status_phrase(status: int) -> str:
    """Lower-case reason phrase for a status code, including Cloudflare's 524."""
    if status == 524:
        return "timeout occurred"
    try:
        return HTTPStatus(status).phrase.lower()
    except ValueError:
        return "error"


# --------------------------------------------------------------------------- known bodies


def unauthorized() -> SandboxResponse:
    return error(
        401,
        "unauthorized",
        "1)Miss match between access token and secret key 2)Miss match between access token "
        "and workspace 3)No valid Access token provided.",
    )


def stream_not_found() -> SandboxResponse:
    return error(
        404,
        "stream not found",
        "The requested resource (eg: streamId) doesn't exist in the workspace",
    )


def playback_not_found() -> SandboxResponse:
    return error(
        404,
        "stream/playbackId not found",
        "The requested resource (eg:streamId/playbackId) doesn't exist in the workspace",
    )


def path_not_found() -> SandboxResponse:
    return error(404, "not found", "No API endpoint matches this method and path.")


def method_not_allowed(allowed: Sequence[str]) -> SandboxResponse:
    return error(
        405,
        "method not allowed",
        f"This endpoint accepts {', '.join(allowed)}.",
        headers={"Allow": ", ".join(allowed)},
    )


def dispatch(handlers: Mapping[str, Callable[[], SandboxResponse]], method: str) -> SandboxResponse:
    """Run the path's handler for ``method``; a 405 naming the methods it has otherwise."""
    handler = handlers.get(method)
    if handler is None:
        return method_not_allowed(sorted(handlers))
    return handler()


def malformed_body() -> SandboxResponse:
    return error(400, "malformed request body", "The request body is not a valid JSON object.")


def already_enabled() -> SandboxResponse:
    return error(
        400, "stream is already enabled", "The requested stream is already in an enabled state."
    )


def already_disabled() -> SandboxResponse:
    return error(400, "stream already disabled", "The requested stream is already disabled.")


def cannot_complete() -> SandboxResponse:
    return error(
        400, "stream cannot be completed", "Only active streams can be marked as completed."
    )


def disabled_cannot_update() -> SandboxResponse:
    # Spec (update-live-stream): "After the live stream is disabled, you cannot update a stream."
    return error(400, "stream is disabled", "A disabled stream cannot be updated; enable it first.")
