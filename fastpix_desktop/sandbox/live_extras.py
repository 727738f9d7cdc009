"""Two smaller live endpoints of the sandbox: a stream's live clips and playback-ID restrictions.

- ``GET /on-demand/{livestreamId}/live-clips``: FastPix's paging; empty, exactly as production
  answered for a stream without clips, until a test adds clips with ``SandboxApi.add_live_clip``.
- ``PATCH /live/streams/{streamId}/playback-ids/{playbackId}/domains`` and ``/user-agents``:
  modelled by fastpix-python 1.2.0 only (not in the public spec); the answer echoes the rule in
  the shape production uses for media playback IDs. See docs/sandbox-fidelity.md.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from fastpix_desktop.sandbox import envelope, validation
from fastpix_desktop.sandbox.envelope import SandboxResponse
from fastpix_desktop.sandbox.state import SandboxState, format_timestamp

POLICIES = ("allow", "deny")
RESTRICTION_KINDS = {"domains": "domains", "user-agents": "userAgents"}
RESTRICTION_MAX_ENTRIES = 100  # sandbox bound; FastPix documents none


# The workspace the sandbox's media live in (a fixed UUID, like a real account's).
WORKSPACE_ID = "5d4c2b9e-1f3a-4c6d-8e7f-9a0b1c2d3e4f"
OPEN_RULE = {"defaultPolicy": "allow", "allow": [], "deny": []}


class LiveClips:
    """Clips cut from each stream, newest last; answers list-live-clips with FastPix's paging."""

    def __init__(self, state: SandboxState) -> None:
        self._state = state
        self._clips: dict[str, list[dict[str, Any]]] = {}

    def add(self, stream_id: str, *, duration_s: int = 10) -> dict[str, Any]:
        """A Ready clip of ``stream_id`` shaped like production's media objects (get-media)."""
        record = self._state.streams[stream_id]
        playback_id = self._state.new_uuid()
        moment = format_timestamp(self._state.now())
        minutes, seconds = divmod(duration_s, 60)
        clip = {
            "thumbnail": f"https://images.fastpix.com/{playback_id}/thumbnail.png",
            "id": self._state.new_uuid(),
            "workspaceId": WORKSPACE_ID,
            "streamId": stream_id,
            "maxResolution": record.max_resolution,
            "sourceResolution": record.max_resolution,
            "status": "Ready",
            "sourceAccess": False,
            "playbackIds": [
                {
                    "id": playback_id,
                    "accessPolicy": record.media_policy,
                    "accessRestrictions": {
                        "domains": dict(OPEN_RULE),
                        "userAgents": dict(OPEN_RULE),
                    },
                }
            ],
            "tracks": [],
            "generatedSubtitles": [],
            "isAudioOnly": False,
            "subtitleAvailable": False,
            "duration": f"{minutes // 60:02d}:{minutes % 60:02d}:{seconds:02d}",
            "createdAt": moment,
            "updatedAt": moment,
        }
        self._clips.setdefault(stream_id, []).append(clip)
        return clip

    def page(self, stream_id: str, query: Mapping[str, str]) -> SandboxResponse:
        limit, offset, order, errors = validation.validate_list_query(query)
        if errors:
            return envelope.validation_error(errors)
        # An unknown stream has no clips: the SDK models no 404 here and production's answer for
        # one was not captured (docs/sandbox-fidelity.md).
        clips = self._clips.get(stream_id, [])
        ordered = clips[::-1] if order == "desc" else clips
        pagination = {
            "totalRecords": len(clips),
            "currentOffset": offset,
            "offsetCount": math.ceil(len(clips) / limit),
        }
        page = ordered[(offset - 1) * limit : offset * limit]
        return envelope.success(page, pagination=pagination)


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
