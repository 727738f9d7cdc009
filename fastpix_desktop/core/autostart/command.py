"""The command line a start with the system runs: this very program, with ``--tray``."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

# The window starts hidden with only the tray icon (ui/window/start.py); without a tray it shows.
TRAY_FLAG = "--tray"


def launch_command(*, frozen: bool | None = None, executable: str | None = None) -> tuple[str, ...]:
    """The frozen app's own executable, or ``python -m fastpix_desktop`` from a source
    install, followed by ``--tray``."""
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    executable = executable or sys.executable
    if frozen:
        # Windows: the console twin would open a console window at every login.
        if executable.lower().endswith("-cli.exe"):
            windowed = executable[: -len("-cli.exe")] + executable[-4:]
            if os.path.isfile(windowed):
                executable = windowed
        return (executable, TRAY_FLAG)
    return (executable, "-m", "fastpix_desktop", TRAY_FLAG)


def desktop_exec(argv: Sequence[str]) -> str:
    """``argv`` as a desktop entry's ``Exec`` value: arguments with spaces or reserved characters
    are double-quoted, with ``"`` ``` ` ``` ``$`` ``\\`` escaped (Desktop Entry Specification,
    "The Exec key"); ``%`` is doubled."""
    reserved = set(" \t\n\"'\\><~|&;$*?#()`")
    parts = []
    for arg in argv:
        arg = arg.replace("%", "%%")
        if any(c in reserved for c in arg):
            escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
            parts.append(f'"{escaped}"')
        else:
            parts.append(arg)
    return " ".join(parts)


def windows_command_line(argv: Sequence[str]) -> str:
    """``argv`` as one Windows command line (the quoting the C runtime parses back)."""
    import subprocess

    return subprocess.list2cmdline(list(argv))
