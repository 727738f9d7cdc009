"""macOS: a LaunchAgent (``~/Library/LaunchAgents/com.fastpix.desktop.plist``) that launchd
runs once at login (``RunAtLoad``); launchd.plist(5)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from fastpix_desktop.core import localfiles

LABEL = "com.fastpix.desktop"  # the app bundle's identifier (packaging/fastpix-desktop.spec)


def agent_plist(argv: Sequence[str]) -> bytes:
    """The property list launchd reads: run ``argv`` at login, once, never restarted."""
    # Imported here: the window imports this module on every system at start-up, and plistlib
    # brings the XML parser (pyexpat) with it, ≈ 0.2 MiB that only macOS needs (bench/README.md).
    import plistlib

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
        # Whole or not at all, never through a link planted there (docs/faults.md).
        localfiles.write_atomic(self.path, agent_plist(self.argv), what="the start-at-login agent")

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)
