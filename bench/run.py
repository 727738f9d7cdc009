"""fastpix-desktop benchmarks: start-up, usable, click and go-live, stalls, memory, download.

Every figure is a median or a ratio against a floor measured in the same run, so a slow or busy
machine moves both sides. Secrets go through a real Secret Service (gnome-keyring on a private
D-Bus), the app starts through its own entry point, and companions (bench/library.py,
bench/soak.py) are merged when present. ``--json`` prints one JSON object; ``--quick`` proves the
benchmark still works in well under two minutes (CI). See bench/README.md.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import layout
from app_runs import (
    click_flow,
    cold_starts,
    dependency_floor,
    memory_keyring_env,
)
from calibrate import calibrate
from coldstart import interleaved, time_to_logged_paint
from common import APP_ROOT, PROJECT_ROOT, child_env, median, python, scratch_home
from encoding_load import EncodingLoad
from extras import bundle_size, download_size, merge_companions
from floors import (
    api_round_trip_ms,
    api_round_trip_new_connection_ms,
    obs_handshake_ms,
    obs_set_get_ms,
)
from golive import go_live, rtmp_ingest
from live import API_LATENCY_MS, live_setup

sys.path.insert(0, str(PROJECT_ROOT))  # tests.integration (OBS harness, RTMP listener)

FROZEN_EXE = APP_ROOT / "dist" / "fastpix-desktop" / "fastpix-desktop"
GOALS = {
    "usable_ratio": 1.3,
    "first_frame_ratio": 1.5,
    "cold_start_ratio": 1.5,
    "click_to_configured_ratio": 1.1,
    "go_live_ratio": 1.2,
    "max_stall_ms": 16.0,
    "library_full_ratio": 1.5,
    "library_filter_stall_ms": 16.0,
    "rss_dependency_ratio": 1.15,
    "bundle_mb": 90.0,
    "download_mb": 30.0,
    "deck_go_live_ratio": 1.3,
}
# Figures compared between the two conditions (goal: "OBS encoding" within 1.25x of idle).
ENCODING_KEYS = (
    "first_frame_ratio",
    "usable_ratio",
    "click_to_configured_ratio",
    "go_live_ratio",
    "deck_go_live_ratio",
    "max_stall_ms",
    "library_filter_stall_ms",
    "rss_dependency_ratio",
    "calibration_ms",
)


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


def frozen_build(runs: int, home: Path) -> dict[str, Any]:
    """Bundle size, and frozen vs source start to the main window's first paint, both as
    shipped (``fastpix-desktop`` / ``python -m fastpix_desktop``) and timed from Qt's paint log,
    since a frozen app cannot run the bench launcher."""
    if not FROZEN_EXE.exists():
        return {"bundle_mb": None, "frozen_start_ratio": None}
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
        "bundle_mb": bundle_size(FROZEN_EXE.parent),
        "frozen_start_ms": round(frozen_ms, 1),
        "source_start_ms": round(source_ms, 1),
        "frozen_start_ratio": round(frozen_ms / source_ms, 3),
    }


def measure_block(live: Any, runs: dict[str, int], base_env: dict[str, str]) -> dict[str, Any]:
    """Every figure once (each a median of its samples), against floors taken in this block."""
    results: dict[str, Any] = calibrate(runs["calibration"])
    if True:  # (one block; kept indented as the set-up it used to live in)
        env, obs, secrets, auth, api_url = live.env, live.obs, live.secrets, live.auth, live.api_url
        floor_runs = runs["floor"]
        api_ms = api_round_trip_ms(api_url=api_url, auth=auth, runs=floor_runs)
        api_new_ms = api_round_trip_new_connection_ms(
            api_url=api_url, auth=auth, runs=max(3, floor_runs // 5)
        )
        obs_ms = obs_set_get_ms(obs, runs=floor_runs) if obs else 0.0
        handshake_ms = obs_handshake_ms(obs, runs=max(3, floor_runs // 5)) if obs else 0.0

        results.update({"obs": "real" if obs else "fake", "keyring": live.keyring})
        results.update(cold_starts(runs["cold"], env))
        # BENCH_STALL_TRACE=FILE: where this flow's worst stalls went (bench/README.md).
        flow = click_flow(runs["clicks"], env, stall_trace=os.environ.get("BENCH_STALL_TRACE", ""))
        memory_flow = None
        if live.real_keyring:
            memory_flow = click_flow(runs["memory_clicks"], memory_keyring_env(env, secrets))
        deps_env = {
            "BENCH_API_URL": api_url.rstrip("/") + "/",
            "BENCH_OBS": f"{obs.host}:{obs.port}" if obs else "fake",
            "BENCH_OBS_PASSWORD": obs.password if obs else "",
        }
        results["rss_dependency_floor_mib"] = dependency_floor(
            runs["deps"], env, results["window_size"], deps_env
        )
        cli_env = {
            **env,
            "FASTPIX_USERNAME": auth[0],
            "FASTPIX_PASSWORD": auth[1],
        }
        results.update(
            go_live(
                runs=runs["go_live"],
                env=cli_env,
                obs=obs,
                api_ms=api_ms,
                obs_set_get=obs_ms,
                deck_runs=runs["deck"],
                api_url=api_url,
                auth=auth,
            )
        )

    floor = api_ms + obs_ms
    usable_floor = results["first_frame_baseline_ms"] + max(handshake_ms, api_new_ms)
    stalls = flow["click_stalls_ms"]
    results.update(
        {
            "api_round_trip_ms": round(api_ms, 1),
            "api_round_trip_new_connection_ms": round(api_new_ms, 1),
            "obs_set_get_ms": round(obs_ms, 2),
            "obs_handshake_ms": round(handshake_ms, 1),
            "usable_floor_ms": round(usable_floor, 1),
            "usable_ratio": round(results["usable_ms"] / usable_floor, 3),
            "click_to_configured_ms": round(flow["click_ms"], 1),
            "click_to_configured_range_ms": flow["click_range_ms"],
            "click_to_configured_floor_ms": round(floor, 1),
            "click_to_configured_ratio": round(flow["click_ms"] / floor, 3),
            "first_click_ms": flow["first_click_ms"],
            "max_stall_ms": flow["max_stall_ms"],
            "max_stall_at_ms": flow["max_stall_at_ms"],
            "max_stall_ui_cpu_ms": flow["max_stall_ui_cpu_ms"],
            "max_stall_busy_ms": flow["max_stall_busy_ms"],
            "max_stall_first_click_ms": stalls[0],
            "max_stall_later_clicks_ms": max(stalls[1:], default=stalls[0]),
            "median_click_stall_ms": round(median(stalls), 1),
            "rss_app_mib": flow["rss_app_mib"],
            "last_click_steps": flow["last_click_steps"],
        }
    )
    if memory_flow is not None:
        results["click_to_configured_ms_memory_keyring"] = round(memory_flow["click_ms"], 1)
        results["click_to_configured_ratio_memory_keyring"] = round(
            memory_flow["click_ms"] / floor, 3
        )
    else:
        results["click_to_configured_ms_memory_keyring"] = results["click_to_configured_ms"]
        results["click_to_configured_ratio_memory_keyring"] = results["click_to_configured_ratio"]
    companions, notes = merge_companions(quick=runs["cold"] < 5, env=base_env)
    results.update(companions)
    results["notes"] = notes
    return derive(results)


def derive(results: dict[str, Any]) -> dict[str, Any]:
    """The ratios computed from a block's raw figures."""
    # Kept under their old names: the first frame is now the end of the first complete frame.
    results["cold_start_app_ms"] = results["first_frame_app_ms"]
    results["cold_start_baseline_ms"] = results["first_frame_baseline_ms"]
    results["first_frame_ratio"] = round(
        results["first_frame_app_ms"] / results["first_frame_baseline_ms"], 3
    )
    results["cold_start_ratio"] = results["first_frame_ratio"]
    results["rss_ratio"] = round(results["rss_app_mib"] / results["rss_baseline_mib"], 3)
    results["rss_dependency_ratio"] = round(
        results["rss_app_mib"] / results["rss_dependency_floor_mib"], 3
    )
    return results


