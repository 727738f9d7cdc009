"""Packaging checks that need no build: the spec's decisions per OS, the bundle pruning rules,
the Windows version file, ICU trimming, the icons, the .desktop entry and resources.py paths.

The real build and frozen smoke test run after pytest (tests/run.sh -> packaging/build.sh,
packaging/smoke_test.sh).
"""

from __future__ import annotations

import ast
import configparser
import importlib.util
import os
import shutil
import struct
import subprocess
import sys
import types
from pathlib import Path
from types import ModuleType

import pytest

from fastpix_desktop import resources
from fastpix_desktop._version import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
RESOURCES = ROOT / "resources"
SPEC = PACKAGING / "fastpix-desktop.spec"


def load(path: Path) -> ModuleType:
    """Import a helper by path: the folder is named "packaging" and must not shadow pypa's."""
    spec = importlib.util.spec_from_file_location(f"fastpix_test_{path.stem}", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses and typing look modules up by name
    spec.loader.exec_module(module)
    return module


rules = load(PACKAGING / "bundle_rules.py")
versionfile = load(PACKAGING / "versionfile.py")
icu_trim = load(PACKAGING / "icu_trim.py")
build = load(PACKAGING / "build.py")


# --------------------------------------------------------------------------- the spec


class _Target:
    """Stands in for PyInstaller's Analysis/PYZ/EXE/COLLECT/BUNDLE and records the call."""

    calls: list[_Target]

    def __init__(self, *args: object, **kwargs: object) -> None:
        self.args, self.kwargs = args, kwargs
        self.calls.append(self)


FAKE_BINARIES = [
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "/x/libqxcb.so", "BINARY"),
    ("PySide6/Qt/plugins/platforms/libqeglfs.so", "/x/libqeglfs.so", "BINARY"),
    ("PySide6/Qt/plugins/imageformats/libqpdf.so", "/x/libqpdf.so", "BINARY"),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", "/x/libqsvg.so", "BINARY"),
    ("PySide6/Qt/lib/libQt6Network.so.6", "/x/libQt6Network.so.6", "BINARY"),
    ("PySide6/Qt/lib/libQt6Widgets.so.6", "/x/libQt6Widgets.so.6", "BINARY"),
]
FAKE_DATAS = [
    ("PySide6/Qt/translations/qtbase_de.qm", "/x/qtbase_de.qm", "DATA"),
    ("PySide6/Qt/translations/qtbase_en.qm", "/x/qtbase_en.qm", "DATA"),
]


