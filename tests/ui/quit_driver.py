"""Runs the real entry point (``fastpix_desktop.cli.entry.main(["--demo"])``) and, once the window
has started, quits it the way ``argv[1]`` names; for the signal paths the test sends the signal.

Prints READY when the window is up and, after the orderly shutdown ran, SHUTDOWN-DONE with
what it left behind (tasks, HTTP client, OBS connection, keyring thread).
"""

from __future__ import annotations

import asyncio
import json
import sys
import threading

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from fastpix_desktop.cli import entry as cli
from fastpix_desktop.ui.window import app as app_module
from fastpix_desktop.ui.window import main_window

HOW = sys.argv[1]

real_start = main_window.MainWindow.start
real_close_services = app_module.close_services


async def start(self: main_window.MainWindow, **kwargs) -> None:
    await real_start(self, **kwargs)
    QTimer.singleShot(200, lambda: act(self))


async def close_services(window: main_window.MainWindow, services: app_module.Services) -> None:
    await real_close_services(window, services)
    others = [t for t in asyncio.all_tasks() if t is not asyncio.current_task() and not t.done()]
    keyring = [t for t in threading.enumerate() if t.name == "keyring"]
    for thread in keyring:
        thread.join(timeout=2.0)  # told to stop; it ends after its current call
    report = {
        "tasks": window.runner.pending + len(others),
        "http_closed": services.fastpix._closed,
        "obs_connected": services.obs.connected,
        "keyring_alive": any(t.is_alive() for t in keyring),
    }
    print("SHUTDOWN-DONE", json.dumps(report, sort_keys=True), flush=True)


def act(window: main_window.MainWindow) -> None:
    print("READY", flush=True)
    if HOW == "file-quit":
        file_menu = window.menuBar().actions()[0].menu()
        quit_action = next(a for a in file_menu.actions() if a.text() == "&Quit")
        quit_action.trigger()
    elif HOW == "ctrl-q":
        press_ctrl_q(window)
    elif HOW == "ctrl-q-mid-create":
        # The slowed sandbox answers after 2 s: Ctrl+Q lands while the create is in flight.
        window.create_button.click()
        press_ctrl_q(window)
        QTimer.singleShot(50, lambda: answer_quit_question(window))
    elif HOW == "close-button":
        # What the window manager's close button does: a close request to the native window.
        handle = window.windowHandle()
        assert handle is not None
        handle.close()
    elif HOW == "app-quit":
        QApplication.quit()


def press_ctrl_q(window: main_window.MainWindow) -> None:
    # Shortcuts go to the active window; sent to the native window, the key press takes the
    # same path as a real one (shortcut map first).
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window, 5000), "the window never became active"
    handle = window.windowHandle()
    assert handle is not None
    QTest.keyClick(handle, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)


def answer_quit_question(window: main_window.MainWindow) -> None:
    prompt = window.prompt
    print("ASKED", prompt.text() if prompt is not None else "nothing", flush=True)
    print("STILL-CREATING", window.runner.job_name == "create-and-configure", flush=True)
    if prompt is not None:
        prompt.accept_button.click()


if HOW == "ctrl-q-mid-create":
    # A slow FastPix, so the create is surely still in flight when the question is read.
    app_module.DEMO_LATENCY_MS = 2000.0

main_window.MainWindow.start = start  # type: ignore[method-assign]
app_module.close_services = close_services
sys.exit(cli.main(["--demo"]))
