"""Runs the real entry point (``fastpix_desktop.cli.entry.main(["--demo"])``) and reports what the
streamer's first frame held and what was imported by then (FRAME <json>), then, once the panels
are built and started, BUILT <json> and closes the window. ``close-frame`` closes the frame as
soon as it is painted, before the panels exist; ``close-building`` closes it after the first step
of the panels' build and prints CLOSED-WHILE-BUILDING <json> once the app shut down."""

from __future__ import annotations

import json
import sys

from PySide6.QtCore import QEvent, QObject, QTimer

from fastpix_desktop.cli import entry as cli
from fastpix_desktop.ui.window import main_window
from fastpix_desktop.ui.window import start as start_module

HOW = sys.argv[1]
# What the frame must not wait for: the clients, the loop, the keyring, the panels.
AFTER_THE_FRAME = (
    "asyncio",
    "qasync",
    "httpx",
    "obsws_python",
    "keyring",
    "fastpix_desktop.core.fastpix.client",
    "fastpix_desktop.core.obs",
    "fastpix_desktop.core.onair.remote",  # also after a crash left its files (bench/README.md)
    "fastpix_desktop.ui.window.app",
    "fastpix_desktop.ui.create.panel",
)

real_wait = start_module.wait_for_first_frame
real_start = main_window.MainWindow.start
real_steps = main_window.MainWindow.build_steps


class _Painted(QObject):
    painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            _Painted.painted = True
        return False


def wait(window: main_window.MainWindow, **kwargs) -> None:
    watcher = _Painted(window)
    window.installEventFilter(watcher)
    real_wait(window, **kwargs)
    frame = {
        "painted": _Painted.painted,
        "imported": [name for name in AFTER_THE_FRAME if name in sys.modules],
        "title": window.windowTitle(),
        "menus": [action.text() for action in window.menuBar().actions()],
        "status": window.statusBar().currentMessage(),
        "built": window.built,
        "size": [window.width(), window.height()],
    }
    print("FRAME", json.dumps(frame), flush=True)
    if HOW == "close-frame":
        window.close()
    if HOW == "close-building":
        report_the_shutdown()


async def start(self: main_window.MainWindow, **kwargs) -> None:
    await real_start(self, **kwargs)
    built = {
        "built": self.built,
        "create_button": self.create_button.text(),
        "status": self.statusBar().currentMessage(),
        "file_menu": [a.text() for a in self.file_menu.actions() if a.text()],
        "size": [self.width(), self.height()],
    }
    print("BUILT", json.dumps(built), flush=True)
    QTimer.singleShot(0, self.close)


def build_steps(self: main_window.MainWindow, **parts):
    steps = real_steps(self, **parts)
    yield next(steps)
    if HOW == "close-building":
        self.close()  # the streamer closes the window while the panels are being made
    yield from steps


def report_the_shutdown() -> None:
    """Imported here, after the frame was measured: ui.window.app brings httpx, qasync and the
    rest."""
    from fastpix_desktop.ui.window import app as app_module

    real_close_services = app_module.close_services

    async def close_services(window, services) -> None:
        await real_close_services(window, services)
        report = {"built": window.built, "http_closed": services.fastpix._closed}
        print("CLOSED-WHILE-BUILDING", json.dumps(report), flush=True)

    app_module.close_services = close_services  # type: ignore[assignment]


main_window.MainWindow.build_steps = build_steps  # type: ignore[method-assign]
start_module.wait_for_first_frame = wait  # type: ignore[assignment]
main_window.MainWindow.start = start  # type: ignore[method-assign]
sys.exit(cli.main(["--demo"]))
