"""Simulcast use cases: list a stream's targets, add one, pause or resume one, remove one.

Each checks what it can before anything is sent (URL scheme, key, FastPix's idle-only rule for
adding) and raises the core error tree's errors in plain words. FastPix reports no per-target
delivery status, so a target is only ever "enabled" or "paused". See docs/simulcast.md.
"""

from __future__ import annotations

from typing import Protocol

from fastpix_desktop.core.errors import FastPixRequestError
from fastpix_desktop.core.simulcast.targets import (
    SimulcastTarget,
    TargetListing,
    check_target_key,
    check_target_name,
    check_target_url,
)


class SimulcastClient(Protocol):
    """The part of FastPixClient these use cases need (tests pass a fake)."""

    async def list_simulcasts(self, stream_id: str) -> TargetListing: ...

    async def create_simulcast(
        self, stream_id: str, *, url: str, stream_key: str, name: str = ""
    ) -> SimulcastTarget: ...

    async def set_simulcast_enabled(
        self, stream_id: str, simulcast_id: str, enabled: bool
    ) -> SimulcastTarget: ...

    async def delete_simulcast(self, stream_id: str, simulcast_id: str) -> None: ...


async def list_targets(client: SimulcastClient, stream_id: str) -> TargetListing:
    return await client.list_simulcasts(stream_id)


async def add_target(
    client: SimulcastClient, stream_id: str, *, url: str, stream_key: str, name: str = ""
) -> SimulcastTarget:
    """Add one target. Bad input fails before any request; a live, disabled or trial stream
    fails after one GET, with FastPix's rule explained, instead of a POST bound to fail."""
    clean_url = check_target_url(url)
    clean_key = check_target_key(stream_key)
    clean_name = check_target_name(name)
    listing = await client.list_simulcasts(stream_id)
    refusal = listing.refusal
    if refusal is not None:
        raise FastPixRequestError(refusal, status=None)
    return await client.create_simulcast(
        stream_id, url=clean_url, stream_key=clean_key, name=clean_name
    )


async def set_target_enabled(
    client: SimulcastClient, stream_id: str, simulcast_id: str, enabled: bool
) -> SimulcastTarget:
    """Pause (False) or resume (True) one target; FastPix allows it while live or idle."""
    return await client.set_simulcast_enabled(stream_id, simulcast_id, enabled)


async def remove_target(client: SimulcastClient, stream_id: str, simulcast_id: str) -> None:
    """Delete one target; FastPix stops relaying to it, the stream itself goes on."""
    await client.delete_simulcast(stream_id, simulcast_id)