def run_spec(platform: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[_Target]:
    """Execute the spec as PyInstaller would, with its build steps recorded instead of run."""
    calls: list[_Target] = []
    classes = {
        name: type(name, (_Target,), {"calls": calls})
        for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")
    }

    def analysis_init(self: _Target, *args: object, **kwargs: object) -> None:
        _Target.__init__(self, *args, **kwargs)
        self.pure, self.scripts = [], []
        self.binaries = list(FAKE_BINARIES)
        self.datas = [*FAKE_DATAS, *kwargs["datas"]]  # type: ignore[misc]

    classes["Analysis"].__init__ = analysis_init  # type: ignore[method-assign]

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.copy_metadata = lambda name: [(f"/site/{name}.dist-info", f"{name}.dist-info")]  # type: ignore[attr-defined]
    bindepend = types.ModuleType("PyInstaller.depend.bindepend")
    bindepend.get_imports = lambda path: []  # type: ignore[attr-defined]
    for name, module in {
        "PyInstaller": types.ModuleType("PyInstaller"),
        "PyInstaller.utils": types.ModuleType("PyInstaller.utils"),
        "PyInstaller.utils.hooks": hooks,
        "PyInstaller.depend": types.ModuleType("PyInstaller.depend"),
        "PyInstaller.depend.bindepend": bindepend,
    }.items():
        monkeypatch.setitem(sys.modules, name, module)
    sys.modules["PyInstaller.depend"].bindepend = bindepend  # type: ignore[attr-defined]
    monkeypatch.setattr(sys, "platform", platform)

    namespace = {
        **classes,
        "SPECPATH": str(PACKAGING),
        "DISTPATH": str(tmp_path / "dist"),
        "workpath": str(tmp_path / "work"),
        "__name__": "__main__",
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return calls


def only(calls: list[_Target], kind: str) -> list[_Target]:
    return [c for c in calls if type(c).__name__ == kind]


def test_spec_excludes_other_bindings_and_unused_qt(tmp_path, monkeypatch):
    (analysis,) = only(run_spec("linux", tmp_path, monkeypatch), "Analysis")
    excludes = set(analysis.kwargs["excludes"])
    assert {"PyQt5", "PyQt6", "PySide2", "tkinter"} <= excludes
    assert {"PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtWebEngineCore"} <= (
        excludes
    )
    assert "PySide6.QtSvg" not in excludes  # icons are SVG
    assert Path(analysis.args[0][0]) == PACKAGING / "entry.py"


def test_spec_bundles_resources_and_keyring_metadata(tmp_path, monkeypatch):
    (analysis,) = only(run_spec("linux", tmp_path, monkeypatch), "Analysis")
    datas = {dest: Path(src) for src, dest in analysis.kwargs["datas"]}
    assert datas["resources/icons/hicolor"] == RESOURCES / "icons" / "hicolor"
    assert RESOURCES / "icons" / "fastpix-desktop.svg" in datas.values()
    assert "keyring.dist-info" in datas
    assert "fastpix-desktop.dist-info" in datas


def test_spec_prunes_unused_plugins_before_collecting(tmp_path, monkeypatch):
    calls = run_spec("linux", tmp_path, monkeypatch)
    (collect,) = only(calls, "COLLECT")
    collected = {entry[0] for toc in collect.args if isinstance(toc, list) for entry in toc}
    assert "PySide6/Qt/plugins/platforms/libqxcb.so" in collected
    assert "PySide6/Qt/plugins/imageformats/libqsvg.so" in collected
    assert "PySide6/Qt/lib/libQt6Widgets.so.6" in collected
    assert "PySide6/Qt/plugins/platforms/libqeglfs.so" not in collected
    assert "PySide6/Qt/plugins/imageformats/libqpdf.so" not in collected
    assert "PySide6/Qt/lib/libQt6Network.so.6" not in collected
    # The spec compiles the app's catalogues; Qt's own stay only for the app's languages.
    assert any(dest.endswith("fastpix_desktop_de.qm") for dest in collected)
    kept = {Path(d).name for d in collected if d.endswith(".qm") and "qtbase" in d}
    assert kept == {"qtbase_de.qm", "qtbase_en.qm"}
    assert collect.kwargs["upx"] is False
    assert collect.kwargs["strip"] is True


def test_spec_on_linux_ships_desktop_entry_and_icons_in_the_bundle(tmp_path, monkeypatch):
    calls = run_spec("linux", tmp_path, monkeypatch)
    assert len(only(calls, "EXE")) == 1 and not only(calls, "BUNDLE")
    share = tmp_path / "dist" / "fastpix-desktop" / "share"
    assert (share / "applications" / "fastpix-desktop.desktop").is_file()
    for size in resources.ICON_SIZES:
        assert (
            share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "fastpix-desktop.png"
        ).is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "fastpix-desktop.svg").is_file()
    installer = share.parent / "install-desktop.sh"
    assert installer.is_file() and os.access(installer, os.X_OK)


def test_spec_on_windows_builds_gui_and_console_exes_with_version_resources(tmp_path, monkeypatch):
    exes = only(run_spec("win32", tmp_path, monkeypatch), "EXE")
    by_name = {exe.kwargs["name"]: exe for exe in exes}
    assert set(by_name) == {"fastpix-desktop", "fastpix-desktop-cli"}
    assert by_name["fastpix-desktop"].kwargs["console"] is False
    assert by_name["fastpix-desktop-cli"].kwargs["console"] is True
    for name, exe in by_name.items():
        assert exe.kwargs["icon"] == str(RESOURCES / "icons" / "fastpix-desktop.ico")
        text = Path(exe.kwargs["version"]).read_text(encoding="utf-8")
        assert f"'ProductVersion', '{__version__}'" in text
        assert f"'OriginalFilename', '{name}.exe'" in text


def test_spec_on_macos_makes_an_app_bundle_with_dark_mode_and_retina(tmp_path, monkeypatch):
    calls = run_spec("darwin", tmp_path, monkeypatch)
    (exe,) = only(calls, "EXE")
    assert exe.kwargs["entitlements_file"] == str(PACKAGING / "macos" / "entitlements.plist")
    (bundle,) = only(calls, "BUNDLE")
    assert bundle.kwargs["bundle_identifier"] == "com.fastpix.desktop"
    assert bundle.kwargs["icon"] == str(RESOURCES / "icons" / "fastpix-desktop.icns")
    plist = bundle.kwargs["info_plist"]
    assert plist["NSHighResolutionCapable"] is True
    assert plist["NSRequiresAquaSystemAppearance"] is False
    assert plist["CFBundleShortVersionString"] == __version__
    assert plist["LSMinimumSystemVersion"].split(".")[0].isdigit()
    assert "OBS" in plist["NSLocalNetworkUsageDescription"]


def test_packaging_folder_never_shadows_pypa_packaging():
    # A packaging/__init__.py would make `import packaging` (used by pip, PyInstaller, pytest)
    # pick this folder whenever the repository root is on sys.path.
    assert not (PACKAGING / "__init__.py").exists()
    import packaging.version

    assert Path(packaging.version.__file__).parent != PACKAGING


# --------------------------------------------------------------------------- bundle rules


def _pyside6_modules_imported_by_the_app() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "fastpix_desktop").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                if node.module.startswith("PySide6."):
                    found.add(node.module.split(".")[1])
                elif node.module == "PySide6":
                    found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.Import):
                found.update(
                    alias.name.split(".")[1]
                    for alias in node.names
                    if alias.name.startswith("PySide6.")
                )
    return found


