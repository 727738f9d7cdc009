"""Linux and other XDG desktops: ``$XDG_CONFIG_HOME/autostart/fastpix-desktop.desktop`` (the
Desktop Application Autostart Specification); present means "start at login"."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from fastpix_desktop.core.autostart.command import desktop_exec

ENTRY_NAME = "fastpix-desktop.desktop"


def autostart_dir(environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_CONFIG_HOME/autostart``, ``~/.config/autostart`` when unset or not absolute."""
    env = os.environ if environ is None else environ
    base = env.get("XDG_CONFIG_HOME", "")
    root = Path(base) if base and os.path.isabs(base) else Path.home() / ".config"
    return root / "autostart"


def entry_text(argv: Sequence[str]) -> str:
    return (
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=FastPix Desktop\n"
        "Comment=Start FastPix Desktop in the tray at login\n"
        f"Exec={desktop_exec(argv)}\n"
        "Icon=fastpix-desktop\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


class XdgAutostart:
    """Writes or removes the autostart entry; ``folder`` is where it lives (tests pass one)."""

    def __init__(self, argv: Sequence[str], *, folder: Path | None = None) -> None:
        self.argv = tuple(argv)
        self.path = (folder or autostart_dir()) / ENTRY_NAME

    def is_enabled(self) -> bool:
        return self.path.is_file()

    def enable(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_name(self.path.name + ".partial")
        partial.write_text(entry_text(self.argv), encoding="utf-8")
        partial.replace(self.path)

    def disable(self) -> None:
        self.path.unlink(missing_ok=True)
