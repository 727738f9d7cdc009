"""Which stream OBS really points at, for the on-air model: OBS's destination read and recognised,
so what the monitor, End broadcast and the alarms are about never follows the stream on screen.

Recognition costs a FastPix request only when the destination changed since the last read.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from fastpix_desktop.core.destination.recognise import (
    fastpix_ingest_of,
    find_stream,
    matches_ingest,
)
from fastpix_desktop.core.errors import AppError
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.models import LiveStream, ObsServiceSettings
from fastpix_desktop.core.restore.record import describe_destination, fingerprint

if TYPE_CHECKING:
    from fastpix_desktop.core.ports import FastPixPort


@dataclass(frozen=True)
class Destination:
    """OBS's stream destination in words (never a key) and the FastPix stream it is, if any."""

    identity: str  # a digest of the destination (no secret can be read back from it)
    description: str
    fastpix: bool  # a FastPix ingest
    stream: LiveStream | None = None
    # A FastPix ingest whose stream could not be looked up (FastPix unreachable): unknown.
    stream_unknown: bool = False

    @property
    def stream_id(self) -> str | None:
        return self.stream.stream_id if self.stream is not None else None


async def read_destination(
    service: ObsServiceSettings,
    *,
    fastpix: FastPixPort | None,
    hosts: IngestHosts,
    known: tuple[LiveStream, ...] = (),
    previous: Destination | None = None,
) -> Destination:
    """``service`` recognised; the ``previous`` answer is reused while the destination is the
    same (no request), the ``known`` streams are matched before FastPix is asked."""
    identity = fingerprint(service)
    if previous is not None and previous.identity == identity and not previous.stream_unknown:
        return previous
    description = describe_destination(service)
    ingest = fastpix_ingest_of(service, hosts)
    if ingest is None:
        return Destination(identity, description, fastpix=False)
    for stream in known:
        if matches_ingest(stream, ingest):
            return Destination(identity, description, True, stream)
    if fastpix is None:
        return Destination(identity, description, True, stream_unknown=True)
    try:
        found = await find_stream(ingest, fastpix)
    except AppError:  # FastPix unreachable: which stream it is stays unknown, and is asked again
        return Destination(identity, description, True, stream_unknown=True)
    return Destination(identity, description, True, found)
