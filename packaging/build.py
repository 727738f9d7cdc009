"""Build the one-folder app from a fresh virtual environment: ``python packaging/build.py``.

Copies a snapshot of the project into the build folder, creates a new venv there, installs the
snapshot non-editable with the ``package`` extra (PyInstaller), runs fastpix-desktop.spec, and
prints where the bundle is, its size and how long each step took. pip's own cache is used, so a
repeat build downloads nothing. Standard library only: runs with any Python 3.11+.
"""

from __future__ import annotations

import argparse
import lzma
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_NAME = "fastpix-desktop"
# Top-level folders the wheel and the spec never read; not copied into the snapshot.
SKIPPED_TOP_LEVEL = {".git", ".venv", "venv", "build", "dist", "tests", "bench", "docs", ".ci"}
SKIPPED_ANYWHERE = {"__pycache__", ".pytest_cache", ".ruff_cache", ".mypy_cache"}


def venv_python(venv: Path) -> Path:
    if os.name == "nt":
        return venv / "Scripts" / "python.exe"
    return venv / "bin" / "python"


def snapshot(source: Path, target: Path, *, skip: set[Path]) -> None:
    """Copy the project without caches, venvs or build output: building from a copy keeps
    setuptools' build/ and *.egg-info out of the working tree."""

    def ignore(folder: str, names: list[str]) -> set[str]:
        here = Path(folder).resolve()
        ignored = {n for n in names if n in SKIPPED_ANYWHERE or n.endswith(".egg-info")}
        if here == source:
            ignored |= {n for n in names if n in SKIPPED_TOP_LEVEL}
        ignored |= {n for n in names if (here / n).resolve() in skip}
        return ignored

    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(source, target, ignore=ignore, symlinks=True)


def tree_size(path: Path) -> int:
    """Bytes in regular files under ``path``; symlinks (macOS framework layout) count once."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


# xz at its strongest preset with the "extreme" flag: the archive is what every Linux user
# downloads, so seconds at build time buy megabytes for each of them (packaging/README.md).
XZ_PRESET = 9 | lzma.PRESET_EXTREME


def package_version(root: Path = ROOT) -> str:
    text = (root / "fastpix_desktop" / "_version.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__ = "([^"]+)"$', text, re.MULTILINE)
    if found is None:
        raise ValueError("no __version__ in fastpix_desktop/_version.py")
    return found.group(1)


def archive_name(version: str, machine: str | None = None) -> str:
    arch = (machine or platform.machine()).lower().replace("amd64", "x86_64")
    return f"{APP_NAME}-{version}-linux-{arch}.tar.xz"


def _archive_order(path: Path) -> tuple[str, str]:
    # Files of one kind next to each other (all .so, all .pyc archives, ...) compress better.
    return (path.suffix if not path.name.endswith(".so") else ".so", str(path))


def make_archive(bundle: Path, output: Path, *, preset: int = XZ_PRESET) -> int:
    """``bundle`` as ``output`` (.tar.xz) with the folder at its top level, symlinks kept, owner
    and times normalised; returns the archive's size in bytes."""

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = ""
        return info

    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".partial")
    entries = sorted(bundle.rglob("*"), key=_archive_order)
    with tarfile.open(partial, "w:xz", preset=preset) as tar:
        tar.add(bundle, arcname=bundle.name, recursive=False, filter=normalise)
        for path in entries:
            arcname = f"{bundle.name}/{path.relative_to(bundle).as_posix()}"
            tar.add(path, arcname=arcname, recursive=False, filter=normalise)
    partial.replace(output)
    return output.stat().st_size


def find_bundle(dist: Path) -> Path:
    apps = sorted(dist.glob("*.app"))
    return apps[0] if apps else dist / APP_NAME


def run(cmd: Sequence[str | os.PathLike[str]], *, cwd: Path) -> None:
    printable = " ".join(str(c) for c in cmd)
    print(f"$ {printable}", flush=True)
    subprocess.run([str(c) for c in cmd], cwd=cwd, check=True)


def timed(label: str, timings: dict[str, float], step: Callable[[], None]) -> None:
    start = time.monotonic()
    step()
    timings[label] = time.monotonic() - start


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the frozen fastpix-desktop bundle.")
    parser.add_argument("--build-dir", type=Path, default=ROOT / "build" / "pyinstaller")
    parser.add_argument("--dist-dir", type=Path, default=ROOT / "dist")
    parser.add_argument(
        "--python", default=sys.executable, help="interpreter for the build venv (3.11+)"
    )
    parser.add_argument(
        "--no-archive", action="store_true", help="Linux: skip the .tar.xz users download"
    )
    args = parser.parse_args(argv)
    build_dir: Path = args.build_dir.resolve()
    dist_dir: Path = args.dist_dir.resolve()
    source, venv, work = build_dir / "src", build_dir / "venv", build_dir / "work"
    python = venv_python(venv)
    timings: dict[str, float] = {}
    started = time.monotonic()

    build_dir.mkdir(parents=True, exist_ok=True)
    timed("snapshot", timings, lambda: snapshot(ROOT, source, skip={build_dir, dist_dir}))

    def make_venv() -> None:
        shutil.rmtree(venv, ignore_errors=True)
        run([args.python, "-m", "venv", venv], cwd=build_dir)

    timed("venv", timings, make_venv)
    pip = [python, "-m", "pip", "--disable-pip-version-check", "install", "--progress-bar", "off"]
    timed("pip install", timings, lambda: run([*pip, "-q", f"{source}[package]"], cwd=build_dir))

    # cwd is the build folder so `python -m` puts no source tree on sys.path: PyInstaller must
    # freeze the installed package. --log-level WARN keeps CI logs to what needs reading.
    pyinstaller = [python, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"]
    spec = source / "packaging" / f"{APP_NAME}.spec"
    timed(
        "pyinstaller",
        timings,
        lambda: run(
            [*pyinstaller, "--distpath", dist_dir, "--workpath", work, spec], cwd=build_dir
        ),
    )

    bundle = find_bundle(dist_dir)
    if not bundle.exists():
        print(f"error: PyInstaller finished but {bundle} is missing", file=sys.stderr)
        return 1
    size = tree_size(bundle)
    archive: Path | None = None
    if sys.platform.startswith("linux") and not args.no_archive:
        archive = dist_dir / archive_name(package_version(source))
        timed("archive", timings, lambda: make_archive(bundle, archive))
    total = time.monotonic() - started
    steps = ", ".join(f"{label} {seconds:.0f}s" for label, seconds in timings.items())
    print(f"bundle: {bundle}")
    print(f"bundle size: {size / 1e6:.1f} MB ({size} bytes)")
    if archive is not None:
        archived = archive.stat().st_size
        print(f"archive: {archive}")
        print(f"archive size: {archived / 1e6:.1f} MB ({archived} bytes)")
    print(f"build time: {total:.0f}s ({steps})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
