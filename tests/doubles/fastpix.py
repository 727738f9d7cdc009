"""A stand-in for core.fastpix.client.FastPixClient (core.ports.FastPixPort) for use-case tests that
need neither HTTP nor the sandbox: one canned stream, an optional error and delay. Every call
fails with ``error`` when it is set; the list and manage calls act on the one stream and are
recorded in ``calls``."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

import httpx

from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.models import (
    AccessPolicy,
    LiveStream,
    PlaybackId,
    StreamPage,
    StreamSettings,
    StreamStatus,
)
from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY

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


def sandbox_client(
    transport: httpx.AsyncBaseTransport,
    *,
    base_url: str = "http://sandbox.invalid/v1",
    **options: Any,
) -> FastPixClient:
    """Not a double: the real FastPixClient with the demo credentials, served in-process by a
    sandbox ``transport`` (``SandboxApi.mock_transport()`` or ``SandboxTransport(api)``)."""
    return FastPixClient(
        access_token_id=DEMO_ACCESS_TOKEN_ID,
        secret_key=DEMO_SECRET_KEY,
        base_url=base_url,
        transport=transport,
        **options,
    )


@dataclass
class FakeFastPix:
    stream: LiveStream = field(default_factory=make_stream)
    error: Exception | None = None
    delay: float = 0.0
    created: list[StreamSettings] = field(default_factory=list)
    started: asyncio.Event | None = None
    credentials: tuple[str, str] = ("", "")
    closed: bool = False
    viewers: int = 0
    calls: list[tuple[str, ...]] = field(default_factory=list)

    def set_credentials(self, access_token_id: str, secret_key: str) -> None:
        self.credentials = (access_token_id, secret_key)

    async def verify_credentials(self) -> None:
        await self._answer()

    async def create_stream(self, settings: StreamSettings) -> LiveStream:
        self.created.append(settings)
        if self.started is not None:
            self.started.set()
        await asyncio.sleep(self.delay)
        if self.error is not None:
            raise self.error
        return self.stream

    async def get_stream(self, stream_id: str) -> LiveStream:
        await self._answer()
        return self.stream

    async def list_streams(
        self, *, limit: int = 10, offset: int = 1, order_by: str = "desc"
    ) -> StreamPage:
        """The one stream on page 1; later pages are empty."""
        await self._answer()
        streams = (self.stream,) if offset == 1 else ()
        return StreamPage(streams=streams, total_records=1, current_offset=offset, offset_count=1)

    async def update_stream(
        self, stream_id: str, *, metadata: Mapping[str, str] | None, reconnect_window: int
    ) -> LiveStream:
        await self._answer("update_stream", stream_id)
        kept = self.stream.metadata if metadata is None else dict(metadata)
        self.stream = replace(self.stream, metadata=kept, reconnect_window=reconnect_window)
        return self.stream

    async def delete_stream(self, stream_id: str) -> None:
        await self._answer("delete_stream", stream_id)

    async def enable_stream(self, stream_id: str) -> None:
        await self._answer("enable_stream", stream_id)
        self.stream = replace(self.stream, status=StreamStatus.IDLE)

    async def disable_stream(self, stream_id: str) -> None:
        await self._answer("disable_stream", stream_id)
        self.stream = replace(self.stream, status=StreamStatus.DISABLED)

    async def finish_stream(self, stream_id: str) -> None:
        await self._answer("finish_stream", stream_id)
        self.stream = replace(self.stream, status=StreamStatus.IDLE)

    async def create_playback_id(
        self, stream_id: str, access_policy: AccessPolicy = AccessPolicy.PUBLIC
    ) -> PlaybackId:
        await self._answer("create_playback_id", stream_id)
        added = PlaybackId(f"playback-{len(self.calls)}", access_policy)
        self.stream = replace(self.stream, playback_ids=(*self.stream.playback_ids, added))
        return added

    async def delete_playback_id(self, stream_id: str, playback_id: str) -> None:
        await self._answer("delete_playback_id", stream_id)
        kept = tuple(p for p in self.stream.playback_ids if p.id != playback_id)
        self.stream = replace(self.stream, playback_ids=kept)

    async def viewer_count(self, stream_id: str) -> int:
        await self._answer()
        return self.viewers

    async def aclose(self) -> None:
        self.closed = True

    async def _answer(self, *call: str) -> None:
        """One loop turn, like a request; ``call`` (name, stream ID) is recorded first."""
        if call:
            self.calls.append(call)
        await asyncio.sleep(0)
        if self.error is not None:
            raise self.error
