"""In-memory live streams and playback IDs of the sandbox, with IDs and keys in FastPix's formats.

A ``seed`` makes every generated ID, key and secret reproducible: two states built with the same
seed hand out the same values in the same order (tests predict an SRT passphrase this way).
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

STATUSES = ("idle", "preparing", "active", "disabled")

# Production answers maxDuration 0 ("no enforced maximum") on every stream FastPix's own SDK
# tests captured (docs/sandbox-fidelity.md); the python spec copy says minimum 60, the Go copy 0.
MAX_DURATION_S = 0


@dataclass(frozen=True)
class StreamSpec:
    """The settings of POST /live/streams after validation, with FastPix's defaults applied."""

    access_policy: str = "public"
    max_resolution: str = "1080p"
    reconnect_window: int = 60
    media_policy: str = "public"
    metadata: Mapping[str, str] = field(default_factory=dict)
    enable_dvr_mode: bool = False
    enable_recording: bool = True
    closed_captions: bool = False


@dataclass
class PlaybackRecord:
    id: str
    access_policy: str = "public"
    # "domains" / "userAgents" -> {defaultPolicy, allow, deny}, kept but not rendered: no
    # captured live playback ID shows accessRestrictions, and the spec does not declare it.
    restrictions: dict[str, dict[str, Any]] = field(default_factory=dict)

    def to_api(self) -> dict[str, Any]:
        return {"id": self.id, "accessPolicy": self.access_policy}


@dataclass
class SimulcastRecord:
    """One simulcast target of a stream; FastPix returns its third-party key in clear."""

    simulcast_id: str
    url: str
    stream_key: str = field(repr=False)
    is_enabled: bool = True
    metadata: dict[str, str] = field(default_factory=dict)

    def to_api(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "simulcastId": self.simulcast_id,
            "url": self.url,
            "streamKey": self.stream_key,
            "isEnabled": self.is_enabled,
        }
        if self.metadata:  # omitted when empty, as in the captured production answers
            data["metadata"] = dict(self.metadata)
        return data


@dataclass
class SessionRecord:
    """One broadcast session: from an encoder's publish to the end of its reconnect window.

    Its recording (when the stream records) is the on-demand media ``media_id``; ``ended_at`` is
    when the encoder left for good (the start of the reconnect window that then ran out).
    """

    started_at: datetime
    media_id: str | None = None
    playback_id: str = ""
    ended_at: datetime | None = None
    mp4_support: str = "none"


@dataclass
class StreamRecord:
    """One live stream as the sandbox stores it; ``to_api`` renders FastPix's JSON."""

    stream_id: str
    stream_key: str = field(repr=False)
    srt_secret: str = field(repr=False)
    srt_playback_secret: str = field(repr=False)
    created_at: datetime
    sequence: int
    status: str = "idle"
    trial: bool = False
    max_resolution: str = "1080p"
    max_duration: int = MAX_DURATION_S
    reconnect_window: int = 60
    enable_recording: bool = True
    enable_dvr_mode: bool = False
    media_policy: str = "public"
    metadata: dict[str, str] = field(default_factory=dict)
    low_latency: bool = False
    closed_captions: bool = False
    playback_ids: list[PlaybackRecord] = field(default_factory=list)
    media_ids: list[str] = field(default_factory=list)
    views: int = 0
    simulcasts: list[SimulcastRecord] = field(default_factory=list)
    sessions: list[SessionRecord] = field(default_factory=list)

    @property
    def srt_playback_stream_id(self) -> str:
        return "play" + self.stream_id

    def playback(self, playback_id: str) -> PlaybackRecord | None:
        return next((p for p in self.playback_ids if p.id == playback_id), None)

    def simulcast(self, simulcast_id: str) -> SimulcastRecord | None:
        return next((t for t in self.simulcasts if t.simulcast_id == simulcast_id), None)

    def to_api(self, *, detail: bool = False) -> dict[str, Any]:
        """The stream object; ``detail`` adds the GET/list-only fields (simulcastResponses,
        mediaIds) in production's order."""
        data: dict[str, Any] = {
            "streamId": self.stream_id,
            "streamKey": self.stream_key,
            "srtSecret": self.srt_secret,
            "trial": self.trial,
            "status": self.status,
            "maxResolution": self.max_resolution,
            "maxDuration": self.max_duration,
            "createdAt": format_timestamp(self.created_at),
            "reconnectWindow": self.reconnect_window,
            "enableRecording": self.enable_recording,
            "enableDvrMode": self.enable_dvr_mode,
            "mediaPolicy": self.media_policy,
        }
        # FastPix omits metadata, simulcastResponses and mediaIds when empty (API-NOTES §1.2).
        if self.metadata:
            data["metadata"] = dict(self.metadata)
        data["lowLatency"] = self.low_latency
        data["closedCaptions"] = self.closed_captions
        data["playbackIds"] = [p.to_api() for p in self.playback_ids]
        if detail and self.simulcasts:
            data["simulcastResponses"] = [t.to_api() for t in self.simulcasts]
        if detail and self.media_ids:
            data["mediaIds"] = list(self.media_ids)
        data["srtPlaybackResponse"] = {
            "srtPlaybackStreamId": self.srt_playback_stream_id,
            "srtPlaybackSecret": self.srt_playback_secret,
        }
        return data


