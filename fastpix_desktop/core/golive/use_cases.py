"""The one go-live pipeline: a GoLiveRequest in, a GoLiveResult out, each step reported to the
checklist. The window, the command line, the tray and a stream deck's go-live all run it.

OBS's status and destination are read once per run and that one read serves every decision
(already pointed, live, the restore point). A create and OBS's pre-check run concurrently, and
a created stream always comes back, even when OBS fails afterwards (docs/go-live.md).
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Awaitable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from fastpix_desktop.core.errors import (
    AppError,
    ConfigError,
    FastPixNetworkError,
    FastPixRequestError,
    FastPixServerError,
    ObsError,
    ObsLiveError,
    ObsNotRunningError,
    ObsTakenError,
    ObsVerifyError,
    RestoreNeedsConfirmationError,
    RestorePointError,
    SecretStoreError,
)
from fastpix_desktop.core.fastpix.ingest import IngestHosts, ingest_target
from fastpix_desktop.core.golive.precheck import (
    _destination_precheck,
    _obs_precheck,
    _ObsPrecheck,
    _stop_live_first,
)
from fastpix_desktop.core.golive.push_lock import HeldPush, ObsPushLock
from fastpix_desktop.core.golive.questions import NEVER, Questions
from fastpix_desktop.core.golive.request import ExistingStream, GoLiveRequest, NewStream
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
from fastpix_desktop.core.golive.words import DEMO_NEVER_STARTS
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP, marked
from fastpix_desktop.core.models import (
    LiveStream,
    ObsServiceSettings,
    Protocol,
    StreamStatus,
)
from fastpix_desktop.core.onair.offline import stream_obs_already_holds
from fastpix_desktop.core.onair.reconnect_advice import check_before_going_live
from fastpix_desktop.core.restore import point as restore_point
from fastpix_desktop.core.restore.hand_set import confirm_replacing, hand_set_of
from fastpix_desktop.core.restore.save import HeldSave, PreparedSave

if TYPE_CHECKING:
    from fastpix_desktop.core.ports import FastPixPort, ObsPort, SecretStorePort

log = logging.getLogger(__name__)

# This module is where the old ``core.golive`` names now live (tools that rewrite old imports,
# /work/tools/movemap.py, send them here), so the steps' and the result's names are here too.
__all__ = [
    "RIVAL_PUSH_MESSAGE",
    "STEP_LABELS",
    "VERIFY_SETTLE_S",
    "GoLive",
    "GoLiveOptions",
    "GoLiveResult",
    "ProgressCallback",
    "StepId",
    "StepState",
    "StepUpdate",
    "check_same",
    "restore_previous",
    "settled",
    "steps_for",
]

# The read-back is repeated after this pause: a second copy of the app (or another tool) pushing
# at the same moment would otherwise let both report "OBS configured" (docs/faults.md). The
# repeat runs in the background (``GoLiveResult.late_check``, awaited by ``settled``), so it is
# not on the path to "configured".
VERIFY_SETTLE_S = 0.2
# OBS went away between the push and the repeat read-back (killed, frozen, dropped): whether it
# wrote the new settings is not known, so the result must not say "configured" (issue 28).
GONE_AFTER_PUSH_MESSAGE = (
    "OBS stopped answering right after it was set to this stream, so whether it kept the new "
    "settings is not known. Check Settings → Stream in OBS once it runs again, or press "
    "Retry OBS."
)
RIVAL_PUSH_MESSAGE = (
    "Another program changed OBS's stream settings right after this app set them "
    "(is a second copy of this app running?). Check Settings → Stream in OBS, or "
    "press Retry OBS."
)
# Wall clocks of two processes on one computer agree; this covers a coarse clock (Windows).
CLOCK_SLACK_S = 1.0
ALREADY_POINTS = QT_TRANSLATE_NOOP("golive", "OBS already points at this stream")
NOT_NEEDED = QT_TRANSLATE_NOOP("golive", "not needed: OBS already points at this stream")
ALREADY_LIVE = QT_TRANSLATE_NOOP("golive", "OBS is already live on this stream")


@dataclass(frozen=True)
class GoLiveOptions:
    """Rules of a session, set once where its clients are built (the window's services, the
    headless host, the command line), so no caller can forget them. ``allow_start=False`` is
    demo mode: streaming is never started, whatever a request says."""

    allow_start: bool = True
    start_timeout: float = 15.0


@dataclass(frozen=True)
class GoLive:
    """The pipeline over one session's clients. ``obs`` None: a create only creates (OBS not
    connected); ``fastpix`` None: only a loaded stream with its keys can be used."""

    fastpix: FastPixPort | None
    obs: ObsPort | None
    secrets: SecretStorePort
    hosts: IngestHosts
    options: GoLiveOptions
    # One fastpix-desktop at a time changes an OBS (core/golive/push_lock.py); None: no lock
    # (tests over fakes, and bench/soak.py).
    push_lock: ObsPushLock | None = None

    def without_obs(self) -> GoLive:
        """The same pipeline for a run that leaves OBS alone (not connected: a create only)."""
        return replace(self, obs=None)

    async def run(
        self,
        request: GoLiveRequest,
        *,
        questions: Questions = NEVER,
        on_progress: ProgressCallback | None = None,
    ) -> GoLiveResult:
        """Run ``request``. Raises what stops it before anything exists or changes: the FastPix
        error of a create or a fetch (404: deleted), ObsLiveError when a create meets a live OBS
        that stays live (nothing is created), FastPixRequestError to start a disabled stream.
        OBS problems after that come back in ``GoLiveResult.obs_error``.

        The repeat read-back that catches a rival push may still run when this returns: pass
        the result to ``settled`` (with OBS still connected) for the final truth, or use
        ``run_settled``."""
        report = _Reporter(on_progress)
        if isinstance(request.stream, NewStream):
            return await self._create(request, request.stream, questions, report)
        return await self._existing(request, request.stream, questions, report)

    async def run_settled(
        self,
        request: GoLiveRequest,
        *,
        questions: Questions = NEVER,
        on_progress: ProgressCallback | None = None,
    ) -> GoLiveResult:
        """``run``, then ``settled``: for callers not on a timed path (the CLI, a deck)."""
        return await settled(await self.run(request, questions=questions, on_progress=on_progress))

    # ------------------------------------------------------------------ a new stream

    async def _create(
        self, request: GoLiveRequest, new: NewStream, questions: Questions, report: _Reporter
    ) -> GoLiveResult:
        protocol = request.protocol or Protocol.RTMPS
        new.settings.validate(protocol)
        if self.fastpix is None:
            raise ConfigError("FastPix is not set up.")
        # An OBS handed in but disconnected since (it dropped after connect) is still the OBS to
        # configure: the pre-check reconnects or fails, and the failure is reported, not skipped.
        obs = self.obs
        precheck: asyncio.Future[_ObsPrecheck] | None = None
        if obs is not None:
            report(StepId.OBS_CHECK, StepState.RUNNING)
            try:
                # Asked before the create, so declining creates nothing.
                status = await _stop_live_first(obs, report, questions)
            except BaseException as exc:
                reason = str(exc) if isinstance(exc, AppError) else "cancelled"
                report(StepId.OBS_CHECK, StepState.FAILED, reason)
                report(
                    StepId.CREATE,
                    StepState.SKIPPED,
                    QT_TRANSLATE_NOOP("golive", "nothing was created"),
                )
                raise
            precheck = asyncio.ensure_future(
                _destination_precheck(obs, status, self.secrets, self.hosts)
            )

        report(StepId.CREATE, StepState.RUNNING)
        create_task = asyncio.ensure_future(self.fastpix.create_stream(new.settings))
        try:
            stream = await create_task
        except BaseException as exc:
            if _finished_with_result(create_task):
                # Cancelled just after FastPix answered: the stream exists and we have it.
                created = create_task.result()
                report(StepId.CREATE, StepState.DONE, created.stream_id, created)
            if precheck is not None:
                precheck.cancel()
                await asyncio.gather(precheck, return_exceptions=True)
                report(StepId.OBS_CHECK, StepState.SKIPPED)
            if not _finished_with_result(create_task):
                reason = str(exc) if isinstance(exc, AppError) else "cancelled"
                report(StepId.CREATE, StepState.FAILED, reason)
            raise
        report(StepId.CREATE, StepState.DONE, stream.stream_id, stream)
        result = GoLiveResult(stream, ingest_target(stream, protocol, self.hosts), created=True)
        if obs is None or precheck is None:
            return result
        return await self._configure(result, obs, precheck, request, questions, report)

    # ------------------------------------------------------------------ an existing stream

    async def _existing(
        self,
        request: GoLiveRequest,
        existing: ExistingStream,
        questions: Questions,
        report: _Reporter,
    ) -> GoLiveResult:
        try:
            stream = await self._load(existing, request.protocol)
        except (FastPixNetworkError, FastPixServerError):
            offline = await self._offline(request, existing)
            if offline is None:
                raise
            return await self._start_offline(offline, request, report)
        if request.start and stream.status == StreamStatus.DISABLED:
            raise FastPixRequestError(
                "This FastPix stream is disabled, so it cannot take video. Enable it first."
            )
        obs = self.obs
        if obs is None:
            raise ObsNotRunningError()
        report(StepId.OBS_CHECK, StepState.RUNNING)
        try:
            checked = await _obs_precheck(obs)  # the one read of OBS's status and destination
        except ObsError as exc:
            target = ingest_target(stream, request.protocol or Protocol.RTMPS, self.hosts)
            result = GoLiveResult(stream, target)
            return _failed(result, exc, StepId.OBS_CHECK, request, report)
        pointing = (
            _pointing_protocol(checked.service, stream, self.hosts)
            if request.only_if_needed
            else None
        )
        points_here = pointing is not None and request.protocol in (None, pointing)
        protocol = request.protocol or pointing or Protocol.RTMPS
        result = GoLiveResult(stream, ingest_target(stream, protocol, self.hosts))
        if not points_here:
            done = asyncio.get_running_loop().create_future()
            done.set_result(checked)
            return await self._configure(result, obs, done, request, questions, report)
        live = checked.status.active or checked.status.reconnecting
        report(StepId.OBS_CHECK, StepState.DONE, ALREADY_POINTS)
        for step in (StepId.SNAPSHOT, StepId.PUSH):
            report(step, StepState.SKIPPED, NOT_NEEDED)
        report(StepId.VERIFY, StepState.DONE)
        result = replace(result, obs_configured=True, already_pointed=True)
        if live:
            if request.start:
                report(StepId.START, StepState.DONE, ALREADY_LIVE)
            return replace(result, obs_started=True, already_live=True)
        return await self._start(result, obs, request, report)

    async def _offline(
        self, request: GoLiveRequest, existing: ExistingStream
    ) -> GoLiveResult | None:
        """FastPix cannot be reached: when OBS already holds this stream's ingest, starting OBS
        needs nothing from the API (issue 26, item 9); None otherwise (the error stands)."""
        if self.obs is None or not request.only_if_needed:
            return None
        held = await stream_obs_already_holds(self.obs, existing.stream_id, self.hosts)
        if held is None:
            return None
        stream, protocol = held
        if request.protocol not in (None, protocol):
            return None
        target = ingest_target(stream, protocol, self.hosts)
        return GoLiveResult(
            stream, target, obs_configured=True, already_pointed=True, fastpix_unknown=True
        )

    async def _start_offline(
        self, result: GoLiveResult, request: GoLiveRequest, report: _Reporter
    ) -> GoLiveResult:
        obs = self.obs
        assert obs is not None
        status = await obs.get_stream_status()
        if status.active or status.reconnecting:
            return replace(result, obs_started=True, already_live=True)
        return await self._start(result, obs, request, report)

    async def _load(self, existing: ExistingStream, protocol: Protocol | None) -> LiveStream:
        """The stream with the keys ``protocol`` needs (both for "keep OBS's protocol")."""
        stream = existing.stream
        if stream is not None and _has_keys(stream, protocol):
            return stream
        if self.fastpix is None:
            raise ConfigError("This stream's keys are not loaded, so OBS cannot be pointed at it.")
        return await self.fastpix.get_stream(existing.stream_id)

    # ------------------------------------------------------------------ OBS

    async def _configure(
        self,
        result: GoLiveResult,
        obs: ObsPort,
        precheck: Awaitable[_ObsPrecheck],
        request: GoLiveRequest,
        questions: Questions,
        report: _Reporter,
    ) -> GoLiveResult:
        """Check OBS, save its destination, push, read back; then start when asked. The second
        read-back is left running in ``late_check`` (see ``settled``)."""
        current = StepId.OBS_CHECK
        target = result.target
        secrets, hosts = self.secrets, self.hosts
        guard: HeldPush | None = None
        try:
            checked = await precheck  # running since before the create call, or read already
            service = checked.service
            if checked.status.active or checked.status.reconnecting:
                # obs-websocket refuses SetStreamServiceSettings while live (500 OutputRunning),
                # and changing a live destination is never what the streamer wants silently.
                report(
                    current,
                    StepState.RUNNING,
                    QT_TRANSLATE_NOOP("golive", "OBS is live: waiting for your decision"),
                )
                if not await questions.stop_live_obs():
                    raise ObsLiveError()
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
            guard = await self._hold_push(obs)
            # Held: no other fastpix-desktop changes OBS until the repeat read-back is done.
            # OBS changed since it was read above: by another fastpix-desktop, this run loses
            # (it leaves OBS alone); by anything else, what OBS holds now is what is saved.
            service = await _unchanged_or_taken(obs, service, wanted, guard, checked.read_at)
            held: HeldSave | None = None
            try:  # OBS is changed only once its destination is durably saved (or the user says go)
                prepared = checked.prepared
                if isinstance(prepared, RestorePointError):
                    raise prepared
                if isinstance(prepared, HeldSave) and prepared.current is service:
                    held = prepared  # saved while the create was in flight
                    kept = held.outcome
                else:  # not prepared (an existing stream), or OBS was stopped since: one write
                    if not isinstance(prepared, PreparedSave) or prepared.current is not service:
                        prepared = await restore_point.prepare_save(
                            current=service, profile=checked.profile, secrets=secrets, hosts=hosts
                        )
                    # Never over a destination set in OBS by hand since the app's change
                    # without asking, as Restore asks (issue 26, item 3); No changes nothing.
                    await confirm_replacing(
                        hand_set_of(prepared.point, service, hosts),
                        questions.replace_hand_set,
                        force=request.force,
                    )
                    kept = await prepared.commit(secrets, wanted)
                report(current, StepState.DONE, kept.detail)
            except RestorePointError as exc:
                report(current, StepState.RUNNING, f"{exc} Waiting for your decision")
                if not await questions.no_restore_point(exc):
                    raise
                result = replace(result, restore_point_skipped=exc.reason)
                report(current, StepState.SKIPPED, f"not saved: {exc.reason}")

            current = StepId.PUSH
            report(current, StepState.RUNNING)
            await obs.set_service(wanted)
            report(current, StepState.DONE)

            current = StepId.VERIFY
            report(current, StepState.RUNNING)
            got = await obs.get_service()
            check_same(wanted, got)
            if guard is not None:
                await guard.record(
                    restore_point.fingerprint(wanted), result.stream.stream_id, result.stream.name
                )
            late_check = asyncio.ensure_future(_read_back_later(obs, wanted, report))
            late_record = (
                asyncio.ensure_future(held.record_push(secrets, wanted))
                if held is not None
                else None
            )
            if guard is not None:
                _release_after(guard, late_check, late_record)
                guard = None
            report(current, StepState.DONE)
        except (ObsError, SecretStoreError) as exc:
            # Without a saved snapshot nothing is pushed: OBS's destination could not be restored.
            return _failed(result, exc, current, request, report)
        except RestoreNeedsConfirmationError as refused:
            if not result.created:
                raise
            # A created stream is never lost: it comes back with why OBS was left alone.
            return _failed(result, refused, current, request, report)
        finally:
            if guard is not None:
                guard.release()
        result = replace(
            result, obs_configured=True, late_check=late_check, late_record=late_record
        )
        return await self._start(result, obs, request, report)

    async def _hold_push(self, obs: ObsPort) -> HeldPush | None:
        """This OBS's push lock (None: no lock in this session). Raises ObsTakenError when
        another fastpix-desktop keeps changing this OBS for longer than the lock's wait."""
        if self.push_lock is None:
            return None
        held = await self.push_lock.hold(_obs_address(obs))
        if held is None:
            raise ObsTakenError(server=_where(await obs.get_service()))
        return held

    async def _start(
        self, result: GoLiveResult, obs: ObsPort, request: GoLiveRequest, report: _Reporter
    ) -> GoLiveResult:
        """Start streaming when asked, unless the session's options forbid it (demo mode)."""
        if not request.start:
            return result
        # The broadcast guard (core/guard) never blocks the start. OBS holds the target now
        # (pushed and read back, or found there): no third read of its service.
        look = functools.partial(
            check_before_going_live,
            obs,
            result.stream.reconnect_window,
            destination=result.target.obs_service(),
            hosts=self.hosts,
        )
        if not self.options.allow_start:
            found = await look()
            report(StepId.START, StepState.SKIPPED, DEMO_NEVER_STARTS)
            return replace(result, advice=tuple(found), start_refused=DEMO_NEVER_STARTS)
        report(StepId.START, StepState.RUNNING)
        # The guard's OBS reads run while OBS brings its output up, after StartStream is sent
        # (this task is scheduled first): before it they delayed every go-live
        # (bench/README.md, "Before/after the reorganisation").
        starting = asyncio.ensure_future(
            obs.start_streaming_and_wait(timeout=self.options.start_timeout)
        )
        guard = asyncio.ensure_future(look())
        try:
            await asyncio.wait([starting])
            result = replace(result, advice=tuple(await guard))
            starting.result()
        except ObsError as exc:
            # Only the start failed: OBS keeps the verified settings, so Start can be retried.
            report(StepId.START, StepState.FAILED, _said(exc))
            return replace(result, obs_error=exc)
        except BaseException:
            for task in (starting, guard, result.late_check):
                if task is not None:
                    task.cancel()
            raise
        report(StepId.START, StepState.DONE)
        return replace(result, obs_started=True)


