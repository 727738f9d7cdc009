"""The use cases behind "Create & configure OBS": each one coroutine reporting checklist steps.

The FastPix create call and the OBS pre-check run concurrently; a created stream is always
returned, even when OBS fails afterwards, so nothing is lost and "Retry OBS" can finish the job.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from fastpix_desktop.core.errors import (
    AppError,
    ConfigError,
    ObsError,
    ObsLiveError,
    ObsVerifyError,
    RestoreNeedsConfirmationError,
    RestorePointError,
    SecretStoreError,
)
from fastpix_desktop.core.fastpix.ingest import IngestHosts, IngestTarget, ingest_target
from fastpix_desktop.core.golive.precheck import (
    ConfirmStopLive,
    _destination_precheck,
    _obs_precheck,
    _ObsPrecheck,
    _stop_live_first,
)
from fastpix_desktop.core.golive.result import GoLiveResult, settled
from fastpix_desktop.core.golive.steps import (
    STEP_LABELS,
    ProgressCallback,
    StepId,
    StepState,
    StepUpdate,
    _Reporter,
    _same,
    check_same,
    steps_for,
)
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP
from fastpix_desktop.core.models import (
    LiveStream,
    ObsServiceSettings,
    Protocol,
    StreamSettings,
)
from fastpix_desktop.core.onair.reconnect_advice import (
    ReconnectAdvice,
    check_before_going_live,
)
from fastpix_desktop.core.restore import point as restore_point
from fastpix_desktop.core.restore.save import HeldSave, PreparedSave

if TYPE_CHECKING:
    from fastpix_desktop.core.ports import FastPixPort, ObsPort, SecretStorePort

log = logging.getLogger(__name__)

__all__ = [
    "STEP_LABELS",
    "GoLiveResult",
    "ProgressCallback",
    "StepId",
    "StepState",
    "StepUpdate",
    "check_same",
    "configure_existing",
    "create_and_configure",
    "restore_previous",
    "settled",
    "steps_for",
]

# The read-back is repeated after this pause: a second copy of the app (or another tool) pushing
# at the same moment would otherwise let both report "OBS configured" (docs/faults.md). The
# repeat runs in the background (``GoLiveResult.late_check``, awaited by ``settled``), so it is
# not on the path to "configured".
VERIFY_SETTLE_S = 0.2
RIVAL_PUSH_MESSAGE = (
    "Another program changed OBS's stream settings right after this app set them "
    "(is a second copy of this app running?). Check Settings → Stream in OBS, or "
    "press Retry OBS."
)


# Asked when OBS's destination cannot be saved ("... change OBS anyway?"); True pushes anyway.
ConfirmNoRestorePoint = Callable[[RestorePointError], Awaitable[bool]]


def _finished_with_result(task: asyncio.Future[Any]) -> bool:
    return task.done() and not task.cancelled() and task.exception() is None


async def create_and_configure(
    *,
    fastpix: FastPixPort,
    obs: ObsPort | None,
    secrets: SecretStorePort,
    settings: StreamSettings,
    protocol: Protocol,
    hosts: IngestHosts | None = None,
    start: bool = False,
    on_progress: ProgressCallback | None = None,
    confirm_stop_live: ConfirmStopLive | None = None,
    confirm_no_restore_point: ConfirmNoRestorePoint | None = None,
    start_timeout: float = 15.0,
    allow_start: bool = True,
) -> GoLiveResult:
    """Create a stream and, when OBS is connected, point OBS at it (one round trip + OBS).

    OBS's live state is checked before anything is created: when OBS is live and the streamer
    keeps it live, ObsLiveError is raised and nothing exists on FastPix. Raises the FastPix error
    when the stream could not be created; later OBS problems never raise: they come back in
    ``GoLiveResult.obs_error`` next to the created stream (a RestorePointError when OBS's
    destination could not be saved and ``confirm_no_restore_point`` did not say go ahead).
    The repeat read-back that catches a rival push is still running when this returns: pass
    the result to ``settled`` (with OBS still connected) for the final truth.
    ``allow_start=False`` (demo mode) never starts streaming, whatever ``start`` says.
    """
    hosts = hosts or IngestHosts()
    start = start and allow_start
    report = _Reporter(on_progress)
    settings.validate(protocol)
    # An OBS handed in but disconnected since (it dropped after connect) is still the OBS to
    # configure: the pre-check reconnects or fails, and the failure is reported, not skipped.
    use_obs = obs is not None

    precheck_task: asyncio.Future[_ObsPrecheck] | None = None
    if use_obs:
        assert obs is not None
        report(StepId.OBS_CHECK, StepState.RUNNING)
        try:
            status = await _stop_live_first(obs, report, confirm_stop_live)
        except BaseException as exc:
            reason = str(exc) if isinstance(exc, AppError) else "cancelled"
            report(StepId.OBS_CHECK, StepState.FAILED, reason)
            report(
                StepId.CREATE, StepState.SKIPPED, QT_TRANSLATE_NOOP("golive", "nothing was created")
            )
            raise
        precheck_task = asyncio.ensure_future(_destination_precheck(obs, status, secrets, hosts))

    report(StepId.CREATE, StepState.RUNNING)
    create_task = asyncio.ensure_future(fastpix.create_stream(settings))
    try:
        stream = await create_task
    except BaseException as exc:
        if _finished_with_result(create_task):
            # Cancelled just after FastPix answered: the stream exists and we have it.
            created = create_task.result()
            report(StepId.CREATE, StepState.DONE, created.stream_id, created)
        if precheck_task is not None:
            precheck_task.cancel()
            await asyncio.gather(precheck_task, return_exceptions=True)
            report(StepId.OBS_CHECK, StepState.SKIPPED)
        if not _finished_with_result(create_task):
            reason = str(exc) if isinstance(exc, AppError) else "cancelled"
            report(StepId.CREATE, StepState.FAILED, reason)
        raise
    report(StepId.CREATE, StepState.DONE, stream.stream_id, stream)
    target = ingest_target(stream, protocol, hosts)
    if not use_obs or precheck_task is None:
        return GoLiveResult(stream=stream, target=target)
    assert obs is not None
    return await _configure_obs(
        stream=stream,
        target=target,
        obs=obs,
        secrets=secrets,
        hosts=hosts,
        precheck=precheck_task,
        start=start,
        report=report,
        confirm_stop_live=confirm_stop_live,
        confirm_no_restore_point=confirm_no_restore_point,
        start_timeout=start_timeout,
    )


async def configure_existing(
    *,
    stream: LiveStream,
    obs: ObsPort,
    secrets: SecretStorePort,
    protocol: Protocol,
    hosts: IngestHosts | None = None,
    start: bool = False,
    on_progress: ProgressCallback | None = None,
    confirm_stop_live: ConfirmStopLive | None = None,
    confirm_no_restore_point: ConfirmNoRestorePoint | None = None,
    start_timeout: float = 15.0,
    fastpix: FastPixPort | None = None,
    allow_start: bool = True,
) -> GoLiveResult:
    """Point OBS at a stream that already exists ("Retry OBS", "Use this stream"); never creates
    anything. A stream without the key ``protocol`` needs (e.g. a row of a list) is fetched from
    ``fastpix`` first; without ``fastpix`` that is a ConfigError, before OBS is touched.
    ``allow_start=False`` (demo mode) never starts streaming, whatever ``start`` says."""
    hosts = hosts or IngestHosts()
    start = start and allow_start
    report = _Reporter(on_progress)
    if not _has_secret(stream, protocol):
        if fastpix is None:
            raise ConfigError("This stream's keys are not loaded, so OBS cannot be pointed at it.")
        stream = await fastpix.get_stream(stream.stream_id)
    target = ingest_target(stream, protocol, hosts)
    report(StepId.OBS_CHECK, StepState.RUNNING)
    result = await _configure_obs(
        stream=stream,
        target=target,
        obs=obs,
        secrets=secrets,
        hosts=hosts,
        precheck=_obs_precheck(obs),
        start=start,
        report=report,
        confirm_stop_live=confirm_stop_live,
        confirm_no_restore_point=confirm_no_restore_point,
        start_timeout=start_timeout,
    )
    return await settled(result)  # not a timed path: the rival check is awaited here


def _has_secret(stream: LiveStream, protocol: Protocol) -> bool:
    return bool(stream.srt_secret if protocol is Protocol.SRT else stream.stream_key)


async def _configure_obs(
    *,
    stream: LiveStream,
    target: IngestTarget,
    obs: ObsPort,
    secrets: SecretStorePort,
    hosts: IngestHosts,
    precheck: Awaitable[_ObsPrecheck],
    start: bool,
    report: _Reporter,
    confirm_stop_live: ConfirmStopLive | None,
    start_timeout: float,
    confirm_no_restore_point: ConfirmNoRestorePoint | None = None,
) -> GoLiveResult:
    """Configure OBS; the second read-back is left running in ``late_check`` (see ``settled``)."""
    current: StepId = StepId.OBS_CHECK
    remaining = steps_for(create=False, obs=True, start=start)
    late_record: asyncio.Future[None] | None = None

    def fail(exc: ObsError | SecretStoreError) -> GoLiveResult:
        report(current, StepState.FAILED, str(exc))
        for step in remaining[remaining.index(current) + 1 :]:
            report(step, StepState.SKIPPED)
        # Only the start failed: OBS keeps the verified settings, so Start can simply be retried.
        configured = current is StepId.START
        return GoLiveResult(
            stream=stream,
            target=target,
            obs_configured=configured,
            obs_error=exc,
            late_record=late_record,
        )

    try:
        checked = await precheck  # already running since before the create call, or now
        service = checked.service
        if checked.status.active:
            # obs-websocket refuses SetStreamServiceSettings while live (500 OutputRunning),
            # and changing a live destination is never what the streamer wants silently.
            report(
                current,
                StepState.RUNNING,
                QT_TRANSLATE_NOOP("golive", "OBS is live: waiting for your decision"),
            )
            if confirm_stop_live is None or not await confirm_stop_live():
                return fail(ObsLiveError())
            report(
                current,
                StepState.RUNNING,
                QT_TRANSLATE_NOOP("golive", "Stopping the current stream in OBS"),
            )
            await obs.stop_streaming_and_wait()
            service = await obs.get_service()
        report(current, StepState.DONE)

        current = StepId.SNAPSHOT
        report(current, StepState.RUNNING)
        wanted = target.obs_service()
        skipped: str | None = None
        held: HeldSave | None = None
        try:  # OBS is changed only once its destination is durably saved (or the user says go)
            prepared = checked.prepared
            if isinstance(prepared, RestorePointError):
                raise prepared
            if isinstance(prepared, HeldSave) and prepared.current is service:
                held = prepared  # saved while the create was in flight
                kept = held.outcome
            else:  # not prepared ("Retry OBS", "use"), or OBS was stopped since: one write
                if not isinstance(prepared, PreparedSave) or prepared.current is not service:
                    prepared = await restore_point.prepare_save(
                        current=service, profile=checked.profile, secrets=secrets, hosts=hosts
                    )
                kept = await prepared.commit(secrets, wanted)
            report(current, StepState.DONE, kept.detail)
        except RestorePointError as exc:
            if confirm_no_restore_point is None:
                raise
            report(current, StepState.RUNNING, f"{exc} Waiting for your decision")
            if not await confirm_no_restore_point(exc):
                raise
            skipped = exc.reason
            report(current, StepState.SKIPPED, f"not saved: {exc.reason}")

        current = StepId.PUSH
        report(current, StepState.RUNNING)
        await obs.set_service(wanted)
        report(current, StepState.DONE)

        current = StepId.VERIFY
        report(current, StepState.RUNNING)
        got = await obs.get_service()
        check_same(wanted, got)
        late_check = asyncio.ensure_future(_read_back_later(obs, wanted, report))
        if held is not None:
            late_record = asyncio.ensure_future(held.record_push(secrets, wanted))
        report(current, StepState.DONE)

        started = False
        advice: tuple[ReconnectAdvice, ...] = ()
        if start:
            current = StepId.START
            report(current, StepState.RUNNING)
            # The broadcast guard (core/guard) before starting; it never blocks the start.
            advice = await guard_advice(obs, stream, hosts)
            try:
                await obs.start_streaming_and_wait(timeout=start_timeout)
            except BaseException:
                late_check.cancel()
                raise
            started = True
            report(current, StepState.DONE)
    except (ObsError, SecretStoreError) as exc:
        # Without a saved snapshot nothing is pushed: OBS's destination could not be restored.
        return fail(exc)
    return GoLiveResult(
        stream=stream,
        target=target,
        obs_configured=True,
        obs_started=started,
        restore_point_skipped=skipped,
        late_check=late_check,
        late_record=late_record,
        advice=advice,
    )


async def guard_advice(
    obs: ObsPort, stream: LiveStream, hosts: IngestHosts
) -> tuple[ReconnectAdvice, ...]:
    """The broadcast guard's findings for OBS (now pointed at ``stream``), as advice."""
    return tuple(await check_before_going_live(obs, stream.reconnect_window, hosts=hosts))


