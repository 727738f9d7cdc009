"""Settings → "Start with the system, in the tray" and the opt-in update check (its question,
its setting and its notice): the window's part of docs/release.md."""

from __future__ import annotations

from fastpix_desktop.ui.system.autostart_action import AutostartAction
from fastpix_desktop.ui.system.panel import SystemPanel
from fastpix_desktop.ui.system.update_notice import UpdateNotice, UpdateSettings

__all__ = ["AutostartAction", "SystemPanel", "UpdateNotice", "UpdateSettings"]
