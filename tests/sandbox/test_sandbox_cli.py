"""`python -m fastpix_desktop sandbox`: one ready line, answers requests, quiet exit on signals."""

from __future__ import annotations

import os
import queue
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY, SandboxState

PROJECT_ROOT = Path(__file__).resolve().parents[2]
READY = re.compile(r"ready (http://127\.0\.0\.1:(\d+)/v1)")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _start(*extra: str) -> subprocess.Popen[str]:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(PROJECT_ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "fastpix_desktop", "sandbox", "--port", "0", *extra],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _first_line(process: subprocess.Popen[str], timeout: float = 20) -> str:
    lines: queue.Queue[str] = queue.Queue()
    assert process.stdout is not None
    stdout = process.stdout
    threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
    try:
        return lines.get(timeout=timeout)
    except queue.Empty:
        pytest.fail("the sandbox did not print its ready line in time")


@pytest.fixture
def sandbox_process() -> Iterator[subprocess.Popen[str]]:
    process = _start()
    yield process
    if process.poll() is None:
        process.kill()
        process.wait(timeout=10)


@pytest.mark.parametrize("stop_signal", [signal.SIGINT, signal.SIGTERM])
def test_prints_ready_answers_and_exits_quietly_on_signal(stop_signal):
    process = _start()
    try:
        line = _first_line(process)
        match = READY.fullmatch(line.strip())
        assert match, line
        assert int(match.group(2)) > 0

        response = httpx.get(
            match.group(1) + "/live/streams",
            auth=(DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY),
            timeout=5,
        )
        assert response.status_code == 200

        process.send_signal(stop_signal)
        stdout, stderr = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)

    assert process.returncode == 0
    assert stdout == ""  # exactly one line in total: the ready line read above
    assert "Traceback" not in stderr
    assert stderr == ""


def test_credentials_and_seed_options():
    process = _start("--credentials", "my-id:my-secret", "--seed", "5", "--latency-ms", "1")
    try:
        url = READY.fullmatch(_first_line(process).strip()).group(1)  # type: ignore[union-attr]
        body = {"playbackSettings": {}, "inputMediaSettings": {}}
        demo = httpx.post(
            url + "/live/streams", json=body, auth=(DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY)
        )
        created = httpx.post(url + "/live/streams", json=body, auth=("my-id", "my-secret"))
        process.send_signal(signal.SIGINT)
        process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)

    assert demo.status_code == 401
    assert created.status_code == 201
    assert created.json()["data"]["srtSecret"] == SandboxState(seed=5).create_stream().srt_secret
    assert process.returncode == 0


def test_malformed_credentials_are_a_usage_error():
    process = _start("--credentials", "no-colon")
    stdout, stderr = process.communicate(timeout=20)

    assert process.returncode == 2
    assert stdout == ""
    assert "ACCESS_TOKEN_ID:SECRET_KEY" in stderr
    assert "Traceback" not in stderr


def test_busy_port_is_a_plain_error(sandbox_process):
    port = READY.fullmatch(_first_line(sandbox_process).strip()).group(2)  # type: ignore[union-attr]
    env = {**os.environ, "PYTHONPATH": str(PROJECT_ROOT)}

    result = subprocess.run(
        [sys.executable, "-m", "fastpix_desktop", "sandbox", "--port", port],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=20,
    )

    assert result.returncode == 1
    assert result.stdout == ""
    assert f"cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("port", ["-1", "99999"])
def test_a_port_out_of_range_is_a_usage_error_in_plain_words(port):
    """Issue 28: --port -1 or 99999 ended in an OverflowError traceback."""
    process = subprocess.Popen(
        [sys.executable, "-m", "fastpix_desktop", "sandbox", "--port", port],
        cwd=PROJECT_ROOT,
        env={**os.environ, "PYTHONPATH": str(PROJECT_ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    stdout, stderr = process.communicate(timeout=20)
    assert process.returncode == 2
    assert stdout == "" and "Traceback" not in stderr
    assert "--port must be a number from 0 to 65535" in stderr


def test_credentials_from_the_environment_stay_off_the_process_list():
    env = {
        **os.environ,
        "PYTHONPATH": str(PROJECT_ROOT),
        "FASTPIX_SANDBOX_CREDENTIALS": "env-id:env-secret",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "fastpix_desktop", "sandbox", "--port", "0"],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        url = READY.fullmatch(_first_line(process).strip()).group(1)  # type: ignore[union-attr]
        listed = httpx.get(url + "/live/streams", auth=("env-id", "env-secret"), timeout=5)
        cmdline = Path(f"/proc/{process.pid}/cmdline").read_bytes()
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
    assert listed.status_code == 200
    assert b"env-secret" not in cmdline
    assert stderr == ""


def test_credentials_on_the_command_line_and_a_public_host_are_warned_about():
    process = _start("--credentials", "my-id:my-secret", "--host", "0.0.0.0")
    try:
        line = _first_line(process)
        assert "ready http://0.0.0.0:" in line
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=15)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
    assert "FASTPIX_SANDBOX_CREDENTIALS" in stderr
    assert "lets other computers reach the sandbox" in stderr