def test_no_excluded_pyside6_module_is_imported_by_the_app():
    used = _pyside6_modules_imported_by_the_app()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    assert not used & set(rules.UNUSED_PYSIDE6_MODULES)


@pytest.mark.parametrize(
    ("dest", "pruned"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", False),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", False),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", False),
        ("PySide6/Qt/plugins/wayland-shell-integration/libwl-shell-plugin.so", True),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", True),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", True),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqgif.so", True),
        (
            "PySide6/Qt/plugins/wayland-graphics-integration-client/libqt-plugin-wayland-egl.so",
            False,
        ),
        ("PySide6/Qt/plugins/wayland-graphics-integration-client/libdmabuf-server.so", True),
        ("PySide6/Qt/plugins/wayland-graphics-integration-client/libvulkan-server.so", True),
        ("PySide6/Qt/lib/libQt6QmlModels.so.6", True),
        ("PySide6/Qt/lib/libQt6Gui.so.6", False),
        ("PySide6/Qt/lib/libicuuc.so.73", False),
        # Windows wheels: no Qt/ level, DLL names without "lib".
        ("PySide6\\plugins\\platforms\\qwindows.dll", False),
        ("PySide6\\plugins\\platforms\\qdirect2d.dll", False),
        ("PySide6\\plugins\\imageformats\\qpdf.dll", True),
        ("PySide6\\Qt6Network.dll", True),
        ("PySide6\\translations\\qtbase_fr.qm", True),
        # macOS frameworks are folders.
        ("PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick", True),
        ("PySide6/Qt/lib/QtWidgets.framework/Versions/A/QtWidgets", False),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", False),
        # Not Qt at all.
        ("certifi/cacert.pem", False),
        ("libpython3.11.so.1.0", False),
    ],
)
def test_is_pruned(dest, pruned):
    assert rules.is_pruned(dest) is pruned


