"""Frozen domain models: stream settings going to FastPix, streams coming back, OBS state.

Parsing from the API is tolerant (unknown fields ignored, optional fields may be missing) but
strict about types: a wrong type or shape raises FastPixBadResponseError, never KeyError.
Secrets (stream key, SRT passphrase, OBS settings) are excluded from every repr.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar

from fastpix_desktop.core.errors import FastPixBadResponseError, FastPixValidationError
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP

# Field problems built from numbers: the templates stay apart so the UI can translate them
# (ui/create/stream_form.py core_problem); "; " joins several problems of one field.
RECONNECT_RANGE_PROBLEM = QT_TRANSLATE_NOOP("models", "must be between {min} and {max} seconds")
METADATA_ENTRIES_PROBLEM = QT_TRANSLATE_NOOP("models", "at most {max} entries (name included)")


class Protocol(StrEnum):
    """How OBS sends video to FastPix."""

    RTMPS = "rtmps"
    SRT = "srt"


class AccessPolicy(StrEnum):
    PUBLIC = "public"
    PRIVATE = "private"


class MaxResolution(StrEnum):
    R1080P = "1080p"
    R720P = "720p"
    R480P = "480p"


class StreamStatus(StrEnum):
    IDLE = "idle"
    PREPARING = "preparing"
    ACTIVE = "active"
    DISABLED = "disabled"


# The API's own limits (docs/fastpix-api.md#request-limits).
RECONNECT_WINDOW_MIN = 60
RECONNECT_WINDOW_MAX = 1800
METADATA_MAX_ENTRIES = 10
METADATA_MAX_VALUE_LEN = 255
NAME_METADATA_KEY = "livestream_name"

# API field paths used as keys in FastPixValidationError.fields, locally and from a 422.
F_RESOLUTION = "inputMediaSettings.maxResolution"
F_RECONNECT = "inputMediaSettings.reconnectWindow"
F_METADATA = "inputMediaSettings.metadata"
F_MEDIA_POLICY = "inputMediaSettings.mediaPolicy"
F_ACCESS_POLICY = "playbackSettings.accessPolicy"
F_CAPTIONS = "inputMediaSettings.closedCaptions"


@dataclass(frozen=True)
class StreamSettings:
    """Everything the streamer chooses before creating a stream (nothing secret)."""

    name: str = ""
    extra_metadata: Mapping[str, str] = field(default_factory=dict)
    max_resolution: MaxResolution = MaxResolution.R1080P
    reconnect_window: int = 60
    access_policy: AccessPolicy = AccessPolicy.PUBLIC
    media_policy: AccessPolicy = AccessPolicy.PUBLIC
    enable_dvr: bool = False
    enable_recording: bool = True
    closed_captions: bool = False

    @property
    def metadata(self) -> dict[str, str]:
        meta = {k: v for k, v in self.extra_metadata.items() if k}
        if self.name.strip():
            meta[NAME_METADATA_KEY] = self.name.strip()
        return meta

    def validation_errors(self, protocol: Protocol | None = None) -> dict[str, str]:
        """Per-field problems against the API's limits; empty when the settings can be sent."""
        errors: dict[str, str] = {}
        window = self.reconnect_window
        if not isinstance(window, int) or isinstance(window, bool):
            errors[F_RECONNECT] = QT_TRANSLATE_NOOP("models", "must be a whole number of seconds")
        elif not RECONNECT_WINDOW_MIN <= window <= RECONNECT_WINDOW_MAX:
            errors[F_RECONNECT] = RECONNECT_RANGE_PROBLEM.format(
                min=RECONNECT_WINDOW_MIN, max=RECONNECT_WINDOW_MAX
            )
        problems: list[str] = []
        raw = {**self.extra_metadata, NAME_METADATA_KEY: self.name}
        if any(not isinstance(k, str) or not isinstance(v, str) for k, v in raw.items()):
            problems.append(QT_TRANSLATE_NOOP("models", "names and values must be text"))
        else:
            meta = self.metadata
            if len(meta) > METADATA_MAX_ENTRIES:
                problems.append(METADATA_ENTRIES_PROBLEM.format(max=METADATA_MAX_ENTRIES))
            long = [k for k, v in meta.items() if len(v) > METADATA_MAX_VALUE_LEN or len(k) > 255]
            if long:
                problems.append(f"{', '.join(long)}: at most {METADATA_MAX_VALUE_LEN} characters")
        if problems:
            errors[F_METADATA] = "; ".join(problems)
        for path, value, enum in (
            (F_RESOLUTION, self.max_resolution, MaxResolution),
            (F_ACCESS_POLICY, self.access_policy, AccessPolicy),
            (F_MEDIA_POLICY, self.media_policy, AccessPolicy),
        ):
            if value not in {e.value for e in enum}:
                errors[path] = f"must be one of {', '.join(e.value for e in enum)}"
        if protocol is Protocol.SRT and self.closed_captions:
            errors[F_CAPTIONS] = QT_TRANSLATE_NOOP(
                "models", "closed captions need RTMPS ingest; FastPix cannot caption SRT"
            )
        return errors

    def validate(self, protocol: Protocol | None = None) -> None:
        errors = self.validation_errors(protocol)
        if errors:
            raise FastPixValidationError(fields=errors, status=None)

    def to_request(self) -> dict[str, Any]:
        """The body of POST /live/streams. enableRecording follows SDK 1.2.0, not the spec."""
        media: dict[str, Any] = {
            "maxResolution": str(self.max_resolution),
            "reconnectWindow": self.reconnect_window,
            "mediaPolicy": str(self.media_policy),
            "enableDvrMode": self.enable_dvr,
            # In SDK 1.2.0 (default true) but not in the public OpenAPI spec; follow the SDK.
            "enableRecording": self.enable_recording,
        }
        if self.closed_captions:
            # Documented on docs.fastpix.io/docs/enable-live-captions; absent from spec and SDK.
            media["closedCaptions"] = True
        if self.metadata:
            media["metadata"] = self.metadata
        return {
            "playbackSettings": {"accessPolicy": str(self.access_policy)},
            "inputMediaSettings": media,
        }


