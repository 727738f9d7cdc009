"""OnAirMonitor: the one model of the broadcast, which the window, tray, notifier and remote
control all read.

It owns which stream OBS really points at (OBS's destination, recognised), what OBS's output is
doing, what FastPix says about that stream, and which broadcast session it is (a new one when the
stream changes, or a drop outlasts the stream's reconnect window). Alarms belong to a (stream,
session) and are forgotten when either changes. It stops OBS when the FastPix stream was disabled
or deleted, and tells listeners after each step. The window and a headless host run the same
object; tests call ``poll_once`` with a fake clock. docs/on-air.md has the rules.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from fastpix_desktop.core.errors import FastPixError, FastPixNotFoundError, ObsError
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP, marked
from fastpix_desktop.core.models import (
    LiveStream,
    ObsServiceSettings,
    ObsStreamStatus,
    ObsVersion,
    StreamStatus,
)
from fastpix_desktop.core.obs.events import ConnectionChanged, ObsEvent, StreamStateChanged
from fastpix_desktop.core.obs.output_state import OutputState, OutputStateTracker
from fastpix_desktop.core.onair.destination import Destination, read_destination
from fastpix_desktop.core.onair.figures import LiveFigures, LiveFiguresModel
from fastpix_desktop.core.onair.notify import NEW_BROADCAST_MESSAGE, NotificationRules, Notifier
from fastpix_desktop.core.onair.watchdog import Watchdog, WatchdogReport

if TYPE_CHECKING:
    from fastpix_desktop.core.ports import FastPixPort

log = logging.getLogger(__name__)

OBS_POLL_INTERVAL_S = 1.0
FASTPIX_POLL_INTERVAL_S = 5.0
# OBS's destination is read again this often while OBS is off (a change by hand in OBS).
DESTINATION_POLL_INTERVAL_S = 5.0
# FastPix's own default, used until the stream's reconnect window is known.
DEFAULT_RECONNECT_WINDOW_S = 60
# FastPix statuses that may still change on their own once OBS has stopped.
STILL_LIVE = (StreamStatus.ACTIVE, StreamStatus.PREPARING)


class _Obs(Protocol):
    @property
    def connected(self) -> bool: ...

    def add_listener(self, fn: Callable[[ObsEvent], None]) -> Callable[[], None]: ...

    async def get_stream_status(self) -> ObsStreamStatus: ...

    async def stop_streaming_and_wait(self, timeout: float = 15.0) -> None: ...

    async def start_streaming_and_wait(self, timeout: float = 15.0) -> None: ...

    @property
    def version(self) -> ObsVersion | None: ...

    async def get_service(self) -> ObsServiceSettings: ...


@dataclass(frozen=True)
class OnAirSnapshot:
    """Everything the window, the tray and ``status --json`` show about the broadcast."""

    state: OutputState
    report: WatchdogReport
    figures: LiveFigures
    stream_id: str | None
    stream_status: str | None
    stopped_reason: str = ""  # set when the monitor stopped OBS, until the next broadcast
    stream_name: str = ""
    # OBS's destination in words (never a key); "" until read. ``points_elsewhere``: OBS's
    # destination is known and is not ``stream_id`` (another service, or another stream).
    destination: str = ""
    points_elsewhere: bool = False
    session: int = 0
    # Said for the whole session when it began because a drop outlasted the reconnect window.
    notice: str = ""
    fastpix_known: bool = True  # the last FastPix poll answered
    reconnect_window: int = DEFAULT_RECONNECT_WINDOW_S
    # OBS is off while FastPix may still hold the broadcast open: seconds until it goes idle.
    idle_in_s: int | None = None
    stream_deleted: bool = False  # FastPix said the stream no longer exists
    # The app can see OBS. When it cannot (OBS closed, crashed or killed), ``state`` is OFF
    # because nothing is known; no line may go on saying OBS is live (issue 26, item 4).
    obs_connected: bool = True

    @property
    def label(self) -> str:
        """The stream's name for buttons and questions, its ID only when it has none."""
        return self.stream_name or self.stream_id or ""

    def to_json(self) -> dict[str, Any]:
        return {
            "outputState": str(self.state),
            "watchdog": self.report.to_json(),
            "figures": self.figures.to_json(),
            "stoppedReason": self.stopped_reason or None,
            "stream": (
                {
                    "streamId": self.stream_id,
                    "name": self.stream_name,
                    "status": self.stream_status if self.fastpix_known else None,
                }
                if self.stream_id
                else None
            ),
            "destination": self.destination or None,
            "pointsElsewhere": self.points_elsewhere,
            "session": self.session,
            "notice": self.notice or None,
            "idleInSeconds": self.idle_in_s,
            "streamDeleted": self.stream_deleted,
            "obsConnected": self.obs_connected,
        }


