"""A smaller live endpoint of the sandbox: playback-ID restrictions.

- ``PATCH /live/streams/{streamId}/playback-ids/{playbackId}/domains`` and ``/user-agents``:
  modelled by fastpix-python 1.2.0 only (not in the public spec); the answer echoes the rule in
  the shape production uses for media playback IDs. See docs/sandbox-fidelity.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastpix_desktop.sandbox import envelope, validation
from fastpix_desktop.sandbox.envelope import SandboxResponse
from fastpix_desktop.sandbox.state import SandboxState

POLICIES = ("allow", "deny")
RESTRICTION_KINDS = {"domains": "domains", "user-agents": "userAgents"}
RESTRICTION_MAX_ENTRIES = 100  # sandbox bound; FastPix documents none


def _names(body: Mapping[str, Any], key: str, errors: validation.FieldErrors) -> list[str] | None:
    value = body.get(key)
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        errors.append((key, "must be a list of non-empty strings"))
        return None
    if len(value) > RESTRICTION_MAX_ENTRIES:
        errors.append((key, f"must have at most {RESTRICTION_MAX_ENTRIES} entries"))
        return None
    return list(dict.fromkeys(value))


def validate_restriction(body: Mapping[str, Any]) -> tuple[dict[str, Any], validation.FieldErrors]:
    """{defaultPolicy: allow|deny (SDK default allow), allow: [str], deny: [str]}."""
    errors: validation.FieldErrors = []
    policy = validation.enum_field(body, "defaultPolicy", "defaultPolicy", POLICIES, errors)
    allow = _names(body, "allow", errors)
    deny = _names(body, "deny", errors)
    rule = {"defaultPolicy": policy or "allow", "allow": allow or [], "deny": deny or []}
    return rule, errors


def update_restriction(
    state: SandboxState,
    stream_id: str,
    playback_id: str,
    kind: str,
    payload: Mapping[str, Any] | None,
) -> SandboxResponse:
    if payload is None:
        return envelope.malformed_body()
    rule, errors = validate_restriction(payload)
    if errors:
        return envelope.validation_error(errors)
    record = state.get(stream_id)
    playback = record.playback(playback_id) if record else None
    if playback is None:
        return envelope.playback_not_found()
    playback.restrictions[RESTRICTION_KINDS[kind]] = rule
    return envelope.success(dict(rule))
