"""The window first: the real entry point shows and paints the window's frame before it imports
the clients and panels, then builds the panels into that same window; and the frame alone
behaves (closing it, a palette change) before there are panels."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QRect
from PySide6.QtWidgets import QApplication

from fastpix_desktop.ui.window.main_window import MainWindow
from fastpix_desktop.ui.window.size import available_area, keep_on_screen
from tests.conftest import PROJECT_ROOT

DRIVER = str(PROJECT_ROOT / "tests" / "ui" / "frame_first_driver.py")


def _run_driver(how: str, tmp_path) -> tuple[subprocess.CompletedProcess[str], dict[str, dict]]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    env["OBS_WEBSOCKET_PORT"] = "1"  # nothing listens there: OBS is simply not running
    env["PYTHONPATH"] = str(PROJECT_ROOT)
    env["HOME"] = env["XDG_CONFIG_HOME"] = str(tmp_path)  # no saved geometry or language
    env["LANGUAGE"] = "en"
    done = subprocess.run(
        [sys.executable, DRIVER, how],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    lines = {}
    for line in done.stdout.splitlines():
        tag, _, rest = line.partition(" ")
        if tag in ("FRAME", "BUILT", "CLOSED-WHILE-BUILDING"):
            lines[tag] = json.loads(rest)
    return done, lines


@pytest.mark.parametrize("left_behind", [False, True], ids=["clean", "after-a-crash"])
def test_the_frame_is_painted_before_the_clients_and_panels_are_imported(tmp_path, left_behind):
    if left_behind:  # an instance that was killed leaves its files, its lock free
        state = Path(os.environ["FASTPIX_DESKTOP_STATE_DIR"])
        state.mkdir(mode=0o700, parents=True)
        (state / "instance.json").write_text('{"transport": "tcp", "port": 9, "token": "t"}')
        (state / "instance.lock").write_bytes(b"")
    done, lines = _run_driver("build", tmp_path)

    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    frame = lines["FRAME"]
    assert frame["painted"]
    assert frame["imported"] == []  # no asyncio, httpx, qasync, obsws-python, keyring, panel
    assert frame["title"] == "fastpix-desktop (demo)"
    assert frame["menus"] == [
        "&File",
        "&Settings",
        "&OBS",
        "&Help",
    ]  # the menu bar does not appear later
    assert frame["status"] == "Starting…"
    assert not frame["built"]
    built = lines["BUILT"]  # the same window, now with its panels
    assert built["built"] and built["create_button"] == "Create stream"
    assert built["status"] != "Starting…"  # not left saying so once it stopped being true
    assert "&Quit" in built["file_menu"] and "&Create stream" in built["file_menu"]
    # Panels only grow the frame where they need more room than it had.
    assert built["size"][0] >= frame["size"][0] and built["size"][1] >= frame["size"][1]


def test_closing_the_frame_before_the_panels_exist_exits_0_at_once(tmp_path):
    done, lines = _run_driver("close-frame", tmp_path)

    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert lines["FRAME"]["painted"]
    assert "BUILT" not in lines  # nothing was built, nothing was started


def test_closing_the_window_while_its_panels_are_made_shuts_down_and_exits_0(tmp_path):
    done, lines = _run_driver("close-building", tmp_path)

    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "BUILT" not in lines  # never started: no OBS connection, no library, no remote
    closed = lines["CLOSED-WHILE-BUILDING"]
    assert closed["built"] and closed["http_closed"]  # the one orderly shutdown ran


def test_the_frame_alone_closes_and_follows_the_palette(qapp, app_settings):
    window = MainWindow(app_settings)
    closed = []
    window.closing.connect(lambda: closed.append(True))
    window.show()
    QApplication.sendEvent(window, QEvent(QEvent.Type.PaletteChange))  # no panels to retone
    window.showMinimized()
    qapp.processEvents()

    assert window.close()
    assert closed == [True] and window.closed_before_built


def test_a_window_grown_past_the_screen_edge_is_moved_back(qapp, app_settings):
    window = MainWindow(app_settings)
    window.show()
    area = available_area(window)
    window.move(area.right() - 50, area.bottom() - 50)
    keep_on_screen(window)

    assert QRect(area).contains(window.frameGeometry())
    window.close()
