"""Request validation with FastPix's limits; problems are (API field path, message) pairs for 422.

Unknown fields are ignored, as FastPix's JSON binding does; fields are named by their API path,
e.g. ``inputMediaSettings.reconnectWindow``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastpix_desktop.sandbox.state import StreamSpec

FieldErrors = list[tuple[str, str]]

RESOLUTIONS = ("1080p", "720p", "480p")
ACCESS_POLICIES = ("public", "private")
ORDERS = ("asc", "desc")
RECONNECT_MIN, RECONNECT_MAX = 60, 1800
METADATA_MAX_ENTRIES = 10
METADATA_MAX_CHARS = 255
LIST_LIMIT_MIN, LIST_LIMIT_MAX = 1, 50


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _enum(
    source: Mapping[str, Any], key: str, path: str, allowed: tuple[str, ...], errors: FieldErrors
) -> str | None:
    value = source.get(key)
    if value is None:
        return None
    if value not in allowed:
        errors.append((path, f"must be one of [{', '.join(allowed)}]"))
        return None
    return str(value)


def _bool(source: Mapping[str, Any], key: str, path: str, errors: FieldErrors) -> bool | None:
    value = source.get(key)
    if value is None:
        return None
    if not isinstance(value, bool):
        errors.append((path, "must be a boolean"))
        return None
    return value


def _reconnect_window(
    source: Mapping[str, Any], key: str, path: str, errors: FieldErrors
) -> int | None:
    value = source.get(key)
    if value is None:
        return None
    if not _is_int(value):
        errors.append((path, "must be an integer"))
        return None
    if not RECONNECT_MIN <= value <= RECONNECT_MAX:
        errors.append((path, f"must be between {RECONNECT_MIN} and {RECONNECT_MAX}"))
        return None
    return int(value)


def _metadata(
    source: Mapping[str, Any], key: str, path: str, errors: FieldErrors
) -> dict[str, str] | None:
    value = source.get(key)
    if value is None:
        return None
    if not isinstance(value, Mapping):
        errors.append((path, "must be an object of string values"))
        return None
    if len(value) > METADATA_MAX_ENTRIES:
        errors.append((path, f"must have at most {METADATA_MAX_ENTRIES} entries"))
        return None
    for name, text in value.items():
        if not isinstance(text, str):
            errors.append((path, f"value of '{name}' must be a string"))
            return None
        if len(name) > METADATA_MAX_CHARS or len(text) > METADATA_MAX_CHARS:
            errors.append((path, f"'{name}' must be at most {METADATA_MAX_CHARS} characters"))
            return None
    return dict(value)


def _object(body: Mapping[str, Any], key: str, errors: FieldErrors) -> Mapping[str, Any] | None:
    value = body.get(key)
    if value is None:
        errors.append((key, "must not be null"))
        return None
    if not isinstance(value, Mapping):
        errors.append((key, "must be an object"))
        return None
    return value


# The field checks other endpoints' validators share (sandbox/simulcast.py, live_extras.py).
def enum_field(
    source: Mapping[str, Any], key: str, path: str, allowed: tuple[str, ...], errors: FieldErrors
) -> str | None:
    return _enum(source, key, path, allowed, errors)


def bool_field(source: Mapping[str, Any], key: str, path: str, errors: FieldErrors) -> bool | None:
    return _bool(source, key, path, errors)


def metadata_field(
    source: Mapping[str, Any], key: str, path: str, errors: FieldErrors
) -> dict[str, str] | None:
    return _metadata(source, key, path, errors)


def validate_create(body: Mapping[str, Any]) -> tuple[StreamSpec | None, FieldErrors]:
    """POST /live/streams. Follows SDK 1.2.0 where it adds to the spec (enableRecording) and the
    docs where they add to both (closedCaptions)."""
    errors: FieldErrors = []
    playback = _object(body, "playbackSettings", errors) or {}
    media = _object(body, "inputMediaSettings", errors) or {}
    p, m = "playbackSettings.", "inputMediaSettings."
    access = _enum(playback, "accessPolicy", p + "accessPolicy", ACCESS_POLICIES, errors)
    resolution = _enum(media, "maxResolution", m + "maxResolution", RESOLUTIONS, errors)
    window = _reconnect_window(media, "reconnectWindow", m + "reconnectWindow", errors)
    media_policy = _enum(media, "mediaPolicy", m + "mediaPolicy", ACCESS_POLICIES, errors)
    metadata = _metadata(media, "metadata", m + "metadata", errors)
    dvr = _bool(media, "enableDvrMode", m + "enableDvrMode", errors)
    recording = _bool(media, "enableRecording", m + "enableRecording", errors)
    captions = _bool(media, "closedCaptions", m + "closedCaptions", errors)
    if errors:
        return None, errors
    defaults = StreamSpec()
    spec = StreamSpec(
        access_policy=access or defaults.access_policy,
        max_resolution=resolution or defaults.max_resolution,
        reconnect_window=window if window is not None else defaults.reconnect_window,
        media_policy=media_policy or defaults.media_policy,
        metadata=metadata or {},
        enable_dvr_mode=defaults.enable_dvr_mode if dvr is None else dvr,
        enable_recording=defaults.enable_recording if recording is None else recording,
        closed_captions=defaults.closed_captions if captions is None else captions,
    )
    return spec, errors


def validate_patch(body: Mapping[str, Any]) -> tuple[dict[str, Any], FieldErrors]:
    """PATCH /live/streams/{id}: only metadata and reconnectWindow; absent means unchanged."""
    errors: FieldErrors = []
    changes: dict[str, Any] = {}
    metadata = _metadata(body, "metadata", "metadata", errors)
    window = _reconnect_window(body, "reconnectWindow", "reconnectWindow", errors)
    if metadata is not None:
        changes["metadata"] = metadata
    if window is not None:
        changes["reconnect_window"] = window
    return (changes if not errors else {}), errors


def validate_playback(body: Mapping[str, Any]) -> tuple[str, FieldErrors]:
    """POST /live/streams/{id}/playback-ids: accessPolicy, default public."""
    errors: FieldErrors = []
    access = _enum(body, "accessPolicy", "accessPolicy", ACCESS_POLICIES, errors)
    return access or "public", errors


def _query_int(query: Mapping[str, str], key: str, default: int, errors: FieldErrors) -> int:
    raw = query.get(key)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        errors.append((key, "must be an integer"))
        return default


def validate_list_query(query: Mapping[str, str]) -> tuple[int, int, str, FieldErrors]:
    """GET /live/streams: limit 1-50 (default 10), offset = 1-based page, orderBy asc|desc."""
    errors: FieldErrors = []
    limit = _query_int(query, "limit", 10, errors)
    offset = _query_int(query, "offset", 1, errors)
    # The spec's enum is lower-case, its text says "DESC (Descending) or ASC": accept both.
    order = (query.get("orderBy") or "desc").lower()
    if not any(name == "limit" for name, _ in errors) and not (
        LIST_LIMIT_MIN <= limit <= LIST_LIMIT_MAX
    ):
        errors.append(("limit", f"must be between {LIST_LIMIT_MIN} and {LIST_LIMIT_MAX}"))
    if not any(name == "offset" for name, _ in errors) and offset < 1:
        # offset is a page number from 1; offset=0 is a 422 in production (docs/fastpix-api.md).
        errors.append(("offset", "must be greater than or equal to 1"))
    if order not in ORDERS:
        errors.append(("orderBy", f"must be one of [{', '.join(ORDERS)}]"))
    return limit, offset, order, errors
