"""Composition root: the GUI runs on a qasync loop with PySide6 and shuts down cleanly; the
self-test builds the window offscreen without network or OBS and prints the versions."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading

import pytest
from PySide6.QtCore import QTimer

from fastpix_desktop.ui.window import app as app_module
from tests.conftest import PROJECT_ROOT
from tests.doubles.obs import FakeObsController


@pytest.fixture
def no_global_side_effects(monkeypatch):
    """run_gui installs hooks and logging filters process-wide; undo them after the test."""
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    monkeypatch.setattr(app_module, "install_log_redaction", lambda: None)


def test_run_gui_demo_opens_the_window_and_closes_everything(
    monkeypatch, no_global_side_effects, qapp
):
    fake_obs: list[FakeObsController] = []
    windows = []

    def obs_factory(info, timeout=3.0):
        fake_obs.append(FakeObsController(info=info))
        return fake_obs[-1]

    real_build_window = app_module.build_window

    def build_window(services, frame):
        window = real_build_window(services, frame)
        windows.append(window)
        # Close as a user would, once the window has started up.
        QTimer.singleShot(300, window.close)
        return window

    monkeypatch.setattr(app_module, "ObsController", obs_factory)
    monkeypatch.setattr(app_module, "build_window", build_window)

    sigint_before = signal.getsignal(signal.SIGINT)
    assert app_module.run_gui(demo=True, api_url=None) == 0
    assert signal.getsignal(signal.SIGINT) is sigint_before

    window = windows[0]
    assert window.demo and window.demo_badge.property("banner_tone")
    assert window.windowTitle() == "fastpix-desktop (demo)"
    assert fake_obs[0].calls[0] == "connect"  # OBS opened at start-up...
    assert fake_obs[0].closed  # ...and closed on quit
    assert window.fastpix._closed  # the httpx client was closed (qasync#112)
    assert window.runner.pending == 0


def test_self_test_in_process(monkeypatch, capsys, qapp):
    def no_obs(*_args, **_kwargs):
        raise AssertionError("the self-test must not touch OBS")

    monkeypatch.setattr(app_module.ObsController, "connect", no_obs)
    monkeypatch.setattr(app_module.ObsController, "start", no_obs)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)

    assert app_module.run_self_test() == 0
    out = capsys.readouterr().out
    assert "Python 3." in out
    assert "Qt 6." in out and "PySide6 6." in out
    assert "keyring backend: tests.doubles.keyring.InMemoryKeyring" in out
    assert "self-test: OK" in out
    assert "playback tokens: RS256 ok" in out


def test_self_test_command_line():
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY")}
    # Ask for the wrong binding: the app must still pin PySide6 for qasync (qasync#23).
    env["QT_API"] = "pyqt6"
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    result = subprocess.run(
        [sys.executable, "-m", "fastpix_desktop", "--self-test"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert "self-test: OK" in result.stdout
    assert "keyring backend: keyring.backends.null.Keyring" in result.stdout
    assert "Qt platform: offscreen" in result.stdout
    assert "Traceback" not in result.stderr


def test_qasync_uses_pyside6():
    import qasync

    assert qasync.QtModuleName == "PySide6"


def test_no_keyring_call_before_the_window_shows_and_obs_gets_its_password(
    monkeypatch, no_global_side_effects, qapp, memory_keyring
):
    """A slow or locked keyring must never hold up the window: build_services asks it nothing;
    the window's start-up reads the OBS password and hands it to the controller before
    connecting."""
    memory_keyring.set_password("fastpix-desktop", "obs-websocket-password", "obs-pass-1234")
    fake_obs: list[FakeObsController] = []
    windows = []
    keyring_calls: list[bool] = []  # per call: was the window already visible?

    def obs_factory(info, timeout=3.0):
        fake_obs.append(FakeObsController(info=info))
        return fake_obs[-1]

    real_build_window = app_module.build_window

    def build_window(services, frame):
        window = real_build_window(services, frame)
        windows.append(window)
        QTimer.singleShot(300, window.close)
        return window

    real_run = app_module.SecretStore._run

    async def recording_run(self, fn):
        keyring_calls.append(bool(windows) and windows[0].isVisible())
        return await real_run(self, fn)

    monkeypatch.setattr(app_module, "ObsController", obs_factory)
    monkeypatch.setattr(app_module, "build_window", build_window)
    monkeypatch.setattr(app_module.SecretStore, "_run", recording_run)

    assert app_module.run_gui(demo=True, api_url=None) == 0

    assert keyring_calls and all(keyring_calls), keyring_calls
    obs = fake_obs[0]
    assert obs.info.password == "obs-pass-1234"
    assert obs.calls.index("set_connection") < obs.calls.index("connect")