def _numbers(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def aggregate(blocks: list[dict[str, Any]]) -> dict[str, Any]:
    """One condition's blocks: each numeric figure's median over the blocks and its spread
    (min, max); anything else as the last block had it."""
    figures: dict[str, Any] = {}
    spread: dict[str, list[float]] = {}
    for key, last in blocks[-1].items():
        values = [b[key] for b in blocks if _numbers(b.get(key))]
        if _numbers(last) and values:
            figures[key] = round(median([float(v) for v in values]), 3)
            spread[key] = [round(min(values), 3), round(max(values), 3)]
        else:
            figures[key] = last
    return {"figures": figures, "spread": spread, "blocks": len(blocks)}


def measure_live(
    *, runs: dict[str, int], base_env: dict[str, str], want_real_obs: bool, encoding: bool
) -> dict[str, Any]:
    """Everything that needs the sandbox, OBS and the keyring, in one set-up: ``rounds`` of
    interleaved blocks, idle and (with ``encoding`` and a real OBS) while a second OBS
    encodes 1080p30 with x264 (bench/encoding_load.py), in the order A B, B A, A B …"""
    blocks: dict[str, list[dict[str, Any]]] = {"idle": [], "obs_encoding": []}
    with live_setup(base_env, want_real_obs=want_real_obs) as live, contextlib.ExitStack() as stack:
        conditions = ["idle"]
        load = None
        if encoding and live.obs is not None:
            server = stack.enter_context(rtmp_ingest())
            workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="fpx-load-")))
            load = EncodingLoad(workdir, server)
            conditions.append("obs_encoding")
        for round_no in range(runs["rounds"]):
            order = conditions if round_no % 2 == 0 else conditions[::-1]
            for condition in order:
                if condition == "obs_encoding" and load is not None:
                    load.start()
                    try:
                        block = measure_block(live, runs, base_env)
                        block["obs_encoding_cpu_percent"] = load.cpu_percent()
                        block["obs_still_encoding"] = load.still_encoding()
                    finally:
                        load.stop()
                else:
                    block = measure_block(live, runs, base_env)
                blocks[condition].append(block)
    return {name: aggregate(found) for name, found in blocks.items() if found}