def _said(error: AppError) -> str:
    """A failed step's detail: the error's message, keeping the template it was built from (so
    the window shows the app's words in its language and OBS's quoted words as they are)."""
    text = str(error)
    if error.template and text == error.template.format(**error.template_values):
        return marked(error.template, **error.template_values)
    return text


def _failed(
    result: GoLiveResult,
    error: ObsError | SecretStoreError | RestoreNeedsConfirmationError,
    step: StepId,
    request: GoLiveRequest,
    report: _Reporter,
) -> GoLiveResult:
    report(step, StepState.FAILED, _said(error))
    remaining = steps_for(create=False, obs=True, start=request.start)
    for later in remaining[remaining.index(step) + 1 :]:
        report(later, StepState.SKIPPED)
    return replace(result, obs_configured=False, obs_error=error)


async def _unchanged_or_taken(
    obs: ObsPort,
    read: ObsServiceSettings,
    wanted: ObsServiceSettings,
    guard: HeldPush | None,
    read_at: float,
) -> ObsServiceSettings:
    """OBS's destination now, under the push lock: ``read`` itself when OBS still holds it.
    Raises ObsTakenError when another fastpix-desktop's run pushed another stream since
    ``read`` (the same stream as ``wanted``: both runs wanted the same, and both may say so).

    OBS is read again only when another run noted a push since ``read_at``, so a run nobody
    raced still reads OBS's destination once before its push."""
    if guard is None or not guard.locked:
        return read
    note = await guard.last_note()
    if note is None or note.run == guard.run or note.at < read_at - CLOCK_SLACK_S:
        return read
    now = await obs.get_service()
    if restore_point.same_destination(now, read) or restore_point.same_destination(now, wanted):
        return read
    if note.fingerprint == restore_point.fingerprint(now):
        log.info("Another fastpix-desktop set OBS to stream %s during this run", note.stream_id)
        raise ObsTakenError(stream_name=note.stream_name, stream_id=note.stream_id)
    return now


