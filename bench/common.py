"""Small helpers shared by the benchmark parent and its child processes (stdlib only)."""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_ROOT = BENCH_DIR.parent
if str(PROJECT_ROOT) not in sys.path:
    sys.path.append(str(PROJECT_ROOT))  # tests.doubles, tests.integration (harness, listeners)
# The app tree the children run (bench/compare.py sets it to measure another checkout with this
# bench): first on their PYTHONPATH and their working directory, since ``python -m`` puts the
# working directory first. The parent keeps this tree's sandbox, OBS harness and listeners.
APP_ROOT = Path(os.environ.get("BENCH_APP_ROOT") or PROJECT_ROOT).resolve()
# Children print one line starting with this marker followed by a JSON object.
RESULT_MARKER = "BENCH-RESULT "


def median(values: list[float]) -> float:
    return float(statistics.median(values))


def vmhwm_kib(pid: int | str = "self") -> int:
    """Peak resident set size (VmHWM) of a process, in KiB; Linux only."""
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    raise RuntimeError("no VmHWM in /proc status")


def child_env(home: Path, *, keyring_backend: str) -> dict[str, str]:
    """A clean environment for app and baseline children: offscreen Qt, private settings dirs,
    no traffic beyond localhost, and a keyring backend that never prompts or touches the
    user's real keyring."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key in ("PATH", "LANG", "LC_ALL", "TZ", "VIRTUAL_ENV")
    }
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_RUNTIME_DIR=str(home / "run"),
        PYTHON_KEYRING_BACKEND=keyring_backend,
        # Anything that would call the real FastPix by accident goes to a closed local port.
        FASTPIX_API_URL="http://127.0.0.1:9/v1",
        PYTHONPATH=os.pathsep.join(
            dict.fromkeys([str(BENCH_DIR), str(APP_ROOT), str(PROJECT_ROOT)])
        ),
    )
    for sub in ("config", "data", "cache", "run"):
        (home / sub).mkdir(parents=True, exist_ok=True, mode=0o700)
    return env


def scratch_home() -> Path:
    return Path(tempfile.mkdtemp(prefix="fastpix-bench-"))


def python() -> str:
    return sys.executable
