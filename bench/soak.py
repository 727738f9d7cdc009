"""Soak: memory growth per create + restore cycle of the go-live use cases, in one long-lived loop.

    python bench/soak.py [--window] [--cycles 300] [--warmup 120] [--top 8] [--json]

Runs the real use cases (a go-live pipeline create, restore_previous) against the in-process
FastPix sandbox (MockTransport), an in-memory keyring and a fake OBS, as a window would over a long
session, and reports traced Python memory before and after, the growth per cycle and, with
--top, the source lines whose allocations grew most. Each stream is deleted again, so the
sandbox's own records do not count as growth. ``--window`` clicks Create and Restore in a real
MainWindow (offscreen Qt) instead. Prints one JSON object with --json; the key to track is
``growth_bytes_per_cycle``.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import sys
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# Appended, not first: an app tree on PYTHONPATH (bench/compare.py) is the one measured.
sys.path.append(str(Path(__file__).resolve().parent.parent))
# bench/ itself, for `layout`, also when this file is loaded by a test rather than run.
sys.path.append(str(Path(__file__).resolve().parent))

import importlib

import keyring
import layout

from fastpix_desktop.core.models import Protocol, StreamSettings
from fastpix_desktop.core.secrets import SecretStore
from fastpix_desktop.sandbox import (
    DEMO_ACCESS_TOKEN_ID,
    DEMO_SECRET_KEY,
    SandboxApi,
    SandboxTransport,
)
from tests.doubles import FakeObs, InMemoryKeyring, sandbox_client

# Both layouts (bench/layout.py): the go-live pipeline of issue 21, or before it the
# create_and_configure use case of the flat core/golive.py.
FastPixClient = importlib.import_module(layout.module("fastpix_client")).FastPixClient
golive = importlib.import_module(layout.module("golive_use_cases"))


async def _create(fastpix: FastPixClient, obs: FakeObs, store: SecretStore, n: int) -> Any:
    protocol = Protocol.SRT if n % 2 else Protocol.RTMPS
    settings = StreamSettings(name=f"soak {n}")
    if layout.name() == "flat":
        return await golive.create_and_configure(
            fastpix=fastpix,
            obs=obs,
            secrets=store,
            settings=settings,
            protocol=protocol,
            on_progress=lambda update: None,
        )
    from fastpix_desktop.core.fastpix.ingest import IngestHosts
    from fastpix_desktop.core.golive import GoLive, GoLiveOptions, GoLiveRequest

    pipeline = GoLive(
        fastpix=fastpix, obs=obs, secrets=store, hosts=IngestHosts(), options=GoLiveOptions()
    )
    return await pipeline.run(
        GoLiveRequest.create(settings, protocol), on_progress=lambda update: None
    )


async def _cycle(n: int, fastpix: FastPixClient, obs: FakeObs, store: SecretStore) -> None:
    result = await _create(fastpix, obs, store, n)
    if not result.obs_configured:
        raise RuntimeError(f"cycle {n}: OBS was not configured: {result.obs_error}")
    await golive.restore_previous(obs=obs, secrets=store)
    await fastpix.delete_stream(result.stream.stream_id)


def _traced() -> int:
    gc.collect()
    return tracemalloc.get_traced_memory()[0]


def _rss_kib() -> int:
    """Resident set size now (VmRSS), in KiB; 0 where /proc is missing."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _type_counts() -> dict[str, int]:
    counts: dict[str, int] = {}
    for obj in gc.get_objects():
        name = type(obj).__qualname__
        counts[name] = counts.get(name, 0) + 1
    return counts


def _type_growth(before: dict[str, int], top: int) -> list[dict[str, Any]]:
    after = _type_counts()
    grown = sorted(
        ((name, after[name] - before.get(name, 0)) for name in after),
        key=lambda item: -item[1],
    )
    return [{"type": name, "count": n} for name, n in grown[:top] if n > 0]


@dataclass(frozen=True)
class _Measurement:
    """Memory, objects and time as the measured cycles begin (after the warm-up); ``report``
    takes them again once the cycles are done and gives the result both soaks print."""

    top: int
    rss_kib: int
    traced: int
    types: dict[str, int]
    snapshot: tracemalloc.Snapshot | None
    started: float

    @classmethod
    def start(cls, top: int) -> _Measurement:
        rss_kib = _rss_kib()
        traced = _traced()
        types = _type_counts()
        snapshot = tracemalloc.take_snapshot() if top and tracemalloc.is_tracing() else None
        return cls(top, rss_kib, traced, types, snapshot, time.perf_counter())

    def report(self, mode: str, *, cycles: int, warmup: int) -> dict[str, Any]:
        elapsed = time.perf_counter() - self.started
        after = _traced()
        rss_after = _rss_kib()
        types = _type_growth(self.types, self.top)
        growth: list[dict[str, Any]] = []
        if self.snapshot is not None:
            diff = tracemalloc.take_snapshot().compare_to(self.snapshot, "lineno")
            growth = [
                {"where": str(stat.traceback[0]), "bytes": stat.size_diff}
                for stat in diff[: self.top]
                if stat.size_diff > 0
            ]
        return {
            "mode": mode,
            "cycles": cycles,
            "warmup_cycles": warmup,
            "traced_bytes_before": self.traced,
            "traced_bytes_after": after,
            "growth_bytes_per_cycle": round((after - self.traced) / cycles, 1),
            "rss_kib_growth_per_cycle": round((rss_after - self.rss_kib) / cycles, 2),
            "seconds_per_cycle": round(elapsed / cycles, 4),
            "largest_growth": growth,
            "object_growth": types,
        }


