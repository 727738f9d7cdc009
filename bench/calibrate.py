"""The machine's CPU calibration: a fixed, CPU-bound pure-Python workload run in a fresh child,
its wall time and its own CPU time, so figures from two machines (or two loads) compare."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from typing import Any

from common import median, python

# ≈ 65 ms of one core on a 2-vCPU EPYC (2026-12-07); no disk, no network.
WORKLOAD = """
import hashlib, json, time
wall, cpu = time.perf_counter(), time.process_time()
total = 0
for i in range(600_000):
    total = (total * 31 + i) % 1_000_003
data = b"fastpix"
for _ in range(20_000):
    data = hashlib.sha256(data).digest()
print(json.dumps({"wall_ms": (time.perf_counter() - wall) * 1000,
                  "cpu_ms": (time.process_time() - cpu) * 1000, "check": total}))
"""


def calibrate(runs: int = 3) -> dict[str, Any]:
    walls, cpus = [], []
    for _ in range(runs):
        done = subprocess.run(
            [python(), "-c", WORKLOAD], capture_output=True, text=True, timeout=60, check=True
        )
        result = json.loads(done.stdout)
        walls.append(result["wall_ms"])
        cpus.append(result["cpu_ms"])
    return {
        "calibration_ms": round(median(walls), 1),
        "calibration_range_ms": [round(min(walls), 1), round(max(walls), 1)],
        "calibration_cpu_ms": round(median(cpus), 1),
    }


if __name__ == "__main__":
    started = time.monotonic()
    print(json.dumps(calibrate(int(sys.argv[1]) if len(sys.argv) > 1 else 3)))