def run(*, quick: bool, want_real_obs: bool, encoding: bool) -> dict[str, Any]:
    runs = (
        {"cold": 3, "clicks": 3, "memory_clicks": 3, "floor": 10, "deps": 1, "go_live": 2}
        | {"deck": 2, "calibration": 3, "rounds": 2 if encoding else 1}
        if quick
        else {"cold": 11, "clicks": 15, "memory_clicks": 8, "floor": 50, "deps": 3, "go_live": 5}
        | {"deck": 5, "calibration": 5, "rounds": 2}
    )
    home = scratch_home()
    started = time.monotonic()
    try:
        base_env = child_env(home, keyring_backend="keyring.backends.fail.Keyring")
        # The frozen build first, while no OBS or Xvfb competes for the CPU.
        results: dict[str, Any] = frozen_build(runs["cold"], home)
        conditions = measure_live(
            runs=runs, base_env=base_env, want_real_obs=want_real_obs, encoding=encoding
        )
    finally:
        shutil.rmtree(home, ignore_errors=True)
    # The top level is the idle condition's medians (the keys CI and earlier rounds read).
    results.update(conditions["idle"]["figures"])
    notes = results.pop("notes", {})
    results.update(download_size())
    if "SecretService" not in results["keyring"]:
        notes["click_to_configured_ratio"] = "no Secret Service here: the in-memory keyring"
    if results["obs"] == "fake":
        notes["go_live_ratio"] = results.pop("go_live_note", "needs a real OBS")
    if "obs_encoding" not in conditions:
        notes["obs_encoding"] = (
            "needs a real OBS (obs + Xvfb)" if results["obs"] == "fake" else "not asked (--quick)"
        )
    if results["download_mb"] is None:
        notes["download_mb"] = "no dist/*.tar.xz as new as the bundle: run bash packaging/build.sh"
    if results["bundle_mb"] is None:
        notes["bundle_mb"] = "no dist/fastpix-desktop: run bash packaging/build.sh"
    results["conditions"] = conditions
    if "obs_encoding" in conditions:
        busy = conditions["obs_encoding"]["figures"]
        results["encoding_vs_idle"] = {
            key: round(busy[key] / results[key], 3)
            for key in ENCODING_KEYS
            if _numbers(busy.get(key)) and _numbers(results.get(key)) and results[key]
        }
    results["notes"] = notes
    results["runs"] = runs
    results["mode"] = "quick" if quick else "full"
    results["api_latency_ms"] = API_LATENCY_MS
    results["goals"] = GOALS
    results["machine"] = machine()
    # The app tree measured (bench/compare.py measures two with this bench) and its layout.
    results["app_root"] = str(APP_ROOT)
    results["app_layout"] = layout.name(str(APP_ROOT))
    results["bench_seconds"] = round(time.monotonic() - started, 1)
    return results


