"""Library benchmark: 1,000 streams behind 100 ms of latency; time to the first rows and to all
rows against their floors measured in the same run, and the longest UI stall while loading
and per keystroke in the search box (goal: one frame, 16 ms).

Floors: first rows = one API round trip (bare httpx on an open connection, GET of one 50-stream
page); all rows = ceil(pages / concurrency) round trips. ``--json`` prints one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import math
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Appended, not first: an app tree on PYTHONPATH (bench/compare.py) is the one measured.
sys.path.append(str(Path(__file__).resolve().parent.parent))

import httpx

from fastpix_desktop.sandbox import (
    DEMO_ACCESS_TOKEN_ID,
    DEMO_SECRET_KEY,
    SandboxApi,
)
from fastpix_desktop.sandbox.state import StreamSpec

GOAL_STALL_MS = 16.0


def _app_module(role: str) -> Any:
    """An app module by what it does, in either layout (bench/layout.py); imported late, as
    the sandbox child imports this file without the bench folder on its path."""
    import importlib

    import layout

    return importlib.import_module(layout.module(role))


HEARTBEAT_MS = 1
QUERY = "stream 0123"


# The sandbox runs in its own process, as FastPix is remote: in this one its threads would
# compete with the UI thread for the GIL and show up as UI stalls that a real account has not.
_SERVE = """
import sys
sys.path.insert(0, {root!r})
from bench.library import seeded_sandbox
from fastpix_desktop.sandbox import start_server_in_thread
with start_server_in_thread(seeded_sandbox({count}, {latency})) as server:
    print(server.url, flush=True)
    sys.stdin.read()
"""


@contextlib.contextmanager
def sandbox_process(count: int, latency_ms: float) -> Iterator[str]:
    root = str(Path(__file__).resolve().parent.parent)
    code = _SERVE.format(root=root, count=count, latency=latency_ms)
    child = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert child.stdout is not None
        url = child.stdout.readline().strip()
        if not url.startswith("http"):
            raise RuntimeError("the sandbox process did not start")
        yield url
    finally:
        assert child.stdin is not None
        child.stdin.close()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


def seeded_sandbox(count: int, latency_ms: float) -> SandboxApi:
    api = SandboxApi(seed=2026, latency_ms=latency_ms)
    games = ("speedrun", "chess", "just chatting", "ライブ", "music")
    for index in range(count):
        name = f"Stream {index:04d} {games[index % len(games)]}"
        api.state.create_stream(StreamSpec(metadata={"livestream_name": name}))
    return api


def round_trip_ms(url: str, runs: int) -> float:
    """Median GET of one 50-stream page on an already open connection."""
    samples = []
    auth = (DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY)
    with httpx.Client(base_url=url + "/", auth=auth, timeout=10) as client:
        client.get("live/streams", params={"limit": 1}).raise_for_status()
        for _ in range(runs):
            start = time.perf_counter()
            client.get("live/streams", params={"limit": 50, "offset": 1}).raise_for_status()
            samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


class GcWatch:
    """The longest cyclic-GC pass while active: a gen-2 pass over the Qt + app heap is the
    largest single stall seen here (20-25 ms), whoever triggers it."""

    def __init__(self) -> None:
        self.longest_ms = 0.0
        self._started = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, _info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.longest_ms = max(self.longest_ms, (time.perf_counter() - self._started) * 1000)


class Heartbeat:
    """A 1 ms timer on the UI thread: the longest gap between two ticks is the worst stall."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(HEARTBEAT_MS)
        self._timer.timeout.connect(self._beat)
        self._last = time.perf_counter()
        self.max_gap = 0.0

    def _beat(self) -> None:
        now = time.perf_counter()
        self.max_gap = max(self.max_gap, now - self._last)
        self._last = now

    def start(self) -> None:
        self._last = time.perf_counter()
        self.max_gap = 0.0
        self._timer.start()

    def stop_ms(self) -> float:
        self._timer.stop()
        return max(0.0, self.max_gap * 1000 - HEARTBEAT_MS)


async def one_load(url: str, view, concurrency: int, heartbeat: Heartbeat) -> dict[str, float]:
    FastPixClient = _app_module("fastpix_client").FastPixClient
    library = _app_module("library_rows")

    async with FastPixClient(
        access_token_id=DEMO_ACCESS_TOKEN_ID, secret_key=DEMO_SECRET_KEY, base_url=url
    ) as fastpix:
        await fastpix.verify_credentials()  # the app warms its connection at start-up
        view.set_rows(())
        heartbeat.start()
        started = time.perf_counter()
        first_at = 0.0

        def first(rows, total) -> None:
            nonlocal first_at
            view.set_rows(rows, total=total)
            first_at = time.perf_counter()

        view.set_loading(True)
        load = await library.load_library(fastpix, concurrency=concurrency, on_first_rows=first)
        view.set_rows(load.rows)
        view.set_loading(False)
        done_at = time.perf_counter()
        await asyncio.sleep(0.05)  # the repaint that follows belongs to the load
        stall = heartbeat.stop_ms()
    if not load.complete:
        raise RuntimeError(f"library load incomplete: {load.error}")
    return {
        "first_rows_ms": (first_at - started) * 1000,
        "all_rows_ms": (done_at - started) * 1000,
        "load_max_stall_ms": stall,
        "rows": float(len(load.rows)),
    }


