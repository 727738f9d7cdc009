"""Simulcast targets of a sandbox stream: create / get / enable-pause / delete with FastPix's rules.

Rules (spec create/update-simulcast-of-stream, docs/simulcast.md): create only while the parent
is idle, one target per call, rtmp:// or rtmps:// only, never on a trial stream; update only
toggles isEnabled (and metadata) and is refused once the parent is disabled.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastpix_desktop.sandbox import envelope, validation
from fastpix_desktop.sandbox.envelope import SandboxResponse
from fastpix_desktop.sandbox.state import SandboxState, SimulcastRecord, StreamRecord

URL_SCHEMES = ("rtmp://", "rtmps://")
URL_MAX_CHARS = 1024  # sandbox bound; FastPix documents none
KEY_MAX_CHARS = 1024


# --------------------------------------------------------------------------- error bodies


def simulcast_not_found() -> SandboxResponse:
    # Message from the SDK docs' NotFoundErrorSimulcast; description mirrors the playbackId one.
    return envelope.error(
        404,
        "stream/simulcast not found",
        "The requested resource (eg:streamId/simulcastId) doesn't exist in the workspace",
    )


def trial_unavailable() -> SandboxResponse:
    return envelope.error(
        400, "simulcast is not available for trial streams", "Please upgrade plan to continue"
    )


def not_idle() -> SandboxResponse:
    # Production's wording is not captured; the rule is the spec's (create-simulcast-of-stream).
    return envelope.error(
        400,
        "stream is not idle",
        "A simulcast can only be created when the parent live stream is in the idle state.",
    )


def parent_disabled() -> SandboxResponse:
    return envelope.error(
        400,
        "stream is disabled",
        "After the live stream is disabled, the simulcast can no longer be modified.",
    )


# --------------------------------------------------------------------------- validation


def _text(
    body: Mapping[str, Any], key: str, limit: int, errors: validation.FieldErrors
) -> str | None:
    value = body.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        errors.append((key, "must not be null"))
        return None
    if not isinstance(value, str):
        errors.append((key, "must be a string"))
        return None
    if len(value) > limit:
        errors.append((key, f"must be at most {limit} characters"))
        return None
    return value


def validate_create(body: Mapping[str, Any]) -> tuple[dict[str, Any], validation.FieldErrors]:
    """POST .../simulcast: url (rtmp:// or rtmps://) and streamKey required, metadata optional."""
    errors: validation.FieldErrors = []
    url = _text(body, "url", URL_MAX_CHARS, errors)
    if url is not None and not url.lower().startswith(URL_SCHEMES):
        errors.append(("url", "must start with rtmp:// or rtmps://"))
    key = _text(body, "streamKey", KEY_MAX_CHARS, errors)
    metadata = validation.metadata_field(body, "metadata", "metadata", errors)
    return {"url": url, "stream_key": key, "metadata": metadata or {}}, errors


def validate_update(body: Mapping[str, Any]) -> tuple[dict[str, Any], validation.FieldErrors]:
    """PUT .../simulcast/{id}: isEnabled (spec default true) and optional metadata."""
    errors: validation.FieldErrors = []
    enabled = validation.bool_field(body, "isEnabled", "isEnabled", errors)
    metadata = validation.metadata_field(body, "metadata", "metadata", errors)
    return {"is_enabled": True if enabled is None else enabled, "metadata": metadata}, errors


# --------------------------------------------------------------------------- handlers


class SimulcastHandlers:
    """The four simulcast endpoints over a SandboxState (SandboxApi holds the lock)."""

    def __init__(self, state: SandboxState) -> None:
        self._state = state

    def create(self, stream_id: str, payload: Mapping[str, Any] | None) -> SandboxResponse:
        if payload is None:
            return envelope.malformed_body()
        values, errors = validate_create(payload)
        if errors:
            return envelope.validation_error(errors)
        record = self._state.get(stream_id)
        if record is None:
            return envelope.stream_not_found()
        if record.trial:
            return trial_unavailable()
        if record.status != "idle":
            return not_idle()
        target = self._state.add_simulcast(
            stream_id, values["url"], values["stream_key"], values["metadata"]
        )
        return envelope.success(target.to_api(), status=201)

    def get(self, stream_id: str, simulcast_id: str) -> SandboxResponse:
        found = self._find(stream_id, simulcast_id)
        if isinstance(found, SandboxResponse):
            return found
        return envelope.success(found[1].to_api())

    def update(
        self, stream_id: str, simulcast_id: str, payload: Mapping[str, Any] | None
    ) -> SandboxResponse:
        if payload is None:
            return envelope.malformed_body()
        values, errors = validate_update(payload)
        if errors:
            return envelope.validation_error(errors)
        found = self._find(stream_id, simulcast_id)
        if isinstance(found, SandboxResponse):
            return found
        record, target = found
        if record.status == "disabled":
            return parent_disabled()
        target.is_enabled = values["is_enabled"]
        if values["metadata"] is not None:
            target.metadata = values["metadata"]
        return envelope.success(target.to_api())

    def delete(self, stream_id: str, simulcast_id: str) -> SandboxResponse:
        found = self._find(stream_id, simulcast_id)
        if isinstance(found, SandboxResponse):
            return found
        record, target = found
        record.simulcasts.remove(target)
        return envelope.success()

    def _find(
        self, stream_id: str, simulcast_id: str
    ) -> SandboxResponse | tuple[StreamRecord, SimulcastRecord]:
        # An unknown stream is "stream not found" (production's answer to a DELETE on a deleted
        # stream, captured by FastPix's Node SDK tests); an unknown target on a known stream is
        # "stream/simulcast not found".
        record = self._state.get(stream_id)
        if record is None:
            return envelope.stream_not_found()
        target = record.simulcast(simulcast_id)
        if target is None:
            return simulcast_not_found()
        return record, target