ROWS = [
    ("first complete frame, app (ms)", "first_frame_app_ms"),
    ("first complete frame, bare window (ms)", "first_frame_baseline_ms"),
    ("first_frame_ratio", "first_frame_ratio"),
    ("usable: OBS connected + credentials checked (ms)", "usable_ms"),
    ("  floor: bare frame + max(OBS handshake, API) (ms)", "usable_floor_ms"),
    ("usable_ratio", "usable_ratio"),
    ("click to configured, the keyring above (ms)", "click_to_configured_ms"),
    ("  floor: API + OBS set/get (ms)", "click_to_configured_floor_ms"),
    ("click_to_configured_ratio", "click_to_configured_ratio"),
    ("click_to_configured_ratio_memory_keyring", "click_to_configured_ratio_memory_keyring"),
    ("first click (ms)", "first_click_ms"),
    ("create --start to OBS streaming (ms)", "go_live_ms"),
    ("  floor: API + OBS set/get + start (ms)", "go_live_floor_ms"),
    ("go_live_ratio", "go_live_ratio"),
    ("deck: go-live to a running instance (ms)", "deck_go_live_ms"),
    ("deck_go_live_ratio", "deck_go_live_ratio"),
    ("CPU calibration: fixed workload (ms)", "calibration_ms"),
    ("max_stall_ms (first frame to end of flow)", "max_stall_ms"),
    ("library_full_ratio", "library_full_ratio"),
    ("library_filter_stall_ms", "library_filter_stall_ms"),
    ("peak RSS after the flow (MiB)", "rss_app_mib"),
    ("peak RSS, dependency floor (MiB)", "rss_dependency_floor_mib"),
    ("rss_dependency_ratio", "rss_dependency_ratio"),
    ("peak RSS, bare window (MiB)", "rss_baseline_mib"),
    ("rss_ratio", "rss_ratio"),
    ("bundle_mb", "bundle_mb"),
    ("download_mb (.tar.xz)", "download_mb"),
    ("frozen_start_ratio", "frozen_start_ratio"),
]


def print_human(results: dict[str, Any]) -> None:
    print(
        f"fastpix-desktop bench ({results['mode']}, OBS: {results['obs']}, "
        f"keyring: {results['keyring']})"
    )
    for label, key in ROWS:
        value, goal = results.get(key), GOALS.get(key)
        verdict = ""
        if goal is not None and value is not None:
            verdict = f"goal <= {goal}: " + ("met" if value <= goal else "MISSED")
        elif key in results["notes"]:
            verdict = results["notes"][key]
        print(f"  {label:<50} {'n/a' if value is None else value!s:>9}  {verdict}")
    busy = results["conditions"].get("obs_encoding")
    if busy is not None:
        print(f"  while OBS encodes 1080p30 x264 ({busy['blocks']} blocks; median [min-max]):")
        for key in ENCODING_KEYS:
            value, spread = busy["figures"].get(key), busy["spread"].get(key)
            factor = results["encoding_vs_idle"].get(key)
            print(f"    {key:<48} {value!s:>9} {spread}  x{factor} of idle")
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
    parser.add_argument(
        "--encoding",
        action="store_true",
        help="with --quick: also the OBS-encoding condition (always in the full run)",
    )
    args = parser.parse_args()
    results = run(
        quick=args.quick,
        want_real_obs=not args.fake_obs,
        encoding=args.encoding or not args.quick,
    )
    if args.json:
        print(json.dumps(results))
    else:
        print_human(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