def test_qt_translations_are_kept_only_for_the_apps_languages():
    assert rules.is_pruned("PySide6/Qt/translations/qtbase_de.qm", languages={"de"}) is False
    assert rules.is_pruned("PySide6/Qt/translations/qtbase_fr.qm", languages={"de"}) is True
    assert rules.is_pruned("PySide6/Qt/translations/qt_help_de.qm", languages={"de"}) is True


def test_shipped_languages_come_from_app_translation_files(tmp_path):
    (tmp_path / "fastpix_desktop_de.qm").write_bytes(b"")
    (tmp_path / "fastpix_desktop_pt_BR.qm").write_bytes(b"")
    (tmp_path / "README.md").write_text("x")
    assert rules.shipped_languages(tmp_path) == {"de", "pt_BR", "pt"}
    # The .qm files are build output: none in a fresh checkout, these once compiled.
    assert rules.shipped_languages(RESOURCES / "translations") <= {"de", "es", "en"}


def test_orphaned_libraries_are_those_only_pruned_files_needed():
    graph = {
        "qgtk3": ["gtk", "glib"],
        "gtk": ["cairo", "glib"],
        "cairo": ["pixman"],
        "QtGui": ["glib", "QtCore"],
        "QtCore": [],
        "python": [],
    }
    orphans = rules.orphaned_libraries(
        kept={"QtGui", "QtCore", "cairo", "pixman", "glib", "python"},
        pruned=["qgtk3"],
        imports=lambda path: graph.get(path, []),
        protected=["python"],
    )
    assert orphans == {"cairo", "pixman"}  # glib stays: QtGui links it


def test_what_only_host_libraries_need_leaves_with_them():
    graph = {
        "QtGui": ["freetype", "dbus", "QtCore", "png"],
        "freetype": ["png", "brotli"],
        "dbus": ["systemd"],
        "systemd": ["gcrypt", "zstd"],
        "QtCore": ["zstd"],
    }
    orphans = rules.orphaned_libraries(
        kept={"QtGui", "QtCore", "png", "brotli", "systemd", "gcrypt", "zstd"},
        pruned=["freetype", "dbus"],
        imports=lambda path: graph.get(path, []),
        host=["freetype", "dbus"],
    )
    # png and zstd stay: Qt itself links them; the rest was there only for the host libraries.
    assert orphans == {"brotli", "systemd", "gcrypt"}


@pytest.mark.parametrize(
    ("dest", "host"),
    [
        ("libstdc++.so.6", True),
        ("libX11.so.6", True),
        ("libxcb-icccm.so.4", True),
        ("libxkbcommon-x11.so.0", True),
        ("libglib-2.0.so.0", True),
        ("libdbus-1.so.3", True),
        ("libfreetype.so.6", True),
        ("libcrypto.so.3", True),  # OpenSSL 3 keeps its ABI across 3.x
        ("libssl.so.3", True),
        ("libssl.so.1.1", False),  # an older ABI: the system's may be missing
        ("libpython3.11.so.1.0", False),
        ("libffi.so.8", False),
        ("PySide6/Qt/lib/libQt6DBus.so.6", False),
        ("PySide6/Qt/lib/libicuuc.so.73", False),
        ("cryptography/hazmat/bindings/_rust.abi3.so", False),  # SecretStorage and PyJWT
    ],
)
def test_host_libraries_are_the_desktops_own_not_qts_or_pythons(dest, host):
    assert rules.is_host_library(dest) is host


