"""Going live without FastPix: when FastPix cannot be reached but OBS already holds the stream's
ingest, starting OBS needs nothing from the API (issue 26, item 9); its status is then unknown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fastpix_desktop.core.destination.recognise import fastpix_ingest_of
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.models import LiveStream, Protocol

if TYPE_CHECKING:
    from fastpix_desktop.core.ports import ObsPort

# FastPix RTMPS keys are "<32 hex>k<streamId>" (docs/obs-destination.md); an SRT stream ID is
# the stream's ID.
_KEY_SEPARATOR = "k"


async def stream_obs_already_holds(
    obs: ObsPort, stream_id: str, hosts: IngestHosts
) -> tuple[LiveStream, Protocol] | None:
    """The stream (only what OBS's settings say of it) when OBS already points at
    ``stream_id`` on a FastPix ingest, else None. Its name and status are unknown."""
    ingest = fastpix_ingest_of(await obs.get_service(), hosts)
    if ingest is None:
        return None
    if ingest.protocol is Protocol.SRT:
        if ingest.key != stream_id:
            return None
        return LiveStream(stream_id=stream_id, srt_secret=ingest.passphrase), Protocol.SRT
    _, sep, tail = ingest.key.rpartition(_KEY_SEPARATOR)
    if not sep or tail != stream_id:
        return None
    return LiveStream(stream_id=stream_id, stream_key=ingest.key), Protocol.RTMPS
