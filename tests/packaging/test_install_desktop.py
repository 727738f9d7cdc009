"""packaging/linux/install-desktop.sh, run from an unpacked bundle (its share/ folder as the
spec lays it out) under a temporary HOME / XDG_DATA_HOME: the menu entry and icons appear with
Exec pointing at the bundle, the entry validates, and uninstall leaves none of it behind."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from fastpix_desktop import resources
from tests.conftest import PROJECT_ROOT, in_ci

SCRIPT = PROJECT_ROOT / "packaging" / "linux" / "install-desktop.sh"
RESOURCES = PROJECT_ROOT / "resources"


def _bundle(folder: Path) -> Path:
    """The unpacked .tar.xz: the program, share/ as the spec writes it, the script."""
    share = folder / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(RESOURCES / "fastpix-desktop.desktop", share / "applications")
    shutil.copytree(RESOURCES / "icons" / "hicolor", share / "icons" / "hicolor")
    scalable = share / "icons" / "hicolor" / "scalable" / "apps"
    scalable.mkdir(parents=True)
    shutil.copy2(RESOURCES / "icons" / "fastpix-desktop.svg", scalable)
    program = folder / "fastpix-desktop"
    # A stand-in that proves the launcher's Exec runs this very file.
    program.write_text('#!/bin/sh\necho launched > "$HOME/launched"\n')
    program.chmod(0o755)
    shutil.copy2(SCRIPT, folder / "install-desktop.sh")
    return folder


def _run(bundle: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", str(bundle / "install-desktop.sh"), *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def _env(home: Path, data_home: Path | None) -> dict[str, str]:
    env = {"PATH": os.environ["PATH"], "HOME": str(home)}
    if data_home is not None:
        env["XDG_DATA_HOME"] = str(data_home)
    return env


def _our_files(data_home: Path) -> list[Path]:
    return sorted(p for p in data_home.rglob("fastpix-desktop*") if p.is_file())


@pytest.mark.parametrize("xdg", [True, False], ids=["XDG_DATA_HOME", "default ~/.local/share"])
def test_install_validates_launches_the_bundle_and_uninstalls_cleanly(tmp_path, xdg):
    bundle = _bundle(tmp_path / "opt" / "Fast Pix" / "fastpix-desktop")  # a space in the path
    home = tmp_path / "home"
    home.mkdir()
    data_home = tmp_path / "data" if xdg else home / ".local" / "share"
    env = _env(home, data_home if xdg else None)

    done = _run(bundle, env)
    assert done.returncode == 0, done.stderr
    entry = data_home / "applications" / "fastpix-desktop.desktop"
    assert entry.is_file()
    for size in resources.ICON_SIZES:
        png = data_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "fastpix-desktop.png"
        assert png.is_file()
    assert (data_home / "icons" / "hicolor" / "scalable" / "apps" / "fastpix-desktop.svg").is_file()

    lines = dict(
        line.split("=", 1) for line in entry.read_text("utf-8").splitlines() if "=" in line
    )
    assert lines["TryExec"] == str(bundle / "fastpix-desktop")
    assert shlex.split(lines["Exec"]) == [str(bundle / "fastpix-desktop")]
    assert lines["Icon"] == "fastpix-desktop" and lines["Name"] == "FastPix Desktop"
    validate = shutil.which("desktop-file-validate")
    if validate is None and in_ci():
        pytest.fail("desktop-file-validate is missing (tests/integration/install-deps.sh)")
    if validate is not None:
        checked = subprocess.run([validate, str(entry)], capture_output=True, text=True)
        assert checked.returncode == 0, checked.stdout + checked.stderr
    subprocess.run(shlex.split(lines["Exec"]), env=env, check=True, timeout=30)
    assert (home / "launched").read_text().strip() == "launched"

    assert _run(bundle, env).returncode == 0  # installing again updates in place
    done = _run(bundle, env, "uninstall")
    assert done.returncode == 0, done.stderr
    assert _our_files(data_home) == []
    assert bundle.joinpath("fastpix-desktop").is_file()  # the bundle itself is untouched


def test_uninstall_leaves_other_apps_alone(tmp_path):
    bundle = _bundle(tmp_path / "fastpix-desktop")
    data_home = tmp_path / "data"
    other = data_home / "icons" / "hicolor" / "48x48" / "apps" / "obs.png"
    other.parent.mkdir(parents=True)
    other.write_bytes(b"png")
    env = _env(tmp_path, data_home)
    assert _run(bundle, env).returncode == 0
    assert _run(bundle, env, "uninstall").returncode == 0
    assert other.is_file()


def test_run_outside_a_bundle_says_so(tmp_path):
    folder = tmp_path / "not-a-bundle"
    folder.mkdir()
    shutil.copy2(SCRIPT, folder / "install-desktop.sh")
    done = _run(folder, _env(tmp_path, tmp_path / "data"))
    assert done.returncode == 1 and "unpacked" in done.stderr
    assert not (tmp_path / "data").exists()
