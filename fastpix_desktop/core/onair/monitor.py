"""OnAirMonitor: polls OBS and FastPix while on air and keeps the truth about the broadcast.

It feeds the output-state tracker, the watchdog, the live figures and the notification rules,
stops OBS when the FastPix stream was disabled or deleted, and tells listeners after each step.
The window and a headless host run the same object; tests call ``poll_once`` with a fake clock.
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
from fastpix_desktop.core.models import (
    LiveStream,
    ObsServiceSettings,
    ObsStreamStatus,
    ObsVersion,
    StreamStatus,
)
from fastpix_desktop.core.obs.events import ConnectionChanged, ObsEvent, StreamStateChanged
from fastpix_desktop.core.obs.output_state import OutputState, OutputStateTracker
from fastpix_desktop.core.onair.figures import LiveFigures, LiveFiguresModel
from fastpix_desktop.core.onair.notify import NotificationRules, Notifier
from fastpix_desktop.core.onair.watchdog import Watchdog, WatchdogReport

if TYPE_CHECKING:
    from fastpix_desktop.core.ports import FastPixPort

log = logging.getLogger(__name__)

OBS_POLL_INTERVAL_S = 1.0
FASTPIX_POLL_INTERVAL_S = 5.0
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

    def to_json(self) -> dict[str, Any]:
        return {
            "outputState": str(self.state),
            "watchdog": self.report.to_json(),
            "figures": self.figures.to_json(),
            "stoppedReason": self.stopped_reason or None,
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
    ) -> None:
        self._obs = obs
        self._fastpix = fastpix
        self._clock = clock
        self._sleep = sleep
        self.rules = NotificationRules(notifier)
        self.tracker = OutputStateTracker(clock=clock, on_change=self._state_changed)
        self.watchdog = Watchdog(clock=clock)
        self.figures = LiveFiguresModel(clock=clock)
        self._stream_id: str | None = None
        self._stream_status: str | None = None
        self._fastpix_polled_at: float | None = None
        self._stopped_reason = ""
        self._stopping_for_watchdog = False
        self._listeners: list[Listener] = []
        self._unsubscribe = obs.add_listener(self._on_obs_event)
        self._task: asyncio.Task[None] | None = None
        self._reconnect_rule_known = False

    # ---- wiring

    def add_listener(self, fn: Listener) -> Callable[[], None]:
        self._listeners.append(fn)
        return lambda: self._listeners.remove(fn) if fn in self._listeners else None

    def watch_stream(self, stream: LiveStream | str | None) -> None:
        """The FastPix stream OBS sends to (None: only OBS is watched)."""
        stream_id = stream.stream_id if isinstance(stream, LiveStream) else stream
        if stream_id != self._stream_id:
            self._stream_id = stream_id
            self._stream_status = stream.status if isinstance(stream, LiveStream) else None
            self._fastpix_polled_at = None
            self.watchdog = Watchdog(clock=self._clock)
            self.watchdog.observe_state(self.tracker.state)

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

    def snapshot(self) -> OnAirSnapshot:
        return OnAirSnapshot(
            state=self.tracker.state,
            report=self.watchdog.report(),
            figures=self.figures.figures,
            stream_id=self._stream_id,
            stream_status=self._stream_status,
            stopped_reason=self._stopped_reason,
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
            self.tracker.on_status(status)
            self.figures.on_status(status)
            self.watchdog.observe_bytes(status.bytes)
            if self.tracker.state is OutputState.LIVE:
                self.rules.on_frames(status.skipped_frames, status.total_frames)
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
        if report.stop_obs and not self._stopping_for_watchdog:
            await self._stop_for(report)
        return self._publish()

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
                self.watchdog.observe_fastpix(None, deleted=True)
            except FastPixError:
                self.watchdog.observe_fastpix(None)  # unknown: never a verdict on a failed poll
            else:
                self._stream_status = stream.status
                self.watchdog.observe_fastpix(stream.status)

    async def _stop_for(self, report: WatchdogReport) -> None:
        self._stopping_for_watchdog = True
        self._stopped_reason = report.message
        try:
            await self._obs.stop_streaming_and_wait()
        except ObsError as error:
            self._stopped_reason = f"{report.message} Stopping OBS failed: {error}"
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
        if old is OutputState.OFF and new.on_air:
            self._fastpix_polled_at = None  # a new broadcast: ask FastPix afresh at once
            if not self._stopping_for_watchdog:
                self._stopped_reason = ""
        self.watchdog.observe_state(new)
        self.rules.on_state(old, new)

    def _publish(self) -> OnAirSnapshot:
        snapshot = self.snapshot()
        for fn in list(self._listeners):
            try:
                fn(snapshot)
            except Exception:
                log.exception("An on-air listener failed")
        return snapshot