# --------------------------------------------------------------------------- parsing helpers

_T = TypeVar("_T")


def _field(
    data: Mapping[str, Any], key: str, kind: type[_T] | tuple[type, ...], default: Any = None
) -> Any:
    value = data.get(key, default)
    if value is None:
        return default
    # bool is an int subclass; an int field must not accept True, nor a bool field 1.
    ok = isinstance(value, kind) and not (
        kind in (int, float, (int, float)) and isinstance(value, bool)
    )
    if not ok:
        raise FastPixBadResponseError(
            f"FastPix sent an unexpected value for '{key}'. "
            "If this keeps happening, check the API URL in Settings."
        )
    return value


def _mapping(value: Any, what: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise FastPixBadResponseError(f"FastPix sent an unexpected {what} (not an object).")
    return value


def _str_dict(value: Any, key: str) -> dict[str, str]:
    if value is None:
        return {}
    mapping = _mapping(value, key)
    return {str(k): str(v) for k, v in mapping.items()}


@dataclass(frozen=True)
class PlaybackId:
    id: str
    access_policy: AccessPolicy | str = AccessPolicy.PUBLIC

    @classmethod
    def from_api(cls, data: Any) -> PlaybackId:
        data = _mapping(data, "playback ID")
        pid = _field(data, "id", str)
        if not pid:
            raise FastPixBadResponseError("FastPix sent a playback ID without an id.")
        return cls(id=pid, access_policy=_field(data, "accessPolicy", str, "public"))

    @property
    def is_private(self) -> bool:
        return self.access_policy == AccessPolicy.PRIVATE


@dataclass(frozen=True)
class SrtPlayback:
    stream_id: str
    secret: str = field(repr=False)


@dataclass(frozen=True)
class LiveStream:
    """A FastPix live stream as the API returns it (create, get, list, update)."""

    stream_id: str
    stream_key: str = field(default="", repr=False)
    srt_secret: str = field(default="", repr=False)
    status: str = StreamStatus.IDLE
    trial: bool = False
    max_resolution: str = "1080p"
    max_duration: int | None = None
    created_at: str = ""
    reconnect_window: int = 60
    enable_recording: bool = True
    enable_dvr: bool = False
    media_policy: str = "public"
    low_latency: bool = False
    closed_captions: bool = False
    metadata: Mapping[str, str] = field(default_factory=dict)
    playback_ids: tuple[PlaybackId, ...] = ()
    srt_playback: SrtPlayback | None = field(default=None, repr=False)
    media_ids: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.metadata.get(NAME_METADATA_KEY, "")

    @classmethod
    def from_api(cls, data: Any) -> LiveStream:
        data = _mapping(data, "stream")
        stream_id = _field(data, "streamId", str)
        if not stream_id:
            raise FastPixBadResponseError("FastPix sent a stream without a streamId.")
        pids = _field(data, "playbackIds", list, [])
        srt = data.get("srtPlaybackResponse")
        srt_playback = None
        if srt is not None:
            srt = _mapping(srt, "SRT playback")
            srt_playback = SrtPlayback(
                stream_id=_field(srt, "srtPlaybackStreamId", str, ""),
                secret=_field(srt, "srtPlaybackSecret", str, ""),
            )
        return cls(
            stream_id=stream_id,
            stream_key=_field(data, "streamKey", str, ""),
            srt_secret=_field(data, "srtSecret", str, ""),
            status=_field(data, "status", str, StreamStatus.IDLE),
            trial=_field(data, "trial", bool, False),
            max_resolution=_field(data, "maxResolution", str, "1080p"),
            max_duration=_field(data, "maxDuration", int, None),
            created_at=_field(data, "createdAt", str, ""),
            reconnect_window=_field(data, "reconnectWindow", int, 60),
            enable_recording=_field(data, "enableRecording", bool, True),
            enable_dvr=_field(data, "enableDvrMode", bool, False),
            media_policy=_field(data, "mediaPolicy", str, "public"),
            low_latency=_field(data, "lowLatency", bool, False),
            closed_captions=_field(data, "closedCaptions", bool, False),
            metadata=_str_dict(data.get("metadata"), "metadata"),
            playback_ids=tuple(PlaybackId.from_api(p) for p in pids),
            srt_playback=srt_playback,
            media_ids=tuple(str(m) for m in _field(data, "mediaIds", list, [])),
        )


@dataclass(frozen=True)
class StreamPage:
    """One page of GET /live/streams; ``offset`` is FastPix's 1-based page number."""

    streams: tuple[LiveStream, ...]
    total_records: int
    current_offset: int
    offset_count: int

    @property
    def has_next(self) -> bool:
        return self.current_offset < self.offset_count


# --------------------------------------------------------------------------- OBS


@dataclass(frozen=True)
class ObsServiceSettings:
    """OBS's stream destination: service type plus its settings object (holds the key)."""

    service_type: str
    settings: Mapping[str, Any] = field(default_factory=dict, repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.service_type, "settings": dict(self.settings)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ObsServiceSettings:
        return cls(service_type=str(data["type"]), settings=dict(data.get("settings") or {}))


@dataclass(frozen=True)
class ObsStreamStatus:
    active: bool
    reconnecting: bool = False
    bytes: int = 0
    duration_ms: int = 0
    congestion: float = 0.0
    skipped_frames: int = 0
    total_frames: int = 0
    timecode: str = ""


@dataclass(frozen=True)
class ObsVersion:
    obs_version: str
    websocket_version: str
    rpc_version: int = 1
