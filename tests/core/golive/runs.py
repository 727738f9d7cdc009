"""Shared by the go-live tests: the pipeline over given doubles, and questions answered by test
functions (each records or decides as the test needs)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from fastpix_desktop.core.errors import RestorePointError
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.golive import GoLive, GoLiveOptions

HOSTS = IngestHosts()


def pipeline(
    fastpix,
    obs,
    secrets,
    *,
    hosts: IngestHosts | None = None,
    allow_start: bool = True,
    start_timeout: float = 15.0,
) -> GoLive:
    options = GoLiveOptions(allow_start=allow_start, start_timeout=start_timeout)
    return GoLive(fastpix=fastpix, obs=obs, secrets=secrets, hosts=hosts or HOSTS, options=options)


@dataclass
class Answers:
    """The pipeline's questions answered by the test's own functions (No where none is given)."""

    stop_live: Callable[[], Awaitable[bool]] | None = None
    no_point: Callable[[RestorePointError], Awaitable[bool]] | None = None
    hand_set: Callable[[str], Awaitable[bool]] | None = None

    async def stop_live_obs(self) -> bool:
        return await self.stop_live() if self.stop_live is not None else False

    async def no_restore_point(self, error: RestorePointError) -> bool:
        return await self.no_point(error) if self.no_point is not None else False

    async def replace_hand_set(self, destination: str) -> bool:
        return await self.hand_set(destination) if self.hand_set is not None else False