def test_min_macos_version_reads_the_wheel_tags():
    wheel = "Wheel-Version: 1.0\nTag: cp39-abi3-macosx_14_0_universal2\n"
    assert rules.min_macos_version(wheel) == "14.0"
    two = "Tag: cp39-abi3-macosx_13_0_x86_64\nTag: cp39-abi3-macosx_14_0_arm64\n"
    assert rules.min_macos_version(two) == "13.0"
    assert rules.min_macos_version("Tag: cp39-abi3-manylinux_2_28_x86_64") == "13.0"


# --------------------------------------------------------------------------- version file


@pytest.mark.parametrize(
    ("version", "expected"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("1.2.3.4", (1, 2, 3, 4)),
        ("2.0rc1", (2, 0, 0, 0)),
        ("1.2.3.dev4+local", (1, 2, 3, 0)),
        ("3", (3, 0, 0, 0)),
    ],
)
def test_version_tuple(version, expected):
    assert versionfile.version_tuple(version) == expected


@pytest.mark.parametrize("bad", ["", "dev", "1.70000.0"])
def test_version_tuple_rejects_what_windows_cannot_store(bad):
    with pytest.raises(ValueError):
        versionfile.version_tuple(bad)


class _Struct:
    def __init__(self, *args: object, **kwargs: object) -> None:
        self.args, self.kwargs = args, kwargs


def test_version_file_is_pyinstaller_syntax_with_the_package_version(tmp_path):
    path = versionfile.write_version_file(
        tmp_path / "v.txt", "1.2.3", exe_name="fastpix-desktop", description="FastPix Desktop"
    )
    names = (
        "VSVersionInfo",
        "FixedFileInfo",
        "StringFileInfo",
        "StringTable",
        "StringStruct",
        "VarFileInfo",
        "VarStruct",
    )
    # PyInstaller eval()s this text with its versioninfo classes in scope.
    info = eval(path.read_text(encoding="utf-8"), {n: type(n, (_Struct,), {}) for n in names})
    assert info.kwargs["ffi"].kwargs["filevers"] == (1, 2, 3, 0)
    assert info.kwargs["ffi"].kwargs["prodvers"] == (1, 2, 3, 0)
    table = info.kwargs["kids"][0].args[0][0]
    strings = {s.args[0]: s.args[1] for s in table.args[1]}
    assert strings["FileVersion"] == strings["ProductVersion"] == "1.2.3"
    assert strings["OriginalFilename"] == "fastpix-desktop.exe"


def test_version_file_loads_with_pyinstallers_own_parser(tmp_path, monkeypatch):
    compat = pytest.importorskip("PyInstaller.compat")
    # versioninfo imports pefile and win32api (Windows-only) at module level; parsing text
    # uses neither.
    monkeypatch.setitem(sys.modules, "pefile", types.ModuleType("pefile"))
    monkeypatch.setattr(compat, "win32api", None, raising=False)
    monkeypatch.delitem(sys.modules, "PyInstaller.utils.win32.versioninfo", raising=False)
    versioninfo = load(Path(compat.__file__).parent / "utils" / "win32" / "versioninfo.py")

    path = versionfile.write_version_file(
        tmp_path / "v.txt", __version__, exe_name="fastpix-desktop", description="FastPix Desktop"
    )
    info = versioninfo.load_version_info_from_text_file(str(path))
    assert info.toRaw()  # serialises into the binary resource
    assert info.ffi.fileVersionMS >> 16 == versionfile.version_tuple(__version__)[0]


# --------------------------------------------------------------------------- ICU trimming


def _common_data(items: dict[str, bytes]) -> bytes:
    header = struct.pack("<HBB", 32, 0xDA, 0x27) + b"\0" * 8 + b"CmnD" + b"\0" * 16
    return icu_trim.build_common_data(header, sorted(items.items()))


