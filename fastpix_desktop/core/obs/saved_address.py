"""The OBS host and port the window saved (OBS connection dialog), read without Qt, so that the
command line and a stream deck's commands reach the same OBS as the window (issue 26, item 6).

The window keeps them with QSettings(APP_NAME, APP_NAME) in the native format, keys ``obs/host``
and ``obs/port``: an INI file ``$XDG_CONFIG_HOME/fastpix-desktop/fastpix-desktop.conf`` on
Linux, ``~/Library/Preferences/com.fastpix-desktop.fastpix-desktop.plist`` on macOS, and the
registry key ``HKEY_CURRENT_USER\\Software\\fastpix-desktop\\fastpix-desktop\\obs`` on Windows
(Qt's QSettings documentation, "Platform-Specific Notes"). Anything unreadable counts as "not
saved": the caller falls back to the defaults.
"""

from __future__ import annotations

import configparser
import contextlib
import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

APP_NAME = "fastpix-desktop"


@dataclass(frozen=True)
class SavedAddress:
    host: str | None = None
    port: int | None = None


def settings_file(environ: Mapping[str, str] | None = None, platform: str = sys.platform) -> Path:
    """Where QSettings keeps the window's settings on Linux and macOS."""
    env = os.environ if environ is None else environ
    if platform == "darwin":
        return Path.home() / "Library" / "Preferences" / f"com.{APP_NAME}.{APP_NAME}.plist"
    base = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base) / APP_NAME / f"{APP_NAME}.conf"


def _port(value: object) -> int | None:
    try:
        port = int(str(value).strip())
    except (TypeError, ValueError):
        return None
    return port if 0 < port < 65536 else None


def _host(value: object) -> str | None:
    host = str(value).strip() if value is not None else ""
    if host.startswith('"') and host.endswith('"'):  # Qt quotes some INI strings
        host = host[1:-1]
    return host or None


def load(environ: Mapping[str, str] | None = None, platform: str = sys.platform) -> SavedAddress:
    """The saved OBS host and port (each None when not saved or unreadable)."""
    try:
        if platform == "win32":
            return _from_registry()
        path = settings_file(environ, platform)
        if platform == "darwin":
            # Imported here: plistlib brings the XML parser (pyexpat) with it, which only
            # macOS needs, and every command line run reads this (bench/README.md).
            import plistlib

            with path.open("rb") as file:
                data = plistlib.load(file)
            return SavedAddress(_host(data.get("obs.host")), _port(data.get("obs.port")))
        parser = configparser.ConfigParser(interpolation=None)
        parser.read(path, encoding="utf-8")
        if not parser.has_section("obs"):
            return SavedAddress()
        section = parser["obs"]
        return SavedAddress(_host(section.get("host")), _port(section.get("port")))
    except (OSError, ValueError, configparser.Error):  # plistlib's InvalidFileException too
        return SavedAddress()


def _from_registry() -> SavedAddress:  # pragma: no cover - Windows only
    import winreg  # type: ignore[import-not-found,unused-ignore]

    reg: Any = winreg
    key_path = rf"Software\{APP_NAME}\{APP_NAME}\obs"
    values: dict[str, object] = {}
    with reg.OpenKey(reg.HKEY_CURRENT_USER, key_path) as key:
        for name in ("host", "port"):
            with contextlib.suppress(OSError):
                values[name] = reg.QueryValueEx(key, name)[0]
    return SavedAddress(_host(values.get("host")), _port(values.get("port")))
