"""Where a UI stall went: a sampling profiler of the UI thread, standard library only.

With BENCH_STALL_TRACE=FILE, the probe starts a thread that reads the main thread's stack every
0.5 ms (``sys._current_frames``); at the end the samples inside the worst stalls are written to
FILE as "count  frames" lines, outermost first, so a freeze can be pinned to a function. Few
samples in a long stall mean the whole process was off the CPU (a busy machine), which the
CPU figures on each stall's header line confirm.
"""

from __future__ import annotations

import collections
import sys
import threading
import time
from pathlib import Path

INTERVAL_S = 0.0005
DEPTH = 40


class StallTrace:
    def __init__(self) -> None:
        self._main = threading.main_thread().ident
        self._samples: list[tuple[float, tuple[str, ...]]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="bench-stall-trace", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            frame = sys._current_frames().get(self._main)
            stack = []
            while frame is not None and len(stack) < DEPTH:
                code = frame.f_code
                stack.append(f"{Path(code.co_filename).name}:{code.co_name}:{frame.f_lineno}")
                frame = frame.f_back
            self._samples.append((time.monotonic(), tuple(reversed(stack))))
            time.sleep(INTERVAL_S)

    def write(self, path: str, stalls: list[tuple], *, since: float, worst: int = 5) -> None:
        """``stalls``: (gap ms, heartbeat time at the gap's end, process CPU ms, UI-thread CPU
        ms); the ``worst`` longest, placed in ms after ``since`` (the end of the first frame)."""
        self._stop.set()
        lines = []
        for gap_ms, end, process_cpu, ui_cpu in sorted(stalls, reverse=True)[:worst]:
            start = end - gap_ms / 1000
            inside = [stack for at, stack in self._samples if start <= at <= end]
            after = (start - since) * 1000
            lines.append(
                f"== stall {gap_ms:.1f} ms from {after:.0f} ms after the first frame, "
                f"{len(inside)} samples, CPU: process {process_cpu:.1f} ms, "
                f"UI thread {ui_cpu:.1f} ms"
            )
            common = _common_prefix(inside)
            for stack, count in collections.Counter(inside).most_common(12):
                lines.append(f"{count:4d}  {_short(stack[max(0, common - 1) :])}")
        Path(path).write_text("\n".join(lines) + "\n", encoding="utf-8")


def _common_prefix(stacks: list[tuple[str, ...]]) -> int:
    """How many outer frames every sample shares (the launcher, runpy, the event loop)."""
    if not stacks:
        return 0
    shortest = min(len(stack) for stack in stacks)
    for depth in range(shortest):
        if len({stack[depth] for stack in stacks}) > 1:
            return depth
    return shortest


def _short(stack: tuple[str, ...], *, head: int = 10, tail: int = 3) -> str:
    if len(stack) <= head + tail:
        return " > ".join(stack)
    return " > ".join(stack[:head]) + " > ... > " + " > ".join(stack[-tail:])
