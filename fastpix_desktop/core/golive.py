"""The use cases behind "Create & configure OBS": each one coroutine reporting checklist steps.

The FastPix create call and the OBS pre-check run concurrently; a created stream is always
returned, even when OBS fails afterwards, so nothing is lost and "Retry OBS" can finish the job.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from fastpix_desktop.core import restore_point
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
from fastpix_desktop.core.ingest import IngestHosts, IngestTarget, ingest_target
from fastpix_desktop.core.models import (
    LiveStream,
    ObsServiceSettings,
    ObsStreamStatus,
    Protocol,
    StreamSettings,
)

if TYPE_CHECKING:
    from fastpix_desktop.core.ports import FastPixPort, ObsPort, SecretStorePort

log = logging.getLogger(__name__)

# Fields of rtmp_custom compared after the push; OBS adds others (e.g. bwtest) on its own.
VERIFIED_FIELDS = ("server", "key", "use_auth", "username", "password")
# The read-back is repeated after this pause: a second copy of the app (or another tool) pushing
# at the same moment would otherwise let both report "OBS configured" (docs/faults.md).
VERIFY_SETTLE_S = 0.2


class StepId(StrEnum):
    CREATE = "create"
    OBS_CHECK = "obs_check"
    SNAPSHOT = "snapshot"
    PUSH = "push"
    VERIFY = "verify"
    START = "start"


STEP_LABELS: dict[StepId, str] = {
    StepId.CREATE: "Create the FastPix stream",
    StepId.OBS_CHECK: "Check OBS",
    StepId.SNAPSHOT: "Save OBS's current destination",
    StepId.PUSH: "Point OBS at FastPix",
    StepId.VERIFY: "Check OBS kept the settings",
    StepId.START: "Start streaming",
}


class StepState(StrEnum):
    PENDING = "pending"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"
    SKIPPED = "skipped"


@dataclass(frozen=True)
class StepUpdate:
    step: StepId
    state: StepState
    detail: str = ""
    # Set when CREATE is done: a cancel during the OBS steps must not lose the new stream.
    stream: LiveStream | None = None


ProgressCallback = Callable[[StepUpdate], None]
ConfirmStopLive = Callable[[], Awaitable[bool]]
# Asked when OBS's destination cannot be saved ("... change OBS anyway?"); True pushes anyway.
ConfirmNoRestorePoint = Callable[[RestorePointError], Awaitable[bool]]


@dataclass(frozen=True)
class GoLiveResult:
    """What happened: the stream always; OBS configured/started, or the error to show for OBS
    (an ObsError, or a SecretStoreError when the previous destination could not be saved)."""

    stream: LiveStream
    target: IngestTarget
    obs_configured: bool = False
    obs_started: bool = False
    obs_error: ObsError | SecretStoreError | None = None
    # Set when OBS was changed without a restore point (the user or --no-restore-point said so).
    restore_point_skipped: str | None = None


@dataclass(frozen=True)
class _ObsPrecheck:
    status: ObsStreamStatus
    service: ObsServiceSettings
    profile: str


def _finished_with_result(task: asyncio.Future[Any]) -> bool:
    return task.done() and not task.cancelled() and task.exception() is None


def steps_for(*, create: bool, obs: bool, start: bool) -> list[StepId]:
    """The checklist the UI shows for a run with these options, in order."""
    steps = [StepId.CREATE] if create else []
    if obs:
        steps += [StepId.OBS_CHECK, StepId.SNAPSHOT, StepId.PUSH, StepId.VERIFY]
        if start:
            steps.append(StepId.START)
    return steps


class _Reporter:
    def __init__(self, callback: ProgressCallback | None) -> None:
        self._callback = callback

    def __call__(
        self, step: StepId, state: StepState, detail: str = "", stream: LiveStream | None = None
    ) -> None:
        if self._callback is not None:
            self._callback(StepUpdate(step, state, detail, stream))


async def _obs_precheck(obs: ObsPort) -> _ObsPrecheck:
    status, service, profile = await asyncio.gather(
        obs.get_stream_status(), obs.get_service(), obs.get_current_profile()
    )
    return _ObsPrecheck(status=status, service=service, profile=profile)


async def _destination_precheck(obs: ObsPort, status: ObsStreamStatus) -> _ObsPrecheck:
    service, profile = await asyncio.gather(obs.get_service(), obs.get_current_profile())
    return _ObsPrecheck(status=status, service=service, profile=profile)


async def _stop_live_first(
    obs: ObsPort, report: _Reporter, confirm_stop_live: ConfirmStopLive | None
) -> ObsStreamStatus:
    """OBS's state before anything is created: asked first, so declining creates nothing.

    Raises ObsLiveError when OBS is live and the streamer keeps it live (or nobody can be asked).
    """
    status = await obs.get_stream_status()
    if not status.active:
        return status
    # obs-websocket refuses SetStreamServiceSettings while live (500 OutputRunning), and
    # changing a live destination is never what the streamer wants silently.
    report(StepId.OBS_CHECK, StepState.RUNNING, "OBS is live: waiting for your decision")
    if confirm_stop_live is None or not await confirm_stop_live():
        raise ObsLiveError(
            "OBS is live right now, so nothing was created and OBS was not changed. "
            "Stop streaming in OBS first, or choose Stop streaming and continue."
        )
    report(StepId.OBS_CHECK, StepState.RUNNING, "Stopping the current stream in OBS")
    await obs.stop_streaming_and_wait()
    return await obs.get_stream_status()


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
            report(StepId.CREATE, StepState.SKIPPED, "nothing was created")
            raise
        precheck_task = asyncio.ensure_future(_destination_precheck(obs, status))

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
    return await _configure_obs(
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
    current: StepId = StepId.OBS_CHECK
    remaining = steps_for(create=False, obs=True, start=start)

    def fail(exc: ObsError | SecretStoreError) -> GoLiveResult:
        report(current, StepState.FAILED, str(exc))
        for step in remaining[remaining.index(current) + 1 :]:
            report(step, StepState.SKIPPED)
        # Only the start failed: OBS keeps the verified settings, so Start can simply be retried.
        configured = current is StepId.START
        return GoLiveResult(stream=stream, target=target, obs_configured=configured, obs_error=exc)

    try:
        checked = await precheck  # already running since before the create call, or now
        service = checked.service
        if checked.status.active:
            # obs-websocket refuses SetStreamServiceSettings while live (500 OutputRunning),
            # and changing a live destination is never what the streamer wants silently.
            report(current, StepState.RUNNING, "OBS is live: waiting for your decision")
            if confirm_stop_live is None or not await confirm_stop_live():
                return fail(ObsLiveError())
            report(current, StepState.RUNNING, "Stopping the current stream in OBS")
            await obs.stop_streaming_and_wait()
            service = await obs.get_service()
        report(current, StepState.DONE)

        current = StepId.SNAPSHOT
        report(current, StepState.RUNNING)
        wanted = target.obs_service()
        skipped: str | None = None
        try:  # OBS is changed only once its destination is durably saved (or the user says go)
            kept = await restore_point.save_before_push(
                current=service,
                wanted=wanted,
                profile=checked.profile,
                secrets=secrets,
                hosts=hosts,
            )
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
        await asyncio.sleep(VERIFY_SETTLE_S)
        if not _same(wanted, await obs.get_service()):
            raise ObsVerifyError(
                "Another program changed OBS's stream settings right after this app set them "
                "(is a second copy of this app running?). Check Settings → Stream in OBS, or "
                "press Retry OBS."
            )
        report(current, StepState.DONE)

        started = False
        if start:
            current = StepId.START
            report(current, StepState.RUNNING)
            await obs.start_streaming_and_wait(timeout=start_timeout)
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
    )


def check_same(wanted: ObsServiceSettings, got: ObsServiceSettings) -> None:
    """Raise ObsVerifyError unless OBS reports back what was sent (never naming the values)."""
    if got.service_type != wanted.service_type:
        raise ObsVerifyError()
    differing = [
        name
        for name in VERIFIED_FIELDS
        if name in wanted.settings and got.settings.get(name) != wanted.settings[name]
    ]
    if differing:
        raise ObsVerifyError(
            f"OBS did not keep these stream settings: {', '.join(differing)}. "
            "Check Settings → Stream in OBS, or press Retry OBS."
        )


def _same(wanted: ObsServiceSettings, got: ObsServiceSettings) -> bool:
    try:
        check_same(wanted, got)
    except ObsVerifyError:
        return False
    return True


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