def test_icu_common_data_round_trips_and_drops_unused_trees():
    items = {
        "icudt73l/root.res": b"root" * 5,
        "icudt73l/en.res": b"en",
        "icudt73l/en_GB.res": b"en-gb",
        "icudt73l/de_AT.res": b"de-at",
        "icudt73l/fr.res": b"fr",
        "icudt73l/zh_Hant_TW.res": b"zh",
        "icudt73l/supplementalData.res": b"supplemental",
        "icudt73l/zoneinfo64.res": b"tz",
        "icudt73l/unames.icu": b"names",
        "icudt73l/confusables.cfu": b"spoof",
        "icudt73l/ibm-943_P15A-2003.cnv": b"cnv",
        "icudt73l/cnvalias.icu": b"alias",
        "icudt73l/brkitr/cjdict.dict": b"dict",
        "icudt73l/coll/root.res": b"coll-root",
        "icudt73l/coll/zh.res": b"coll-zh",
        "icudt73l/coll/de.res": b"coll-de",
        "icudt73l/zone/en_GB.res": b"zone-en",
        "icudt73l/zone/fr.res": b"zone-fr",
    }
    blob = _common_data(items)
    _, parsed = icu_trim.parse_common_data(blob)
    assert [name for name, _ in parsed] == sorted(items)
    assert all(data.rstrip(b"\0") == items[name] for name, data in parsed)

    _, kept = icu_trim.parse_common_data(icu_trim.trim_data(blob, languages={"de"}))
    assert {name for name, _ in kept} == {
        "icudt73l/root.res",
        "icudt73l/en.res",
        "icudt73l/en_GB.res",
        "icudt73l/de_AT.res",
        "icudt73l/supplementalData.res",
        "icudt73l/zoneinfo64.res",
        "icudt73l/cnvalias.icu",
        "icudt73l/coll/root.res",
        "icudt73l/coll/de.res",
        "icudt73l/zone/en_GB.res",
    }


def test_icu_trim_rejects_what_is_not_icu_data():
    with pytest.raises(icu_trim.TrimError):
        icu_trim.parse_common_data(b"\x20\x00\x00\x00" + b"\0" * 40)


def _wheel_icu_library() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    return next(
        iter(sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))), None
    )


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or not shutil.which("cc") or not _wheel_icu_library(),
    reason="Linux wheel's libicudata and a C compiler needed",
)
def test_trimmed_icu_library_serves_what_qtcore_uses(tmp_path):
    library = _wheel_icu_library()
    assert library is not None
    lib_dir = library.parent
    version = library.name.rsplit(".", 1)[1]
    before, after = icu_trim.trim_library(
        library,
        tmp_path / library.name,
        check=lambda lib: icu_trim.verify(
            lib,
            libicuuc=lib_dir / f"libicuuc.so.{version}",
            libicui18n=lib_dir / f"libicui18n.so.{version}",
        ),
    )
    assert after < before / 3


# --------------------------------------------------------------------------- build script


def test_build_snapshot_leaves_out_build_output_caches_and_tests(tmp_path):
    source = tmp_path / "repo"
    for rel in (
        "pyproject.toml",
        "README.md",
        "fastpix_desktop/cli/entry.py",
        "resources/x.svg",
        "packaging/build.py",
        "tests/test_x.py",
        ".git/HEAD",
        "dist/app/x",
        "build/pyinstaller/x",
        "fastpix_desktop/__pycache__/cli.pyc",
        "fastpix_desktop.egg-info/PKG-INFO",
        "outside/x",
    ):
        (source / rel).parent.mkdir(parents=True, exist_ok=True)
        (source / rel).write_text("x")
    target = tmp_path / "snap"
    build.snapshot(source.resolve(), target, skip={(source / "outside").resolve()})
    copied = {p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()}
    assert copied == {
        "pyproject.toml",
        "README.md",
        "fastpix_desktop/cli/entry.py",
        "resources/x.svg",
        "packaging/build.py",
    }


# --------------------------------------------------------------------------- resources


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def test_png_icons_exist_at_every_size():
    for size in resources.ICON_SIZES:
        assert _png_size(resources.icon_path(size)) == (size, size)


