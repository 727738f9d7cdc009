"""What OBS on this computer says about its own WebSocket server: enabled, and on which port.

Read from OBS's files, never written: obs-websocket 5.1 (OBS 29) keeps it in global.ini's
[OBSWebSocket] section, 5.3+ (OBS 30+) in plugin_config/obs-websocket/config.json.
Used only to tell "the server is off" from "it listens on another port" after a refusal.
"""

from __future__ import annotations

import configparser
import contextlib
import json
from dataclasses import dataclass
from pathlib import Path

from fastpix_desktop.core import config


@dataclass(frozen=True)
class LocalServerConfig:
    enabled: bool | None = None  # None: OBS's files do not say
    port: int | None = None


def _from_json(path: Path) -> LocalServerConfig | None:
    with contextlib.suppress(OSError, ValueError):
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict):
            enabled = data.get("server_enabled")
            port = data.get("server_port")
            return LocalServerConfig(
                enabled if isinstance(enabled, bool) else None,
                port if isinstance(port, int) else None,
            )
    return None


def _from_ini(path: Path) -> LocalServerConfig | None:
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    with contextlib.suppress(OSError, configparser.Error, UnicodeDecodeError):
        # OBS may write a UTF-8 byte order mark at the start of its ini files.
        parser.read_string(path.read_text(encoding="utf-8-sig"))
        if parser.has_section("OBSWebSocket"):
            section = parser["OBSWebSocket"]
            enabled_text = section.get("ServerEnabled")
            port_text = section.get("ServerPort", "")
            enabled = None if enabled_text is None else enabled_text.strip().lower() == "true"
            port = int(port_text) if port_text.strip().isdigit() else None
            return LocalServerConfig(enabled, port)
    return None


def local_server_config(root: Path | None = None) -> LocalServerConfig:
    """The WebSocket server settings in this user's OBS configuration (newest format first)."""
    root = root or config.obs_studio_config_dir()
    found = _from_json(root / "plugin_config" / "obs-websocket" / "config.json")
    if found is None:
        found = _from_ini(root / "global.ini")
    return found or LocalServerConfig()
