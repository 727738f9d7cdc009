"""The on-air use cases: end the broadcast, reconnect now (going live is the go-live
pipeline's: core/golive, docs/go-live.md).

Each is one coroutine over the one OBS controller and the one FastPix client.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from fastpix_desktop.core.destination.recognise import recognise_service
from fastpix_desktop.core.errors import (
    FastPixRequestError,
    ObsRequestError,
)
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP, marked
from fastpix_desktop.core.models import ObsServiceSettings, Protocol, StreamStatus

if TYPE_CHECKING:
    from fastpix_desktop.core.ports import FastPixPort, ObsPort


def protocol_of(service: ObsServiceSettings) -> Protocol | None:
    """The protocol OBS's destination uses, whoever it belongs to."""
    server = str(service.settings.get("server") or "")
    if server.startswith("srt://"):
        return Protocol.SRT
    if server.startswith(("rtmps://", "rtmp://")):
        return Protocol.RTMPS
    return None


@dataclass(frozen=True)
class EndOutcome:
    """``finished``: FastPix was told the broadcast is over, so the recording is processed now."""

    obs_was_streaming: bool
    stream_id: str | None
    finished: bool
    stream_status: str | None
    note: str = ""


async def end_broadcast(
    *,
    obs: ObsPort,
    fastpix: FastPixPort | None,
    stream_id: str | None = None,
    hosts: IngestHosts | None = None,
    stop_timeout: float = 15.0,
) -> EndOutcome:
    """StopStream, wait for STOPPED, then finish the FastPix stream (only an active one can be).

    ``stream_id`` defaults to the FastPix stream OBS points at.
    """
    hosts = hosts or IngestHosts()
    status = await obs.get_stream_status()
    was_streaming = status.active or status.reconnecting
    if stream_id is None and fastpix is not None:
        recognised = await recognise_service(await obs.get_service(), fastpix=fastpix, hosts=hosts)
        stream_id = recognised.stream.stream_id if recognised.stream is not None else None
    await obs.stop_streaming_and_wait(timeout=stop_timeout)
    if stream_id is None:
        return EndOutcome(
            was_streaming,
            None,
            False,
            None,
            marked(QT_TRANSLATE_NOOP("onair", "OBS does not point at FastPix.")),
        )
    if fastpix is None:
        return EndOutcome(
            was_streaming,
            stream_id,
            False,
            None,
            marked(QT_TRANSLATE_NOOP("onair", "FastPix is not set up: not finished.")),
        )
    stream = await fastpix.get_stream(stream_id)
    if stream.status != StreamStatus.ACTIVE:
        return EndOutcome(
            was_streaming,
            stream_id,
            False,
            stream.status,
            marked(
                QT_TRANSLATE_NOOP(
                    "onair",
                    "FastPix had no live video for this stream ({status}), so there was "
                    "nothing to finish.",
                ),
                status=str(stream.status),
            ),
        )
    try:
        await fastpix.finish_stream(stream_id)
    except FastPixRequestError:
        # It went idle on its own between the two requests: nothing left to finish.
        return EndOutcome(was_streaming, stream_id, False, StreamStatus.IDLE)
    after = await fastpix.get_stream(stream_id)
    return EndOutcome(was_streaming, stream_id, True, after.status)


async def reconnect_now(*, obs: ObsPort, timeout: float = 15.0) -> None:
    """Stop, wait for STOPPED, start again: for a reconnect that is stuck or a stalled output."""
    status = await obs.get_stream_status()
    if not (status.active or status.reconnecting):
        raise ObsRequestError(
            QT_TRANSLATE_NOOP("errors", "OBS is not streaming, so there is nothing to reconnect.")
        )
    await obs.stop_streaming_and_wait(timeout=timeout)
    await obs.start_streaming_and_wait(timeout=timeout)