def test_ico_holds_16_to_256_pixels():
    data = (RESOURCES / "icons" / "fastpix-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        side = width or 256
        assert (width, planes, bits) == (height, 1, 32)
        payload = data[offset : offset + length]
        if payload[:8] == b"\x89PNG\r\n\x1a\n":
            assert struct.unpack(">II", payload[16:24]) == (side, side)
        else:  # BITMAPINFOHEADER: height counts the AND mask too
            assert struct.unpack_from("<Iii", payload, 0) == (40, side, 2 * side)
        sizes.append(side)
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256]


def test_icns_holds_retina_pngs_up_to_1024():
    data = (RESOURCES / "icons" / "fastpix-desktop.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    elements, offset = {}, 8
    while offset < len(data):
        kind, length = (
            data[offset : offset + 4],
            struct.unpack(">I", data[offset + 4 : offset + 8])[0],
        )
        payload = data[offset + 8 : offset + length]
        assert payload[:8] == b"\x89PNG\r\n\x1a\n"
        elements[kind.decode()] = struct.unpack(">I", payload[16:20])[0]
        offset += length
    assert elements["ic10"] == 1024 and elements["ic09"] == 512 and elements["ic07"] == 128
    assert elements["icp4"] == 16 and elements["ic11"] == 32


def test_raster_icons_match_the_svg(qapp):
    """Catches an SVG edit without `python resources/make_icons.py` (tolerant of Qt's AA)."""
    from PySide6.QtGui import QImage
    from PySide6.QtSvg import QSvgRenderer

    make_icons = load(RESOURCES / "make_icons.py")
    rendered = make_icons.render(QSvgRenderer(str(resources.svg_icon_path())), 64)
    committed = QImage(str(resources.icon_path(64))).convertToFormat(rendered.format())
    diff = sum(
        abs(a - b)
        for a, b in zip(bytes(rendered.constBits()), bytes(committed.constBits()), strict=True)
    )
    assert diff / (64 * 64 * 4) < 2.0


def test_desktop_entry_has_the_keys_a_launcher_needs():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(RESOURCES / "fastpix-desktop.desktop", encoding="utf-8")
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Name"]
    assert entry["Exec"].split()[0] == "fastpix-desktop"
    assert entry["Icon"] == resources.APP_ID
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and "AudioVideo" in entry["Categories"]
    assert entry["StartupWMClass"] == resources.APP_ID


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils")
def test_desktop_entry_passes_desktop_file_validate():
    result = subprocess.run(
        ["desktop-file-validate", str(RESOURCES / "fastpix-desktop.desktop")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_resources_resolve_to_the_source_tree():
    assert resources.resources_dir() == RESOURCES
    assert resources.translations_dir() == RESOURCES / "translations"
    assert resources.svg_icon_path().is_file()
    assert resources.icon_path().name == "fastpix-desktop.png"
    with pytest.raises(ValueError):
        resources.icon_path(100)


def test_resources_resolve_inside_a_pyinstaller_bundle(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == tmp_path / "resources"
    assert resources.icon_path(32) == (
        tmp_path / "resources" / "icons" / "hicolor" / "32x32" / "apps" / "fastpix-desktop.png"
    )


def test_window_icon_has_every_size(qapp):
    icon = resources.window_icon()
    assert not icon.isNull()
    assert {size.width() for size in icon.availableSizes()} == set(resources.ICON_SIZES)


def test_window_icon_is_empty_without_resources(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.window_icon().isNull()


@pytest.fixture
def clean_translators(qapp):
    from PySide6.QtCore import QTranslator

    yield qapp
    for translator in qapp.findChildren(QTranslator):
        qapp.removeTranslator(translator)
        translator.deleteLater()


def test_no_translation_for_english(clean_translators):
    from PySide6.QtCore import QLocale, QTranslator

    assert resources.install_translator(clean_translators, locale=QLocale("en_US")) is False
    # At most the English plural forms (fastpix_desktop_en.qm, when compiled).
    installed = clean_translators.findChildren(QTranslator)
    assert all(t.language().startswith("en") for t in installed)


def _lrelease() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    folder = Path(PySide6.__file__).parent
    return next((p for p in (folder / "lrelease", folder / "lrelease.exe") if p.is_file()), None)


@pytest.mark.skipif(_lrelease() is None, reason="PySide6's lrelease is not installed")
def test_translation_for_the_system_locale_is_loaded(clean_translators, tmp_path):
    from PySide6.QtCore import QCoreApplication, QLocale

    source = tmp_path / "fastpix_desktop_de.ts"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de">'
        "<context><name>MainWindow</name><message><source>Create stream</source>"
        "<translation>Stream erstellen</translation></message></context></TS>",
        encoding="utf-8",
    )
    subprocess.run(
        [str(_lrelease()), str(source), "-qm", str(tmp_path / "fastpix_desktop_de.qm")],
        check=True,
        capture_output=True,
    )
    loaded = resources.install_translator(
        clean_translators, locale=QLocale("de_DE"), directory=tmp_path
    )
    assert loaded is True
    assert QCoreApplication.translate("MainWindow", "Create stream") == "Stream erstellen"


def test_archive_unpacks_to_the_bundle_folder_with_links_and_modes(tmp_path):
    import tarfile

    bundle = tmp_path / "dist" / "fastpix-desktop"
    (bundle / "_internal" / "lib").mkdir(parents=True)
    exe = bundle / "fastpix-desktop"
    exe.write_bytes(b"\x7fELF" + b"x" * 5000)
    exe.chmod(0o755)
    (bundle / "_internal" / "lib" / "libQt6Core.so.6").write_bytes(b"qt" * 4000)
    (bundle / "_internal" / "libQt6Core.so.6").symlink_to("lib/libQt6Core.so.6")
    output = tmp_path / "dist" / build.archive_name("1.2.3", "x86_64")
    assert output.name == "fastpix-desktop-1.2.3-linux-x86_64.tar.xz"

    size = build.make_archive(bundle, output, preset=1)

    assert size == output.stat().st_size < 5000  # compressed
    unpacked = tmp_path / "unpacked"
    with tarfile.open(output) as tar:
        assert all(m.uid == 0 and m.uname == "" for m in tar.getmembers())
        tar.extractall(unpacked, filter="tar")
    root = unpacked / "fastpix-desktop"
    assert (root / "fastpix-desktop").read_bytes() == exe.read_bytes()
    assert (root / "fastpix-desktop").stat().st_mode & 0o111
    link = root / "_internal" / "libQt6Core.so.6"
    assert link.is_symlink() and link.read_bytes() == b"qt" * 4000
    assert not output.with_name(output.name + ".partial").exists()


def test_package_version_is_the_apps():
    assert build.package_version() == __version__


def _wheel_qtcore() -> Path | None:
    icu = _wheel_icu_library()
    return next(iter(sorted(icu.parent.glob("libQt6Core.so.*"))), None) if icu else None


@pytest.mark.skipif(
    not shutil.which("readelf") or not _wheel_qtcore(), reason="readelf and the Linux wheel needed"
)
def test_needed_libraries_are_the_files_own_not_ldds_whole_tree():
    qtcore = _wheel_qtcore()
    assert qtcore is not None
    needed = rules.needed_libraries(str(qtcore))
    assert needed is not None
    assert any(name.startswith("libicuuc.so.") for name in needed)
    assert "libc.so.6" in needed
    # ldd lists the whole tree (e.g. what the system's GLib links to); readelf only what QtCore
    # names itself, so the orphan check can tell what Qt needs from what only the host's need.
    tree = subprocess.run(["ldd", str(qtcore)], capture_output=True, text=True).stdout
    ldd_names = {line.split()[0] for line in tree.splitlines() if "=>" in line}
    assert set(needed) - {"ld-linux-x86-64.so.2"} <= ldd_names
    assert ldd_names - set(needed)
