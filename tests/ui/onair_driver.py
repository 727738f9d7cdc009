"""Runs the real entry point (``fastpix_desktop.cli.entry.main(["--demo"])``) with the fake OBS of
tests/doubles connected, so a second launch's go-live / end / status reach a running window.

Prints STREAM <id> (a stream in the window's demo sandbox) and READY once the remote control
listens, then MESSAGE <text> whenever the window's message line changes.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

from fastpix_desktop.cli import entry as cli
from fastpix_desktop.core.models import StreamSettings
from fastpix_desktop.ui.window import app as app_module
from fastpix_desktop.ui.window import main_window
from tests.doubles.obs import FakeObsController

real_build_services = app_module.build_services
real_start = main_window.MainWindow.start


async def build_services(**kwargs):
    services = await real_build_services(**kwargs)
    services.obs = FakeObsController()  # type: ignore[assignment]
    return services


async def start(self: main_window.MainWindow, **kwargs) -> None:
    await real_start(self, **kwargs)
    stream = await self.fastpix.create_stream(StreamSettings(name="Deck test"))
    print("STREAM", stream.stream_id, flush=True)
    last = [""]

    def watch() -> None:
        if self.onair_panel.server is not None and last == [""]:
            last[0] = "\0"
            print("READY", flush=True)
        text = self.message()
        if text != last[0] and last[0] != "":
            print("MESSAGE", text.replace("\n", " "), flush=True)
        if last[0] != "":
            last[0] = text

    timer = QTimer(self)
    timer.timeout.connect(watch)
    timer.start(50)


app_module.build_services = build_services  # type: ignore[assignment]
main_window.MainWindow.start = start  # type: ignore[method-assign]
sys.exit(cli.main(["--demo"]))
