"""The translation catalogues are compiled when the package is built (setup.py), not at first
start: a wheel carries every .qm, the sdist carries the .ts it is built from, and
``pip install -e .`` compiles them beside the .ts. The installed app then starts in German with
nothing compiled at run time (no lrelease needed), through the real entry point."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from fastpix_desktop.core.qm_writer import compile_ts
from tests.conftest import PROJECT_ROOT

CATALOGUES = PROJECT_ROOT / "resources" / "translations"
NAMES = sorted(ts.with_suffix(".qm").name for ts in CATALOGUES.glob("fastpix_desktop_*.ts"))
# What a package build reads: the sources, the build files and the catalogues, no .qm.
IGNORED = shutil.ignore_patterns("*.qm", "__pycache__", "*.pyc", "*.egg-info", "build", "dist")


@pytest.fixture(scope="module")
def tree(tmp_path_factory) -> Path:
    copy = tmp_path_factory.mktemp("tree") / "fastpix-desktop"
    copy.mkdir()
    for name in ("pyproject.toml", "setup.py", "MANIFEST.in", "README.md"):
        shutil.copy2(PROJECT_ROOT / name, copy / name)
    shutil.copytree(PROJECT_ROOT / "fastpix_desktop", copy / "fastpix_desktop", ignore=IGNORED)
    shutil.copytree(CATALOGUES, copy / "resources" / "translations", ignore=IGNORED)
    return copy


def _pip(*args: str | Path, cwd: Path) -> None:
    # Built in pip's isolated build environment, as a user's `pip install` builds it.
    result = subprocess.run(
        [sys.executable, "-m", "pip", "-q", *map(str, args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]


def _self_test(home: Path, *, path: Path | None = None, site_dir: Path | None = None) -> str:
    """``--self-test`` of the installed app under LANGUAGE=de, from a folder with no source."""
    home.mkdir(parents=True, exist_ok=True)
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("LC_", "LANG", "QT_SCALE", "XDG_", "PYTHON"))
    }
    environment.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        PYTHONDONTWRITEBYTECODE="1",
        LANGUAGE="de",
        LANG="de_DE.UTF-8",
    )
    if path is not None:
        environment["PYTHONPATH"] = str(path)
    code = (
        "import site, sys\n"
        "if sys.argv[1]: site.addsitedir(sys.argv[1])\n"  # processes an editable install's .pth
        "from fastpix_desktop.cli.entry import main\n"
        "sys.exit(main(['--self-test']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(site_dir or "")],
        cwd=home,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_wheel_carries_every_compiled_catalogue_and_speaks_german(tree, tmp_path):
    _pip("wheel", "--no-deps", "-w", tmp_path / "dist", tree, cwd=tmp_path)
    (wheel,) = (tmp_path / "dist").glob("fastpix_desktop-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        packed = {
            Path(n).name: archive.read(n)
            for n in names
            if n.startswith("fastpix_desktop/translations/")
        }
        record = archive.read(next(n for n in names if n.endswith(".dist-info/RECORD")))
    assert sorted(packed) == NAMES
    for name in NAMES:  # the committed catalogues, compiled as lrelease would
        ts = CATALOGUES / Path(name).with_suffix(".ts").name
        assert packed[name] == compile_ts(ts, tmp_path / "expected" / name).read_bytes()
        assert f"fastpix_desktop/translations/{name}".encode() in record

    target = tmp_path / "installed"
    _pip("install", "--no-deps", "--target", target, wheel, cwd=tmp_path)
    out = _self_test(tmp_path / "home", path=target)
    assert "primary action: Stream erstellen" in out
    assert "library: 0 Streams" in out
    # Loaded from the package: nothing was compiled at start-up.
    assert not (tmp_path / "home" / "data" / "fastpix-desktop" / "translations").exists()
    assert not (target / "resources").exists()


def test_the_sdist_carries_the_catalogues_and_its_wheel_the_compiled_ones(tree, tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "build", "--sdist", "--outdir", str(tmp_path / "sdist"), str(tree)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    (sdist,) = (tmp_path / "sdist").glob("fastpix_desktop-*.tar.gz")
    with tarfile.open(sdist) as archive:
        shipped = {Path(n).name for n in archive.getnames() if "/resources/translations/" in n}
    assert {n.replace(".qm", ".ts") for n in NAMES} <= shipped
    assert not any(n.endswith(".qm") for n in shipped)  # build output, not source

    _pip("wheel", "--no-deps", "-w", tmp_path / "dist", sdist, cwd=tmp_path)
    (wheel,) = (tmp_path / "dist").glob("fastpix_desktop-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        packed = sorted(
            Path(n).name for n in archive.namelist() if n.startswith("fastpix_desktop/translations")
        )
    assert packed == NAMES


def test_an_editable_install_compiles_beside_the_catalogues(tree, tmp_path):
    translations = tree / "resources" / "translations"
    for stale in translations.glob("*.qm"):
        stale.unlink()
    prefix = tmp_path / "prefix"
    _pip("install", "--no-deps", "--prefix", prefix, "-e", tree, cwd=tmp_path)
    assert sorted(qm.name for qm in translations.glob("*.qm")) == NAMES
    compiled = {qm: qm.stat().st_mtime_ns for qm in translations.glob("*.qm")}

    (site_dir,) = prefix.glob("lib/python*/site-packages")
    out = _self_test(tmp_path / "home", site_dir=site_dir)
    assert "primary action: Stream erstellen" in out
    # Up to date already: the first start compiled nothing again.
    assert {qm: qm.stat().st_mtime_ns for qm in translations.glob("*.qm")} == compiled
