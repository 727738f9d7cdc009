"""Measure proposed start-up changes before anyone makes them: the app started as run.py starts
it, with and without simulated changes (launch.py: BENCH_WHATIF, BENCH_PRELOAD), in turns.

    python bench/whatif.py --rounds 9 warm_client early_keyring preload preload+warm_client

Prints, per variant, the medians (and min-max) of the first complete frame and of "usable",
and their ratios to the same run's bare window and usable floor.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys

import layout
from app_runs import _ms, launch
from coldstart import interleaved
from common import APP_ROOT, PROJECT_ROOT, child_env, median, scratch_home
from floors import api_round_trip_new_connection_ms, obs_handshake_ms
from live import live_setup

sys.path.insert(0, str(PROJECT_ROOT))  # tests.integration (OBS harness)

# The Qt-free modules the app imports before its first frame, in an order that loads them all
# before PySide6 (measured: bench/README.md, "Start-up").
PRELOAD = ",".join(
    [
        "asyncio,ssl,httpx,obsws_python",
        layout.module("fastpix_client", str(APP_ROOT)),
        "fastpix_desktop.core.obs",
    ]
)


def variant_env(env: dict[str, str], variant: str) -> dict[str, str]:
    parts = set(variant.split("+")) - {"now"}
    extra = {}
    if "preload" in parts:
        extra["BENCH_PRELOAD"] = PRELOAD
    whatif = sorted(parts - {"preload"})
    if whatif:
        extra["BENCH_WHATIF"] = ",".join(whatif)
    return {**env, **extra}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("variants", nargs="*", default=["warm_client", "early_keyring", "preload"])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    home = scratch_home()
    try:
        base_env = child_env(home, keyring_backend="keyring.backends.fail.Keyring")
        with live_setup(base_env, want_real_obs=True) as live:
            api_ms = api_round_trip_new_connection_ms(api_url=live.api_url, auth=live.auth, runs=5)
            handshake = obs_handshake_ms(live.obs, runs=5) if live.obs else 0.0
            size: list[str] = ["1140x700"]

            def app(variant: str):
                def run() -> tuple[float, float, dict[str, float]]:
                    spawned, result = launch("app", variant_env(live.env, variant), until="usable")
                    size[0] = "x".join(str(n) for n in result["size"])
                    steps = {
                        name: (at - result["frame_end"]) * 1000
                        for name, at in result["stamps"].items()
                    }
                    frame = _ms(spawned, result["frame_end"])
                    return frame, _ms(spawned, result["usable_at"]), steps

                return run

            def bare() -> tuple[float, float, dict[str, float]]:
                spawned, result = launch("baseline", live.env, size[0], until="frame")
                return _ms(spawned, result["frame_end"]), 0.0, {}

            measures = {v: app(v) for v in ["now", *args.variants]}
            measures["bare window"] = bare
            samples = interleaved(args.rounds, measures)
    finally:
        shutil.rmtree(home, ignore_errors=True)
    bare_frame = median([f for f, _, _ in samples.pop("bare window")])
    usable_floor = bare_frame + max(api_ms, handshake)
    report = {"bare_frame_ms": round(bare_frame, 1), "usable_floor_ms": round(usable_floor, 1)}
    for variant, runs in samples.items():
        frames, usables = [f for f, _, _ in runs], [u for _, u, _ in runs]
        names = sorted({n for _, _, steps in runs for n in steps})
        timeline = {n: median([steps[n] for _, _, steps in runs if n in steps]) for n in names}
        report[variant] = {
            "first_frame_ms": round(median(frames), 1),
            "first_frame_range_ms": [round(min(frames)), round(max(frames))],
            "first_frame_ratio": round(median(frames) / bare_frame, 3),
            "usable_ms": round(median(usables), 1),
            "usable_range_ms": [round(min(usables)), round(max(usables))],
            "usable_ratio": round(median(usables) / usable_floor, 3),
            # ms after the end of the first frame
            "timeline_ms": {
                n: round(t, 1) for n, t in sorted(timeline.items(), key=lambda i: i[1])
            },
        }
    print(json.dumps(report, indent=None if args.json else 1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
