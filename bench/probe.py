"""Inside a bench child: time the first complete frame, "usable", clicks and every UI stall.

``install`` gives PySide6.QtWidgets a QApplication subclass that starts a 1 ms heartbeat on the
UI thread and a QMainWindow subclass that watches its own first paint. The frame is complete
when control returns to the event loop after that paint (the whole window painted and flushed).
What the probe reads off the app's window (``obs``, ``busy``, ``createButton``, the Checklist)
is in ``_AppWindow``; nothing else here knows the app. BENCH_UNTIL says when to stop:
``frame``, ``usable`` (OBS connected and credentials checked) or ``flow`` (BENCH_CLICKS clicks).
"""

from __future__ import annotations

import json
import os
import sys
import time

import stamps

MARKER = "BENCH-RESULT "
HEARTBEAT_MS = 1
RECORDED_GAP_MS = 3.0
SETTLE_S = 0.15  # results and QR codes are drawn right after the verify step: part of a click
PAUSE_BEFORE_CLICKS_S = 0.3
PAUSE_BETWEEN_CLICKS_S = 0.1
TIMEOUT_S = 60.0


def _vmhwm_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


class _AppWindow:
    """The few things of fastpix-desktop's MainWindow the bench relies on."""

    def __init__(self, window) -> None:
        self.window = window

    def usable(self) -> bool:
        obs = getattr(self.window, "obs", None)
        return bool(obs is not None and obs.connected and "check_end" in stamps.times)

    def busy(self) -> bool:
        return bool(self.window.busy)

    def click_create(self) -> None:
        from PySide6.QtWidgets import QPushButton

        self.window.findChild(QPushButton, "createButton").click()

    def checklist(self):
        import importlib

        import layout

        checklist = importlib.import_module(layout.module("checklist"))
        return self.window.findChild(checklist.Checklist)


