"""Runs the real entry point (``fastpix_desktop.cli.entry.main(["--demo"])``) on air: the fake OBS
of tests/doubles streams, the demo sandbox says the stream is active, and the clip manifest is
fetched from the demo sandbox's playback host (demo mode has no network).

Prints STREAM <id> <playbackId> once the window's broadcast clock runs and its remote control
listens, then MESSAGE <text> whenever the window's message line changes and CLIP <url> when
the window shows a clip.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer

from fastpix_desktop.cli import entry as cli
from fastpix_desktop.core.errors import FastPixError
from fastpix_desktop.core.models import StreamSettings
from fastpix_desktop.core.recordings import use_cases
from fastpix_desktop.ui.window import app as app_module
from fastpix_desktop.ui.window import main_window
from tests.doubles.obs import FakeObsController

real_build_services = app_module.build_services
real_start = main_window.MainWindow.start
PLAYBACK_BASE = "https://stream.fastpix.com"


async def build_services(**kwargs):
    services = await real_build_services(**kwargs)
    services.obs = FakeObsController()  # type: ignore[assignment]
    return services


async def start(self: main_window.MainWindow, **kwargs) -> None:
    await real_start(self, **kwargs)
    sandbox = self.fastpix._client_options["transport"].api  # type: ignore[attr-defined]

    async def fetch(url: str) -> str:
        path, _, query = url.removeprefix(PLAYBACK_BASE).partition("?")
        answer = sandbox.handle("GET", path, query=query)
        if answer.status >= 400:
            raise FastPixError(answer.body.decode().strip(), status=answer.status)
        return answer.body.decode()

    assert use_cases.clip_now.__kwdefaults__ is not None
    use_cases.clip_now.__kwdefaults__["fetch"] = fetch
    stream = await self.fastpix.create_stream(StreamSettings(name="Clip test"))
    self.obs.live = True  # type: ignore[attr-defined]
    sandbox.set_status(stream.stream_id, "active")
    self.onair_panel.monitor.watch_stream(stream.stream_id)
    last = [""]
    shown = [""]

    def watch() -> None:
        recorder = self.recordings_panel.recorder
        ready = self.onair_panel.server is not None and recorder.on_air_stream()
        if ready and last == [""]:
            last[0] = "\0"
            print("STREAM", stream.stream_id, stream.playback_ids[0].id, flush=True)
        text = self.message()
        if text != last[0] and last[0] != "":
            print("MESSAGE", text.replace("\n", " "), flush=True)
        if last[0] != "":
            last[0] = text
        link = self.recordings_panel.clip_view.link.value()
        if link != shown[0]:
            shown[0] = link
            print("CLIP", link, flush=True)

    timer = QTimer(self)
    timer.timeout.connect(watch)
    timer.start(50)


app_module.build_services = build_services  # type: ignore[assignment]
main_window.MainWindow.start = start  # type: ignore[method-assign]
sys.exit(cli.main(["--demo"]))
