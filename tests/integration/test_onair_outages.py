"""Issue 26 items 4 and 5 end to end: the real window, a real OBS, nginx-rtmp and the sandbox's
ingest hook, through an ingest outage longer than the reconnect window and through OBS killed
mid-broadcast. At each stage the window's lines, the tray and what ``status --json`` gets from
the running window (its remote-control reply) must say the same, true thing.

OBS streams through a TCP proxy (tests/integration/tcp_proxy.py) to nginx-rtmp, which asks the
sandbox's ingest hook about the key and tells it when publishing ends, as FastPix's ingest
would. The reconnect window is FastPix's minimum (60 s, ``reconnectWindow`` in the API spec);
instead of waiting it out, the test moves the sandbox's own clock (an in-process object handed
to ``SandboxApi``: nothing over HTTP can see or move it), so FastPix closes the broadcast at
once, as it would 60 s after the drop. The app learns it only from FastPix's answers.
"""

# ruff: noqa: F811  (the fixtures imported from tests/ui/conftest.py are parameters here)
from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from fastpix_desktop.core.config import Config
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.library import my_channel
from fastpix_desktop.core.obs.output_state import OutputState
from fastpix_desktop.core.onair.notify import NotificationKind, RecordingNotifier
from fastpix_desktop.core.onair.remote import RemoteRequest
from fastpix_desktop.core.onair.watchdog import Verdict
from fastpix_desktop.sandbox import RunningSandbox, SandboxApi, start_server_in_thread
from fastpix_desktop.sandbox.faults import Fault
from fastpix_desktop.sandbox.validation import RECONNECT_MIN
from fastpix_desktop.ui.onair.panel import OnAirOptions
from fastpix_desktop.ui.onair.tray import TrayState
from fastpix_desktop.ui.window.main_window import MainWindow
from tests.ui.conftest import (  # noqa: F401 (fixtures)
    answer_prompt,
    app_settings,
    collect_after_each_test,
    garbage_collected_on_the_gui_thread,
    isolated_qsettings,
    isolated_user_dirs,
    make_window,
    opened_urls,
    qloop,
    secrets,
    stored_credentials,
    unexpected_errors,
    wait_running,
)

from .conftest import USER_SERVICE
from .listeners import NginxRtmpListener
from .obs_harness import HeadlessObs
from .tcp_proxy import TcpProxy
from .test_window_real_obs import (  # noqa: F401 (fixtures)
    WAIT_S,
    RecordingObsController,
    click_row,
    fastpix,
    go_live_on_my_channel,
    idle_window,
    loaded,
    obs,
    obs_clients,
    seed_with_sdk,
    wait_idle,
)

pytestmark = pytest.mark.obs

SHOW = "Late night show"
NOT_RECEIVING_WORDS = "not receiving"


class SandboxClock:
    """The sandbox's now: wall-clock UTC plus the time the test skipped. Only this process
    holds it; the HTTP API (and so the official SDK) sees nothing but the effect."""

    def __init__(self) -> None:
        self.skipped = timedelta(0)

    def __call__(self) -> datetime:
        return datetime.now(UTC) + self.skipped

    def skip(self, seconds: float) -> None:
        self.skipped += timedelta(seconds=seconds)


@pytest.fixture
def sandbox_clock() -> SandboxClock:
    return SandboxClock()


@pytest.fixture
def proxy(rtmp_listener: NginxRtmpListener) -> Iterator[TcpProxy]:
    p = TcpProxy(rtmp_listener.rtmp_port).start()
    yield p
    p.stop()


@pytest.fixture
def sandbox(
    rtmp_listener: NginxRtmpListener, sandbox_clock: SandboxClock
) -> Iterator[RunningSandbox]:
    """The sandbox over HTTP on the test's clock, its ingest hook asked by nginx-rtmp."""
    with (
        start_server_in_thread(SandboxApi(clock=sandbox_clock)) as server,
        rtmp_listener.follow(server.url),
    ):
        yield server


@pytest.fixture
def hosts(proxy: TcpProxy) -> IngestHosts:
    return IngestHosts(rtmps_server=f"rtmp://127.0.0.1:{proxy.port}/live")


