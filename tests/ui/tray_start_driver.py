"""Runs the real entry point as a start with the system does (``--demo --tray``), with a tray
stand-in (``tray``) or none (``no-tray``): prints STARTED <json> once the panels have started
(window shown? tray icon shown?), then, with a tray, opens the window from the tray's Show
window and prints SHOWN <json>, and quits through the tray. ``slow-feed``: a normal start with
the update check on (the feed the test serves answers late); prints STARTED and closes the
window a second later, while the check still waits."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QSystemTrayIcon

from fastpix_desktop.cli import entry as cli
from fastpix_desktop.ui.window import main_window

HOW = sys.argv[1]
if HOW == "tray":
    # The offscreen platform has no tray; a desktop session has one.
    QSystemTrayIcon.isSystemTrayAvailable = staticmethod(lambda: True)  # type: ignore[method-assign]

real_start = main_window.MainWindow.start


async def start(self: main_window.MainWindow, **kwargs) -> None:
    await real_start(self, **kwargs)
    tray = self.onair_panel.tray
    started = {
        "window_visible": self.isVisible(),
        "tray_visible": tray.icon.isVisible(),
        "built": self.built,
    }
    print("STARTED", json.dumps(started), flush=True)
    if HOW == "slow-feed":
        QTimer.singleShot(1000, self.close)  # the update check has sent its request by then
        return
    if HOW != "tray":
        QTimer.singleShot(0, self.close)
        return

    def shown() -> None:
        print("SHOWN", json.dumps({"window_visible": self.isVisible()}), flush=True)
        tray.quit_action.trigger()

    tray.show_action.trigger()
    QTimer.singleShot(50, shown)


main_window.MainWindow.start = start  # type: ignore[method-assign]
sys.exit(cli.main(["--demo"] if HOW == "slow-feed" else ["--demo", "--tray"]))