def format_timestamp(moment: datetime) -> str:
    """ISO-8601 UTC with microseconds and Z, as FastPix writes createdAt."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _utc_now() -> datetime:
    return datetime.now(UTC)


class SandboxState:
    """The streams of one sandbox workspace. Not thread-safe; SandboxApi serialises access."""

    def __init__(
        self, *, seed: int | None = None, clock: Callable[[], datetime] = _utc_now
    ) -> None:
        # Unseeded: OS randomness, so demo keys are as unguessable as real ones.
        self._rng: random.Random = random.SystemRandom() if seed is None else random.Random(seed)
        self._clock = clock
        self._streams: dict[str, StreamRecord] = {}
        self._sequence = 0
        self._last_created: datetime | None = None
        # streamId -> when its reconnect window ends, for streams whose encoder went away.
        self._disconnected: dict[str, datetime] = {}

    # ------------------------------------------------------------------ generated values

    def _hex32(self) -> str:
        return f"{self._rng.getrandbits(128):032x}"

    def _secret_for(self, stream_id: str) -> str:
        # Observed format of streamKey, srtSecret and srtPlaybackSecret: <32 hex>k<streamId>.
        return f"{self._hex32()}k{stream_id}"

    def now(self) -> datetime:
        """The sandbox clock (wall-clock UTC unless a test passed its own)."""
        return self._clock()

    def new_uuid(self) -> str:
        return str(uuid.UUID(int=self._rng.getrandbits(128), version=4))

    def _created_at(self) -> datetime:
        # Strictly increasing, so ordering by createdAt is total even within one microsecond.
        now = self._clock()
        if self._last_created is not None and now <= self._last_created:
            now = self._last_created + timedelta(microseconds=1)
        self._last_created = now
        return now

    # ------------------------------------------------------------------ streams

    def create_stream(self, spec: StreamSpec | None = None) -> StreamRecord:
        """Create a stream with one playback ID. Random draws do not depend on ``spec``."""
        spec = spec or StreamSpec()
        stream_id = self._hex32()
        stream_key = self._secret_for(stream_id)
        srt_secret = self._secret_for(stream_id)
        playback = PlaybackRecord(id=self.new_uuid(), access_policy=spec.access_policy)
        srt_playback_secret = self._secret_for(stream_id)
        self._sequence += 1
        record = StreamRecord(
            stream_id=stream_id,
            stream_key=stream_key,
            srt_secret=srt_secret,
            srt_playback_secret=srt_playback_secret,
            created_at=self._created_at(),
            sequence=self._sequence,
            max_resolution=spec.max_resolution,
            reconnect_window=spec.reconnect_window,
            enable_recording=spec.enable_recording,
            enable_dvr_mode=spec.enable_dvr_mode,
            media_policy=spec.media_policy,
            metadata=dict(spec.metadata),
            closed_captions=spec.closed_captions,
            playback_ids=[playback],
        )
        self._streams[stream_id] = record
        return record

    def get(self, stream_id: str) -> StreamRecord | None:
        return self._streams.get(stream_id)

    def delete(self, stream_id: str) -> bool:
        return self._streams.pop(stream_id, None) is not None

    def ordered(self, *, descending: bool) -> list[StreamRecord]:
        return sorted(
            self._streams.values(),
            key=lambda s: (s.created_at, s.sequence),
            reverse=descending,
        )

    def set_status(self, stream_id: str, status: str) -> StreamRecord:
        """Move a stream to ``status`` as an encoder would; raises KeyError / ValueError."""
        if status not in STATUSES:
            raise ValueError(f"status must be one of {', '.join(STATUSES)}")
        record = self._streams[stream_id]
        if status != "active":
            self._disconnected.pop(stream_id, None)  # finished, disabled: no window to wait out
            if record.status == "active":
                self._end_session(record, self._clock())
        if status == "active" and record.status != "active":
            self._start_session(record)
        record.status = status
        return record

    def _start_session(self, record: StreamRecord) -> None:
        session = SessionRecord(started_at=self._clock())
        if record.enable_recording:
            # Each broadcast session records a new Live-to-VOD media (spec: mediaIds).
            session.media_id = self.new_uuid()
            session.playback_id = self.new_uuid()
            record.media_ids.append(session.media_id)
        record.sessions.append(session)

    @staticmethod
    def _end_session(record: StreamRecord, at: datetime) -> None:
        if record.sessions and record.sessions[-1].ended_at is None:
            record.sessions[-1].ended_at = at

    def current_session(self, record: StreamRecord) -> SessionRecord | None:
        """The session an encoder is sending in (or may come back to within the window)."""
        self.expire_disconnects()
        if record.status != "active" or not record.sessions:
            return None
        return record.sessions[-1]

    # ------------------------------------------------------------------ the encoder side

    def find_by_ingest_key(self, key: str, *, srt: bool = True) -> StreamRecord | None:
        """The stream whose RTMPS stream key (or, with ``srt``, SRT stream ID) is ``key``."""
        if not key:
            return None
        by_id = self._streams.get(key) if srt else None
        if by_id is not None:
            return by_id
        return next((s for s in self._streams.values() if s.stream_key == key), None)

    def publish(self, record: StreamRecord) -> None:
        """An encoder started sending: active (a reconnect within the window resumes the same
        session; otherwise a new session, with a new mediaIds entry when recording)."""
        self.expire_disconnects()
        self._disconnected.pop(record.stream_id, None)
        self.set_status(record.stream_id, "active")

    def unpublish(self, record: StreamRecord) -> None:
        """The encoder stopped: still active until the reconnect window ends, then idle."""
        if record.status == "active":
            deadline = self._clock() + timedelta(seconds=record.reconnect_window)
            self._disconnected[record.stream_id] = deadline

    def expire_disconnects(self) -> None:
        """Move streams whose reconnect window has ended to idle."""
        if not self._disconnected:
            return
        now = self._clock()
        for stream_id, deadline in list(self._disconnected.items()):
            record = self._streams.get(stream_id)
            if record is None or record.status != "active":
                del self._disconnected[stream_id]
            elif now >= deadline:
                del self._disconnected[stream_id]
                record.status = "idle"
                # The recording ends where the encoder left, not when the window ran out.
                self._end_session(record, deadline - timedelta(seconds=record.reconnect_window))

    def add_simulcast(
        self, stream_id: str, url: str, stream_key: str, metadata: Mapping[str, str]
    ) -> SimulcastRecord:
        # simulcastId: 32 hex characters, like a streamId (captured production answers).
        target = SimulcastRecord(
            simulcast_id=self._hex32(), url=url, stream_key=stream_key, metadata=dict(metadata)
        )
        self._streams[stream_id].simulcasts.append(target)
        return target

    def add_playback_id(self, stream_id: str, access_policy: str) -> PlaybackRecord:
        playback = PlaybackRecord(id=self.new_uuid(), access_policy=access_policy)
        self._streams[stream_id].playback_ids.append(playback)
        return playback

    @property
    def streams(self) -> Mapping[str, StreamRecord]:
        return self._streams

    def __iter__(self) -> Iterator[StreamRecord]:
        return iter(self._streams.values())

    def __len__(self) -> int:
        return len(self._streams)