Listener = Callable[[OnAirSnapshot], None]


class OnAirMonitor:
    def __init__(
        self,
        *,
        obs: _Obs,
        fastpix: FastPixPort | None,
        notifier: Notifier,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
        hosts: IngestHosts | None = None,
    ) -> None:
        self._obs = obs
        self._fastpix = fastpix
        self._hosts = hosts or IngestHosts()
        self._clock = clock
        self._sleep = sleep
        self.rules = NotificationRules(notifier)
        self.tracker = OutputStateTracker(clock=clock, on_change=self._state_changed)
        self.watchdog = Watchdog(clock=clock)
        self.figures = LiveFiguresModel(clock=clock)
        self._stream_id: str | None = None
        self._stream: LiveStream | None = None
        self._stream_status: str | None = None
        self._fastpix_known = True
        self._fastpix_polled_at: float | None = None
        self._stopped_reason = ""
        self._stopping_for_watchdog = False
        # OBS's destination, read when due (never while on air: a change then only applies
        # at OBS's next start, so the live stream stays the one this is about).
        self._destination: Destination | None = None
        self._destination_due = True
        self._destination_read_at: float | None = None
        # The broadcast session, and what decides the next one.
        self.session = 0
        self._session_at_drop = 0
        self._left_live_at: float | None = None  # when OBS last stopped sending
        self._dropped = False  # it stopped on its own (a reconnect, OBS lost), not on purpose
        self._notice = ""
        self._obs_seen = False  # OBS's output state was read since start-up or reconnect
        self._hinted = False  # watch_stream was told of a push the next read confirms
        self._stream_identity: str | None = None  # the destination known to be the stream's
        self._deleted: set[str] = set()  # streams FastPix said no longer exist
        self._adopting = False
        self._listeners: list[Listener] = []
        self._unsubscribe = obs.add_listener(self._on_obs_event)
        self._task: asyncio.Task[None] | None = None
        self._reconnect_rule_known = False

    # ---- wiring

    def add_listener(self, fn: Listener) -> Callable[[], None]:
        self._listeners.append(fn)
        return lambda: self._listeners.remove(fn) if fn in self._listeners else None

    def watch_stream(self, stream: LiveStream | str | None) -> bool:
        """The app pointed OBS at this stream (a create, use or go live): watch it, and read
        OBS's destination at the next round to confirm. While OBS is on air another stream is
        refused (False): the live stream stays what the monitor, End broadcast and the alarms
        are about (issue 26, item 1)."""
        stream_id = stream.stream_id if isinstance(stream, LiveStream) else stream
        if stream_id != self._stream_id and self.tracker.state.on_air and self._stream_id:
            return False
        self._destination_due = True
        # The next read confirms the push; if it cannot recognise the destination (ingest
        # hosts configured differently), the stream the app pointed OBS at stays.
        self._hinted = True
        if stream_id != self._stream_id:
            self._set_stream(stream if isinstance(stream, LiveStream) else None, stream_id)
        elif isinstance(stream, LiveStream) and (
            stream.name or self._stream is None or not self._stream.name
        ):
            # Never a named stream replaced by a nameless copy (one known only from OBS).
            self._stream = stream
            if self._stream_status is None or self._fastpix_polled_at is None:
                # Only when FastPix was not asked since: a copy handed in (the library's list,
                # minutes old) never overrides what the last poll said, or the window, the
                # tray and `status` would disagree until the next poll (issue 28's soak).
                self._stream_status = stream.status
        return True

    def refresh_destination(self) -> None:
        """OBS's destination may have changed (a push, a restore, a profile switch): read it
        at the next round."""
        self._destination_due = True

    def _set_stream(self, stream: LiveStream | None, stream_id: str | None) -> None:
        """Another stream: a new session, its alarms and statuses start afresh."""
        self._stream_id = stream_id
        self._stream = stream
        self._stream_status = stream.status if stream is not None else None
        self._stream_identity = None
        self._fastpix_known = True
        self._new_session(after_window=False)

    def _new_session(self, *, after_window: bool) -> None:
        self.session += 1
        self._fastpix_polled_at = None
        self._stopped_reason = "" if not self._stopping_for_watchdog else self._stopped_reason
        self._notice = NEW_BROADCAST_MESSAGE if after_window else ""
        self.watchdog = Watchdog(clock=self._clock)
        self.watchdog.observe_state(self.tracker.state)
        self.rules.new_session(after_window=after_window)

    @property
    def reconnect_window(self) -> int:
        stream = self._stream
        return stream.reconnect_window if stream is not None else DEFAULT_RECONNECT_WINDOW_S

    def ask_fastpix_soon(self) -> None:
        """FastPix's status changed on purpose (End broadcast finished the stream, Go live
        started one): the next round asks FastPix, not up to FASTPIX_POLL_INTERVAL_S later,
        so nothing on screen says "active" for seconds after it stopped being true."""
        self._fastpix_polled_at = None

    def set_fastpix(self, fastpix: FastPixPort | None) -> None:
        """The client changed (the window switched to demo mode): poll FastPix through it."""
        self._fastpix = fastpix

    @property
    def stream_id(self) -> str | None:
        return self._stream_id

    @property
    def stream(self) -> LiveStream | None:
        return self._stream

    @property
    def destination(self) -> Destination | None:
        return self._destination

    def snapshot(self) -> OnAirSnapshot:
        destination = self._destination
        elsewhere = (
            destination is not None
            and not destination.stream_unknown
            and self._stream_id is not None
            and destination.identity != self._stream_identity
        )
        idle_in: int | None = None
        state = self.tracker.state
        if (
            state is OutputState.OFF
            and self._left_live_at is not None
            and self._stream_status in STILL_LIVE
        ):
            left = self.reconnect_window - (self._clock() - self._left_live_at)
            idle_in = max(0, int(left + 0.999))
        return OnAirSnapshot(
            state=state,
            report=self.watchdog.report(),
            figures=self.figures.figures,
            stream_id=self._stream_id,
            stream_status=self._stream_status,
            stopped_reason=self._stopped_reason,
            stream_name=self._stream.name if self._stream is not None else "",
            destination=destination.description if destination is not None else "",
            points_elsewhere=elsewhere,
            session=self.session,
            notice=self._notice,
            fastpix_known=self._fastpix_known,
            reconnect_window=self.reconnect_window,
            idle_in_s=idle_in,
            stream_deleted=self._stream_id in self._deleted,
            obs_connected=self._obs.connected,
        )

    def start(self) -> None:
        """Poll in the background until ``close()``."""
        if self._task is None or self._task.done():
            self._task = asyncio.ensure_future(self._run())

    async def close(self) -> None:
        self._unsubscribe()
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    async def reconnect_now(self, timeout: float = 15.0) -> None:
        """ "Reconnect now": stop, wait for STOPPED, start; not announced as an end."""
        from fastpix_desktop.core.onair import use_cases as onair

        self.rules.expect_restart()
        try:
            await onair.reconnect_now(obs=self._obs, timeout=timeout)  # type: ignore[arg-type]
        finally:
            self.rules.expect_restart(False)

    # ---- polling

    async def _run(self) -> None:
        while True:
            try:
                await self.poll_once()
            except Exception:  # a bug here must not end the monitoring for the whole session
                log.exception("On-air poll failed")
            await self._sleep(OBS_POLL_INTERVAL_S)

    async def poll_once(self) -> OnAirSnapshot:
        """One round: OBS status, FastPix status and viewers when due, then the verdict."""
        status: ObsStreamStatus | None = None
        if self._obs.connected:
            try:
                status = await self._obs.get_stream_status()
            except ObsError:
                status = None
        if status is None:
            self.figures.on_status(None)
            if not self._obs.connected:
                self._obs_lost()
        else:
            if status.active and not self._reconnect_rule_known:
                await self._learn_reconnect_rule()
            # The first look after start-up (or after OBS came back) adopts what OBS is doing:
            # nothing started in front of the streamer (no "You are live", issue 26 item 8).
            self._adopting = not self._obs_seen
            self._obs_seen = True
            try:
                self.tracker.on_status(status)
            finally:
                self._adopting = False
            self.figures.on_status(status)
            self.watchdog.observe_bytes(status.bytes)
            if self.tracker.state is OutputState.LIVE:
                self.rules.on_frames(status.skipped_frames, status.total_frames)
        await self._read_destination_when_due()
        if self.tracker.state.on_air and self._stream_id and self._fastpix is not None:
            await self._poll_fastpix()
        elif self._stream_id and self._fastpix is not None and self._stream_status in STILL_LIVE:
            # OBS is off, but FastPix last said live: it stays so through the reconnect window
            # or until End broadcast finishes it. Keep asking (no viewers), or the window would
            # go on saying "active" after FastPix moved on.
            await self._poll_fastpix_status()
        self.figures.on_state(self.tracker.state, self.tracker.reconnects)
        report = self.watchdog.report()
        self.rules.on_verdict(report, fastpix_active=self.watchdog.fastpix_active)
        # OBS is stopped only for the stream it was confirmed to send to in this broadcast.
        if report.stop_obs and not self._stopping_for_watchdog and not self._destination_due:
            await self._stop_for(report)
        return self._publish()

    async def _read_destination_when_due(self) -> None:
        if not self._obs.connected:
            return
        now = self._clock()
        on_air = self.tracker.state.on_air
        periodic = (
            not on_air
            and self._destination_read_at is not None
            and now - self._destination_read_at >= DESTINATION_POLL_INTERVAL_S
        )
        if not (self._destination_due or periodic or self._destination_read_at is None):
            return
        try:
            service = await self._obs.get_service()
        except ObsError:
            return
        known = (self._stream,) if self._stream is not None else ()
        previous = self._destination
        destination = await read_destination(
            service, fastpix=self._fastpix, hosts=self._hosts, known=known, previous=previous
        )
        self._destination, self._destination_read_at = destination, now
        self._destination_due = False
        hinted, self._hinted = self._hinted, False
        if destination.stream_unknown:
            return  # FastPix could not say which stream: the one watched stays
        changed = previous is None or previous.identity != destination.identity
        if destination.stream is not None:
            if destination.stream_id != self._stream_id:
                self._set_stream(destination.stream, destination.stream_id)
            elif self._stream is None:
                self._stream = destination.stream
        elif changed and previous is not None and self._stream_id is not None and not hinted:
            # OBS now sends elsewhere (set by hand, restored): nothing of this app's is on air.
            # (A first read of a non-FastPix destination keeps a stream the app was told of.)
            self._set_stream(None, None)
        if self._stream_id is not None and (
            destination.stream_id == self._stream_id or (hinted and destination.stream is None)
        ):
            self._stream_identity = destination.identity

    async def _poll_fastpix(self) -> None:
        assert self._fastpix is not None and self._stream_id is not None
        await self._poll_fastpix_status()
        if self.figures.viewer_poll_due():
            try:
                self.figures.on_viewers(await self._fastpix.viewer_count(self._stream_id))
            except FastPixError:
                self.figures.on_viewers(None)

    async def _poll_fastpix_status(self) -> None:
        assert self._fastpix is not None and self._stream_id is not None
        now = self._clock()
        if self._fastpix_polled_at is None or now - self._fastpix_polled_at >= (
            FASTPIX_POLL_INTERVAL_S
        ):
            self._fastpix_polled_at = now
            try:
                stream = await self._fastpix.get_stream(self._stream_id)
            except FastPixNotFoundError:
                self._stream_status = None
                self._fastpix_known = True
                self._deleted.add(self._stream_id)
                self.watchdog.observe_fastpix(None, deleted=True)
            except FastPixError:
                self._fastpix_known = False
                self.watchdog.observe_fastpix(None)  # unknown: never a verdict on a failed poll
            else:
                was = self._stream_status
                self._stream, self._stream_status = stream, stream.status
                self._fastpix_known = True
                self.watchdog.observe_fastpix(stream.status)
                if (
                    was == StreamStatus.ACTIVE
                    and stream.status == StreamStatus.IDLE
                    and self.tracker.state is OutputState.RECONNECTING
                    and self.session == self._session_at_drop
                ):
                    # FastPix closed the broadcast while OBS was still reconnecting: when OBS
                    # gets through, that is a new broadcast; said now, once.
                    self._new_session(after_window=True)

    async def _stop_for(self, report: WatchdogReport) -> None:
        self._stopping_for_watchdog = True
        self._stopped_reason = report.message
        try:
            await self._obs.stop_streaming_and_wait()
        except ObsError as error:
            # Both parts stay translatable: the report is marked, the error keeps its template.
            self._stopped_reason = marked(
                QT_TRANSLATE_NOOP("onair", "{reason} Stopping OBS failed: {error}"),
                reason=report.message,
                error=error,
            )
        finally:
            self._stopping_for_watchdog = False

    # ---- events

    def _on_obs_event(self, event: ObsEvent) -> None:
        if isinstance(event, StreamStateChanged):
            self.tracker.on_event(event.state)
        elif isinstance(event, ConnectionChanged) and not event.connected:
            self._obs_lost()
        else:
            return
        self.figures.on_state(self.tracker.state, self.tracker.reconnects)
        self._publish()

    def _obs_lost(self) -> None:
        if self.tracker.state is not OutputState.OFF:
            self.rules.on_obs_lost()
            self._dropped = True
        self._obs_seen = False
        self._destination_due = True
        self.tracker.on_disconnected()

    async def _learn_reconnect_rule(self) -> None:
        """Once per broadcast: SRT on OBS before 32 gets its reconnects confirmed by bytes
        (the broadcast guard's rule, core/guard; docs/obs-output-state.md)."""
        from fastpix_desktop.core.guard.check import SRT_RECONNECT_RELIABLE_SINCE, version_tuple

        try:
            service = await self._obs.get_service()
        except ObsError:
            return
        version = self._obs.version
        srt = str(service.settings.get("server") or "").startswith("srt://")
        old = version is not None and version_tuple(version.obs_version) < (
            SRT_RECONNECT_RELIABLE_SINCE
        )
        self.tracker.confirm_reconnects_by_bytes = srt and old
        self._reconnect_rule_known = True

    def _state_changed(self, old: OutputState, new: OutputState) -> None:
        if new is OutputState.OFF:
            self._reconnect_rule_known = False  # the next broadcast may use another protocol
        now = self._clock()
        if old is OutputState.LIVE:
            self._left_live_at = now
            self._session_at_drop = self.session
            self._dropped = self._dropped or new is OutputState.RECONNECTING
        if new is OutputState.LIVE or (old is OutputState.OFF and new.on_air):
            gap = now - self._left_live_at if self._left_live_at is not None else None
            outlasted = gap is not None and (
                gap > self.reconnect_window
                # End broadcast (or FastPix) already closed the last one: this is another.
                or (old is OutputState.OFF and self._stream_status not in (*STILL_LIVE, None))
            )
            if old is OutputState.OFF and not self._adopting:
                # A start: OBS's destination now is the one it sends to; alarms of an earlier
                # broadcast (a deleted stream's) never carry over (issue 26, item 4).
                self._destination_due = True
                if not self._stopping_for_watchdog:
                    self._stopped_reason = ""
            if outlasted and self.session == self._session_at_drop:
                self._new_session(after_window=self._dropped and not self._adopting)
            elif old is OutputState.OFF:
                self._fastpix_polled_at = None  # ask FastPix afresh at once
                self.watchdog = Watchdog(clock=self._clock)
            if new is OutputState.LIVE:
                self._left_live_at, self._dropped = None, False
        self.watchdog.observe_state(new)
        if self._adopting:
            self.rules.adopt(new)
        else:
            self.rules.on_state(old, new)

    def _publish(self) -> OnAirSnapshot:
        snapshot = self.snapshot()
        for fn in list(self._listeners):
            try:
                fn(snapshot)
            except Exception:
                log.exception("An on-air listener failed")
        return snapshot
