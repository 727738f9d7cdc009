"""Small in-memory stand-ins for the remote systems, for use-case tests that need no OBS.

FakeObs (over tests/obs_fakes.py) models the obs-websocket behaviour the use cases rely on:
same-type service updates merge, a type switch replaces, changes are refused while live.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from fastpix_desktop.core.errors import ObsDisconnectedError
from fastpix_desktop.core.models import LiveStream, ObsServiceSettings, PlaybackId, StreamSettings
from tests.obs_fakes import FakeObsController

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
class FakeObs(FakeObsController):
    """The shared OBS stand-in, connected, that can also "forget" fields on set."""

    service: ObsServiceSettings = field(
        default_factory=lambda: ObsServiceSettings(
            "rtmp_common", {"service": "Twitch", "server": "auto", "key": "live_123"}
        )
    )
    connected: bool = True
    drop_keys: tuple[str, ...] = ()  # fields OBS "forgets" on set (verify must notice)

    async def set_service(self, service: ObsServiceSettings) -> None:
        kept = {k: v for k, v in service.settings.items() if k not in self.drop_keys}
        await super().set_service(ObsServiceSettings(service.service_type, kept))


class DisconnectingObs(FakeObs):
    async def set_service(self, service: ObsServiceSettings) -> None:
        raise ObsDisconnectedError()
