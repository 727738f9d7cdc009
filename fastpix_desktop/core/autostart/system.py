"""The writer for the running OS; every one answers ``is_enabled`` / ``enable`` / ``disable``."""

from __future__ import annotations

import sys
from typing import Protocol

from fastpix_desktop.core.autostart.command import launch_command
from fastpix_desktop.core.autostart.launch_agent import LaunchAgent
from fastpix_desktop.core.autostart.windows_run import RunValue
from fastpix_desktop.core.autostart.xdg import XdgAutostart


class Autostart(Protocol):
    def is_enabled(self) -> bool: ...
    def enable(self) -> None: ...
    def disable(self) -> None: ...


def for_this_system(platform: str | None = None) -> Autostart:
    """The writer for ``platform`` (default ``sys.platform``), starting this program."""
    platform = platform or sys.platform
    argv = launch_command()
    if platform == "win32":
        return RunValue(argv)
    if platform == "darwin":
        return LaunchAgent(argv)
    return XdgAutostart(argv)
