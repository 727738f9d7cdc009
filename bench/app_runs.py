"""The app and its baselines as bench children: cold starts to the first complete frame and to
"usable", the click flow with its stalls, and the memory floors (see bench/README.md)."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path
from typing import Any

from coldstart import child_result, interleaved
from common import APP_ROOT, BENCH_DIR, median, python
from doubles import MEMORY_KEYRING_BACKEND
from secret_service import BACKEND as SECRET_SERVICE_BACKEND

LAUNCH = str(BENCH_DIR / "launch.py")
TIMEOUT_S = 120


def launch(mode: str, env: dict[str, str], *args: str, **bench: str) -> tuple[float, dict]:
    """(time.monotonic() just before the spawn, the child's result). ``bench`` become BENCH_*
    variables (UNTIL, CLICKS, ...)."""
    child_env = {**env, **{f"BENCH_{k.upper()}": v for k, v in bench.items()}}
    spawned = time.monotonic()
    done = subprocess.run(
        [python(), LAUNCH, mode, *args],
        env=child_env,
        capture_output=True,
        text=True,
        timeout=TIMEOUT_S,
        check=False,
    )
    try:
        result = child_result(done.stdout)
    except RuntimeError as exc:
        raise RuntimeError(
            f"{mode} child failed ({done.returncode}): {done.stderr[-3000:]}"
        ) from exc
    if result.get("error"):
        raise RuntimeError(f"{mode} child: {result['error']}\n{done.stderr[-3000:]}")
    ran = result.get("app_package")
    if mode == "app" and not (ran and Path(ran).resolve().is_relative_to(APP_ROOT)):
        raise RuntimeError(f"the app child ran {ran}, not the tree at {APP_ROOT}")
    return spawned, result


def _ms(spawned: float, at: float | None) -> float:
    if at is None:
        raise RuntimeError("the child did not reach that point")
    return (at - spawned) * 1000


def cold_starts(runs: int, env: dict[str, str]) -> dict[str, Any]:
    """The app through its entry point until usable, and a bare window of its size, in turns."""
    size: list[str] = []

    def app() -> tuple[float, float, dict]:
        spawned, result = launch("app", env, until="usable")
        size[:] = ["x".join(str(n) for n in result["size"])]
        return _ms(spawned, result["frame_end"]), _ms(spawned, result["usable_at"]), result

    def baseline() -> tuple[float, dict]:
        spawned, result = launch("baseline", env, *size, until="frame")
        return _ms(spawned, result["frame_end"]), result

    samples = interleaved(runs, {"app": app, "baseline": baseline})
    frames = [frame for frame, _, _ in samples["app"]]
    usables = [usable for _, usable, _ in samples["app"]]
    base = [ms for ms, _ in samples["baseline"]]
    stalls = [result["max_stall_ms"] for _, _, result in samples["app"]]
    # When each start-up step began and ended, in ms after the end of the first frame.
    timeline: dict[str, list[float]] = {}
    for _, _, result in samples["app"]:
        for name, at in result["stamps"].items():
            timeline.setdefault(name, []).append((at - result["frame_end"]) * 1000)
    return {
        "startup_timeline_ms": {
            name: round(median(values), 1)
            for name, values in sorted(timeline.items(), key=lambda item: median(item[1]))
        },
        "first_frame_app_ms": round(median(frames), 1),
        "first_frame_baseline_ms": round(median(base), 1),
        "first_frame_app_range_ms": [round(min(frames), 1), round(max(frames), 1)],
        "first_frame_baseline_range_ms": [round(min(base), 1), round(max(base), 1)],
        "usable_ms": round(median(usables), 1),
        "usable_range_ms": [round(min(usables), 1), round(max(usables), 1)],
        # Worst stall between the first frame and "usable" in each run (the start-up freeze).
        "startup_stall_ms": round(median(stalls), 1),
        # Peak RSS of the app once usable, before any click: how much of rss_app_mib is start-up.
        "rss_usable_mib": round(median([r["vmhwm_kib"] for _, _, r in samples["app"]]) / 1024, 1),
        "rss_baseline_mib": round(
            median([r["vmhwm_kib"] for _, r in samples["baseline"]]) / 1024, 1
        ),
        "window_size": size[0],
    }


def click_flow(clicks: int, env: dict[str, str], *, stall_trace: str = "") -> dict[str, Any]:
    """One app, started through its entry point, clicked ``clicks`` + 1 times after usable;
    ``stall_trace``: write where the worst stalls went to that file (stall_trace.py)."""
    traced = {"stall_trace": stall_trace} if stall_trace else {}
    spawned, result = launch("app", env, until="flow", clicks=str(clicks + 1), **traced)
    later = result["clicks_ms"][1:]
    return {
        "clicks_ms": later,
        "first_click_ms": round(result["clicks_ms"][0], 1),
        "click_ms": median(later),
        "click_range_ms": [round(min(later), 1), round(max(later), 1)],
        "max_stall_ms": round(result["max_stall_ms"], 1),
        "max_stall_at_ms": round(result["max_stall_at_ms"], 1),
        "max_stall_ui_cpu_ms": round(result["max_stall_ui_cpu_ms"], 1),
        "max_stall_busy_ms": round(result["max_stall_busy_ms"], 1),
        "click_stalls_ms": [round(s, 1) for s in result["click_stalls_ms"]],
        "usable_ms": round(_ms(spawned, result["usable_at"]), 1),
        "rss_app_mib": round(result["vmhwm_kib"] / 1024, 1),
        # [ms after the click, step, state] of the last click: where the time goes.
        "last_click_steps": result["last_click_steps"],
    }


def dependency_floor(runs: int, env: dict[str, str], size: str, extra: dict[str, str]) -> float:
    """Median peak RSS (MiB) of the dependency stack alone (dependency_floor.py)."""
    samples = [launch("deps", {**env, **extra}, size)[1]["vmhwm_kib"] for _ in range(runs)]
    return round(median(samples) / 1024, 1)


def memory_keyring_env(env: dict[str, str], secrets: dict[str, str]) -> dict[str, str]:
    """The same children with the in-memory keyring, filled at launch (the labelled extra)."""
    return {
        **{k: v for k, v in env.items() if k != "DBUS_SESSION_BUS_ADDRESS"},
        "PYTHON_KEYRING_BACKEND": MEMORY_KEYRING_BACKEND,
        "BENCH_SEED_KEYRING": json.dumps(secrets),
    }


def seed_profile(env: dict[str, str], host: str, port: int, secrets: dict[str, str]) -> str:
    """Write the OBS address and the secrets a set-up user has; returns the keyring backend."""
    done = subprocess.run(
        [python(), str(Path(BENCH_DIR) / "seed_profile.py"), host, str(port)],
        env={**env, "BENCH_SEED_SECRETS": json.dumps(secrets)},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"seeding the profile failed: {done.stderr[-2000:]}")
    backend = done.stdout.strip().splitlines()[-1]
    if (
        env.get("PYTHON_KEYRING_BACKEND") == SECRET_SERVICE_BACKEND
        and "SecretService" not in backend
    ):
        raise RuntimeError(f"the Secret Service was not used: {backend}")
    return backend
