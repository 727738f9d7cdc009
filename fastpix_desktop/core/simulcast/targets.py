"""Simulcast targets as the app sees them, parsed from FastPix's answers, and the local checks a
target passes before anything is sent (rtmp:// or rtmps:// URL, a key without blanks).

A target's key is a third-party secret (a Twitch or YouTube stream key) that FastPix returns in
clear; every key parsed or entered here is registered with core/redact.py at once, and no repr
shows it. Rules and sources: docs/simulcast.md.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from fastpix_desktop.core.errors import FastPixBadResponseError, FastPixValidationError
from fastpix_desktop.core.redact import register_secret

URL_SCHEMES = ("rtmp", "rtmps")
URL_MAX_CHARS = 1024
KEY_MAX_CHARS = 1024
# Where the app keeps a target's display name: the target's metadata, as FastPix allows.
TARGET_NAME_KEY = "simulcast_name"
F_URL = "url"
F_KEY = "streamKey"
F_NAME = "metadata"

NOT_IDLE_RULE = (
    "FastPix adds simulcast targets only while the stream is idle, so add them before going "
    "live. Targets that already exist can be paused and resumed while live."
)
TRIAL_RULE = "FastPix does not simulcast trial streams. Upgrade the FastPix plan to add targets."
DISABLED_RULE = (
    "This stream is disabled, and FastPix does not change its simulcast targets until it is "
    "enabled again."
)


@dataclass(frozen=True)
class SimulcastTarget:
    """One relay of a FastPix stream to another service. ``is_enabled`` is what FastPix was told
    (enabled / paused); FastPix reports no delivery status, so "broadcasting" is never claimed."""

    simulcast_id: str
    url: str
    stream_key: str = field(repr=False)
    is_enabled: bool = True
    metadata: Mapping[str, str] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.metadata.get(TARGET_NAME_KEY, "")

    @classmethod
    def from_api(cls, data: Any) -> SimulcastTarget:
        if not isinstance(data, Mapping):
            raise FastPixBadResponseError("FastPix sent a simulcast target that is not an object.")
        simulcast_id = data.get("simulcastId")
        if not isinstance(simulcast_id, str) or not simulcast_id:
            raise FastPixBadResponseError("FastPix sent a simulcast target without a simulcastId.")
        key = _text(data, "streamKey")
        register_secret(key)  # in clear in every answer: mask it before anything can log it
        enabled = data.get("isEnabled", True)
        if not isinstance(enabled, bool):
            raise FastPixBadResponseError("FastPix sent an unexpected value for 'isEnabled'.")
        metadata = data.get("metadata")
        if metadata is None:
            metadata = {}
        if not isinstance(metadata, Mapping):
            raise FastPixBadResponseError("FastPix sent a simulcast target's metadata oddly.")
        return cls(
            simulcast_id=simulcast_id,
            url=_text(data, "url"),
            stream_key=key,
            is_enabled=enabled,
            metadata={str(k): str(v) for k, v in metadata.items()},
        )

    def to_public_dict(self, *, show_secrets: bool = False) -> dict[str, Any]:
        """The target for --json and the window: the key only when asked for."""
        out: dict[str, Any] = {
            "simulcastId": self.simulcast_id,
            "name": self.name,
            "url": self.url,
            "isEnabled": self.is_enabled,
            "state": "enabled" if self.is_enabled else "paused",
        }
        if show_secrets:
            out["streamKey"] = self.stream_key
        return out


@dataclass(frozen=True)
class TargetListing:
    """A stream's targets with what decides whether targets can be added now."""

    stream_id: str
    stream_status: str
    trial: bool
    targets: tuple[SimulcastTarget, ...] = ()

    @property
    def is_live(self) -> bool:
        """Not idle in FastPix's sense: preparing or active (disabled is reported apart)."""
        return self.stream_status in ("preparing", "active")

    @property
    def refusal(self) -> str | None:
        """Why FastPix would refuse a new target right now, in plain words; None if it would not."""
        if self.trial:
            return TRIAL_RULE
        if self.stream_status == "disabled":
            return DISABLED_RULE
        if self.stream_status != "idle":
            return NOT_IDLE_RULE
        return None

    @classmethod
    def from_stream_api(cls, data: Any) -> TargetListing:
        """From GET /live/streams/{id}: FastPix omits simulcastResponses when there are none."""
        if not isinstance(data, Mapping):
            raise FastPixBadResponseError("FastPix sent a stream that is not an object.")
        stream_id = data.get("streamId")
        if not isinstance(stream_id, str) or not stream_id:
            raise FastPixBadResponseError("FastPix sent a stream without a streamId.")
        raw = data.get("simulcastResponses")
        if raw is None:  # omitted when the stream has no targets
            raw = []
        if not isinstance(raw, list):
            raise FastPixBadResponseError("FastPix sent simulcast targets that are not a list.")
        return cls(
            stream_id=stream_id,
            stream_status=_text(data, "status") or "idle",
            trial=data.get("trial") is True,
            targets=tuple(SimulcastTarget.from_api(item) for item in raw),
        )


def _text(data: Mapping[str, Any], key: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise FastPixBadResponseError(f"FastPix sent an unexpected value for '{key}'.")
    return value


# --------------------------------------------------------------------------- local checks


def check_target_url(url: Any) -> str:
    """The URL, trimmed, if FastPix can relay to it (rtmp:// or rtmps:// with a host);
    otherwise a FastPixValidationError naming the ``url`` field. Nothing is sent either way."""
    text = url.strip() if isinstance(url, str) else ""
    problem = _url_problem(text)
    if problem:
        raise FastPixValidationError(
            f"The target URL {problem}. Use the service's RTMP or RTMPS server, for example "
            "rtmps://a.rtmps.youtube.com:443/live2.",
            fields={F_URL: problem},
            status=None,
        )
    return text


def _url_problem(text: str) -> str | None:
    if not text:
        return "is empty"
    if len(text) > URL_MAX_CHARS:
        return f"is longer than {URL_MAX_CHARS} characters"
    if re.search(r"\s", text):
        return "contains spaces or line breaks"
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        return "is not a valid address"
    if parts.scheme.lower() not in URL_SCHEMES or "://" not in text:
        return "must start with rtmp:// or rtmps://"
    if not parts.hostname:
        return "has no server name after rtmp:// or rtmps://"
    if port == 0:
        return "has port 0"
    if parts.username or parts.password:
        # A user:password@ part would be stored in clear at FastPix and shown in lists.
        return "must not contain a user name or password"
    return None


def check_target_key(key: Any) -> str:
    """The key, trimmed and registered for redaction; a validation error when unusable."""
    text = key.strip() if isinstance(key, str) else ""
    register_secret(text)
    problem = None
    if not text:
        problem = "is empty"
    elif len(text) > KEY_MAX_CHARS:
        problem = f"is longer than {KEY_MAX_CHARS} characters"
    elif re.search(r"\s", text):
        problem = "contains spaces or line breaks"
    if problem:
        raise FastPixValidationError(
            f"The target's stream key {problem}. Copy it again from the service's dashboard.",
            fields={F_KEY: problem},
            status=None,
        )
    return text


def check_target_name(name: Any) -> str:
    """The display name, trimmed; FastPix's metadata limit is 255 characters."""
    text = name.strip() if isinstance(name, str) else ""
    if len(text) > 255:
        raise FastPixValidationError(
            "The target name is longer than 255 characters.",
            fields={F_NAME: "at most 255 characters"},
            status=None,
        )
    return text
