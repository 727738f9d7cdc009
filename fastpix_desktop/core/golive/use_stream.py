"""Reusing a stream: "Use this stream" (the create checklist without the create step) and "Go live
on my channel" (point OBS at it only when it does not already, then start streaming).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from fastpix_desktop.core.errors import ObsError
from fastpix_desktop.core.fastpix.ingest import IngestHosts, IngestTarget, ingest_target
from fastpix_desktop.core.golive import use_cases as golive
from fastpix_desktop.core.golive.precheck import ConfirmStopLive
from fastpix_desktop.core.golive.use_cases import (
    ConfirmNoRestorePoint,
    GoLiveResult,
    ProgressCallback,
    StepId,
    StepState,
    StepUpdate,
    guard_advice,
)
from fastpix_desktop.core.models import LiveStream, ObsServiceSettings, Protocol
from fastpix_desktop.core.onair.reconnect_advice import ReconnectAdvice
from fastpix_desktop.core.restore import point as restore_point

if TYPE_CHECKING:
    from fastpix_desktop.core.ports import FastPixPort, ObsPort, SecretStorePort


def pointing_protocol(
    service: ObsServiceSettings, stream: LiveStream, hosts: IngestHosts
) -> Protocol | None:
    """The protocol over which OBS's ``service`` already sends to ``stream`` exactly, if any."""
    for protocol in (Protocol.RTMPS, Protocol.SRT):
        wanted = ingest_target(stream, protocol, hosts).obs_service()
        if restore_point.same_destination(service, wanted):
            return protocol
    return None


async def use_stream(
    *,
    fastpix: FastPixPort,
    obs: ObsPort,
    secrets: SecretStorePort,
    stream_id: str,
    protocol: Protocol | None = Protocol.RTMPS,
    hosts: IngestHosts | None = None,
    start: bool = False,
    on_progress: ProgressCallback | None = None,
    confirm_stop_live: ConfirmStopLive | None = None,
    confirm_no_restore_point: ConfirmNoRestorePoint | None = None,
    start_timeout: float = 15.0,
) -> GoLiveResult:
    """Point OBS at an existing stream, fetched from FastPix with its keys (never stored).

    ``protocol=None`` keeps whichever protocol OBS already uses for this stream (RTMPS when it
    points elsewhere). When OBS already sends exactly there, nothing is saved or pushed.
    Raises the FastPix error when the stream cannot be fetched (404: it was deleted); OBS
    problems come back in ``GoLiveResult.obs_error``, as for create.
    """
    hosts = hosts or IngestHosts()
    stream = await fastpix.get_stream(stream_id)
    report = _Report(on_progress)
    report(StepId.OBS_CHECK, StepState.RUNNING)
    try:
        current = await obs.get_service()
    except ObsError as exc:
        target = ingest_target(stream, protocol or Protocol.RTMPS, hosts)
        report(StepId.OBS_CHECK, StepState.FAILED, str(exc))
        for step in golive.steps_for(create=False, obs=True, start=start)[1:]:
            report(step, StepState.SKIPPED)
        return GoLiveResult(stream=stream, target=target, obs_error=exc)
    already = pointing_protocol(current, stream, hosts)
    if already is not None and protocol in (None, already):
        return await _start_only(
            stream=stream,
            target=ingest_target(stream, already, hosts),
            obs=obs,
            start=start,
            report=report,
            start_timeout=start_timeout,
            hosts=hosts,
        )
    return await golive.configure_existing(
        stream=stream,
        obs=obs,
        secrets=secrets,
        protocol=protocol or Protocol.RTMPS,
        hosts=hosts,
        start=start,
        on_progress=on_progress,
        confirm_stop_live=confirm_stop_live,
        confirm_no_restore_point=confirm_no_restore_point,
        start_timeout=start_timeout,
    )


async def go_live_on_channel(
    *,
    fastpix: FastPixPort,
    obs: ObsPort,
    secrets: SecretStorePort,
    stream_id: str,
    protocol: Protocol | None = None,
    hosts: IngestHosts | None = None,
    on_progress: ProgressCallback | None = None,
    confirm_stop_live: ConfirmStopLive | None = None,
    confirm_no_restore_point: ConfirmNoRestorePoint | None = None,
    start_timeout: float = 15.0,
) -> GoLiveResult:
    """ "Go live on <my channel>": configure OBS only if it does not already point at the
    stream (over either protocol), then start streaming (nothing to do when already live)."""
    return await use_stream(
        fastpix=fastpix,
        obs=obs,
        secrets=secrets,
        stream_id=stream_id,
        protocol=protocol,
        hosts=hosts,
        start=True,
        on_progress=on_progress,
        confirm_stop_live=confirm_stop_live,
        confirm_no_restore_point=confirm_no_restore_point,
        start_timeout=start_timeout,
    )


class _Report:
    def __init__(self, callback: ProgressCallback | None) -> None:
        self._callback = callback

    def __call__(self, step: StepId, state: StepState, detail: str = "") -> None:
        if self._callback is not None:
            self._callback(StepUpdate(step, state, detail))


async def _start_only(
    *,
    stream: LiveStream,
    target: IngestTarget,
    obs: ObsPort,
    start: bool,
    report: _Report,
    start_timeout: float,
    hosts: IngestHosts,
) -> GoLiveResult:
    """OBS already sends to this stream: nothing to save, push or verify; maybe start."""
    advice: tuple[ReconnectAdvice, ...] = ()
    report(StepId.OBS_CHECK, StepState.DONE, "OBS already points at this stream")
    for step in (StepId.SNAPSHOT, StepId.PUSH):
        report(step, StepState.SKIPPED, "not needed: OBS already points at this stream")
    report(StepId.VERIFY, StepState.DONE)
    if not start:
        return GoLiveResult(stream=stream, target=target, obs_configured=True)
    report(StepId.START, StepState.RUNNING)
    try:
        already_live = (await obs.get_stream_status()).active
        if already_live:
            report(StepId.START, StepState.DONE, "OBS is already live on this stream")
        else:
            advice = await guard_advice(obs, stream, hosts)
            await obs.start_streaming_and_wait(timeout=start_timeout)
            report(StepId.START, StepState.DONE)
    except ObsError as exc:
        report(StepId.START, StepState.FAILED, str(exc))
        return GoLiveResult(stream=stream, target=target, obs_configured=True, obs_error=exc)
    return GoLiveResult(
        stream=stream,
        target=target,
        obs_configured=True,
        obs_started=True,
        already_live=already_live,
        advice=advice,
    )
