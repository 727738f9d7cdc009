"""The sandbox's encoder side: ``POST /_sandbox/ingest/publish`` and ``.../unpublish``.

A real ingest server (nginx-rtmp's ``on_publish`` / ``on_publish_done``, or a test's SRT
listener) calls these with the key an encoder presented, so a stream is ``active`` only while
something really publishes to it. The forms accepted are described in docs/stream-library.md.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from urllib.parse import parse_qsl

from fastpix_desktop.sandbox import envelope
from fastpix_desktop.sandbox.envelope import SandboxResponse
from fastpix_desktop.sandbox.state import SandboxState

INGEST_HOOK_PREFIX = "/_sandbox/ingest/"
_ACTIONS = ("publish", "unpublish")


def is_ingest_hook(path: str) -> bool:
    return path.startswith(INGEST_HOOK_PREFIX)


def ingest_key(body: bytes, query: Mapping[str, str], content_type: str) -> tuple[str, bool]:
    """(key, rtmp_only): nginx-rtmp's form field ``name`` (POST body, or the query with
    ``notify_method get``) is an RTMP(S) stream key; a JSON body ``{"key": ...}`` is a stream
    key or an SRT stream ID."""
    text = body.decode("utf-8", errors="replace").strip()
    if "json" in content_type.lower() or text.startswith("{"):
        try:
            value = json.loads(text)
        except ValueError:
            return "", False
        key = value.get("key") if isinstance(value, dict) else None
        return (key.strip() if isinstance(key, str) else ""), False
    form = dict(parse_qsl(text, keep_blank_values=True)) if text else {}
    return (form.get("name") or query.get("name") or "").strip(), True


def handle(
    state: SandboxState,
    method: str,
    path: str,
    query: Mapping[str, str],
    headers: Mapping[str, str],
    body: bytes,
) -> SandboxResponse:
    """2xx with the stream's new status for a known key; 403 for an unknown or disabled one
    (nginx-rtmp then refuses the publisher, as FastPix's ingest would)."""
    action = path[len(INGEST_HOOK_PREFIX) :].strip("/")
    if action not in _ACTIONS:
        return envelope.path_not_found()
    if method != "POST":
        return envelope.method_not_allowed(["POST"])
    key, rtmp_only = ingest_key(body, query, headers.get("content-type", ""))
    record = state.find_by_ingest_key(key, srt=not rtmp_only)
    if record is None:
        return envelope.error(403, "forbidden", "No live stream has this stream key.")
    if action == "publish":
        if record.status == "disabled":
            return envelope.error(403, "forbidden", "This live stream is disabled.")
        state.publish(record)
    else:
        state.unpublish(record)
    return envelope.success({"streamId": record.stream_id, "status": record.status})
