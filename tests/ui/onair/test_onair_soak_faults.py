"""An hour on air in the real window with faults injected (issue 28): FastPix answering 503,
429, timing out, slow or with malformed JSON; OBS's connection dropping, a wrong password, OBS
killed and restarted; the keyring locked and unlocked; garbage and silent clients on the remote
control; the instance file truncated and planted as a link. After every simulated second the
one-truth check of test_onair_soak holds, and over the hour what a user would notice holds too:
the window never stalls (measured on its event loop), each line says the truth while the fault
lasts and clears when it clears, no traceback and no secret reaches the screen or the log,
and the loop's tasks and the heap do not grow."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import logging
import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtWidgets import QLabel

from fastpix_desktop.core.blocking import run_blocking
from fastpix_desktop.core.errors import ObsAuthError, ObsDisconnectedError, ObsNotRunningError
from fastpix_desktop.core.models import ObsServiceSettings
from fastpix_desktop.core.obs import ConnectionChanged
from fastpix_desktop.core.obs.output_state import OutputState
from fastpix_desktop.core.onair import remote
from fastpix_desktop.core.onair.notify import NotificationKind, RecordingNotifier
from fastpix_desktop.core.onair.remote import RemoteRequest
from fastpix_desktop.sandbox import DEMO_SECRET_KEY, Fault
from fastpix_desktop.sandbox.state import StreamSpec
from fastpix_desktop.ui.onair.panel import OnAirOptions
from fastpix_desktop.ui.widgets.text_fit import plain
from tests.core.failing_keyrings import LockedKeyring
from tests.onair.fakes import FakeClock
from tests.ui.conftest import wait_running
from tests.ui.onair.soak_life import WINDOW_S, Life, SendingObs

# The longest the window's event loop may go without running a ready callback. A freeze the
# issue saw lasted 9 s; a loaded CI machine pauses for well under this.
STALL_BOUND_S = 0.5
OBS_PASSWORD = "obs-soak-password-7f3a"
YOUTUBE = ObsServiceSettings(
    "rtmp_common",
    {"service": "YouTube - RTMPS", "server": "auto", "key": "yt-soak-own-key-2b9c"},
)
TRACEBACK_WORDS = ("Traceback", "Error(", "TypeError", "KeyError", "RecursionError", "(most recent")


@pytest.fixture
def obs() -> SendingObs:
    return SendingObs()


class Heartbeat:
    """The window's event loop, watched from inside: a task that wakes every 5 ms and records
    the longest gap between two wake-ups. Only gaps inside one run of the loop count (the test
    stops the loop between simulated seconds; that is the test's time, not the window's)."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop
        self.epoch = 0
        self.longest = 0.0
        self.where = ""
        self.label = ""
        self._task: asyncio.Task[None] | None = None
        self._real_run = loop.run_until_complete

    def start(self) -> None:
        def run_until_complete(future):  # every run of the loop is a new epoch
            self.epoch += 1
            return self._real_run(future)

        self.loop.run_until_complete = run_until_complete  # type: ignore[method-assign]
        self._task = self.loop.create_task(self._beat())

    async def _beat(self) -> None:
        while True:
            epoch, before = self.epoch, time.perf_counter()
            await asyncio.sleep(0.005)
            gap = time.perf_counter() - before
            if epoch == self.epoch and gap > self.longest:
                self.longest, self.where = gap, self.label

    def stop(self) -> None:
        self.loop.run_until_complete = self._real_run  # type: ignore[method-assign]
        if self._task is not None:
            self._task.cancel()


