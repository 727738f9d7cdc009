"""The last non-secret choices (form, protocol, OBS host and port, window size) in QSettings.

Secrets never come here: they live in the keyring through core.secrets.SecretStore.
"""

from __future__ import annotations

import json
from dataclasses import replace
from enum import Enum
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QByteArray, QSettings

if TYPE_CHECKING:
    from fastpix_desktop.core.models import Protocol, StreamSettings

# The window's frame reads its geometry from here before the first paint, so the core's types
# (~10 ms of imports) are imported by the methods that need them, after it (docs/start-up.md).

# Read by app.application() before the window exists (the translator must come first).
LANGUAGE_KEY = "ui/language"


_E = TypeVar("_E", bound=Enum)


def _enum(kind: type[_E], value: object, *, default: _E) -> _E:
    try:
        return kind(value)
    except ValueError:
        return default


class AppSettings:
    """Typed view over one QSettings object (tests pass one backed by a temporary file)."""

    def __init__(self, qsettings: QSettings) -> None:
        self.qsettings = qsettings

    def _get(self, key: str, default: Any) -> Any:
        value = self.qsettings.value(key, default)
        return default if value is None else value

    def _bool(self, key: str, default: bool) -> bool:
        value = self._get(key, default)
        if isinstance(value, str):  # INI files hand booleans back as "true"/"false"
            return value.lower() in ("true", "1", "yes")
        return bool(value)

    def _int(self, key: str, default: int) -> int:
        try:
            return int(self._get(key, default))
        except (TypeError, ValueError):
            return default

    # ------------------------------------------------------------------ stream form

    def stream_settings(self) -> StreamSettings:
        from fastpix_desktop.core.models import AccessPolicy, MaxResolution, StreamSettings

        defaults = StreamSettings()
        try:
            extra = json.loads(str(self._get("form/extra_metadata", "{}")))
            extra = {str(k): str(v) for k, v in extra.items()} if isinstance(extra, dict) else {}
        except ValueError:
            extra = {}
        return replace(
            defaults,
            name=str(self._get("form/name", defaults.name)),
            extra_metadata=extra,
            max_resolution=_enum(
                MaxResolution, self._get("form/max_resolution", ""), default=defaults.max_resolution
            ),
            reconnect_window=self._int("form/reconnect_window", defaults.reconnect_window),
            access_policy=_enum(
                AccessPolicy, self._get("form/access_policy", ""), default=defaults.access_policy
            ),
            media_policy=_enum(
                AccessPolicy, self._get("form/media_policy", ""), default=defaults.media_policy
            ),
            enable_dvr=self._bool("form/enable_dvr", defaults.enable_dvr),
            enable_recording=self._bool("form/enable_recording", defaults.enable_recording),
            closed_captions=self._bool("form/closed_captions", defaults.closed_captions),
        )

    def set_stream_settings(self, settings: StreamSettings) -> None:
        q = self.qsettings
        q.setValue("form/name", settings.name)
        q.setValue("form/extra_metadata", json.dumps(dict(settings.extra_metadata)))
        q.setValue("form/max_resolution", str(settings.max_resolution))
        q.setValue("form/reconnect_window", int(settings.reconnect_window))
        q.setValue("form/access_policy", str(settings.access_policy))
        q.setValue("form/media_policy", str(settings.media_policy))
        q.setValue("form/enable_dvr", bool(settings.enable_dvr))
        q.setValue("form/enable_recording", bool(settings.enable_recording))
        q.setValue("form/closed_captions", bool(settings.closed_captions))

    def protocol(self) -> Protocol:
        from fastpix_desktop.core.models import Protocol

        return _enum(Protocol, self._get("form/protocol", ""), default=Protocol.RTMPS)

    def set_protocol(self, protocol: Protocol) -> None:
        self.qsettings.setValue("form/protocol", str(protocol))

    def start_streaming(self) -> bool:
        return self._bool("form/start_streaming", False)

    def set_start_streaming(self, start: bool) -> None:
        self.qsettings.setValue("form/start_streaming", bool(start))

    # ------------------------------------------------------------------ tray

    def minimise_to_tray(self) -> bool:
        return self._bool("tray/minimise_to_tray", False)

    def set_minimise_to_tray(self, on: bool) -> None:
        self.qsettings.setValue("tray/minimise_to_tray", bool(on))

    # ------------------------------------------------------------------ signed links

    def signed_link_expiry(self) -> int:
        """Seconds the last signed links played for; 0 when never chosen."""
        return self._int("signed_links/expiry_s", 0)

    def set_signed_link_expiry(self, seconds: int) -> None:
        self.qsettings.setValue("signed_links/expiry_s", int(seconds))

    # ------------------------------------------------------------------ OBS connection

    def obs_host(self) -> str:
        from fastpix_desktop.core.config import DEFAULT_OBS_HOST

        return str(self._get("obs/host", DEFAULT_OBS_HOST)) or DEFAULT_OBS_HOST

    def obs_port(self) -> int:
        from fastpix_desktop.core.config import DEFAULT_OBS_PORT

        return self._int("obs/port", DEFAULT_OBS_PORT)

    def set_obs_address(self, host: str, port: int) -> None:
        self.qsettings.setValue("obs/host", host)
        self.qsettings.setValue("obs/port", int(port))

    # ------------------------------------------------------------------ language

    def language(self) -> str:
        """The chosen UI language ("de", "es", "en"), or "" to follow the system."""
        return str(self._get(LANGUAGE_KEY, ""))

    def set_language(self, language: str) -> None:
        self.qsettings.setValue(LANGUAGE_KEY, language)

    def sync(self) -> None:
        self.qsettings.sync()

    # ------------------------------------------------------------------ window

    def window_geometry(self) -> QByteArray | None:
        """QWidget.saveGeometry() of the last closed window (size, position, maximised)."""
        value = self.qsettings.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def window_columns(self) -> str:
        """The splitter's column widths, "form,results"."""
        return str(self._get("window/columns", ""))

    def set_window_state(self, geometry: QByteArray, columns: str) -> None:
        self.qsettings.setValue("window/geometry", geometry)
        self.qsettings.setValue("window/columns", columns)
