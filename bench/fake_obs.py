"""In-process stand-in for ObsController, used when no real OBS can run (JSON ``obs: "fake"``).

It answers the calls the window and the go-live use case make, with obs-websocket's merge rule
for same-type updates, after one loop turn each: no socket, no worker thread.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from fastpix_desktop.core.models import ObsServiceSettings, ObsStreamStatus, ObsVersion
from fastpix_desktop.core.obs import ConnectionChanged, ObsConnectionInfo


class FakeObsController:
    def __init__(self, info: ObsConnectionInfo) -> None:
        self.info = info
        self.connected = False
        self.version: ObsVersion | None = None
        self.last_error = None
        self._listeners: list[Callable[[Any], None]] = []
        self._service = ObsServiceSettings("rtmp_common", {"service": "Twitch", "key": "k"})

    def add_listener(self, fn: Callable[[Any], None]) -> Callable[[], None]:
        self._listeners.append(fn)
        return lambda: self._listeners.remove(fn)

    async def connect(self) -> ObsVersion:
        await asyncio.sleep(0)
        self.connected, self.version = True, ObsVersion("29.0.2", "5.1.0")
        for fn in list(self._listeners):
            fn(ConnectionChanged(True, self.version, None))
        return self.version

    async def start(self) -> None:
        await self.connect()

    async def close(self) -> None:
        self.connected = False

    def set_connection(self, info: ObsConnectionInfo) -> None:
        self.info = info

    async def get_stream_status(self) -> ObsStreamStatus:
        await asyncio.sleep(0)
        return ObsStreamStatus(active=False)

    async def get_service(self) -> ObsServiceSettings:
        await asyncio.sleep(0)
        return ObsServiceSettings(self._service.service_type, dict(self._service.settings))

    async def get_current_profile(self) -> str:
        await asyncio.sleep(0)
        return "Untitled"

    async def set_service(self, service: ObsServiceSettings) -> None:
        await asyncio.sleep(0)
        settings = dict(service.settings)
        if service.service_type == self._service.service_type:
            settings = {**self._service.settings, **settings}
        self._service = ObsServiceSettings(service.service_type, settings)