class FaultyLife(Life):
    """Life, plus the faults and what a user would see of them."""

    def __init__(self, *args, state_dir: Path, beat: Heartbeat, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.state_dir = state_dir
        self.beat = beat
        self.tasks: list[int] = []

    # ---- what the user sees
    def visible_texts(self) -> list[str]:
        window = self.window
        texts = [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
        texts.append(window.statusBar().currentMessage())
        texts.append(window.onair_panel.tray.icon.toolTip())
        return texts

    def no_traceback_on_screen(self) -> None:
        for text in self.visible_texts():
            for word in TRACEBACK_WORDS:
                assert word not in text, text

    def stream_line(self) -> str:
        return plain(self.window.live_panel.stream_line.text())

    def obs_line(self) -> str:
        return self.window.obs_status.text()

    # ---- OBS
    def obs_drops(self, error, *, still_sending: bool) -> None:
        """OBS's WebSocket goes away (OBS may still be sending: a dropped connection)."""
        obs = self.obs
        for request in ("get_stream_status", "get_service", "get_current_profile"):
            obs.fail_on[request] = ObsDisconnectedError()
        if not still_sending:
            obs.live = obs.reconnecting = False
            self.dropped_at = self.clock.now
        obs.connected, obs.last_error = False, error
        obs.emit(ConnectionChanged(False, None, error))

    def obs_back(self) -> None:
        """The controller's supervisor reconnects (the fake's connect, as the real one's)."""
        self.obs.fail_on.clear()
        self.obs.connect_error = None
        self.qloop.run_until_complete(self.obs.connect())

    def deck_over_socket(self, command: str = "status", timeout: float = 10.0):
        """A stream deck's command through the real remote control (a thread, as a second
        process would); the loop keeps running meanwhile so the window can answer."""
        # A daemon thread, as the app's own blocking calls (core/blocking.py: not qasync's
        # QThread pool).
        return self.qloop.run_until_complete(
            run_blocking(
                lambda: remote.send_command(
                    RemoteRequest(command, {}), directory=self.state_dir, timeout=timeout
                )
            )
        )


@contextlib.contextmanager
def garbage_and_silent_clients(info: dict, count: int = 12) -> Iterator[list[socket.socket]]:
    """Clients that send garbage (not JSON, a wrong token, a line too long, bytes that are not
    UTF-8) and clients that connect and say nothing, all at once."""
    held: list[socket.socket] = []

    def connect() -> socket.socket:
        if info["transport"] == "unix":
            conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            conn.connect(info["path"])
        else:
            conn = socket.create_connection(("127.0.0.1", info["port"]), timeout=5)
        return conn

    garbage = [
        b"\x00\xff\xfe not json at all\n",
        b'{"token": "wrong", "command": "end", "args": {}}\n',
        b'{"token": "\xc3\xa9\xc3\xa9", "command": "go-live"}\n',
        b"[" * 70_000 + b"\n",
        b"{" + b" " * (remote.MAX_LINE + 10),
    ]

    def send_garbage() -> None:
        for payload in garbage:
            with contextlib.suppress(OSError), connect() as conn:
                conn.settimeout(5)
                with contextlib.suppress(OSError):
                    conn.sendall(payload)
                with contextlib.suppress(OSError):
                    conn.recv(4096)

    senders = [threading.Thread(target=send_garbage, daemon=True) for _ in range(3)]
    for thread in senders:
        thread.start()
    for _ in range(count):
        with contextlib.suppress(OSError):
            held.append(connect())  # silent: never sends a line
    try:
        yield held
    finally:
        for thread in senders:
            thread.join(timeout=15)
        for conn in held:
            conn.close()


def secrets_of(sandbox, show: str, token: str) -> list[str]:
    record = sandbox.streams[show]
    found = [DEMO_SECRET_KEY, OBS_PASSWORD, token, YOUTUBE.settings["key"]]
    found += [v for v in (record.stream_key, getattr(record, "srt_secret", None)) if v]
    return found


class LogWatch(logging.Handler):
    """Every log record of the hour, checked as it is written (kept records would themselves
    grow the heap the test watches): no secret in it, and no traceback."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.secrets: list[str] = []
        self.leaks: list[str] = []
        self.tracebacks: list[str] = []
        self.records = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.records += 1
        text = record.getMessage()
        if record.exc_info:
            self.tracebacks.append(f"{record.name}: {text}")
            text += logging.Formatter().formatException(record.exc_info)
        for secret in self.secrets:
            if secret in text:
                self.leaks.append(f"{record.name}: {secret[:4]}…")


@contextlib.contextmanager
def watching_the_log() -> Iterator[LogWatch]:
    watch, root = LogWatch(), logging.getLogger()
    previous = root.level
    # pytest's own capture keeps every record for its report: an hour of them is the test's
    # growth, not the window's, so it steps aside while LogWatch reads each record.
    kept = [h for h in root.handlers if type(h).__module__.startswith("_pytest")]
    for handler in kept:
        root.removeHandler(handler)
    root.addHandler(watch)
    root.setLevel(logging.DEBUG)
    try:
        yield watch
    finally:
        root.removeHandler(watch)
        root.setLevel(previous)
        for handler in kept:
            root.addHandler(handler)


def heap_objects() -> int:
    """Objects on the heap, after a collection. Cancelled timer handles are left out: qasync
    keeps one until its timer would have fired (a 30 s deadline's, cancelled when the answer
    came), and this test runs the loop only about a minute in all, so they pile up here while
    the app, whose loop runs all the time, lets each go when its delay has passed."""
    gc.collect()
    objects = gc.get_objects()
    pending = sum(1 for o in objects if isinstance(o, asyncio.Handle) and o.cancelled())
    return len(objects) - 2 * pending  # each with its contextvars.Context


def test_an_hour_on_air_with_faults(
    make_window, stored_credentials, memory_keyring, qloop, sandbox, obs, tmp_path
):
    with watching_the_log() as log_watch:
        hour_with_faults(make_window, memory_keyring, qloop, sandbox, obs, tmp_path, log_watch)


def hour_with_faults(make_window, memory_keyring, qloop, sandbox, obs, tmp_path, log_watch):
    clock, notifier = FakeClock(), RecordingNotifier()
    show = sandbox.state.create_stream(
        StreamSpec(metadata={"livestream_name": "Soak show"}, reconnect_window=WINDOW_S)
    ).stream_id
    other = sandbox.state.create_stream(StreamSpec(metadata={"livestream_name": "Other"})).stream_id
    obs.info = type(obs.info)(password=OBS_PASSWORD)
    window = make_window(
        onair=OnAirOptions(notifier=notifier, clock=clock, channel=lambda: show, poll_s=3600)
    )
    state_dir = tmp_path / "state"
    assert window.onair_panel.start_remote(state_dir)
    info = json.loads((state_dir / remote.INFO_NAME).read_text())
    log_watch.secrets = secrets_of(sandbox, show, info["token"])
    beat = Heartbeat(qloop)
    beat.start()
    life = FaultyLife(window, qloop, sandbox, obs, clock, state_dir=state_dir, beat=beat)
    library = window.library_panel
    library.start_refresh()
    wait_running(qloop, lambda: library.view.model.total == 2 and not window.busy)

    assert life.deck("go-live").exit_code == 0  # type: ignore[attr-defined]
    life.second(show, 30)
    assert "(FastPix: active)" in life.stream_line()

    def fastpix_fault(name: str, fault: Fault, seconds: int) -> None:
        """FastPix fails for ``seconds``: the stream's status is unknown, said so, and never
        blamed on the broadcast; back to "active" within one poll after it clears."""
        beat.label = name
        sandbox.inject(fault)
        life.second(show, seconds)
        line = life.stream_line()
        assert "status unknown" in line, (name, line)
        assert obs.live and window.onair_panel.banner.isHidden(), name
        assert window.onair_panel.state is OutputState.LIVE
        sandbox.clear_faults()
        life.second(show, 6)
        assert "(FastPix: active)" in life.stream_line(), name
        life.no_traceback_on_screen()

    def until(condition: Callable[[], bool], seconds: int = 10) -> None:
        for _ in range(seconds):
            if condition():
                return
            life.second(show)
        assert condition()

    path = "/live/streams/"
    objects_at: dict[int, int] = {}
    minute = 0
    while clock.now < 1000.0 + 3600:
        minute += 1
        beat.label = f"minute {minute}"
        library.view.select(other if minute % 2 else show)
        if minute == 2:
            fastpix_fault("503", Fault(status=503, path_prefix=path, times=None), 20)
        elif minute == 4:
            fastpix_fault("timeouts", Fault(timeout=True, path_prefix=path, times=None), 20)
        elif minute == 6:
            fastpix_fault(
                "malformed JSON",
                Fault(status=200, raw=b'{"data": {"streamId": ', path_prefix=path, times=None),
                20,
            )
        elif minute == 8:
            # A 429 asking to wait a second, twice (the client waits, off the window's loop).
            sandbox.inject(Fault(status=429, retry_after=1, path_prefix=path, times=2))
            life.second(show, 6)
            assert "(FastPix: active)" in life.stream_line()
            # Slow answers (2 s each, under the client's read timeout): the window waits on
            # them, never stalls for them.
            sandbox.inject(Fault(delay_s=2.0, path_prefix=path, times=2))
            life.second(show, 11)
            sandbox.clear_faults()
        elif minute == 10:
            beat.label = "OBS connection dropped"
            life.obs_drops(ObsDisconnectedError(), still_sending=True)
            life.second(show, 3)
            assert life.obs_line().startswith("OBS: not connected"), life.obs_line()
            assert "is live" not in window.details.obs_result_label.text()
            life.obs_back()
            until(lambda: window.onair_panel.state is OutputState.LIVE)
            assert life.obs_line() == "OBS is live"
            assert window.onair_panel.monitor.snapshot().stream_id == show
        elif minute == 13:
            beat.label = "wrong OBS password"
            life.obs_drops(ObsAuthError(), still_sending=True)
            obs.connect_error = ObsAuthError()
            with contextlib.suppress(ObsAuthError):
                qloop.run_until_complete(obs.connect())  # the supervisor's retry, refused
            life.second(show, 3)
            assert "password" in life.obs_line(), life.obs_line()
            life.obs_back()  # the streamer typed the right one
            until(lambda: life.obs_line() == "OBS is live")
        elif minute == 16:
            beat.label = "OBS killed"
            session = window.onair_panel.monitor.session
            life.obs_drops(ObsNotRunningError(), still_sending=False)
            life.second(show, 3)
            assert life.obs_line().startswith("OBS: not connected (OBS is not running"), (
                life.obs_line()
            )
            assert window.live_panel.headline.text() == "Not live"
            assert window.message().startswith("Lost contact with OBS while on air")
            life.second(show, WINDOW_S + 30)  # FastPix closes the broadcast meanwhile
            obs.fail_on.clear()
            life.obs_back()  # OBS started again, not streaming
            life.second(show, 2)
            assert life.obs_line().startswith("Connected to OBS"), life.obs_line()
            assert window.message() == "OBS is back; it is not streaming."
            reply = life.deck("go-live")
            assert reply.exit_code == 0, reply.text  # type: ignore[attr-defined]
            life.dropped_at = None
            life.second(show, 10)
            assert obs.live and window.onair_panel.monitor.session > session
            assert "(FastPix: active)" in life.stream_line()
        elif minute == 21:
            beat.label = "keyring locked"
            assert life.deck("end").exit_code == 0  # type: ignore[attr-defined]
            life.second(show, 2)
            obs.service = YOUTUBE  # the streamer switched OBS to YouTube by hand
            window.onair_panel.monitor.refresh_destination()
            keyring.set_keyring(LockedKeyring())
            life.second(show, 6)
            # Set by hand since the app's change: a deck is refused unless it says --force.
            assert life.deck("go-live").exit_code == 10  # type: ignore[attr-defined]
            reply = life.deck("go-live", force=True)
            # OBS's own destination cannot be saved: OBS is left alone, in plain words.
            assert reply.exit_code == 9, reply.text  # type: ignore[attr-defined]
            assert "locked" in reply.text  # type: ignore[attr-defined]
            assert obs.service == YOUTUBE and not obs.live
            life.second(show, 2)
            assert window.keyring_banner.isVisible() and "locked" in window.keyring_banner.text()
            life.no_traceback_on_screen()
            keyring.set_keyring(memory_keyring)  # unlocked again
            reply = life.deck("go-live", force=True)
            assert reply.exit_code == 0, reply.text  # type: ignore[attr-defined]
            life.second(show, 5)
            assert obs.live and not window.keyring_banner.isVisible()
        elif minute == 25:
            beat.label = "garbage on the remote control"
            with garbage_and_silent_clients(info):
                life.second(show, 2)
                reply = life.deck_over_socket("status")
                assert reply is not None and reply.exit_code == 0, reply
                life.second(show, 3)
            reply = life.deck_over_socket("status")
            assert reply is not None and reply.exit_code == 0
            assert reply.json["obs"]["outputState"] == "live"
        elif minute == 28:
            beat.label = "instance file truncated"
            instance = state_dir / remote.INFO_NAME
            whole = instance.read_bytes()
            instance.write_bytes(whole[: len(whole) // 2])
            reply = life.deck_over_socket("status", timeout=5)
            assert reply is not None and reply.exit_code != 0
            assert "could not be reached" in reply.text and "Traceback" not in reply.text
            life.second(show, 2)
            planted = tmp_path / "planted.json"
            planted.write_bytes(whole)
            instance.unlink()
            instance.symlink_to(planted)
            reply = life.deck_over_socket("status", timeout=5)
            assert reply is not None and reply.exit_code != 0, reply
            assert "Traceback" not in reply.text
            instance.unlink()
            instance.write_bytes(whole)  # the fault clears
            os.chmod(instance, 0o600)
            reply = life.deck_over_socket("status")
            assert reply is not None and reply.exit_code == 0
        elif minute == 40:
            beat.label = "a short drop"
            life.drop()
            life.second(show, 20)
            life.back()
        if minute in (12, 58):
            objects_at[minute] = heap_objects()
        life.tasks.append(len(asyncio.all_tasks(qloop)))
        life.no_traceback_on_screen()
        life.second(show, int(60 - (clock.now - 1000.0) % 60) or 60)

    beat.stop()
    assert life.checks >= 3600
    # The window never stalled, whatever failed.
    assert beat.longest < STALL_BOUND_S, (beat.longest, beat.where)
    # Tasks and the heap: no growth from a fault's leftovers.
    assert max(life.tasks[-20:]) <= max(life.tasks[:15]) + 2, life.tasks
    growth = objects_at[58] - objects_at[12]
    assert growth < 0.02 * objects_at[12], (objects_at, growth)
    # Nothing said twice, nothing blamed on the stream that was not its fault.
    assert NotificationKind.STREAM_GONE not in notifier.kinds
    assert NotificationKind.NOT_RECEIVING not in notifier.kinds
    # No secret in the log, and no traceback in it from the faults.
    assert log_watch.records > 1000
    assert log_watch.leaks == []
    assert log_watch.tracebacks == []


def test_the_heartbeat_sees_a_blocked_loop_and_not_the_test_between_runs(qloop):
    """The stall bound above means something: a callback that blocks the loop is measured,
    the test's own time between two runs of the loop is not."""
    beat = Heartbeat(qloop)
    beat.start()
    try:
        qloop.run_until_complete(asyncio.sleep(0.05))
        time.sleep(0.3)  # the test's time, the loop stopped
        qloop.run_until_complete(asyncio.sleep(0.05))
        assert beat.longest < 0.25, beat.longest

        async def blocks() -> None:
            await asyncio.sleep(0.02)
            time.sleep(0.6)  # a UI-thread stall, inside a running loop
            await asyncio.sleep(0.05)

        qloop.run_until_complete(blocks())
        assert beat.longest >= 0.55, beat.longest
    finally:
        beat.stop()
