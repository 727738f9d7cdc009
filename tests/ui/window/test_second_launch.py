"""A second launch of the window raises the running one and exits, instead of opening a second
full window that would also monitor and drive OBS: through the real entry point, twice."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import PROJECT_ROOT


def environment(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "QT_SCALE"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        FASTPIX_DESKTOP_STATE_DIR=str(tmp_path / "state"),
        PYTHONPATH=str(PROJECT_ROOT),
        LANGUAGE="en",
        # No OBS here: nothing answers on this port.
        OBS_WEBSOCKET_PORT="1",
    )
    return env


def test_a_second_launch_raises_the_running_window_and_exits(tmp_path):
    env = environment(tmp_path)
    first = subprocess.Popen(
        [sys.executable, "-m", "fastpix_desktop", "--demo"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        info = tmp_path / "state" / "instance.json"
        deadline = time.monotonic() + 60
        while not info.exists() and first.poll() is None and time.monotonic() < deadline:
            time.sleep(0.1)
        assert info.exists(), "the first window never started its remote control"
        second = subprocess.run(
            [sys.executable, "-m", "fastpix_desktop", "--demo"],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=30,  # a second window would run until closed
        )
        assert second.returncode == 0, second.stderr
        assert "already running" in second.stdout
        # The running window answered (it handled the request), and it still runs.
        assert "The running window was brought to the front." in second.stdout
        assert first.poll() is None
    finally:
        first.terminate()
        try:
            first.wait(timeout=30)
        except subprocess.TimeoutExpired:
            first.kill()
            first.wait()
