"""The NSIS installer script compiles here with Debian's makensis against the Windows folder
layout (a stand-in payload: two executables and _internal/), warnings as errors; the winget
templates fill in to manifests that agree with each other and with the installer."""

from __future__ import annotations

import shutil
import subprocess

import pytest
import yaml

from fastpix_desktop._version import __version__
from tests.conftest import PROJECT_ROOT, in_ci

WINDOWS = PROJECT_ROOT / "packaging" / "windows"


def _makensis() -> str:
    found = shutil.which("makensis")
    if found is None:
        if in_ci():
            pytest.fail("makensis is missing: tests/integration/install-deps.sh installs nsis")
        pytest.skip("makensis is not installed (Debian package nsis)")
    return found


def _stand_in_bundle(folder):
    """What packaging/build.py leaves in dist\\fastpix-desktop on Windows."""
    (folder / "_internal" / "PySide6").mkdir(parents=True)
    (folder / "fastpix-desktop.exe").write_bytes(b"MZ windowed stand-in")
    (folder / "fastpix-desktop-cli.exe").write_bytes(b"MZ console stand-in")
    (folder / "_internal" / "base_library.zip").write_bytes(b"PK stand-in")
    (folder / "_internal" / "PySide6" / "Qt6Core.dll").write_bytes(b"MZ stand-in")
    return folder


def test_the_installer_compiles_with_makensis(tmp_path):
    makensis = _makensis()
    bundle = _stand_in_bundle(tmp_path / "fastpix-desktop")
    output = tmp_path / f"FastPix-Desktop-{__version__}-setup.exe"
    done = subprocess.run(
        [
            makensis,
            "-V2",
            "-WX",  # a warning (a missing file, an unused define) fails the build
            f"-DVERSION={__version__}",
            f"-DSOURCE_DIR={bundle}",
            f"-DOUTFILE={output}",
            str(WINDOWS / "fastpix-desktop.nsi"),
        ],
        cwd=WINDOWS,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert output.is_file()
    assert output.read_bytes()[:2] == b"MZ"  # a Windows executable
    assert output.stat().st_size > 50_000


def test_the_installer_is_per_user_and_registers_its_uninstaller():
    script = (WINDOWS / "fastpix-desktop.nsi").read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in script
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\' in script
    assert "HKLM" not in script  # nothing machine-wide
    assert "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\" in script
    assert "$SMPROGRAMS" in script and "WriteUninstaller" in script


def test_winget_templates_fill_in_to_consistent_manifests():
    filled = {}
    for path in sorted((WINDOWS / "winget").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        text = text.replace("{{VERSION}}", __version__)
        text = text.replace("{{INSTALLER_URL}}", "https://example.org/setup.exe")
        text = text.replace("{{INSTALLER_SHA256}}", "0" * 64)
        assert "{{" not in text, path.name
        filled[path.name] = yaml.safe_load(text)
    kinds = {doc["ManifestType"] for doc in filled.values()}
    assert kinds == {"version", "installer", "defaultLocale"}
    ids = {doc["PackageIdentifier"] for doc in filled.values()}
    versions = {doc["PackageVersion"] for doc in filled.values()}
    assert ids == {"FastPix.FastPixDesktop"} and versions == {__version__}
    for name, doc in filled.items():
        assert name.startswith(doc["PackageIdentifier"])
    (installer,) = [d for d in filled.values() if d["ManifestType"] == "installer"]
    assert installer["InstallerType"] == "nullsoft" and installer["Scope"] == "user"