def _release_after(guard: HeldPush, *tasks: asyncio.Future[Any] | None) -> None:
    """Release the push lock once the repeat read-back (and the restore point's second write)
    are done, so another run's push can never land between this push and its check."""
    pending = [t for t in tasks if t is not None]
    if not pending:
        guard.release()
        return
    both = asyncio.gather(*pending, return_exceptions=True)
    both.add_done_callback(lambda _: guard.release())


def _obs_address(obs: ObsPort) -> str:
    info = getattr(obs, "info", None)
    host, port = getattr(info, "host", "127.0.0.1"), getattr(info, "port", 4455)
    return f"{host}:{port}"


def _where(service: ObsServiceSettings) -> str:
    """Where ``service`` sends, in words that carry no key or passphrase: a named service
    (Twitch), else the server's scheme, host and port only (an SRT URL holds its passphrase
    in the query)."""
    from urllib.parse import urlsplit

    settings = service.settings
    named = settings.get("service")
    if service.service_type == "rtmp_common" and isinstance(named, str) and named:
        return named[:80]
    server = settings.get("server")
    if not isinstance(server, str) or not server:
        return "no server"
    try:
        parts = urlsplit(server)
        host = parts.hostname or ""
        port = f":{parts.port}" if parts.port else ""
    except ValueError:
        return "an unreadable server address"
    return f"{parts.scheme}://{host}{port}"[:200] if host else "an unreadable server address"


