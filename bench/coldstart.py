"""Helpers for timing children from the parent with time.monotonic() (CLOCK_MONOTONIC: one clock
for every process on Linux): their result line, Qt's paint log, interleaved rounds."""

from __future__ import annotations

import json
import re
import subprocess
import threading
import time
from collections.abc import Mapping, Sequence

from common import APP_ROOT, RESULT_MARKER

TIMEOUT_S = 60


def child_result(stdout: str) -> dict:
    for line in stdout.splitlines():
        if line.startswith(RESULT_MARKER):
            return json.loads(line[len(RESULT_MARKER) :])
    raise RuntimeError("the bench child printed no result")


# Hook-free first paint, the same for a frozen build and for source: Qt's own paint log, stamped
# with %{time boot} (QDeadlineTimer's CLOCK_MONOTONIC in ms, the clock time.monotonic() reads).
PAINT_LOG_ENV = {
    "QT_LOGGING_RULES": "qt.widgets.painting=true",
    "QT_MESSAGE_PATTERN": "%{time boot} %{message}",
}
_MAIN_WINDOW_DRAWN = re.compile(r"^\s*(\d+\.\d+) Drawing .* of MainWindow\(")


def time_to_logged_paint(argv: Sequence[str], env: Mapping[str, str]) -> float:
    """Milliseconds from just before spawn to Qt logging that it draws the MainWindow; the
    process is killed then. Resolution 1 ms (the log's), so compare medians only."""
    started = time.monotonic()
    proc = subprocess.Popen(
        argv,
        env={**env, **PAINT_LOG_ENV},
        cwd=APP_ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    watchdog = threading.Timer(TIMEOUT_S, proc.kill)  # a hung app ends the read loop below
    watchdog.start()
    try:
        assert proc.stderr is not None
        for line in proc.stderr:
            drawn = _MAIN_WINDOW_DRAWN.match(line)
            if drawn:
                return (float(drawn.group(1)) - started) * 1000
        raise RuntimeError(f"{argv[0]} exited ({proc.wait()}) before painting its main window")
    finally:
        watchdog.cancel()
        proc.kill()
        proc.wait()


def interleaved(runs: int, measure: Mapping[str, object]) -> dict[str, list]:
    """Call each ``measure[name]()`` once per round, rounds back to back, after one warm-up
    round (byte-code caches, page cache) that is not counted."""
    samples: dict[str, list] = {name: [] for name in measure}
    for round_no in range(runs + 1):
        for name, fn in measure.items():
            value = fn()  # type: ignore[operator]
            if round_no:
                samples[name].append(value)
    return samples
