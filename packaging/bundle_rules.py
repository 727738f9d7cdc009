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
# Image formats the UI meets: PNG is built into QtGui; SVG icons, ICO for Windows. The app never
# opens a JPEG or GIF (no image comes from the user), so those go, as do PDF (pulls QtPdf), TIFF,
# WebP, TGA, WBMP, ICNS.
KEPT_IMAGE_FORMATS = frozenset({"qsvg", "qico"})
# Wayland client GL: EGL only. The *-server plugins (dmabuf-server, drm-egl-server,
# shm-emulation-server, vulkan-server) are the client side of Qt's own compositors' server-buffer
# extension, used by Qt Quick content shared from a Qt compositor; a widgets app never is.
KEPT_WAYLAND_GRAPHICS = frozenset({"qt-plugin-wayland-egl"})
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
    if folder == "wayland-graphics-integration-client":
        return stem not in KEPT_WAYLAND_GRAPHICS
    return False


def orphaned_libraries(
    *,
    kept: Iterable[str],
    pruned: Iterable[str],
    imports: Callable[[str], Iterable[str]],
    protected: Iterable[str] = (),
    host: Iterable[str] = (),
) -> set[str]:
    """Shared libraries that were collected only for pruned files.

    ``kept`` and ``pruned`` are source paths of bundled binaries; ``imports(path)`` gives the
    source paths a binary links to (PyInstaller's ldd/otool/pefile analysis). A kept library
    reached only through pruned files, or through other such libraries, is an orphan: e.g. the
    GTK platform theme's cairo/pango chain once that plugin is dropped. ``protected`` paths
    (libpython, which the bootloader loads by name) are never orphans. ``host`` libraries are
    left to the system, so what they link to is the system's business too: a library needed only
    through one of them is an orphan.
    """
    kept_set = set(kept)
    host_set = set(host)

    def closure(start: Iterable[str], *, through: set[str] | None) -> set[str]:
        """Bundled libraries reachable from ``start``, walking only through ``through``
        (None: through everything, unbundled libraries too)."""
        seen: set[str] = set()
        todo = list(start)
        while todo:
            for dep in imports(todo.pop()):
                if dep not in seen:
                    seen.add(dep)
                    if through is None or dep in through:
                        todo.append(dep)
        return seen & kept_set

    candidates = closure([*pruned, *host_set], through=None) - set(protected)
    # What the bundle itself loads: from every sure keeper, through bundled libraries only (a
    # system library's dependencies come from the system).
    needed = closure(kept_set - candidates - host_set, through=kept_set - host_set)
    return candidates - needed


def needed_libraries(path: str) -> list[str] | None:
    """The sonames an ELF file links to directly (DT_NEEDED), read with binutils' readelf;
    ``ldd`` lists the whole tree, which cannot tell who needs what. None without readelf."""
    import shutil
    import subprocess

    if shutil.which("readelf") is None:
        return None
    out = subprocess.run(
        ["readelf", "--dynamic", "--wide", path], capture_output=True, text=True, check=False
    ).stdout
    return re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", out)


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


# Linux: libraries every desktop the app can run on already has, left out of the bundle so the
# system's copy is used. Most are on AppImage's list of libraries never to bundle, because a
# private copy breaks against the host's drivers, fonts or newer dependants
# (https://github.com/AppImageCommunity/pkg2appimage/blob/master/excludelist): the C++ and GCC
# runtimes, zlib, expat, libuuid, libgpg-error, X11/xcb, fontconfig/freetype. The rest are the
# base of any graphical session: GLib (Qt's event dispatcher links it; every desktop ships it),
# xkbcommon (keyboard handling for X11 and Wayland alike) and libdbus-1 (the session bus the
# Secret Service keyring needs anyway). Libraries only these pulled in (systemd, gcrypt, lz4,
# zstd, pcre2, ...) then go as orphans. OpenSSL 3 too: Python's ssl links libssl.so.3, every
# system with the glibc the bundle needs (2.36, packaging/README.md) ships OpenSSL 3, and its
# releases keep the 3.0 ABI (https://openssl-library.org/policies/releasestrat/); cryptography
# carries its own, statically linked. packaging/README.md lists what the target needs.
HOST_LIBRARIES = (
    "libssl.so.3",
    "libcrypto.so.3",
    "libstdc++.so.",
    "libgcc_s.so.",
    "libz.so.",
    "libexpat.so.",
    "libuuid.so.",
    "libgpg-error.so.",
    "libX11.so.",
    "libX11-xcb.so.",
    "libxcb.so.",
    "libxcb-",
    "libxkbcommon.so.",
    "libxkbcommon-x11.so.",
    "libfontconfig.so.",
    "libfreetype.so.",
    "libglib-2.0.so.",
    "libgthread-2.0.so.",
    "libdbus-1.so.",
)


def is_host_library(dest: str) -> bool:
    """True for a Linux library the bundle leaves to the system (``HOST_LIBRARIES``); only
    top-level ones: Qt's own libraries under PySide6/ are never matched."""
    posix = dest.replace("\\", "/")
    return "/" not in posix and posix.startswith(HOST_LIBRARIES)
