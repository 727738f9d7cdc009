"""Figures other scripts measure: the download archive's size, and the companion benchmarks
(bench/soak.py, bench/library.py) whose JSON keys run.py merges when they exist."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

from common import APP_ROOT, BENCH_DIR, python

DIST = APP_ROOT / "dist"  # the measured tree's build
COMPANIONS = ("library.py", "soak.py")
COMPANION_TIMEOUT_S = 600
# Keys run.py reports even when their companion is missing (null, with the reason in "notes").
COMPANION_KEYS = {"library.py": ("library_full_ratio", "library_filter_stall_ms")}
# Issue 16's names for figures a companion reports under its own: (ours, theirs).
ALIASES = {
    "library.py": (
        ("library_full_ratio", "library_all_rows_ratio"),
        ("library_filter_stall_ms", "library_keystroke_max_ms"),
    ),
}
# soak.py has no --quick: its default (420 cycles of the core use cases) takes about 2 s.
QUICK_ARGS = {"library.py": ["--quick"], "soak.py": []}


def _namespaced(name: str, values: dict[str, Any]) -> dict[str, Any]:
    """Every key prefixed with the companion's name ("library_", "soak_"), so theirs
    ("mode", "cycles", ...) never overwrite run.py's."""
    prefix = name.removesuffix(".py") + "_"
    return {k if k.startswith(prefix) else prefix + k: v for k, v in values.items()}


def download_size() -> dict[str, Any]:
    """Size of the newest ``dist/fastpix-desktop-*-linux-*.tar.xz`` (packaging/build.py)."""
    archives = sorted(
        DIST.glob("fastpix-desktop-*-linux-*.tar.xz"), key=lambda p: p.stat().st_mtime
    )
    if not archives:
        return {"download_mb": None, "download_archive": None}
    newest = archives[-1]
    exe = DIST / "fastpix-desktop" / "fastpix-desktop"
    if exe.exists() and newest.stat().st_mtime < exe.stat().st_mtime:
        # Built before the bundle now in dist/ (build.py --no-archive): it is not its download.
        return {"download_mb": None, "download_archive": f"{newest.name} (older than the bundle)"}
    return {"download_mb": round(newest.stat().st_size / 1e6, 1), "download_archive": newest.name}


def _last_json_object(stdout: str) -> dict[str, Any]:
    for line in reversed(stdout.strip().splitlines()):
        line = line.strip()
        if line.startswith("{"):
            return json.loads(line)
    raise ValueError("printed no JSON object")


def merge_companions(*, quick: bool, env: dict[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
    """(their keys, notes): each present companion runs as ``python bench/X.py --json`` (with
    ``--quick`` where it has one) and its JSON object's keys are taken, prefixed with its name."""
    results: dict[str, Any] = {}
    notes: dict[str, str] = {}
    for name in COMPANIONS:
        for key in COMPANION_KEYS.get(name, ()):
            results[key] = None
        script = BENCH_DIR / name
        if not script.exists():
            for key in COMPANION_KEYS.get(name, ()):
                notes[key] = f"bench/{name} is not there yet"
            continue
        argv = [python(), str(script), "--json", *(QUICK_ARGS.get(name, []) if quick else [])]
        try:
            done = subprocess.run(
                argv,
                env=env,
                capture_output=True,
                text=True,
                timeout=COMPANION_TIMEOUT_S,
                check=False,
            )
            if done.returncode != 0:
                raise RuntimeError(f"exit {done.returncode}: {done.stderr[-500:]}")
            figures = _namespaced(name, _last_json_object(done.stdout))
            for ours, theirs in ALIASES.get(name, ()):
                figures.setdefault(ours, figures.get(theirs))
            results.update(figures)
        except (RuntimeError, ValueError, subprocess.TimeoutExpired) as exc:
            for key in COMPANION_KEYS.get(name, ()) or (name,):
                notes[key] = f"bench/{name} failed: {exc}"
    return results, notes


def bundle_size(bundle: Path) -> float | None:
    if not bundle.exists():
        return None
    size = sum(p.stat().st_size for p in bundle.rglob("*") if p.is_file() and not p.is_symlink())
    return round(size / 1e6, 1)