async def _read_back_later(
    obs: ObsPort, wanted: ObsServiceSettings, report: _Reporter
) -> ObsVerifyError | None:
    """The repeat read-back, VERIFY_SETTLE_S after the first one matched; a rival push turns the
    verify step (already reported done) into failed, with the reason."""
    await asyncio.sleep(VERIFY_SETTLE_S)
    try:
        got = await obs.get_service()
    except ObsError as exc:  # OBS went away meanwhile: nothing shows a rival push
        log.info("The repeat read-back of OBS's settings failed: %s", type(exc).__name__)
        return None
    if _same(wanted, got):
        return None
    error = ObsVerifyError(RIVAL_PUSH_MESSAGE)
    report(StepId.VERIFY, StepState.FAILED, str(error))
    return error


async def restore_previous(
    *, obs: ObsPort, secrets: SecretStorePort, hosts: IngestHosts | None = None
) -> ObsServiceSettings:
    """Put back the streamer's own destination (see restore_point.restore for every outcome).

    The window's older entry point: "nothing to restore" is a ConfigError and a destination set
    by hand since the app's push a RestoreNeedsConfirmationError, both with a true message.
    """
    result = await restore_point.restore(obs=obs, secrets=secrets, hosts=hosts)
    if result.outcome is restore_point.RestoreOutcome.NOTHING_TO_RESTORE:
        raise ConfigError(result.message)
    if result.outcome is restore_point.RestoreOutcome.NEEDS_CONFIRMATION:
        raise RestoreNeedsConfirmationError(result.message)
    assert result.restored is not None
    return result.restored
