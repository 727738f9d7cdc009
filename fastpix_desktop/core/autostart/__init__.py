"""Start with the system, into the tray: one small writer per OS (XDG autostart entry, macOS
LaunchAgent, Windows ``HKCU\\...\\Run`` value) behind ``for_this_system()``; docs/release.md."""

from __future__ import annotations

from fastpix_desktop.core.autostart.command import TRAY_FLAG, launch_command
from fastpix_desktop.core.autostart.launch_agent import LaunchAgent
from fastpix_desktop.core.autostart.system import Autostart, for_this_system
from fastpix_desktop.core.autostart.windows_run import (
    RUN_KEY,
    RUN_VALUE_NAME,
    RegistryPort,
    RunValue,
)
from fastpix_desktop.core.autostart.xdg import XdgAutostart

__all__ = [
    "RUN_KEY",
    "RUN_VALUE_NAME",
    "TRAY_FLAG",
    "Autostart",
    "LaunchAgent",
    "RegistryPort",
    "RunValue",
    "XdgAutostart",
    "for_this_system",
    "launch_command",
]
