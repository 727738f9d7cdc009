"""The simulated world of the on-air soaks (test_onair_soak*.py): a fake clock, a fake OBS that
sends, FastPix following what OBS sends, the real window, and the one-truth check every second."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from fastpix_desktop.core.models import ObsStreamStatus
from fastpix_desktop.core.obs import StreamStateChanged
from fastpix_desktop.core.obs.events import OUTPUT_RECONNECTED, OUTPUT_RECONNECTING
from fastpix_desktop.core.obs.output_state import OutputState
from fastpix_desktop.core.onair.monitor import OnAirSnapshot
from fastpix_desktop.core.onair.remote import RemoteRequest
from fastpix_desktop.ui.create.stream_details import status_words
from fastpix_desktop.ui.onair.tray import tray_state_for
from fastpix_desktop.ui.widgets.text_fit import plain
from tests.doubles.obs import FakeObsController
from tests.onair.fakes import FakeClock
from tests.ui.conftest import run_pending, wait_running

WINDOW_S = 60  # the stream's reconnect window


@dataclass
class SendingObs(FakeObsController):
    """OBS whose outputBytes grow while it sends (a healthy stream, not a stall)."""

    sent: int = 0

    async def get_stream_status(self) -> ObsStreamStatus:
        await asyncio.sleep(0)
        self._maybe_fail("get_stream_status")
        if self.live and not self.reconnecting:
            self.sent += 200_000
        return ObsStreamStatus(
            active=self.live or self.reconnecting, reconnecting=self.reconnecting, bytes=self.sent
        )


class Life:
    """The simulated world: the clock, OBS, FastPix following what OBS sends, the window."""

    def __init__(self, window, qloop, sandbox, obs: SendingObs, clock: FakeClock) -> None:
        self.window, self.qloop, self.sandbox, self.obs, self.clock = (
            window,
            qloop,
            sandbox,
            obs,
            clock,
        )
        self.dropped_at: float | None = None
        self.checks = 0

    # ---- FastPix, as its ingest would behave
    def fastpix_follows(self, stream_id: str) -> None:
        record = self.sandbox.streams.get(stream_id)
        if record is None or record.status == "disabled":
            return
        if self.obs.live and not self.obs.reconnecting:
            if record.status != "active":
                self.sandbox.set_status(stream_id, "active")
        elif (
            record.status == "active"
            and self.dropped_at is not None
            and self.clock.now - self.dropped_at > WINDOW_S
        ):
            self.sandbox.set_status(stream_id, "idle")  # the reconnect window passed

    def second(self, stream_id: str, seconds: int = 1) -> None:
        for _ in range(seconds):
            self.clock.advance(1)
            self.fastpix_follows(stream_id)
            task = self.window.onair_panel.poll()
            if task is not None:
                self.qloop.run_until_complete(task)
            run_pending(self.qloop, rounds=1)
            self.agree()

    def drop(self) -> None:
        self.obs.live, self.obs.reconnecting = False, True
        self.dropped_at = self.clock.now
        self.obs.emit(StreamStateChanged(False, OUTPUT_RECONNECTING))

    def back(self) -> None:
        self.obs.live, self.obs.reconnecting, self.obs.sent = True, False, 0
        self.dropped_at = None
        self.obs.emit(StreamStateChanged(True, OUTPUT_RECONNECTED))

    def deck(self, command: str, **args) -> object:
        reply = self.qloop.run_until_complete(
            self.window.onair_panel.handle_remote(RemoteRequest(command, args))
        )
        wait_running(self.qloop, lambda: not self.window.busy)
        return reply

    # ---- the one truth
    def agree(self) -> None:
        self.checks += 1
        panel = self.window.onair_panel
        snap: OnAirSnapshot = panel.monitor.snapshot()
        live = self.window.live_panel
        assert panel.state is snap.state
        assert (
            live.headline.text()
            == {
                OutputState.OFF: "Not live",
                OutputState.STARTING: "Starting…",
                OutputState.LIVE: "Live",
                OutputState.RECONNECTING: "Reconnecting",
                OutputState.STOPPING: "Stopping…",
            }[snap.state]
        )
        assert plain(live.stream_line.text()) == live.stream_text(snap), (
            live.stream_line.text(),
            snap,
        )
        if snap.stream_id:
            assert snap.label in live.end_button.text()
        banner = panel.banner
        if snap.report.message and snap.state is not OutputState.OFF:
            assert not banner.isHidden()
        if not banner.isHidden():
            assert banner.text() in (snap.report.message, snap.stopped_reason) or (
                snap.state is OutputState.RECONNECTING
            )
        assert live.notice.isHidden() == (not snap.notice)
        tray = panel.tray
        assert tray.state is tray_state_for(snap)
        detail = snap.report.message or snap.stopped_reason
        if not snap.obs_connected and not detail:
            detail = "No contact with OBS."  # what OBS does is unknown, never "not live" alone
        assert (detail in tray.icon.toolTip()) if detail else ("\n" not in tray.icon.toolTip())
        shown = self.window.details.stream
        if shown is not None and shown.stream_id == snap.stream_id and snap.fastpix_known:
            label = self.window.details.status_label()
            if snap.stream_status and label is not None:
                assert label.text() == status_words(snap.stream_status), (label.text(), snap)
        start = self.window.obs_panel.start_button
        expected_start = (
            self.obs.connected  # no Start for an OBS the window cannot reach
            and snap.state is OutputState.OFF
            and snap.stream_id is not None
            and not snap.points_elsewhere
        )
        assert start.isVisible() == expected_start, (snap, start.isVisible())
        if self.checks % 15 == 0:  # `status --json`, as a second launch would get it
            status = self.deck("status").json  # type: ignore[attr-defined]
            snap = panel.monitor.snapshot()
            assert status["obs"]["outputState"] == str(snap.state)
            assert status["watchdog"] == snap.report.to_json()
            assert (status["stream"] or {}).get("streamId") == snap.stream_id, (status, snap)
            assert status["session"] == snap.session
