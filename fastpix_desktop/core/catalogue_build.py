"""Compile missing or outdated translations (.ts -> .qm) on first use, so a source checkout
gets every language without running resources/translations/update.py by hand.

The fallback behind the build-time compile (setup.py puts the .qm files into a wheel and, for
``pip install -e .``, beside the .ts): PySide6 ships Qt's ``lrelease``, which this module finds
and runs with no Qt import; without it the plain-Python ``core/qm_writer.py`` writes the same
files. A frozen build or a wheel carries only .qm files (no .ts), so nothing is compiled there.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

# About 0.1 s per catalogue here; a stuck tool must not hold the first frame for long.
LRELEASE_TIMEOUT_S = 20.0


def lrelease() -> str | None:
    """PySide6's lrelease: the ``pyside6-lrelease`` script beside the running Python (a venv),
    the binary inside the PySide6 package, or one on PATH; None when there is none."""
    scripts = Path(sys.executable).parent
    candidates = [scripts / "pyside6-lrelease", scripts / "pyside6-lrelease.exe"]
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        package = Path(spec.origin).parent
        candidates += [package / "lrelease", package / "lrelease.exe"]
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def outdated(ts: Path, qm: Path) -> bool:
    try:
        return not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime
    except OSError:
        return True


def compile_catalogues(source: Path, prefix: str, cache: Callable[[], Path] | None = None) -> Path:
    """The folder to load ``<prefix>_*.qm`` from: ``source`` after compiling each missing or
    outdated .qm beside its .ts there, or in the folder ``cache()`` names when ``source`` is
    read-only (a system-wide install). Any failure is logged and leaves the folder as it was:
    the app then speaks English.
    """
    sources = sorted(source.glob(f"{prefix}_*.ts"))
    if not sources:  # a frozen build or a wheel: .qm only, or nothing
        return source
    stale = [ts for ts in sources if outdated(ts, ts.with_suffix(".qm"))]
    if not stale:
        return source
    tool = lrelease()  # None: the plain-Python compiler (core/qm_writer.py) does it
    if os.access(source, os.W_OK) and _run(tool, stale, source):
        return source
    if cache is None:
        return source
    folder = cache()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        log.warning("Cannot create %s for the translations: %s", folder, exc)
        return source
    stale = [ts for ts in sources if outdated(ts, folder / ts.with_suffix(".qm").name)]
    return folder if not stale or _run(tool, stale, folder) else source


def _run(tool: str | None, catalogues: list[Path], out_dir: Path) -> bool:
    # Imported only when a catalogue is stale: every start checks, before its first frame, and
    # these (subprocess; qm_writer's XML parser, pyexpat) are ≈ 8 ms of imports it rarely needs.
    import subprocess

    from fastpix_desktop.core.qm_writer import CatalogueError, compile_ts

    for ts in catalogues:
        qm = out_dir / ts.with_suffix(".qm").name
        try:
            if tool is None:
                compile_ts(ts, qm)
            else:
                subprocess.run(
                    [tool, "-silent", str(ts), "-qm", str(qm)],
                    check=True,
                    capture_output=True,
                    timeout=LRELEASE_TIMEOUT_S,
                )
        except (OSError, subprocess.SubprocessError, CatalogueError) as exc:
            log.warning("Compiling %s failed: %s", ts.name, exc)
            return False
        log.info("Compiled the translation %s", qm)
    return True
