"""Two processes: a running window (the real app, offscreen, demo mode) takes go-live, end and
status from a second launch of the command line and shows what they did."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from fastpix_desktop.core.onair.use_cases import DEMO_NEVER_STARTS
from tests.conftest import PROJECT_ROOT

DRIVER = str(PROJECT_ROOT / "tests" / "ui" / "onair_driver.py")


def _env(tmp_path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
    env["PYTHONPATH"] = str(PROJECT_ROOT)
    env["FASTPIX_DESKTOP_STATE_DIR"] = str(tmp_path / "state")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # no "my channel" of the user's
    return env


def _read_until(proc: subprocess.Popen[str], prefix: str, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if line.startswith(prefix) and (line.removeprefix(prefix).strip() or prefix == "READY"):
            return line.removeprefix(prefix).strip()
        if not line and proc.poll() is not None:
            break
    raise AssertionError(f"{prefix!r} never came")


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fastpix_desktop", *args],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_second_launch_drives_the_running_window(tmp_path):
    env = _env(tmp_path)
    stderr = (tmp_path / "stderr.txt").open("w", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, DRIVER],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=stderr,
        text=True,
    )
    try:
        stream_id = _read_until(proc, "STREAM ", timeout=60)
        _read_until(proc, "READY", timeout=30)

        status = _cli(env, "status", "--json")
        assert status.returncode == 0, status.stderr
        data = json.loads(status.stdout)
        # Answered by the window: its monitor's figures come with it.
        assert data["obs"]["connected"] is True and data["obs"]["outputState"] == "off"
        assert "figures" in data

        go = _cli(env, "go-live", stream_id, "--no-restore-point", "--json")  # no keyring here
        assert go.returncode == 0, go.stderr
        data = json.loads(go.stdout)
        assert data["streamId"] == stream_id
        # Demo mode: OBS configured for the demo stream, never started.
        assert data["obs"]["configured"] is True and data["obs"]["started"] is False
        assert data["note"] == DEMO_NEVER_STARTS
        assert _read_until(proc, "MESSAGE ", timeout=10) == DEMO_NEVER_STARTS

        end = _cli(env, "end", "--json")
        assert end.returncode == 0, end.stderr
        assert json.loads(end.stdout)["obs"]["wasStreaming"] is False
        assert _read_until(proc, "MESSAGE ", timeout=10).startswith("OBS was not streaming.")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        stderr.close()
    assert proc.returncode == 0, (tmp_path / "stderr.txt").read_text(encoding="utf-8")
    assert not (tmp_path / "state" / "instance.json").exists()  # closed in the shutdown
