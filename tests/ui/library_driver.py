"""Runs the real entry point (``fastpix_desktop.cli.entry.main([])``) against a sandbox server,
with a fake OBS whose destination lives in a JSON file (so it survives the restart like OBS's own).

``argv[1]``: ``mark STREAM_ID`` selects the stream, makes it my channel and uses it (OBS then
points at it); ``report`` prints what the window shows after start-up. Both print one line
``REPORT {json}`` and quit through File → Quit.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from fastpix_desktop.cli import entry as cli
from fastpix_desktop.core.models import ObsServiceSettings
from fastpix_desktop.ui.widgets.secret_field import SecretField
from fastpix_desktop.ui.window import app as app_module
from fastpix_desktop.ui.window import main_window
from tests.doubles.obs import PREVIOUS_SERVICE, FakeObsController

HOW = sys.argv[1]
STATE = Path(os.environ["TEST_OBS_STATE"])

real_start = main_window.MainWindow.start
fake_obs: list[FakeObsController] = []


def obs_factory(info, timeout: float = 3.0) -> FakeObsController:
    service = PREVIOUS_SERVICE
    if STATE.exists():
        data = json.loads(STATE.read_text(encoding="utf-8"))
        service = ObsServiceSettings(data["type"], data["settings"])
    obs = FakeObsController(info=info, service=service)
    fake_obs.append(obs)
    return obs


def poll(condition, then, tries: int = 400) -> None:
    if condition() or tries <= 0:
        then()
    else:
        QTimer.singleShot(25, lambda: poll(condition, then, tries - 1))


async def start(self: main_window.MainWindow, **kwargs) -> None:
    await real_start(self, **kwargs)
    panel = self.library_panel
    poll(lambda: panel.view.model.total > 0 and not self.runner.pending, lambda: act(self))


def act(window: main_window.MainWindow) -> None:
    panel = window.library_panel
    if HOW == "mark":
        stream_id = sys.argv[2]
        panel.view.select(stream_id)
        panel.my_channel_button.click()
        poll(lambda: panel.my_channel_id == stream_id, lambda: use(window, stream_id))
    else:
        finish(window)


def use(window: main_window.MainWindow, stream_id: str) -> None:
    window.library_panel.start_use(stream_id)
    poll(lambda: not window.busy and not window.runner.pending, lambda: finish(window))


def finish(window: main_window.MainWindow) -> None:
    panel = window.library_panel
    obs = fake_obs[-1]
    STATE.write_text(
        json.dumps({"type": obs.service.service_type, "settings": obs.service.settings}),
        encoding="utf-8",
    )
    field = window.details.findChild(SecretField, "streamKeyField")
    shown = window.details.stream
    report = {
        "my_channel": panel.my_channel_id,
        "go_live": panel.go_live_button.text() if panel.go_live_button.isVisible() else "",
        "shown": shown.stream_id if shown is not None else None,
        "key_on_screen": field.value() if field is not None else "",
        "obs_stream": panel.obs_stream_id,
        "obs_note": window.details.obs_result_label.text(),
    }
    print("REPORT", json.dumps(report, sort_keys=True), flush=True)
    window.quit_action.trigger()


main_window.MainWindow.start = start  # type: ignore[method-assign]
app_module.ObsController = obs_factory  # type: ignore[assignment,misc]
sys.exit(cli.main([]))
