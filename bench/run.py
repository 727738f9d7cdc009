"""fastpix-desktop benchmarks: cold start, click to configured, UI stalls, memory, frozen build.

Every figure is a median or a ratio against a baseline measured in the same run, so a slow or
busy machine moves both sides. ``--json`` prints one JSON object; ``--quick`` proves the
benchmark still works in well under two minutes (CI). See bench/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from coldstart import (
    child_result,
    first_paint_argv,
    interleaved,
    time_to_first_paint,
    time_to_logged_paint,
)
from common import PROJECT_ROOT, child_env, median, python, scratch_home
from floors import api_round_trip_ms, obs_set_get_ms
from obs_target import obs_target

sys.path.insert(0, str(PROJECT_ROOT))  # tests.integration.obs_harness

API_LATENCY_MS = 100.0
FROZEN_EXE = PROJECT_ROOT / "dist" / "fastpix-desktop" / "fastpix-desktop"
GOALS = {
    "cold_start_ratio": 1.3,
    "click_to_configured_ratio": 1.1,
    "max_stall_ms": 16.0,
    "rss_ratio": 1.3,
}


def machine() -> dict[str, Any]:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import qVersion

    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor(),
    )
    mem_kib = int(Path("/proc/meminfo").read_text().split()[1])
    os_name = next(
        (
            line.split("=", 1)[1].strip('"')
            for line in Path("/etc/os-release").read_text().splitlines()
            if line.startswith("PRETTY_NAME=")
        ),
        platform.platform(),
    )
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "ram_gib": round(mem_kib / 1024 / 1024, 1),
        "os": os_name,
        "python": platform.python_version(),
        "qt": qVersion(),
        "pyside6": pyside_version,
    }


def cold_start(runs: int, home: Path) -> dict[str, Any]:
    env = child_env(home, keyring_backend="keyring.backends.fail.Keyring")
    app_size: list[tuple[int, int]] = []

    def app() -> tuple[float, dict]:
        ms, result = time_to_first_paint(first_paint_argv("app"), env)
        app_size[:] = [tuple(result["size"])]
        return ms, result

    def baseline() -> tuple[float, dict]:
        return time_to_first_paint(first_paint_argv("baseline", app_size[0]), env)

    samples = interleaved(runs, {"app": app, "baseline": baseline})
    app_ms = median([ms for ms, _ in samples["app"]])
    base_ms = median([ms for ms, _ in samples["baseline"]])
    base_rss = median([result["vmhwm_kib"] for _, result in samples["baseline"]])
    return {
        "cold_start_app_ms": round(app_ms, 1),
        "cold_start_baseline_ms": round(base_ms, 1),
        "cold_start_ratio": round(app_ms / base_ms, 3),
        "rss_baseline_mib": round(base_rss / 1024, 1),
        "window_size": list(app_size[0]),
    }


def frozen_build(runs: int, home: Path) -> dict[str, Any]:
    """Bundle size, and frozen vs source start to the main window's first paint, both as
    shipped (``fastpix-desktop`` / ``python -m fastpix_desktop``) and timed from Qt's paint log,
    since a frozen app cannot run the bench launcher."""
    if not FROZEN_EXE.exists():
        return {"bundle_mb": None, "frozen_start_ratio": None}
    bundle = FROZEN_EXE.parent
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    env = child_env(home, keyring_backend="keyring.backends.fail.Keyring")
    samples = interleaved(
        runs,
        {
            "frozen": lambda: time_to_logged_paint([str(FROZEN_EXE)], env),
            "source": lambda: time_to_logged_paint([python(), "-m", "fastpix_desktop"], env),
        },
    )
    frozen_ms, source_ms = median(samples["frozen"]), median(samples["source"])
    return {
        "bundle_mb": round(size / 1e6, 1),
        "frozen_start_ms": round(frozen_ms, 1),
        "source_start_ms": round(source_ms, 1),
        "frozen_start_ratio": round(frozen_ms / source_ms, 3),
    }


def click_flow(*, clicks: int, floor_runs: int, home: Path, want_real_obs: bool) -> dict:
    from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY, SandboxApi
    from fastpix_desktop.sandbox.server import start_server_in_thread

    api = SandboxApi(latency_ms=API_LATENCY_MS)
    with start_server_in_thread(api) as sandbox, obs_target(want_real=want_real_obs) as obs:
        api_ms = api_round_trip_ms(
            api_url=sandbox.url, auth=(DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY), runs=floor_runs
        )
        obs_ms = obs_set_get_ms(obs, runs=floor_runs) if obs else 0.0
        env = child_env(home, keyring_backend="tests.doubles.keyring.InMemoryKeyring")
        env["BENCH_OBS_PASSWORD"] = obs.password if obs else ""
        argv = [
            python(),
            str(Path(__file__).with_name("click_flow.py")),
            f"--api-url={sandbox.url}",
            f"--obs={obs.host}:{obs.port}" if obs else "--obs=fake",
            f"--clicks={clicks + 1}",
            f"--home={home}",
        ]
        done = subprocess.run(argv, env=env, capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"click flow failed ({done.returncode}): {done.stderr[-3000:]}")
        flow = child_result(done.stdout)
    # The first click also pays one-off costs (lazy imports, first QR code): reported apart.
    later = flow["clicks_ms"][1:]
    floor = api_ms + obs_ms
    return {
        "obs": "real" if obs else "fake",
        "click_to_configured_ms": round(median(later), 1),
        "click_to_configured_floor_ms": round(floor, 1),
        "click_to_configured_ratio": round(median(later) / floor, 3),
        "first_click_ms": round(flow["clicks_ms"][0], 1),
        "api_round_trip_ms": round(api_ms, 1),
        "obs_set_get_ms": round(obs_ms, 2),
        "max_stall_ms": round(max(flow["stalls_ms"]), 1),
        "max_stall_first_click_ms": round(flow["stalls_ms"][0], 1),
        "max_stall_later_clicks_ms": round(max(flow["stalls_ms"][1:]), 1),
        "median_click_stall_ms": round(median(flow["stalls_ms"]), 1),
        "rss_app_mib": round(flow["vmhwm_kib"] / 1024, 1),
        # [ms after the click, step, state] of the last click: where the time goes.
        "last_click_steps": flow["last_click_steps"],
    }


def run(*, quick: bool, want_real_obs: bool) -> dict[str, Any]:
    cold_runs, clicks, floor_runs = (3, 3, 10) if quick else (11, 15, 50)
    home = scratch_home()
    started = time.monotonic()
    try:
        # Cold starts first, while no OBS or Xvfb competes for the CPU.
        results: dict[str, Any] = cold_start(cold_runs, home)
        results.update(frozen_build(cold_runs, home))
        results.update(
            click_flow(clicks=clicks, floor_runs=floor_runs, home=home, want_real_obs=want_real_obs)
        )
    finally:
        shutil.rmtree(home, ignore_errors=True)
    results["rss_ratio"] = round(results["rss_app_mib"] / results["rss_baseline_mib"], 3)
    results["runs"] = {"cold_start": cold_runs, "clicks": clicks, "floor": floor_runs}
    results["mode"] = "quick" if quick else "full"
    results["api_latency_ms"] = API_LATENCY_MS
    results["goals"] = GOALS
    results["machine"] = machine()
    results["bench_seconds"] = round(time.monotonic() - started, 1)
    return results


def print_human(results: dict[str, Any]) -> None:
    rows = [
        ("cold start, app (ms)", "cold_start_app_ms"),
        ("cold start, bare QMainWindow (ms)", "cold_start_baseline_ms"),
        ("cold_start_ratio", "cold_start_ratio"),
        ("click to configured (ms)", "click_to_configured_ms"),
        ("  floor: API + OBS set/get (ms)", "click_to_configured_floor_ms"),
        ("click_to_configured_ratio", "click_to_configured_ratio"),
        ("first click (ms)", "first_click_ms"),
        ("max_stall_ms", "max_stall_ms"),
        ("peak RSS after the flow (MiB)", "rss_app_mib"),
        ("peak RSS, bare QMainWindow (MiB)", "rss_baseline_mib"),
        ("rss_ratio", "rss_ratio"),
        ("bundle_mb", "bundle_mb"),
        ("frozen_start_ratio", "frozen_start_ratio"),
    ]
    print(f"fastpix-desktop bench ({results['mode']}, OBS: {results['obs']})")
    for label, key in rows:
        value, goal = results.get(key), GOALS.get(key)
        verdict = ""
        if goal is not None and value is not None:
            verdict = f"goal <= {goal}: " + ("met" if value <= goal else "MISSED")
        print(f"  {label:<36} {'n/a' if value is None else value!s:>9}  {verdict}")
    m = results["machine"]
    print(
        f"  machine: {m['nproc']} x {m['cpu']}, {m['ram_gib']} GiB, {m['os']}, "
        f"Python {m['python']}, Qt {m['qt']}; took {results['bench_seconds']} s"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--quick", action="store_true", help="a few runs each (CI)")
    parser.add_argument(
        "--fake-obs", action="store_true", help="use the in-process fake OBS even if OBS exists"
    )
    args = parser.parse_args()
    results = run(quick=args.quick, want_real_obs=not args.fake_obs)
    if args.json:
        print(json.dumps(results))
    else:
        print_human(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