@pytest.fixture
def notifier() -> RecordingNotifier:
    return RecordingNotifier()


@pytest.fixture
def open_window(make_window, stored_credentials, hosts: IngestHosts, notifier):
    def open_(**overrides: Any) -> MainWindow:
        kwargs: dict[str, Any] = dict(
            config=Config(hosts=hosts),
            onair=OnAirOptions(poll_s=0.25, channel=my_channel.load, notifier=notifier),
        )
        kwargs.update(overrides)
        return make_window(**kwargs)

    return open_


@pytest.fixture
def no_tracebacks(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Nothing the app logs carries a traceback (a bug caught and logged is still a bug)."""
    caplog.set_level(logging.WARNING)
    yield
    records = caplog.get_records("setup") + caplog.get_records("call")
    traced = [r for r in records if r.exc_info and r.name.startswith("fastpix_desktop")]
    assert not traced, [f"{r.name}: {r.getMessage()}" for r in traced]


# ------------------------------------------------------------------ what the streamer sees


def status_json(window: MainWindow, qloop) -> dict[str, Any]:
    """What ``fastpix-desktop status --json`` prints while this window runs (its remote reply),
    within a few seconds: a status never hangs on a lost OBS."""
    reply = qloop.run_until_complete(
        asyncio.wait_for(window.onair_panel.handle_remote(RemoteRequest("status")), 10)
    )
    assert reply.exit_code == 0, reply.text
    return reply.json


def banner(window: MainWindow) -> str:
    panel = window.onair_panel.live_panel
    return panel.banner.text() if not panel.banner.isHidden() else ""


def every_line(window: MainWindow) -> str:
    """Every status line the window and the tray show about the broadcast, in one text."""
    live = window.live_panel
    return "\n".join(
        [
            window.message(),
            window.obs_status.text(),
            window.details.obs_result_label.text(),
            live.headline.text() if not window.onair_panel.live_box.isHidden() else "",
            live.stream_line.text() if not window.onair_panel.live_box.isHidden() else "",
            banner(window),
            window.onair_panel.tray.icon.toolTip(),
        ]
    )


def live_on_my_channel(open_window, qloop, sandbox, **overrides: Any) -> tuple[MainWindow, str]:
    """One stream on the account, a window, my channel = it, Go live on it, FastPix active."""
    (stream_id,) = seed_with_sdk(sandbox.url, (SHOW,))
    window = open_window(**overrides)
    loaded(window, qloop, 1)
    click_row(window, SHOW)
    panel = window.library_panel
    wait_running(qloop, lambda: panel.view.selected_stream_id() == stream_id, timeout=WAIT_S)
    panel.my_channel_button.click()
    wait_running(qloop, lambda: panel.go_live_button.isVisible(), timeout=WAIT_S)
    go_live_on_my_channel(window, qloop)
    wait_running(qloop, lambda: sandbox.api.streams[stream_id].status == "active", timeout=WAIT_S)
    wait_running(
        qloop, lambda: "(FastPix: active)" in window.live_panel.stream_line.text(), timeout=WAIT_S
    )
    return window, stream_id


class Recorder:
    """Every snapshot the window's views were given, so a passing false alarm is caught too."""

    def __init__(self, window: MainWindow) -> None:
        self.snapshots: list[Any] = []
        window.onair_panel.snapshot_changed.connect(self.snapshots.append)

    @property
    def verdicts(self) -> set[Verdict]:
        return {s.report.verdict for s in self.snapshots}


# ------------------------------------------------------------------ item 5


def test_item5_an_outage_longer_than_the_reconnect_window_is_a_new_broadcast(
    open_window,
    qloop,
    sandbox,
    sandbox_clock: SandboxClock,
    proxy: TcpProxy,
    rtmp_listener: NginxRtmpListener,
    notifier: RecordingNotifier,
    obs,
    no_tracebacks,
) -> None:
    window, a = live_on_my_channel(open_window, qloop, sandbox)
    record = sandbox.api.streams[a]
    assert record.reconnect_window == RECONNECT_MIN == 60  # FastPix's minimum and default
    wait_running(qloop, lambda: NotificationKind.LIVE in notifier.kinds, timeout=WAIT_S)
    first_session = window.onair_panel.snapshot.session
    assert len(record.sessions) == 1
    recorder = Recorder(window)
    live = window.live_panel

    # The ingest goes down: OBS keeps retrying, FastPix holds the broadcast open.
    finished_before = rtmp_listener.auth.finished.count(record.stream_key)
    proxy.refusing = True
    proxy.drop()
    wait_running(qloop, lambda: live.headline.text() == "Reconnecting", timeout=WAIT_S)
    assert "reconnecting" in banner(window)
    assert window.onair_panel.tray.state is TrayState.RECONNECTING
    status = status_json(window, qloop)
    assert status["obs"]["outputState"] == "reconnecting"
    assert status["watchdog"]["verdict"] == "reconnecting"
    assert status["session"] == first_session and status["notice"] is None
    assert NotificationKind.NEW_BROADCAST not in notifier.kinds

    # The reconnect window passes on FastPix's side (nginx told the sandbox the encoder left).
    wait_running(
        qloop,
        lambda: rtmp_listener.auth.finished.count(record.stream_key) > finished_before,
        timeout=WAIT_S,
    )
    sandbox_clock.skip(record.reconnect_window + 1)
    wait_running(qloop, lambda: not live.notice.isHidden(), timeout=WAIT_S)
    assert "new broadcast and a new recording" in live.notice.text()
    assert live.headline.text() == "Reconnecting"  # OBS has not got through yet
    assert "(FastPix: idle)" in live.stream_line.text()  # said, not quietly changed
    assert window.onair_panel.tray.state is TrayState.RECONNECTING
    assert notifier.kinds.count(NotificationKind.NEW_BROADCAST) == 1
    (new,) = [n for n in notifier.received if n.kind is NotificationKind.NEW_BROADCAST]
    assert new.urgent
    status = status_json(window, qloop)
    assert status["stream"]["status"] == "idle"
    assert status["session"] == first_session + 1
    assert "new broadcast" in status["notice"]
    assert status["obs"]["outputState"] == "reconnecting"

    # The ingest is back: OBS's next retry gets through, into a new FastPix session.
    proxy.refusing = False
    wait_running(qloop, lambda: live.headline.text() == "Live", timeout=60)
    wait_running(qloop, lambda: "(FastPix: active)" in live.stream_line.text(), timeout=WAIT_S)
    assert len(sandbox.api.streams[a].sessions) == 2  # FastPix: a new broadcast and recording
    assert NotificationKind.RECOVERED in notifier.kinds
    lines = every_line(window)
    assert NOT_RECEIVING_WORDS not in lines
    assert "reconnecting" not in lines.lower()  # the outage's lines went with it
    assert banner(window) == ""
    assert window.onair_panel.tray.state is TrayState.LIVE
    assert window.onair_panel.tray.icon.toolTip() == f"fastpix-desktop: Live ({SHOW})"
    assert "new broadcast and a new recording" in live.notice.text()  # said for this session
    status = status_json(window, qloop)
    assert status["obs"]["outputState"] == "live" and status["obs"]["live"] is True
    assert status["stream"] == {"streamId": a, "name": SHOW, "status": "active"}
    assert status["watchdog"]["verdict"] == "healthy"
    assert status["session"] == first_session + 1  # the same new session, not a third
    # Never, not even for one poll, a "not receiving" alarm about the new session.
    assert Verdict.NOT_RECEIVING not in recorder.verdicts
    assert NotificationKind.NOT_RECEIVING not in notifier.kinds
    assert notifier.kinds.count(NotificationKind.NEW_BROADCAST) == 1
    assert qloop.run_until_complete(obs.get_stream_status()).active


class AppClock:
    """The window's monotonic clock (``OnAirOptions.clock``) plus the time the test skipped."""

    def __init__(self) -> None:
        self.skipped = 0.0

    def __call__(self) -> float:
        return time.monotonic() + self.skipped

    def skip(self, seconds: float) -> None:
        self.skipped += seconds


def test_item5_the_window_passing_is_known_by_the_clock_when_fastpix_cannot_say(
    open_window,
    qloop,
    sandbox,
    sandbox_clock: SandboxClock,
    proxy: TcpProxy,
    rtmp_listener: NginxRtmpListener,
    notifier: RecordingNotifier,
    no_tracebacks,
) -> None:
    """FastPix unreachable through the outage, so the app never sees the broadcast close: the
    drop outlasting the reconnect window on its own clock makes the next one a new broadcast,
    and with FastPix's status unknown nothing says "not receiving"."""
    app_clock = AppClock()
    window, a = live_on_my_channel(
        open_window,
        qloop,
        sandbox,
        onair=OnAirOptions(
            poll_s=0.25, channel=my_channel.load, notifier=notifier, clock=app_clock
        ),
    )
    record = sandbox.api.streams[a]
    wait_running(qloop, lambda: NotificationKind.LIVE in notifier.kinds, timeout=WAIT_S)
    first_session = window.onair_panel.snapshot.session
    recorder = Recorder(window)
    live = window.live_panel

    # FastPix's API answers 503 for this stream from now on; then the ingest goes down.
    sandbox.api.inject(Fault(status=503, path_prefix=f"/live/streams/{a}", times=None))
    finished_before = rtmp_listener.auth.finished.count(record.stream_key)
    proxy.refusing = True
    proxy.drop()
    wait_running(qloop, lambda: live.headline.text() == "Reconnecting", timeout=WAIT_S)
    wait_running(qloop, lambda: "status unknown" in live.stream_line.text(), timeout=WAIT_S)
    wait_running(
        qloop,
        lambda: rtmp_listener.auth.finished.count(record.stream_key) > finished_before,
        timeout=WAIT_S,
    )
    sandbox_clock.skip(record.reconnect_window + 1)
    app_clock.skip(record.reconnect_window + 1)
    assert live.notice.isHidden()  # nothing seen yet that says the broadcast closed

    proxy.refusing = False
    wait_running(qloop, lambda: live.headline.text() == "Live", timeout=60)
    assert len(sandbox.api.streams[a].sessions) == 2
    wait_running(qloop, lambda: not live.notice.isHidden(), timeout=WAIT_S)
    assert "new broadcast and a new recording" in live.notice.text()
    assert notifier.kinds.count(NotificationKind.NEW_BROADCAST) == 1
    assert "status unknown" in live.stream_line.text()
    status = status_json(window, qloop)
    assert status["session"] == first_session + 1 and "new broadcast" in status["notice"]
    assert status["stream"]["status"] is None  # unknown, not a stale "idle" or "active"

    sandbox.api.clear_faults()  # FastPix answers again
    wait_running(qloop, lambda: "(FastPix: active)" in live.stream_line.text(), timeout=WAIT_S)
    status = status_json(window, qloop)
    assert status["watchdog"]["verdict"] == "healthy"
    assert status["stream"]["status"] == "active"
    assert status["session"] == first_session + 1
    assert banner(window) == "" and NOT_RECEIVING_WORDS not in every_line(window)
    assert window.onair_panel.tray.state is TrayState.LIVE
    assert Verdict.NOT_RECEIVING not in recorder.verdicts
    assert NotificationKind.NOT_RECEIVING not in notifier.kinds
    assert notifier.kinds.count(NotificationKind.NEW_BROADCAST) == 1


# ------------------------------------------------------------------ item 4


@pytest.fixture
def own_obs(
    obs_factory: Callable[..., HeadlessObs], obs_instance: HeadlessObs
) -> Callable[..., HeadlessObs]:
    """A dedicated OBS of this test's generation (killing the shared one would break the
    tests after this one), with the destination a streamer had before using the app."""
    del obs_instance  # the shared OBS is started first, so the session's order stays the same

    def start(**kwargs: Any) -> HeadlessObs:
        kwargs.setdefault("service", USER_SERVICE)
        return obs_factory(**kwargs)

    return start


def test_item4_obs_killed_mid_broadcast_is_said_plainly_and_reread_when_back(
    open_window,
    own_obs: Callable[..., HeadlessObs],
    qloop,
    sandbox,
    notifier: RecordingNotifier,
    no_tracebacks,
) -> None:
    first = own_obs(keep_workdir=True)  # its profile is the one the restarted OBS reads
    controller = RecordingObsController(first.info)
    try:
        window, a = live_on_my_channel(open_window, qloop, sandbox, obs=controller)
        wait_running(qloop, lambda: window.obs_status.text() == "OBS is live", timeout=WAIT_S)
        recorder = Recorder(window)

        first.kill()  # kill -9, mid-broadcast
        wait_running(qloop, lambda: not window.obs.connected, timeout=WAIT_S)
        wait_running(qloop, lambda: window.live_panel.headline.text() == "Not live", timeout=WAIT_S)
        wait_idle(qloop, window)  # nothing hangs
        line = window.obs_status.text()
        assert line.startswith("OBS: not connected (")
        # The loss itself, or (once a reconnect was refused) nothing answering at OBS's
        # address. Which of "OBS does not seem to be running" / "A program named OBS runs"
        # follows depends on other OBS processes on the machine (the shared test OBS runs).
        assert "Is OBS still running?" in line or f"Nothing answers at {first.info.address}" in line
        assert NotificationKind.OBS_LOST in notifier.kinds
        (lost,) = [n for n in notifier.received if n.kind is NotificationKind.OBS_LOST]
        assert lost.urgent and "cannot see OBS" in lost.body
        assert NotificationKind.ENDED not in notifier.kinds  # unknown, not "ended"
        lines = every_line(window)
        assert "is live" not in lines and "stopped streaming" not in lines
        assert window.message().startswith("Lost contact with OBS while on air")
        assert window.details.obs_result_label.text().startswith("Lost contact with OBS")
        assert window.details.retry_obs_button.isHidden()  # it could not reach OBS either
        assert window.onair_panel.tray.state is TrayState.IDLE
        assert "No contact with OBS" in window.onair_panel.tray.icon.toolTip()
        assert window.onair_panel.live_box.isHidden()
        status = status_json(window, qloop)
        assert status["obs"]["connected"] is False and status["obs"]["live"] is False
        assert status["obs"]["outputState"] == "off"
        assert "OBS" in (status["obs"]["error"] or "")
        assert "Traceback" not in (status["obs"]["error"] or "")
        # The supervisor's retries keep failing while OBS is gone; the window keeps answering.
        refused = f"Nothing answers at {first.info.address}"
        wait_running(qloop, lambda: refused in window.obs_status.text(), timeout=WAIT_S)
        assert window.live_panel.headline.text() == "Not live"
        assert "Traceback" not in every_line(window)

        # OBS comes back (its own config, as after a restart): the truth is read again.
        lost_at = len(notifier.received)
        own_obs(config_from=first)
        wait_running(qloop, lambda: window.obs.connected, timeout=WAIT_S)
        wait_running(
            qloop, lambda: window.obs_status.text().startswith("Connected to OBS"), timeout=WAIT_S
        )
        # The next poll reads what the OBS that came back is doing.
        back = "OBS is back; it is not streaming."
        wait_running(qloop, lambda: window.message() == back, timeout=WAIT_S)
        wait_running(qloop, lambda: window.obs_panel.start_button.isVisible(), timeout=WAIT_S)
        assert window.obs_panel.start_button.text() == f"Start streaming to {SHOW}"
        assert window.live_panel.headline.text() == "Not live"
        assert window.onair_panel.snapshot.stream_id == a
        assert window.onair_panel.snapshot.state is OutputState.OFF
        lines = every_line(window)
        assert "is live" not in lines and "not connected" not in lines
        assert "Lost contact" not in lines and "No contact" not in lines
        # Read again from the OBS that came back (its saved profile still has the stream).
        assert "points at this stream" in window.details.obs_result_label.text()
        status = status_json(window, qloop)
        assert status["obs"]["connected"] is True and status["obs"]["outputState"] == "off"
        assert status["stream"]["streamId"] == a
        # OBS is back but not streaming: nothing says "live" or "ended" for it.
        assert [n.kind for n in notifier.received[lost_at:]] == []
        assert recorder.snapshots  # the views were fed throughout
    finally:
        qloop.run_until_complete(controller.close())
