"""macOS: a LaunchAgent (``~/Library/LaunchAgents/com.fastpix.desktop.plist``) that launchd
runs once at login (``RunAtLoad``); launchd.plist(5)."""

from __future__ import annotations

import plistlib
from collections.abc import Sequence
from pathlib import Path

LABEL = "com.fastpix.desktop"  # the app bundle's identifier (packaging/fastpix-desktop.spec)


def agent_plist(argv: Sequence[str]) -> bytes:
    """The property list launchd reads: run ``argv`` at login, once, never restarted."""
    return plistlib.dumps(
        {
            "Label": LABEL,
            "ProgramArguments": list(argv),
            "RunAtLoad": True,
            # A quit from the tray must stay quit: launchd must not start it again.
            "KeepAlive": False,
            "ProcessType": "Interactive",
        }
    )


class LaunchAgent:
    def __init__(self, argv: Sequence[str], *, folder: Path | None = None) -> None:
        self.argv = tuple(argv)
        folder = folder or Path.home() / "Library" / "LaunchAgents"
        self.path = folder / f"{LABEL}.plist"

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def enable(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_name(self.path.name + ".partial")
        partial.write_bytes(agent_plist(self.argv))
        partial.replace(self.path)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)