class Probe:
    def __init__(self, widgets, *, until: str, clicks: int) -> None:
        from PySide6.QtCore import Qt, QTimer

        self._until, self._clicks_wanted = until, clicks
        self.window = None
        self.painted: float | None = None
        self.frame_end: float | None = None
        self.usable_at: float | None = None
        self.clicks_ms: list[float] = []
        self.click_stalls_ms: list[float] = []
        # After the first frame, every gap over RECORDED_GAP_MS: (wall ms, at, process CPU ms,
        # UI-thread CPU ms). CPU time tells the app's own work from the OS running others.
        self.gaps: list[tuple[float, float, float, float]] = []
        self._last_beat = time.monotonic()
        self._last_cpu = (time.process_time(), time.thread_time())
        self._click_gap = 0.0
        self._state = self._wait_frame
        self._wake_at = 0.0
        self._clicked = 0.0
        self._verified: float | None = None
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._beat)
        self._timer.start()
        self._deadline = time.monotonic() + TIMEOUT_S
        self._trace = None
        if os.environ.get("BENCH_STALL_TRACE"):
            from stall_trace import StallTrace

            self._trace = StallTrace()

    # ---------------------------------------------------------------- heartbeat

    def _beat(self) -> None:
        now = time.monotonic()
        cpu = (time.process_time(), time.thread_time())
        gap = now - self._last_beat
        spent = ((cpu[0] - self._last_cpu[0]) * 1000, (cpu[1] - self._last_cpu[1]) * 1000)
        self._last_beat, self._last_cpu = now, cpu
        if self.frame_end is not None and now > self.frame_end:
            if gap * 1000 > RECORDED_GAP_MS:
                self.gaps.append((gap * 1000, now, *spent))
            self._click_gap = max(self._click_gap, gap)
        if now > self._deadline:
            self._finish(error=f"timed out in {self._state.__name__}")
        self._state(now)

    def _sleep(self, seconds: float, then) -> None:
        self._wake_at = time.monotonic() + seconds
        self._then = then
        self._state = self._sleeping

    def _sleeping(self, now: float) -> None:
        if now >= self._wake_at:
            self._state = self._then

    # ---------------------------------------------------------------- states

    def _wait_frame(self, now: float) -> None:
        if self.frame_end is None:
            return
        if self._until == "frame":
            self._finish()
        else:
            self._state = self._wait_usable

    def _wait_usable(self, now: float) -> None:
        if not _AppWindow(self.window).usable():
            return
        self.usable_at = max(now, stamps.times["check_end"])
        if self._until == "usable":
            self._finish()
            return
        self.app_window = _AppWindow(self.window)
        checklist = self.app_window.checklist()
        self._show_step = checklist.apply
        checklist.apply = self._step_shown
        self._checklist = checklist
        self._sleep(PAUSE_BEFORE_CLICKS_S, self._click)

    def _click(self, now: float) -> None:
        self._click_gap = 0.0
        self._verified = None
        self.steps: list[list] = []
        self._clicked = time.monotonic()
        self._state = self._wait_verified
        self.app_window.click_create()

    def _step_shown(self, update) -> None:
        import importlib

        import layout

        steps = importlib.import_module(layout.module("golive_steps"))
        StepId, StepState = steps.StepId, steps.StepState

        self._show_step(update)
        self.steps.append(
            [
                round((time.monotonic() - self._clicked) * 1000, 1),
                str(update.step),
                str(update.state),
            ]
        )
        if update.state is StepState.FAILED:
            self._finish(error=f"the flow failed at {update.step}")
        if update.step is StepId.VERIFY and update.state is StepState.DONE:
            self._verified = time.monotonic()

    def _wait_verified(self, now: float) -> None:
        if self._verified is None or self.app_window.busy():
            return
        self._sleep(SETTLE_S, self._clicked_done)

    def _clicked_done(self, now: float) -> None:
        self.clicks_ms.append((self._verified - self._clicked) * 1000)
        self.click_stalls_ms.append(max(0.0, self._click_gap * 1000 - HEARTBEAT_MS))
        if len(self.clicks_ms) >= self._clicks_wanted:
            self._finish()
        else:
            self._sleep(PAUSE_BETWEEN_CLICKS_S, self._click)

    # ---------------------------------------------------------------- frame

    def window_painted(self, window) -> None:
        from PySide6.QtCore import QTimer

        if self.painted is not None:
            return
        self.painted = time.monotonic()
        self.window = window
        # Runs once the event that painted the window (children included) has been handled
        # and its backing store flushed: the end of the first complete frame.
        QTimer.singleShot(0, self._frame_done)

    def _frame_done(self) -> None:
        self.frame_end = time.monotonic()
        self._last_beat = self.frame_end
        self._last_cpu = (time.process_time(), time.thread_time())

    # ---------------------------------------------------------------- result

    def _finish(self, error: str | None = None) -> None:
        self._timer.stop()
        worst = max(self.gaps, default=(HEARTBEAT_MS, 0.0, 0.0, 0.0))
        # The longest stretch the app itself kept the UI from ticking: a gap's wall time, but
        # no more than the CPU time the process used in it (the rest was the OS running others).
        busiest = max((min(g[0], g[2]) for g in self.gaps), default=0.0)
        if self._trace is not None:
            self._trace.write(
                os.environ["BENCH_STALL_TRACE"], self.gaps, since=self.frame_end or 0.0
            )
        result = {
            "error": error,
            "painted": self.painted,
            "frame_end": self.frame_end,
            "usable_at": self.usable_at,
            "size": [self.window.width(), self.window.height()] if self.window else None,
            "clicks_ms": self.clicks_ms,
            "click_stalls_ms": self.click_stalls_ms,
            "last_click_steps": getattr(self, "steps", []),
            # Longest gap between heartbeats from the end of the first frame to now, minus the
            # heartbeat's own period, and when it happened (ms after the first frame).
            "max_stall_ms": max(0.0, worst[0] - HEARTBEAT_MS),
            "max_stall_at_ms": (worst[1] - self.frame_end) * 1000 if self.frame_end else None,
            "max_stall_process_cpu_ms": worst[2],
            "max_stall_ui_cpu_ms": worst[3],
            "max_stall_busy_ms": max(0.0, busiest - HEARTBEAT_MS),
            "vmhwm_kib": _vmhwm_kib(),
            "stamps": dict(stamps.times),
            # Which tree's app ran (bench/compare.py measures two with this bench).
            "app_package": getattr(sys.modules.get("fastpix_desktop"), "__file__", None),
        }
        print(MARKER + json.dumps(result), flush=True)
        os._exit(0 if error is None else 3)


_probe: Probe | None = None


def install(widgets, *, mode: str) -> None:
    """Give ``widgets`` (PySide6.QtWidgets, just imported) the bench's QApplication and
    QMainWindow, before the app reads either name."""
    from PySide6.QtCore import QEvent, QObject

    until = os.environ.get("BENCH_UNTIL", "frame")
    clicks = int(os.environ.get("BENCH_CLICKS", "0"))

    class FirstPaint(QObject):
        def eventFilter(self, watched, event) -> bool:
            if event.type() == QEvent.Type.Paint and _probe is not None:
                _probe.window_painted(watched)
                watched.removeEventFilter(self)
            return False

    first_paint = FirstPaint()

    class BenchApplication(widgets.QApplication):
        def __init__(self, *args, **kwargs) -> None:
            global _probe
            super().__init__(*args, **kwargs)
            _probe = Probe(widgets, until=until, clicks=clicks)

    class BenchMainWindow(widgets.QMainWindow):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            # Only the main window is watched: an application-wide filter would run Python for
            # every event of every widget and slow the app down more than the baseline.
            self.installEventFilter(first_paint)

    widgets.QApplication = BenchApplication
    widgets.QMainWindow = BenchMainWindow