async def soak(cycles: int, warmup: int, top: int) -> dict[str, Any]:
    # The read-back pause guards against a rival push; it only makes a soak slow.
    golive.VERIFY_SETTLE_S = 0.0
    previous_keyring = keyring.get_keyring()
    keyring.set_keyring(InMemoryKeyring())
    store = SecretStore()
    obs = FakeObs()
    api = SandboxApi()
    try:
        async with sandbox_client(SandboxTransport(api)) as fastpix:
            for n in range(warmup):
                await _cycle(n, fastpix, obs, store)
            measured = _Measurement.start(top)
            for n in range(warmup, warmup + cycles):
                await _cycle(n, fastpix, obs, store)
            result = measured.report("core", cycles=cycles, warmup=warmup)
    finally:
        store.close()
        keyring.set_keyring(previous_keyring)
    return result


def window_soak(cycles: int, warmup: int, top: int) -> dict[str, Any]:
    """The same cycles through a MainWindow's Create and Restore buttons (offscreen Qt)."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import tempfile

    from PySide6.QtCore import QEvent, QSettings
    from PySide6.QtWidgets import QApplication

    from fastpix_desktop.core import secrets as secret_names
    from fastpix_desktop.ui.settings import AppSettings

    MainWindow = importlib.import_module(layout.module("main_window")).MainWindow
    from tests.doubles.obs import FakeObsController

    app = QApplication.instance() or QApplication([])
    import qasync

    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    golive.VERIFY_SETTLE_S = 0.0
    previous_keyring = keyring.get_keyring()
    memory = InMemoryKeyring()
    memory.set_password(secret_names.SERVICE, secret_names.FASTPIX_TOKEN_ID, DEMO_ACCESS_TOKEN_ID)
    memory.set_password(secret_names.SERVICE, secret_names.FASTPIX_SECRET_KEY, DEMO_SECRET_KEY)
    keyring.set_keyring(memory)
    folder = tempfile.TemporaryDirectory()
    settings = AppSettings(QSettings(f"{folder.name}/settings.ini", QSettings.Format.IniFormat))
    store = SecretStore()
    api = SandboxApi()
    fastpix = sandbox_client(SandboxTransport(api))
    obs = FakeObsController()
    window = MainWindow.with_panels(fastpix=fastpix, obs=obs, secrets=store, settings=settings)  # type: ignore[arg-type]
    window.show()

    def settle() -> None:
        for _ in range(3):
            loop.run_until_complete(asyncio.sleep(0.005))
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()

    def one(n: int) -> None:
        task = window.start_create()
        if task is None:
            raise RuntimeError(f"cycle {n}: the window was busy")
        loop.run_until_complete(task)
        shown = window.create_panel.stream
        stream_id = shown.stream_id if shown is not None else None
        restore = window.obs_panel.start_restore()
        if restore is None:
            raise RuntimeError(f"cycle {n}: restore did not start")
        loop.run_until_complete(restore)
        if stream_id is not None:
            loop.run_until_complete(fastpix.delete_stream(stream_id))
        obs.calls.clear()  # the fake's own records of what it was asked, not the app's memory
        obs.services_set.clear()
        settle()

    try:
        loop.run_until_complete(window.start())
        for n in range(warmup):
            one(n)
        measured = _Measurement.start(top)
        for n in range(warmup, warmup + cycles):
            one(n)
        result = measured.report("window", cycles=cycles, warmup=warmup)
    finally:
        window.close()
        loop.run_until_complete(window.shutdown())
        loop.run_until_complete(fastpix.aclose())
        store.close()
        keyring.set_keyring(previous_keyring)
        folder.cleanup()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cycles", type=int, default=300)
    # The masking list (core/redact.py) holds the 256 most recent secrets: about 90 cycles fill it.
    parser.add_argument("--warmup", type=int, default=120, help="cycles before measuring")
    parser.add_argument("--top", type=int, default=8, help="source lines that grew most")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--window", action="store_true", help="click through a real MainWindow")
    parser.add_argument(
        "--no-trace", action="store_true", help="RSS only: tracemalloc off (its own cost too)"
    )
    args = parser.parse_args(argv)
    if not args.no_trace:
        tracemalloc.start(1)
    counts = max(1, args.cycles), max(0, args.warmup), max(0, args.top)
    result = window_soak(*counts) if args.window else asyncio.run(soak(*counts))
    if tracemalloc.is_tracing():
        tracemalloc.stop()
    if args.json:
        print(json.dumps(result))
        return 0
    print(
        f"{result['cycles']} create+restore cycles: "
        f"{result['growth_bytes_per_cycle']:.0f} B traced growth per cycle "
        f"({result['seconds_per_cycle'] * 1000:.1f} ms per cycle); RSS "
        f"{result['rss_kib_growth_per_cycle']:.1f} KiB per cycle"
    )
    for item in result["largest_growth"]:
        print(f"  +{item['bytes']:>8} B  {item['where']}")
    for item in result["object_growth"]:
        print(f"  +{item['count']:>8} objects  {item['type']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
