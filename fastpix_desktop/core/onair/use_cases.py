"""The on-air use cases: go live on a stream, end the broadcast, reconnect now.

Each is one coroutine over the one OBS controller and the one FastPix client; ``allow_start``
is the demo-mode guard (demo mode must never make a real OBS start streaming).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from fastpix_desktop.core.destination.recognise import recognise_service
from fastpix_desktop.core.errors import (
    FastPixRequestError,
    ObsError,
    ObsLiveError,
    ObsRequestError,
    SecretStoreError,
)
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.golive import use_cases as golive
from fastpix_desktop.core.golive.use_cases import ConfirmNoRestorePoint
from fastpix_desktop.core.golive.use_stream import pointing_protocol
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP, marked
from fastpix_desktop.core.models import LiveStream, ObsServiceSettings, Protocol, StreamStatus
from fastpix_desktop.core.onair.reconnect_advice import ReconnectAdvice, check_before_going_live

if TYPE_CHECKING:
    from fastpix_desktop.core.ports import FastPixPort, ObsPort, SecretStorePort

DEMO_NEVER_STARTS = QT_TRANSLATE_NOOP(
    "onair",
    "Demo mode never starts streaming: OBS now points at the demo stream, whose key is fake, "
    "so OBS could only fail. Leave demo mode to go live for real.",
)


def protocol_of(service: ObsServiceSettings) -> Protocol | None:
    """The protocol OBS's destination uses, whoever it belongs to."""
    server = str(service.settings.get("server") or "")
    if server.startswith("srt://"):
        return Protocol.SRT
    if server.startswith(("rtmps://", "rtmp://")):
        return Protocol.RTMPS
    return None


@dataclass(frozen=True)
class GoLiveOutcome:
    """What go-live did: OBS configured (now or already), started, or why not."""

    stream: LiveStream
    protocol: Protocol
    obs_configured: bool = False
    obs_started: bool = False
    already_live: bool = False
    obs_error: ObsError | SecretStoreError | None = None
    start_refused: str = ""
    advice: tuple[ReconnectAdvice, ...] = field(default_factory=tuple)


async def go_live(
    *,
    stream_id: str,
    fastpix: FastPixPort,
    obs: ObsPort,
    secrets: SecretStorePort,
    hosts: IngestHosts | None = None,
    protocol: Protocol | None = None,
    allow_start: bool = True,
    start_timeout: float = 15.0,
    confirm_no_restore_point: ConfirmNoRestorePoint | None = None,
) -> GoLiveOutcome:
    """Point OBS at the stream if it does not already, then start streaming ("Go live on my
    channel", use_stream's rules, plus the reconnect check, the demo guard and a live check).

    Raises the FastPix error when the stream cannot be loaded, ObsLiveError when OBS is live
    to another destination (nothing is changed then), and FastPixRequestError for a disabled
    stream. OBS problems after that come back in ``obs_error``.
    """
    hosts = hosts or IngestHosts()
    stream = await fastpix.get_stream(stream_id)
    if stream.status == StreamStatus.DISABLED:
        raise FastPixRequestError(
            "This FastPix stream is disabled, so it cannot take video. Enable it first."
        )
    status = await obs.get_stream_status()
    service = await obs.get_service()
    pointing = pointing_protocol(service, stream, hosts)
    points_here = pointing is not None and protocol in (None, pointing)
    chosen = protocol or pointing or Protocol.RTMPS
    if status.active or status.reconnecting:
        if points_here:
            return GoLiveOutcome(
                stream, chosen, obs_configured=True, obs_started=True, already_live=True
            )
        raise ObsLiveError(
            "OBS is live to another destination right now, so nothing was changed. "
            "End that broadcast first."
        )
    if not points_here:
        # The create checklist without the create step, restore point included.
        result = await golive.configure_existing(
            stream=stream,
            obs=obs,
            secrets=secrets,
            protocol=chosen,
            hosts=hosts,
            start=False,
            fastpix=fastpix,
            confirm_no_restore_point=confirm_no_restore_point,
        )
        if result.obs_error is not None:
            return GoLiveOutcome(stream, chosen, obs_error=result.obs_error)
    # The broadcast guard (core/guard), before starting: its findings become the advice.
    advice = tuple(await check_before_going_live(obs, stream.reconnect_window, hosts=hosts))
    if not allow_start:
        return GoLiveOutcome(
            stream, chosen, obs_configured=True, start_refused=DEMO_NEVER_STARTS, advice=advice
        )
    try:
        await obs.start_streaming_and_wait(timeout=start_timeout)
    except ObsError as error:
        return GoLiveOutcome(stream, chosen, obs_configured=True, obs_error=error, advice=advice)
    return GoLiveOutcome(stream, chosen, obs_configured=True, obs_started=True, advice=advice)


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
        raise ObsRequestError("OBS is not streaming, so there is nothing to reconnect.")
    await obs.stop_streaming_and_wait(timeout=timeout)
    await obs.start_streaming_and_wait(timeout=timeout)