def _finished_with_result(task: asyncio.Future[Any]) -> bool:
    return task.done() and not task.cancelled() and task.exception() is None


def _has_keys(stream: LiveStream, protocol: Protocol | None) -> bool:
    if protocol is Protocol.SRT:
        return bool(stream.srt_secret)
    if protocol is Protocol.RTMPS:
        return bool(stream.stream_key)
    return bool(stream.srt_secret and stream.stream_key)


def _pointing_protocol(
    service: ObsServiceSettings, stream: LiveStream, hosts: IngestHosts
) -> Protocol | None:
    """The protocol over which OBS's ``service`` already sends to ``stream`` exactly, if any."""
    for protocol in (Protocol.RTMPS, Protocol.SRT):
        wanted = ingest_target(stream, protocol, hosts).obs_service()
        if restore_point.same_destination(service, wanted):
            return protocol
    return None


async def _read_back_later(
    obs: ObsPort, wanted: ObsServiceSettings, report: _Reporter
) -> ObsVerifyError | None:
    """The repeat read-back, VERIFY_SETTLE_S after the first one matched; a rival push turns the
    verify step (already reported done) into failed, with the reason."""
    await asyncio.sleep(VERIFY_SETTLE_S)
    try:
        got = await obs.get_service()
    except ObsError as exc:  # OBS went away meanwhile: it may not have kept the settings
        log.info("The repeat read-back of OBS's settings failed: %s", type(exc).__name__)
        gone = ObsVerifyError(GONE_AFTER_PUSH_MESSAGE)
        report(StepId.VERIFY, StepState.FAILED, str(gone))
        return gone
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
