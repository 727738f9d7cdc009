"""The use cases behind "Create & configure OBS": each one coroutine reporting checklist steps.

The FastPix create call and the OBS pre-check run concurrently; a created stream is always
returned, even when OBS fails afterwards, so nothing is lost and "Retry OBS" can finish the job.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from fastpix_desktop.core import secrets as secret_names
from fastpix_desktop.core.errors import (
    AppError,
    ConfigError,
    ObsError,
    ObsLiveError,
    ObsVerifyError,
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
    from fastpix_desktop.core.fastpix import FastPixClient
    from fastpix_desktop.core.obs import ObsController
    from fastpix_desktop.core.secrets import SecretStore

log = logging.getLogger(__name__)

# Fields of rtmp_custom compared after the push; OBS adds others (e.g. bwtest) on its own.
VERIFIED_FIELDS = ("server", "key", "use_auth", "username", "password")


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


@dataclass(frozen=True)
class GoLiveResult:
    """What happened: the stream always; OBS configured/started, or the error to show for OBS
    (an ObsError, or a SecretStoreError when the previous destination could not be saved)."""

    stream: LiveStream
    target: IngestTarget
    obs_configured: bool = False
    obs_started: bool = False
    obs_error: ObsError | SecretStoreError | None = None


@dataclass(frozen=True)
class _ObsPrecheck:
    status: ObsStreamStatus
    service: ObsServiceSettings


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


async def _obs_precheck(obs: ObsController) -> _ObsPrecheck:
    status, service = await asyncio.gather(obs.get_stream_status(), obs.get_service())
    return _ObsPrecheck(status=status, service=service)


async def create_and_configure(
    *,
    fastpix: FastPixClient,
    obs: ObsController | None,
    secrets: SecretStore,
    settings: StreamSettings,
    protocol: Protocol,
    hosts: IngestHosts | None = None,
    start: bool = False,
    on_progress: ProgressCallback | None = None,
    confirm_stop_live: ConfirmStopLive | None = None,
    start_timeout: float = 15.0,
    allow_start: bool = True,
) -> GoLiveResult:
    """Create a stream and, when OBS is connected, point OBS at it (one round trip + OBS).

    Raises the FastPix error when the stream could not be created; OBS problems never raise:
    they come back in ``GoLiveResult.obs_error`` next to the created stream.
    ``allow_start=False`` (demo mode) never starts streaming, whatever ``start`` says.
    """
    hosts = hosts or IngestHosts()
    start = start and allow_start
    report = _Reporter(on_progress)
    settings.validate(protocol)
    use_obs = obs is not None and obs.connected

    report(StepId.CREATE, StepState.RUNNING)
    create_task = asyncio.ensure_future(fastpix.create_stream(settings))
    precheck_task: asyncio.Future[_ObsPrecheck] | None = None
    if use_obs:
        assert obs is not None
        report(StepId.OBS_CHECK, StepState.RUNNING)
        precheck_task = asyncio.ensure_future(_obs_precheck(obs))
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
        start_timeout=start_timeout,
    )


async def configure_existing(
    *,
    stream: LiveStream,
    obs: ObsController,
    secrets: SecretStore,
    protocol: Protocol,
    hosts: IngestHosts | None = None,
    start: bool = False,
    on_progress: ProgressCallback | None = None,
    confirm_stop_live: ConfirmStopLive | None = None,
    start_timeout: float = 15.0,
    allow_start: bool = True,
) -> GoLiveResult:
    """Point OBS at a stream that already exists ("Retry OBS"); never creates anything.

    ``allow_start=False`` (demo mode) never starts streaming, whatever ``start`` says.
    """
    hosts = hosts or IngestHosts()
    start = start and allow_start
    report = _Reporter(on_progress)
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
        start_timeout=start_timeout,
    )


async def _configure_obs(
    *,
    stream: LiveStream,
    target: IngestTarget,
    obs: ObsController,
    secrets: SecretStore,
    hosts: IngestHosts,
    precheck: Awaitable[_ObsPrecheck],
    start: bool,
    report: _Reporter,
    confirm_stop_live: ConfirmStopLive | None,
    start_timeout: float,
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
        kept = await save_snapshot(obs_service=service, secrets=secrets, hosts=hosts)
        report(current, StepState.DONE, "kept the earlier snapshot" if kept else "")

        current = StepId.PUSH
        report(current, StepState.RUNNING)
        wanted = target.obs_service()
        await obs.set_service(wanted)
        report(current, StepState.DONE)

        current = StepId.VERIFY
        report(current, StepState.RUNNING)
        got = await obs.get_service()
        check_same(wanted, got)
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
    return GoLiveResult(stream=stream, target=target, obs_configured=True, obs_started=started)


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


def is_app_destination(service: ObsServiceSettings, hosts: IngestHosts) -> bool:
    """True when OBS points at a FastPix ingest this app set (so it is not worth snapshotting)."""
    server = str(service.settings.get("server", ""))
    return service.service_type == "rtmp_custom" and server in (
        hosts.rtmps_server,
        hosts.srt_server,
    )


async def save_snapshot(
    *, obs_service: ObsServiceSettings, secrets: SecretStore, hosts: IngestHosts
) -> bool:
    """Store OBS's destination before the app changes it; returns True if an older one was kept.

    When OBS already points at a FastPix ingest set by this app and a snapshot exists, the
    older snapshot is the streamer's real previous destination, so it is kept.
    """
    existing = await secrets.get(secret_names.OBS_SNAPSHOT)
    if existing and is_app_destination(obs_service, hosts):
        return True
    await secrets.set(
        secret_names.OBS_SNAPSHOT, json.dumps(obs_service.to_dict(), separators=(",", ":"))
    )
    return False


async def load_snapshot(secrets: SecretStore) -> ObsServiceSettings | None:
    raw = await secrets.get(secret_names.OBS_SNAPSHOT)
    if not raw:
        return None
    try:
        data: Any = json.loads(raw)
        return ObsServiceSettings.from_dict(data)
    except (ValueError, KeyError, TypeError):
        log.warning("Ignoring an unreadable OBS snapshot in the keyring")
        return None


async def restore_previous(*, obs: ObsController, secrets: SecretStore) -> ObsServiceSettings:
    """Put back OBS's destination from before the app changed it, exactly, then forget it."""
    snapshot = await load_snapshot(secrets)
    if snapshot is None:
        raise ConfigError(
            "There is no saved OBS destination to restore: this app has not changed OBS yet."
        )
    status = await obs.get_stream_status()
    if status.active:
        raise ObsLiveError(
            "OBS is live right now, so its stream destination was not restored. "
            "Stop streaming first."
        )
    current = await obs.get_service()
    if current.service_type == snapshot.service_type:
        # A same-type update merges onto the current settings (obs-websocket
        # RequestHandler_Config.cpp), so fields the app added (use_auth, password) would
        # survive. Switching type first makes OBS build a fresh service from the snapshot alone.
        await obs.set_service(_intermediate_service(snapshot.service_type))
    # A fresh OBS profile has no settings at all, but obs-websocket refuses an empty object
    # (403), so the settings' default values stand in for "nothing set".
    await obs.set_service(
        ObsServiceSettings(snapshot.service_type, dict(snapshot.settings) or dict(NEUTRAL_SETTINGS))
    )
    got = await obs.get_service()
    if got.service_type != snapshot.service_type or _without_neutral(
        got.settings
    ) != _without_neutral(snapshot.settings):
        raise ObsVerifyError("OBS did not take back its previous stream settings exactly.")
    await secrets.delete(secret_names.OBS_SNAPSHOT)
    return snapshot


# Settings whose values here are OBS's own defaults (rtmp-services): sending them changes nothing.
NEUTRAL_SETTINGS: dict[str, Any] = {"bwtest": False}


def _without_neutral(settings: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in settings.items() if NEUTRAL_SETTINGS.get(k, object()) != v}


def _intermediate_service(avoid_type: str) -> ObsServiceSettings:
    # Non-empty settings: obs-websocket rejects an empty object (403).
    if avoid_type == "rtmp_custom":
        return ObsServiceSettings("rtmp_common", dict(NEUTRAL_SETTINGS))
    return ObsServiceSettings("rtmp_custom", {"server": "", "key": ""})
