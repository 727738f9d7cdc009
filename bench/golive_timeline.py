"""Where ``create --start`` spends its time: the go-live set-up of run.py (sandbox with 100 ms
latency, real OBS, gnome-keyring, nginx-rtmp), then N runs of the command through
golive_stamped.py, each printed as ms from spawn with the moment OBS reported its output active.

Usage: ``python bench/golive_timeline.py [N]`` (needs obs and Xvfb; see bench/README.md).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import threading
import time

from common import APP_ROOT, BENCH_DIR, PROJECT_ROOT, child_env, python, scratch_home
from floors import wait_stream_active
from golive import rtmp_ingest
from live import live_setup

sys.path.insert(0, str(PROJECT_ROOT))  # tests.integration (OBS harness, RTMP listener)


def main() -> int:
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    import obsws_python

    base_env = child_env(scratch_home(), keyring_backend="keyring.backends.fail.Keyring")
    with live_setup(base_env, want_real_obs=True) as live, rtmp_ingest() as server:
        obs = live.obs
        if obs is None:
            print("needs a real OBS (obs + Xvfb)")
            return 1
        env = {
            **live.env,
            "FASTPIX_USERNAME": live.auth[0],
            "FASTPIX_PASSWORD": live.auth[1],
            "FASTPIX_RTMPS_SERVER": server,
            "OBS_WEBSOCKET_PASSWORD": obs.password,
        }
        watcher = obsws_python.ReqClient(
            host=obs.host, port=obs.port, password=obs.password, timeout=5
        )
        actives = []
        try:
            for run in range(runs + 1):  # the first one warms the disk cache, not counted
                active_at: list[float] = []

                def watch(active_at: list[float]) -> None:
                    while not active_at:
                        if watcher.get_stream_status().output_active:
                            active_at.append(time.monotonic())
                        time.sleep(0.005)

                thread = threading.Thread(target=watch, args=(active_at,), daemon=True)
                thread.start()
                argv = [python(), str(BENCH_DIR / "golive_stamped.py"), "create", "--start"]
                argv += ["--json", "--obs", f"{obs.host}:{obs.port}"]
                spawned = time.monotonic()
                done = subprocess.run(
                    argv,
                    env={**env, "STAMP_SPAWN": repr(spawned)},
                    capture_output=True,
                    text=True,
                    timeout=60,
                    check=False,
                )
                thread.join(10)
                if done.returncode != 0 or not active_at:
                    print(f"create --start failed ({done.returncode}): {done.stderr[-2000:]}")
                    return 1
                line = next(x for x in done.stderr.splitlines() if x.startswith("STAMPS "))
                active = (active_at[0] - spawned) * 1000
                if run:
                    actives.append(active)
                    print(json.dumps({"active": round(active, 1), **json.loads(line[7:])}))
                watcher.stop_stream()
                wait_stream_active(watcher, False)
        finally:
            watcher.disconnect()
    print(
        f"active: median {statistics.median(actives):.1f} ms, "
        f"{min(actives):.1f}-{max(actives):.1f} over {len(actives)} runs"
    )
    return 0


if __name__ == "__main__":
    os.chdir(APP_ROOT)  # the measured tree (BENCH_APP_ROOT, bench/compare.py)
    sys.exit(main())
