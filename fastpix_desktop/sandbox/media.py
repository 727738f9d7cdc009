"""The sandbox's on-demand media: a recording per broadcast session, and live clips.

- ``GET /on-demand/{mediaId}``: a session's recording is ``Created`` while the session runs and
  until ``processing_s`` after it ended, then ``Ready``; a clip is ``Ready`` at once (manifest
  clipping, nothing to encode). Shapes follow production's captured get-media answers.
- ``PATCH /on-demand/{mediaId}/update-mp4Support``: ``none``, ``capped_4k``, ``audioOnly`` or
  ``audioOnly,capped_4k``; the answer is the whole media, as production's.
- ``GET /on-demand/{livestreamId}/live-clips``: FastPix's paging over the stream's clips.
See docs/sandbox-fidelity.md for where the docs leave the answer open.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from fastpix_desktop.sandbox import envelope, validation
from fastpix_desktop.sandbox.envelope import SandboxResponse
from fastpix_desktop.sandbox.state import (
    SandboxState,
    SessionRecord,
    StreamRecord,
    format_timestamp,
)

# The workspace the sandbox's media live in (a fixed UUID, like a real account's).
WORKSPACE_ID = "5d4c2b9e-1f3a-4c6d-8e7f-9a0b1c2d3e4f"
OPEN_RULE = {"defaultPolicy": "allow", "allow": [], "deny": []}
MP4_SUPPORT = ("none", "capped_4k", "audioOnly", "audioOnly,capped_4k")
# How long a finished session's recording stays "Created" before it is "Ready".
PROCESSING_S = 3.0


@dataclass
class ClipRecord:
    """One instant clip: a range of a session, with a playback ID of its own."""

    media_id: str
    playback_id: str
    stream_id: str
    source_media_id: str | None
    access_policy: str
    start: float
    end: float
    duration: float
    created_at: datetime
    session: SessionRecord | None = None
    mp4_support: str = "none"


def format_duration(seconds: float) -> str:
    """``HH:MM:SS``, as production writes a media's duration (newer SDKs also accept seconds)."""
    whole = max(0, round(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}"


def _playback(playback_id: str, policy: str) -> dict[str, Any]:
    return {
        "id": playback_id,
        "accessPolicy": policy,
        "accessRestrictions": {"domains": dict(OPEN_RULE), "userAgents": dict(OPEN_RULE)},
    }


def media_not_found() -> SandboxResponse:
    return envelope.error(
        404, "media not found", "The requested resource (eg: mediaId) doesn't exist."
    )


class OnDemand:
    """Recordings (from the state's sessions) and clips, answered as FastPix's media API."""

    def __init__(self, state: SandboxState, *, processing_s: float = PROCESSING_S) -> None:
        self._state = state
        self._processing = timedelta(seconds=processing_s)
        self._clips: dict[str, list[ClipRecord]] = {}

    # ------------------------------------------------------------------ clips

    def add_clip(
        self,
        record: StreamRecord,
        session: SessionRecord | None,
        *,
        start: float,
        end: float,
        duration: float,
        access_policy: str | None = None,
    ) -> ClipRecord:
        """A new clip of ``session`` (a request for a range already clipped: ``existing``)."""
        policy = access_policy or (
            record.playback_ids[0].access_policy if record.playback_ids else "public"
        )
        clip = ClipRecord(
            media_id=self._state.new_uuid(),
            playback_id=self._state.new_uuid(),
            stream_id=record.stream_id,
            source_media_id=session.media_id if session else None,
            access_policy=policy,
            start=start,
            end=end,
            duration=duration,
            created_at=self._state.now(),
            session=session,
        )
        self._clips.setdefault(record.stream_id, []).append(clip)
        return clip

    def existing(
        self, stream_id: str, session: SessionRecord | None, start: float, end: float, policy: str
    ) -> ClipRecord | None:
        """The clip of that range of that session, if one was cut already."""
        return next(
            (
                clip
                for clip in self._clips.get(stream_id, [])
                if clip.session is session
                and (clip.start, clip.end, clip.access_policy) == (start, end, policy)
            ),
            None,
        )

    def add_test_clip(self, stream_id: str, *, duration_s: int = 10) -> dict[str, Any]:
        """A Ready clip of ``stream_id`` (a test hook: FastPix cut one without a request)."""
        record = self._state.streams[stream_id]
        session = record.sessions[-1] if record.sessions else None
        clip = self.add_clip(
            record, session, start=0.0, end=float(duration_s), duration=float(duration_s)
        )
        return self._clip_api(clip)

    def clip(self, media_id: str) -> ClipRecord | None:
        return next(
            (c for clips in self._clips.values() for c in clips if c.media_id == media_id), None
        )

    def clip_by_playback(self, playback_id: str) -> ClipRecord | None:
        return next(
            (c for clips in self._clips.values() for c in clips if c.playback_id == playback_id),
            None,
        )

    def page(self, stream_id: str, query: Mapping[str, str]) -> SandboxResponse:
        limit, offset, order, errors = validation.validate_list_query(query)
        if errors:
            return envelope.validation_error(errors)
        # An unknown stream has no clips: the SDK models no 404 here and production's answer for
        # one was not captured (docs/sandbox-fidelity.md).
        clips = [self._clip_api(c) for c in self._clips.get(stream_id, [])]
        ordered = clips[::-1] if order == "desc" else clips
        pagination = {
            "totalRecords": len(clips),
            "currentOffset": offset,
            "offsetCount": math.ceil(len(clips) / limit),
        }
        page = ordered[(offset - 1) * limit : offset * limit]
        return envelope.success(page, pagination=pagination)

    # ------------------------------------------------------------------ recordings

    def _session_of(self, media_id: str) -> tuple[StreamRecord, SessionRecord] | None:
        for record in self._state:
            for session in record.sessions:
                if session.media_id == media_id:
                    return record, session
        return None

    def session_by_playback(self, playback_id: str) -> tuple[StreamRecord, SessionRecord] | None:
        for record in self._state:
            for session in record.sessions:
                if session.playback_id and session.playback_id == playback_id:
                    return record, session
        return None

    def recording_ready(self, session: SessionRecord) -> bool:
        self._state.expire_disconnects()
        ended = session.ended_at
        return ended is not None and self._state.now() >= ended + self._processing

    # ------------------------------------------------------------------ the endpoints

    def get(self, media_id: str) -> SandboxResponse:
        found = self._find(media_id)
        return media_not_found() if found is None else envelope.success(found)

    def update_mp4(self, media_id: str, body: Mapping[str, Any] | None) -> SandboxResponse:
        if body is None:
            return envelope.malformed_body()
        value = body.get("mp4Support")
        if value not in MP4_SUPPORT:
            return envelope.validation_error(
                [("mp4Support", f"must be one of {', '.join(MP4_SUPPORT)}")]
            )
        recording = self._session_of(media_id)
        if recording is not None:
            recording[1].mp4_support = str(value)
        else:
            clip = self.clip(media_id)
            if clip is None:
                return media_not_found()
            clip.mp4_support = str(value)
        found = self._find(media_id)
        assert found is not None
        # The answer is the spec's Media object, which (unlike get-media) has no streamId.
        found.pop("streamId", None)
        return envelope.success(found)

    def _find(self, media_id: str) -> dict[str, Any] | None:
        recording = self._session_of(media_id)
        if recording is not None:
            return self._recording_api(*recording)
        clip = self.clip(media_id)
        return None if clip is None else self._clip_api(clip)

    def _recording_api(self, record: StreamRecord, session: SessionRecord) -> dict[str, Any]:
        ready = self.recording_ready(session)
        end = session.ended_at or self._state.now()
        data = self._media_api(
            media_id=session.media_id or "",
            playback_id=session.playback_id,
            policy=record.media_policy,
            resolution=record.max_resolution,
            status="Ready" if ready else "Created",
            mp4_support=session.mp4_support,
            created_at=session.started_at,
            updated_at=end,
        )
        data["streamId"] = record.stream_id
        if ready:
            data["duration"] = format_duration((end - session.started_at).total_seconds())
        return data

    def _clip_api(self, clip: ClipRecord) -> dict[str, Any]:
        record = self._state.get(clip.stream_id)
        data = self._media_api(
            media_id=clip.media_id,
            playback_id=clip.playback_id,
            policy=clip.access_policy,
            resolution=record.max_resolution if record else "1080p",
            status="Ready",
            mp4_support=clip.mp4_support,
            created_at=clip.created_at,
            updated_at=clip.created_at,
        )
        data["streamId"] = clip.stream_id
        # A clip as list-live-clips shows it has no quality tier or aspect ratio (the spec's
        # live-clip item, and the shape the sandbox answered before it cut clips itself).
        data.pop("mediaQuality")
        data.pop("aspectRatio")
        data["duration"] = format_duration(clip.duration)
        return data

    @staticmethod
    def _media_api(
        *,
        media_id: str,
        playback_id: str,
        policy: str,
        resolution: str,
        status: str,
        mp4_support: str,
        created_at: datetime,
        updated_at: datetime,
    ) -> dict[str, Any]:
        data: dict[str, Any] = {
            "thumbnail": f"https://images.fastpix.com/{playback_id}/thumbnail.png",
            "id": media_id,
            "workspaceId": WORKSPACE_ID,
            "mediaQuality": "standard",
            "maxResolution": resolution,
            "sourceResolution": resolution,
            "status": status,
        }
        # Production omits mp4Support until it was set (captured get-media vs updated-mp4Support).
        if mp4_support != "none":
            data["mp4Support"] = mp4_support
        data.update(
            {
                "sourceAccess": False,
                "playbackIds": [_playback(playback_id, policy)],
                "tracks": [],
                "generatedSubtitles": [],
                "isAudioOnly": False,
                "subtitleAvailable": False,
                "aspectRatio": "16:9",
                "createdAt": format_timestamp(created_at),
                "updatedAt": format_timestamp(updated_at),
            }
        )
        return data
