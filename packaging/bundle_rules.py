"""What the PyInstaller spec leaves out of the bundle, kept apart so tests can check it unbuilt.

Excludes stop modules from being analysed at all; pruning drops Qt plugins, translations and the
libraries only those plugins need, which ``excludes`` cannot reach (pyinstaller#5503).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

# Other Qt bindings: qasync names them all, and PyInstaller aborts when it would collect two
# bindings (pyinstaller PR #8329). tkinter is never used.
OTHER_QT_BINDINGS = ("PyQt5", "PyQt6", "PySide2")
# PySide6 modules the app never imports (tests/packaging checks the package against this list).
# httpx does all networking, so QtNetwork goes too.
UNUSED_PYSIDE6_MODULES = (
    "Qt3DAnimation",
    "Qt3DCore",
    "Qt3DExtras",
    "Qt3DInput",
    "Qt3DLogic",
    "Qt3DRender",
    "QtConcurrent",
    "QtDBus",
    "QtDesigner",
    "QtHelp",
    "QtLabsStyleKit",
    "QtMultimedia",
    "QtMultimediaWidgets",
    "QtNetwork",
    "QtOpenGL",
    "QtOpenGLWidgets",
    "QtPdf",
    "QtPdfWidgets",
    "QtPrintSupport",
    "QtQml",
    "QtQmlFeatures",
    "QtQuick",
    "QtQuick3D",
    "QtQuickControls2",
    "QtQuickTest",
    "QtQuickWidgets",
    "QtSql",
    "QtSvgWidgets",
    "QtTest",
    "QtUiTools",
    "QtWebChannel",
    "QtWebEngineCore",
    "QtWebEngineQuick",
    "QtWebEngineWidgets",
    "QtWebSockets",
    "QtXml",
)
EXCLUDES = (
    *OTHER_QT_BINDINGS,
    *(f"PySide6.{name}" for name in UNUSED_PYSIDE6_MODULES),
    "tkinter",
    "_tkinter",
)

# Qt plugin folders the app needs; every other folder under .../Qt/plugins is dropped
# (tls and networkinformation belong to QtNetwork; egl/generic input to embedded devices).
KEPT_PLUGIN_DIRS = frozenset(
    {
        "platforms",
        "platformthemes",  # native file dialogs via the xdg portal (GTK's theme: see below)
        "platforminputcontexts",  # compose key and input methods in text fields
        "iconengines",  # SVG icons
        "imageformats",
        "styles",  # Windows 11 / macOS native widget styles
        "xcbglintegrations",
        "wayland-decoration-client",
        "wayland-shell-integration",
        "wayland-graphics-integration-client",
    }
)
# Platform plugins for a desktop: X11, Wayland, Windows, macOS, plus offscreen/minimal (the
# frozen --self-test and headless CI). eglfs, linuxfb, vnc and vkkhrdisplay are for devices.
KEPT_PLATFORMS = frozenset(
    {"qxcb", "qwayland", "qwayland-generic", "qwayland-egl", "qoffscreen", "qminimal"}
    | {"qwindows", "qdirect2d", "qcocoa"}
)
# The GTK 3 theme plugin needs the user's GTK, yet PyInstaller would bundle the build machine's
# cairo/pango/gdk-pixbuf chain beside it (a version mismatch waiting to happen, ~6 MB). Without it
# Qt uses its Fusion look on GNOME; the xdg-desktop-portal theme still gives native dialogs.
DROPPED_PLATFORM_THEMES = frozenset({"qgtk3"})
# Wayland shells: xdg-shell is what desktop compositors speak; ivi (cars), qt-shell (Qt's own
# compositor), fullscreen-shell and the obsolete wl-shell (needs a pruned library) are not.
KEPT_WAYLAND_SHELLS = frozenset({"xdg-shell"})
# Image formats the UI can meet: PNG is built into QtGui; SVG icons, ICO for Windows, JPEG and
# GIF for anything a user drops in. PDF (pulls QtPdf), TIFF, WebP, TGA, WBMP, ICNS are not.
KEPT_IMAGE_FORMATS = frozenset({"qsvg", "qico", "qjpeg", "qgif"})
# Qt libraries that only dropped plugins or excluded modules link to (checked with ldd on the
# Linux build; smoke_test.sh fails if a kept library misses one). A name covers its suffixes:
# "Qml" also drops QmlModels, QmlMeta, ...
PRUNED_QT_LIBRARIES = (
    "EglFSDeviceIntegration",
    "EglFsKmsSupport",
    "WaylandCompositor",
    "WaylandEglCompositorHwIntegration",
    "WlShellIntegration",
    "Network",
    "Pdf",
    "Qml",
    "Quick",
)
# libQt6Network.so.6 (Linux), Qt6Network.dll (Windows), QtNetwork.framework/... (macOS).
_PRUNED_LIBRARY = re.compile(
    r"(?:^|/)(?:lib)?Qt6?(?:{names})\w*(?:\.framework(?:/|$)|\.(?:so|dll|dylib)\b)".format(
        names="|".join(PRUNED_QT_LIBRARIES)
    )
)
# Linux and macOS wheels keep Qt under PySide6/Qt/, Windows wheels directly under PySide6/.
_QT_DATA = re.compile(r"(?:^|/)PySide6/(?:Qt/)?(?P<kind>plugins|translations)/(?P<rest>.+)$")


def is_pruned(dest: str, *, languages: Iterable[str] = ()) -> bool:
    """True when the bundle file at ``dest`` (relative to the bundle's library folder) is not
    needed. ``languages`` are the app's translations; Qt's own catalogues stay only for them."""
    posix = dest.replace("\\", "/")
    if _PRUNED_LIBRARY.search(posix):
        return True
    match = _QT_DATA.search(posix)
    if match is None:
        return False
    rest = match.group("rest")
    if match.group("kind") == "translations":
        catalogue = re.fullmatch(r"qtbase_(\w+)\.qm", rest)
        return not (catalogue and catalogue.group(1) in set(languages))
    folder, _, file = rest.partition("/")
    if folder not in KEPT_PLUGIN_DIRS:
        return True
    stem = PurePosixPath(file).name.split(".", 1)[0].removeprefix("lib")
    if folder == "platforms":
        return stem not in KEPT_PLATFORMS
    if folder == "imageformats":
        return stem not in KEPT_IMAGE_FORMATS
    if folder == "platformthemes":
        return stem in DROPPED_PLATFORM_THEMES
    if folder == "wayland-shell-integration":
        return stem not in KEPT_WAYLAND_SHELLS
    return False


def orphaned_libraries(
    *,
    kept: Iterable[str],
    pruned: Iterable[str],
    imports: Callable[[str], Iterable[str]],
    protected: Iterable[str] = (),
) -> set[str]:
    """Shared libraries that were collected only for pruned files.

    ``kept`` and ``pruned`` are source paths of bundled binaries; ``imports(path)`` gives the
    source paths a binary links to (PyInstaller's ldd/otool/pefile analysis). A kept library
    reached only through pruned files, or through other such libraries, is an orphan: e.g. the
    GTK platform theme's cairo/pango chain once that plugin is dropped. ``protected`` paths
    (libpython, which the bootloader loads by name) are never orphans.
    """
    kept_set = set(kept)

    def closure(start: Iterable[str]) -> set[str]:
        """Bundled libraries reachable from ``start``, walking through unbundled ones too."""
        seen: set[str] = set()
        todo = list(start)
        while todo:
            for dep in imports(todo.pop()):
                if dep not in seen:
                    seen.add(dep)
                    todo.append(dep)
        return seen & kept_set

    candidates = closure(pruned) - set(protected)
    needed = closure(kept_set - candidates)
    return candidates - needed


def shipped_languages(translations_dir: Path) -> set[str]:
    """Languages with an app translation, from ``fastpix_desktop_<lang>[_<REGION>].qm`` names."""
    languages: set[str] = set()
    for path in translations_dir.glob("fastpix_desktop_*.qm"):
        locale = path.stem.removeprefix("fastpix_desktop_")
        languages.update({locale, locale.split("_", 1)[0]})
    return languages


def min_macos_version(wheel_metadata: str, default: str = "13.0") -> str:
    """The macOS a PySide6 wheel was built for, from its ``WHEEL`` tags (``macosx_14_0_...``):
    the app cannot run on anything older, so the bundle's LSMinimumSystemVersion says so."""
    versions = [
        (int(major), int(minor))
        for major, minor in re.findall(r"macosx_(\d+)_(\d+)_", wheel_metadata)
    ]
    if not versions:
        return default
    major, minor = min(versions)
    return f"{major}.{minor}"
