"""Every way of quitting the real app exits 0 through the one orderly shutdown (a subprocess
per path), and quitting asks first when it would lose something."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from fastpix_desktop.core.obs import StreamStateChanged
from fastpix_desktop.ui.widgets.secret_field import SecretField
from fastpix_desktop.ui.window.quit_guard import QUIT_WHILE_CREATING, QUIT_WHILE_LIVE
from tests.conftest import PROJECT_ROOT
from tests.ui.conftest import run_pending

DRIVER = str(PROJECT_ROOT / "tests" / "ui" / "quit_driver.py")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    env["OBS_WEBSOCKET_PORT"] = "1"  # nothing listens there: OBS is simply not running
    env["PYTHONPATH"] = str(PROJECT_ROOT)
    return env


def _wait_for_line(proc: subprocess.Popen[str], wanted: str, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line.strip() == wanted:
            return
        if not line and proc.poll() is not None:
            break
    raise AssertionError(f"{wanted} never came")


@pytest.mark.parametrize(
    "how", ["file-quit", "ctrl-q", "close-button", "app-quit", "sigint", "sigterm"]
)
def test_every_quit_path_exits_0_after_the_orderly_shutdown(how, tmp_path):
    stderr_path = tmp_path / "stderr.txt"
    with stderr_path.open("w", encoding="utf-8") as stderr:
        proc = subprocess.Popen(
            [sys.executable, DRIVER, how],
            cwd=PROJECT_ROOT,
            env=_env(),
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
        try:
            _wait_for_line(proc, "READY", timeout=60)
            if how in ("sigint", "sigterm"):
                proc.send_signal(signal.SIGINT if how == "sigint" else signal.SIGTERM)
            proc.wait(timeout=30)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
    assert proc.stdout is not None
    out = proc.stdout.read()  # through the same buffer readline() used: nothing is lost
    err = stderr_path.read_text(encoding="utf-8")
    assert proc.returncode == 0, err
    done = [line for line in out.splitlines() if line.startswith("SHUTDOWN-DONE ")]
    assert len(done) == 1, out
    assert json.loads(done[0].removeprefix("SHUTDOWN-DONE ")) == {
        "tasks": 0,  # every task cancelled and awaited
        "http_closed": True,
        "obs_connected": False,
        "keyring_alive": False,
    }
    assert "Traceback" not in err and "Unexpected error" not in err, err


@pytest.fixture(autouse=True)
def app_decides_when_to_quit(qapp):
    """As in the app (ui/window/app.py): closing the last window must not stop the loop under
    test."""
    qapp.setQuitOnLastWindowClosed(False)
    yield
    qapp.setQuitOnLastWindowClosed(True)


def test_ctrl_q_mid_create_asks_first_in_the_real_app(tmp_path):
    proc = subprocess.run(
        [sys.executable, DRIVER, "ctrl-q-mid-create"],
        cwd=PROJECT_ROOT,
        env=_env(),
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert proc.returncode == 0, proc.stderr
    assert f"ASKED {QUIT_WHILE_CREATING}" in proc.stdout
    assert "STILL-CREATING True" in proc.stdout  # the question came before anything was lost
    assert "SHUTDOWN-DONE " in proc.stdout


def _answer(window, qloop, *, accept: bool) -> None:
    prompt = window.prompt
    assert prompt is not None and prompt.objectName() == "quitPrompt"
    (prompt.accept_button if accept else prompt.reject_button).click()
    run_pending(qloop)


def test_quitting_mid_create_asks_and_a_no_keeps_the_create_going(window, qloop, sandbox):
    closed: list[bool] = []
    window.closing.connect(lambda: closed.append(True))
    sandbox.latency_ms = 300
    task = window.start_create()
    run_pending(qloop, rounds=1)
    window.close()
    run_pending(qloop, rounds=1)
    assert window.prompt is not None and window.prompt.text() == QUIT_WHILE_CREATING
    assert not closed and window.isVisible()
    _answer(window, qloop, accept=False)
    qloop.run_until_complete(task)
    assert not closed and len(sandbox.streams) == 1
    key = window.findChild(SecretField, "streamKeyField")
    assert key is not None and key.value() == next(iter(sandbox.streams.values())).stream_key


def test_quitting_mid_create_quits_after_a_yes(window, qloop, sandbox):
    closed: list[bool] = []
    window.closing.connect(lambda: closed.append(True))
    sandbox.latency_ms = 300
    window.start_create()
    run_pending(qloop, rounds=1)
    window.close()
    run_pending(qloop, rounds=1)
    _answer(window, qloop, accept=True)
    assert closed and not window.isVisible()


def test_quitting_while_obs_is_live_asks_first(window, qloop, obs):
    closed: list[bool] = []
    window.closing.connect(lambda: closed.append(True))
    obs.live = True
    obs.emit(StreamStateChanged(True, "OBS_WEBSOCKET_OUTPUT_STARTED"))
    window.close()
    run_pending(qloop)
    assert window.prompt is not None and window.prompt.text() == QUIT_WHILE_LIVE
    _answer(window, qloop, accept=False)
    assert not closed
    window.close()
    run_pending(qloop)
    _answer(window, qloop, accept=True)
    assert closed


def test_quit_now_never_asks(window, qloop, obs):
    closed: list[bool] = []
    window.closing.connect(lambda: closed.append(True))
    obs.live = True
    obs.emit(StreamStateChanged(True, "OBS_WEBSOCKET_OUTPUT_STARTED"))
    window.quit_now()
    assert closed and window.prompt is None


def test_a_second_ctrl_c_does_not_wait_for_the_answer(window, qloop, obs):
    closed: list[bool] = []
    window.closing.connect(lambda: closed.append(True))
    obs.live = True
    obs.emit(StreamStateChanged(True, "OBS_WEBSOCKET_OUTPUT_STARTED"))
    window.interrupt()
    run_pending(qloop)
    assert window.prompt is not None and not closed
    window.interrupt()
    run_pending(qloop)
    assert closed
