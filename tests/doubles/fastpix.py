"""A stand-in for core.fastpix.FastPixClient (core.ports.FastPixPort) for use-case tests that
need neither HTTP nor the sandbox: one canned stream, an optional error and delay."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import Any

from fastpix_desktop.core.models import LiveStream, PlaybackId, StreamSettings

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
    credentials: tuple[str, str] = ("", "")
    closed: bool = False

    def set_credentials(self, access_token_id: str, secret_key: str) -> None:
        self.credentials = (access_token_id, secret_key)

    async def verify_credentials(self) -> None:
        await asyncio.sleep(0)
        if self.error is not None:
            raise self.error

    async def create_stream(self, settings: StreamSettings) -> LiveStream:
        self.created.append(settings)
        if self.started is not None:
            self.started.set()
        await asyncio.sleep(self.delay)
        if self.error is not None:
            raise self.error
        return self.stream

    async def get_stream(self, stream_id: str) -> LiveStream:
        await asyncio.sleep(0)
        if self.error is not None:
            raise self.error
        return self.stream

    async def aclose(self) -> None:
        self.closed = True
