"""Bench child: the real main window, built as run_gui builds it, clicked N times.

For each click on ``createButton`` it measures the time until the checklist's verify step is
done and the longest main-loop stall (a 1 ms heartbeat QTimer); at the end it prints those
and the process's peak RSS as one JSON line after BENCH-RESULT.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

import keyring
import qasync
from common import RESULT_MARKER, vmhwm_kib
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QPushButton

from fastpix_desktop.core import secrets as secret_names
from fastpix_desktop.core.golive import StepId, StepState, StepUpdate
from fastpix_desktop.core.redact import install_log_redaction
from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY
from fastpix_desktop.ui import app as ui_app
from fastpix_desktop.ui.checklist import Checklist
from fastpix_desktop.ui.settings import AppSettings

HEARTBEAT_MS = 1
# Results (details, QR codes) are rendered right after the verify step: part of the flow.
SETTLE_S = 0.15
PAUSE_BETWEEN_CLICKS_S = 0.1
FLOW_TIMEOUT_S = 20.0
# BENCH_PROFILE_CLICKS=out.txt: a pyinstrument profile of every click but the first (README).
PROFILE_PATH = os.environ.get("BENCH_PROFILE_CLICKS")


def start_profile():
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.0002, async_mode="disabled")
    profiler.start()
    return profiler


def write_profile(profiler) -> None:
    profiler.stop()
    text = profiler.output_text(unicode=True, show_all=True)
    Path(PROFILE_PATH).write_text(text, encoding="utf-8")


class Heartbeat:
    """A 1 ms timer on the UI thread; the longest gap between two ticks is the worst stall.

    Each tick also calls ``on_tick``, so a checklist that renders late is still noticed.
    """

    def __init__(self, on_tick: Callable[[], None]) -> None:
        self._on_tick = on_tick
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._beat)
        self._last = time.perf_counter()
        self._max_gap = 0.0

    def _beat(self) -> None:
        now = time.perf_counter()
        self._max_gap = max(self._max_gap, now - self._last)
        self._last = now
        self._on_tick()

    def start(self) -> None:
        self._timer.start()

    def reset(self) -> None:
        self._last = time.perf_counter()
        self._max_gap = 0.0

    def stall_ms(self) -> float:
        return max(0.0, self._max_gap * 1000 - HEARTBEAT_MS)


class VerifyWatch:
    """Stops the clock when the checklist *shows* the verify step done, and keeps the click's
    step timeline; hooks the window's Checklist.apply, through which golive reports."""

    def __init__(self, checklist: Checklist) -> None:
        self._checklist = checklist
        self._show_step = checklist.apply
        checklist.apply = self._apply
        self.clicked = 0.0
        self.verified_at: float | None = None
        self.finished = asyncio.Event()
        self.timeline: list[tuple[float, str, str]] = []

    def start(self) -> None:
        self.verified_at = None
        self.finished.clear()
        self.timeline.clear()
        self.clicked = time.perf_counter()

    def check(self) -> None:
        if self.verified_at is None and self._checklist.state(StepId.VERIFY) is StepState.DONE:
            self.verified_at = time.perf_counter()

    def _apply(self, update: StepUpdate) -> None:
        self.timeline.append((time.perf_counter(), str(update.step), str(update.state)))
        self._show_step(update)
        self.check()
        if update.step is StepId.VERIFY or update.state is StepState.FAILED:
            self.finished.set()

    def steps(self) -> list[list]:
        return [[round((at - self.clicked) * 1000, 1), s, st] for at, s, st in self.timeline]


async def wait_until(condition: Callable[[], bool], *, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit(f"bench: timed out waiting for {what}")
        await asyncio.sleep(0.01)


def store_credentials(obs_password: str) -> None:
    """What a set-up user has in the keyring (the bench's in-memory backend)."""
    keyring.set_password(secret_names.SERVICE, secret_names.FASTPIX_TOKEN_ID, DEMO_ACCESS_TOKEN_ID)
    keyring.set_password(secret_names.SERVICE, secret_names.FASTPIX_SECRET_KEY, DEMO_SECRET_KEY)
    keyring.set_password(secret_names.SERVICE, secret_names.OBS_PASSWORD, obs_password)


async def measure(args: argparse.Namespace) -> dict:
    qsettings = QSettings(str(Path(args.home) / "settings.ini"), QSettings.Format.IniFormat)
    AppSettings(qsettings).set_obs_address(args.obs_host, args.obs_port)
    services = await ui_app.build_services(demo=False, api_url=args.api_url, qsettings=qsettings)
    if args.fake_obs:
        from tests.doubles.obs import FakeObsController

        services.obs = FakeObsController(services.obs.info)
    window = ui_app.build_window(services, demo=False)
    window.show()
    await window.start()  # loads the credentials and opens the OBS connection, as at start-up
    button = window.findChild(QPushButton, "createButton")
    checklist = window.findChild(Checklist)
    await wait_until(lambda: window.obs.connected, timeout=30, what="the OBS connection")
    await asyncio.sleep(0.2)  # let the window take in "OBS connected" as a user would see it

    watch = VerifyWatch(checklist)
    heartbeat = Heartbeat(on_tick=watch.check)
    heartbeat.start()
    clicks_ms: list[float] = []
    stalls_ms: list[float] = []
    profiler = None
    for click_no in range(args.clicks):
        if click_no == 1 and PROFILE_PATH:
            profiler = start_profile()
        await asyncio.sleep(PAUSE_BETWEEN_CLICKS_S)
        heartbeat.reset()
        watch.start()
        button.click()
        await asyncio.wait_for(watch.finished.wait(), FLOW_TIMEOUT_S)
        await wait_until(lambda: not window.busy, timeout=FLOW_TIMEOUT_S, what="the flow's end")
        await asyncio.sleep(SETTLE_S)
        if watch.verified_at is None:
            raise SystemExit(f"bench: the flow did not verify OBS: {window.message()!r}")
        clicks_ms.append((watch.verified_at - watch.clicked) * 1000)
        stalls_ms.append(heartbeat.stall_ms())
    if profiler is not None:
        write_profile(profiler)
    result = {
        "clicks_ms": clicks_ms,
        "stalls_ms": stalls_ms,
        "vmhwm_kib": vmhwm_kib(),
        "last_click_steps": watch.steps(),
    }
    window.close()
    await ui_app.close_services(window, services)
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--api-url", required=True)
    parser.add_argument("--obs", required=True, help="HOST:PORT, or 'fake'")
    parser.add_argument("--clicks", type=int, default=5)
    parser.add_argument("--home", required=True)
    args = parser.parse_args()
    args.fake_obs = args.obs == "fake"
    host, _, port = ("127.0.0.1:4455" if args.fake_obs else args.obs).rpartition(":")
    args.obs_host, args.obs_port = host, int(port)
    store_credentials(os.environ.get("BENCH_OBS_PASSWORD", ""))

    install_log_redaction()  # as run_gui does
    app = ui_app.application()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        result = loop.run_until_complete(measure(args))
    print(RESULT_MARKER + json.dumps(result), flush=True)


if __name__ == "__main__":
    sys.exit(main())
