"""Stand-ins for core.obs.ObsController (core.ports.ObsPort): same methods and events, no
WebSocket. They model what the window and the use cases rely on: connect/close with
ConnectionChanged events, live state with StreamStateChanged, same-type service updates merging,
a type switch replacing, and refusal to change while live.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from fastpix_desktop.core.errors import (
    ObsDisconnectedError,
    ObsError,
    ObsLiveError,
    ObsRequestError,
)
from fastpix_desktop.core.models import ObsServiceSettings, ObsStreamStatus, ObsVersion
from fastpix_desktop.core.obs import (
    OUTPUT_STARTED,
    OUTPUT_STOPPED,
    ConnectionChanged,
    ObsConnectionInfo,
    ObsListener,
    StreamStateChanged,
)

OBS_VERSION = ObsVersion(obs_version="29.0.2", websocket_version="5.1.0")
PREVIOUS_SERVICE = ObsServiceSettings(
    "rtmp_common", {"service": "Twitch", "server": "auto", "key": "live_previous_key_123"}
)


@dataclass
class FakeObsController:
    info: ObsConnectionInfo = field(default_factory=ObsConnectionInfo)
    service: ObsServiceSettings = PREVIOUS_SERVICE
    live: bool = False
    reachable: bool = True
    connect_error: ObsError | None = None
    fail_on: dict[str, ObsError] = field(default_factory=dict)
    status: ObsStreamStatus | None = None
    bytes_per_poll: int = 0
    polls: int = 0
    connected: bool = False
    version: ObsVersion | None = None
    last_error: ObsError | None = None
    calls: list[str] = field(default_factory=list)
    services_set: list[ObsServiceSettings] = field(default_factory=list)
    listeners: list[ObsListener] = field(default_factory=list)
    closed: bool = False
    profile: str = "Untitled"
    # While on air: OBS's own reconnect (GetStreamStatus outputReconnecting) and its profile's
    # [Output] parameters (GetProfileParameter), for the on-air monitor and reconnect advice.
    reconnecting: bool = False
    profile_params: dict[tuple[str, str], str] = field(default_factory=dict)
    params_set: list[tuple[str, str, str | None]] = field(default_factory=list)

    def add_listener(self, fn: ObsListener) -> Callable[[], None]:
        self.listeners.append(fn)
        return lambda: self.listeners.remove(fn)

    def emit(self, event: Any) -> None:
        for fn in list(self.listeners):
            fn(event)

    def _maybe_fail(self, name: str) -> None:
        self.calls.append(name)
        if name in self.fail_on:
            raise self.fail_on[name]

    # ---- lifecycle

    async def connect(self) -> ObsVersion:
        await asyncio.sleep(0)
        self.calls.append("connect")
        if self.connect_error is not None:
            self.connected, self.last_error = False, self.connect_error
            self.emit(ConnectionChanged(False, None, self.connect_error))
            raise self.connect_error
        self.connected, self.version, self.last_error = True, OBS_VERSION, None
        self.emit(ConnectionChanged(True, OBS_VERSION, None))
        return OBS_VERSION

    async def start(self) -> None:
        with contextlib.suppress(ObsError):
            await self.connect()

    async def close(self) -> None:
        self.closed = True
        if self.connected:
            self.connected = False
            self.emit(ConnectionChanged(False, None, None))

    def set_connection(self, info: ObsConnectionInfo) -> None:
        self.calls.append("set_connection")
        self.info = info
        if self.connected:
            self.connected = False
            self.emit(ConnectionChanged(False, None, None))

    # ---- requests

    async def get_stream_status(self) -> ObsStreamStatus:
        await asyncio.sleep(0)
        self._maybe_fail("get_stream_status")
        if self.status is not None:
            # Like OBS's outputBytes: a running total that grows between polls.
            self.polls += 1
            return replace(self.status, bytes=self.status.bytes + self.polls * self.bytes_per_poll)
        return ObsStreamStatus(
            active=self.live or self.reconnecting, reconnecting=self.reconnecting
        )

    async def get_profile_parameter(self, category: str, name: str) -> str | None:
        await asyncio.sleep(0)
        self._maybe_fail("get_profile_parameter")
        return self.profile_params.get((category, name))

    async def get_profile_value(self, category: str, name: str) -> str | None:
        await asyncio.sleep(0)
        self._maybe_fail("get_profile_value")
        return self.profile_params.get((category, name))

    async def set_profile_parameter(self, category: str, name: str, value: str | None) -> None:
        await asyncio.sleep(0)
        self._maybe_fail("set_profile_parameter")
        self.params_set.append((category, name, value))
        if value is None:
            self.profile_params.pop((category, name), None)
        else:
            self.profile_params[(category, name)] = value

    async def get_service(self) -> ObsServiceSettings:
        await asyncio.sleep(0)
        self._maybe_fail("get_service")
        return ObsServiceSettings(self.service.service_type, dict(self.service.settings))

    async def get_current_profile(self) -> str:
        await asyncio.sleep(0)
        self._maybe_fail("get_current_profile")
        return self.profile

    async def set_service(self, service: ObsServiceSettings) -> None:
        await asyncio.sleep(0)
        self._maybe_fail("set_service")
        if self.live:
            raise ObsLiveError()
        if not service.settings:  # obs-websocket: "streamServiceSettings must not be empty"
            raise ObsRequestError(code=403)
        self.services_set.append(service)
        settings = dict(service.settings)
        if service.service_type == self.service.service_type:
            settings = {**self.service.settings, **settings}
        self.service = ObsServiceSettings(service.service_type, settings)

    async def start_streaming_and_wait(self, timeout: float = 15.0) -> None:
        await asyncio.sleep(0)
        self._maybe_fail("start_streaming_and_wait")
        self.live = True
        self.emit(StreamStateChanged(True, OUTPUT_STARTED))

    async def stop_streaming_and_wait(self, timeout: float = 15.0) -> None:
        await asyncio.sleep(0)
        self._maybe_fail("stop_streaming_and_wait")
        self.live = self.reconnecting = False
        self.emit(StreamStateChanged(False, OUTPUT_STOPPED))


@dataclass
class FakeObs(FakeObsController):
    """Connected from the start, and able to "forget" fields on set (verify must notice)."""

    service: ObsServiceSettings = field(
        default_factory=lambda: ObsServiceSettings(
            "rtmp_common", {"service": "Twitch", "server": "auto", "key": "live_123"}
        )
    )
    connected: bool = True
    drop_keys: tuple[str, ...] = ()
    # Fields OBS adds on its own to a named service (rtmp_common), as OBS 30+ does.
    adds_fields: dict[str, Any] = field(default_factory=dict)

    async def set_service(self, service: ObsServiceSettings) -> None:
        kept = {k: v for k, v in service.settings.items() if k not in self.drop_keys}
        if service.service_type == "rtmp_common":
            kept = {**self.adds_fields, **kept}
        await super().set_service(ObsServiceSettings(service.service_type, kept))


# What OBS 30+ adds to a Twitch destination (seen with OBS 30.2.3 and 32.2.2).
OBS30_TWITCH_FIELDS: dict[str, Any] = {
    "multitrack_video_configuration_url": "https://ingest.twitch.tv/api/v3/GetClientConfiguration",
    "multitrack_video_disclaimer": "Enhanced Broadcasting ...",
    "multitrack_video_name": "Enhanced Broadcasting",
    "protocol": "RTMP",
    "stream_key_link": "https://dashboard.twitch.tv/settings/stream",
}


class DisconnectingObs(FakeObs):
    async def set_service(self, service: ObsServiceSettings) -> None:
        raise ObsDisconnectedError()
