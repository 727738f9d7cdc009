"""Small in-memory stand-ins for the remote systems, for use-case tests that need no OBS.

FakeObs models the obs-websocket behaviour the use cases rely on: same-type service updates
merge, a type switch replaces, and changes are refused while live (500 OutputRunning).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from fastpix_desktop.core.errors import ObsDisconnectedError, ObsError, ObsLiveError
from fastpix_desktop.core.models import (
    LiveStream,
    ObsServiceSettings,
    ObsStreamStatus,
    PlaybackId,
    StreamSettings,
)

STREAM_ID = "91b8484250e5a1ed03fd4e100b807082"
STREAM_KEY = "ba016466451c770511d5992ec54bb271k" + STREAM_ID
SRT_SECRET = "b0a434dfeb98f5ad3c18ed27b2ea1972k" + STREAM_ID


def make_stream(**overrides: Any) -> LiveStream:
    values: dict[str, Any] = {
        "stream_id": STREAM_ID,
        "stream_key": STREAM_KEY,
        "srt_secret": SRT_SECRET,
        "playback_ids": (PlaybackId("b957a4c3-094e-4986-b89c-2bec49b01266"),),
    }
    values.update(overrides)
    return LiveStream(**values)


@dataclass
class FakeFastPix:
    stream: LiveStream = field(default_factory=make_stream)
    error: Exception | None = None
    delay: float = 0.0
    created: list[StreamSettings] = field(default_factory=list)
    started: asyncio.Event | None = None

    async def create_stream(self, settings: StreamSettings) -> LiveStream:
        self.created.append(settings)
        if self.started is not None:
            self.started.set()
        await asyncio.sleep(self.delay)
        if self.error is not None:
            raise self.error
        return self.stream


@dataclass
class FakeObs:
    service: ObsServiceSettings = field(
        default_factory=lambda: ObsServiceSettings(
            "rtmp_common", {"service": "Twitch", "server": "auto", "key": "live_123"}
        )
    )
    live: bool = False
    connected: bool = True
    fail_on: dict[str, ObsError] = field(default_factory=dict)
    drop_keys: tuple[str, ...] = ()  # fields OBS "forgets" on set (verify must notice)
    calls: list[str] = field(default_factory=list)

    def _maybe_fail(self, name: str) -> None:
        self.calls.append(name)
        if name in self.fail_on:
            raise self.fail_on[name]

    async def get_stream_status(self) -> ObsStreamStatus:
        await asyncio.sleep(0)
        self._maybe_fail("get_stream_status")
        return ObsStreamStatus(active=self.live)

    async def get_service(self) -> ObsServiceSettings:
        await asyncio.sleep(0)
        self._maybe_fail("get_service")
        return ObsServiceSettings(self.service.service_type, dict(self.service.settings))

    async def set_service(self, service: ObsServiceSettings) -> None:
        await asyncio.sleep(0)
        self._maybe_fail("set_service")
        if self.live:
            raise ObsLiveError()
        settings = {k: v for k, v in service.settings.items() if k not in self.drop_keys}
        if service.service_type == self.service.service_type:
            merged = dict(self.service.settings)
            merged.update(settings)
            settings = merged
        self.service = ObsServiceSettings(service.service_type, settings)

    async def stop_streaming_and_wait(self, timeout: float = 15.0) -> None:
        self._maybe_fail("stop_streaming_and_wait")
        self.live = False

    async def start_streaming_and_wait(self, timeout: float = 15.0) -> None:
        self._maybe_fail("start_streaming_and_wait")
        self.live = True


class DisconnectingObs(FakeObs):
    async def set_service(self, service: ObsServiceSettings) -> None:
        raise ObsDisconnectedError()