def keystrokes(widget, line_edit, text: str) -> list[float]:
    """Type ``text`` then delete it, one key at a time; each sample is the key's handling plus
    the repaint it causes."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    samples = []
    keys = [(ch, None) for ch in text] + [("", Qt.Key.Key_Backspace)] * len(text)
    for char, key in keys:
        start, cpu = time.perf_counter(), time.thread_time()
        if key is None:
            QTest.keyClicks(line_edit, char)
        else:
            QTest.keyClick(line_edit, key)
        QApplication.processEvents()  # the table's repaint
        samples.append((time.perf_counter() - start) * 1000)
        KEYSTROKE_CPU_MS.append((time.thread_time() - cpu) * 1000)
    return samples


# The UI thread's own CPU time per keystroke of the last keystrokes() call: on a shared machine
# the wall time also holds other processes' turns on the CPU.
KEYSTROKE_CPU_MS: list[float] = []


def proxy_keystrokes(rows, text: str) -> list[float]:
    """The alternative the library does not use: a QSortFilterProxyModel (sorted, filtering on
    the name column) over the same model, fed the same keystrokes."""
    from PySide6.QtCore import QSortFilterProxyModel, Qt
    from PySide6.QtWidgets import QLineEdit, QTableView, QVBoxLayout, QWidget

    model = _app_module("library_model")
    Column, LibraryTableModel = model.Column, model.LibraryTableModel

    host = QWidget()
    search = QLineEdit(host)
    table = QTableView(host)
    model = LibraryTableModel(host)
    model.set_rows(rows)
    proxy = QSortFilterProxyModel(host)
    proxy.setSourceModel(model)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(Column.NAME)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(Column.CREATED, Qt.SortOrder.DescendingOrder)
    search.textChanged.connect(proxy.setFilterFixedString)
    layout = QVBoxLayout(host)
    layout.addWidget(search)
    layout.addWidget(table)
    host.resize(900, 600)
    host.show()
    samples = keystrokes(host, search, text)
    host.close()
    return samples


def run(args: argparse.Namespace) -> dict[str, object]:
    import qasync
    from PySide6.QtWidgets import QApplication

    DEFAULT_CONCURRENCY = _app_module("library_rows").DEFAULT_CONCURRENCY
    LibraryView = _app_module("library_view").LibraryView
    GuiThreadGarbageCollector = _app_module("gui_gc").GuiThreadGarbageCollector

    concurrency = args.concurrency or DEFAULT_CONCURRENCY
    app = QApplication.instance() or QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    collector = GuiThreadGarbageCollector()  # the collector run_gui installs
    gc_watch = GcWatch()
    pages = math.ceil(args.streams / 50)
    with sandbox_process(args.streams, args.latency_ms) as url:
        rt = round_trip_ms(url, runs=3 if args.quick else 7)
        view = LibraryView()
        view.resize(900, 600)
        view.show()
        heartbeat = Heartbeat()
        loads = [
            loop.run_until_complete(one_load(url, view, concurrency, heartbeat))
            for _ in range(1 if args.quick else args.runs)
        ]
    load_gc_ms = gc_watch.longest_ms
    typed = keystrokes(view, view.search, QUERY)
    typed_cpu = list(KEYSTROKE_CPU_MS)
    proxied = proxy_keystrokes(view.model._all, QUERY)  # the same 1,000 rows
    view.close()
    collector.stop()
    loop.close()
    first_ms = statistics.median(s["first_rows_ms"] for s in loads)
    all_ms = statistics.median(s["all_rows_ms"] for s in loads)
    floor_all = math.ceil(pages / concurrency) * rt
    return {
        "streams": args.streams,
        "latency_ms": args.latency_ms,
        "concurrency": concurrency,
        "pages": pages,
        "loads": len(loads),
        "round_trip_ms": round(rt, 1),
        "library_first_rows_ms": round(first_ms, 1),
        "library_first_rows_floor_ms": round(rt, 1),
        "library_first_rows_ratio": round(first_ms / rt, 3),
        "library_all_rows_ms": round(all_ms, 1),
        "library_all_rows_floor_ms": round(floor_all, 1),
        "library_all_rows_ratio": round(all_ms / floor_all, 3),
        "library_load_max_stall_ms": round(max(s["load_max_stall_ms"] for s in loads), 1),
        "library_load_stalls_ms": [round(s["load_max_stall_ms"], 1) for s in loads],
        "library_load_longest_gc_ms": round(load_gc_ms, 1),
        "library_keystroke_max_ms": round(max(typed), 1),
        "library_keystroke_median_ms": round(statistics.median(typed), 1),
        "library_keystrokes_ms": [round(t, 1) for t in typed],
        "library_keystroke_max_cpu_ms": round(max(typed_cpu), 1),
        "library_keystroke_median_cpu_ms": round(statistics.median(typed_cpu), 1),
        "library_proxy_keystroke_max_ms": round(max(proxied), 1),
        "library_proxy_keystroke_median_ms": round(statistics.median(proxied), 1),
        "goal_stall_ms": GOAL_STALL_MS,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--streams", type=int, default=1000, help="streams in the account")
    parser.add_argument("--latency-ms", type=float, default=100.0, help="API latency")
    parser.add_argument("--concurrency", type=int, default=0, help="pages in flight (0: app's)")
    parser.add_argument("--runs", type=int, default=5, help="library loads (median reported)")
    parser.add_argument("--quick", action="store_true", help="one load, fewer floor samples")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)
    result = run(args)
    if args.json:
        print(json.dumps(result))
    else:
        width = max(len(k) for k in result)
        for key, value in result.items():
            print(f"{key:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
