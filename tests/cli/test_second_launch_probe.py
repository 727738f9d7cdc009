"""A second launch of the window asks a running one to come to the front; after a crash or a kill
(the instance file and lock left behind, the lock free) it starts without loading the remote
control's module before its first frame, and a running instance still gets the handover."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fastpix_desktop.cli.second_launch import SHOW_COMMAND, raise_running_window
from fastpix_desktop.core.onair.remote import RemoteControlServer, RemoteReply, RemoteRequest
from fastpix_desktop.core.state_dir import INFO_NAME, LOCK_NAME, instance_lock_held
from tests.conftest import PROJECT_ROOT

# A running instance that dies without cleaning up (os._exit: no close(), as a crash or a kill).
CRASH = """
import asyncio, os, sys
from pathlib import Path
from fastpix_desktop.core.onair.remote import RemoteControlServer, RemoteReply

async def handler(request):
    return RemoteReply(0, None, "")

async def main():
    loop = asyncio.get_running_loop()
    server = RemoteControlServer(handler, loop=loop, directory=Path(sys.argv[1]))
    assert server.start()
    os._exit(0)

asyncio.run(main())
"""

SECOND_LAUNCH = """
import sys
from fastpix_desktop.cli.second_launch import raise_running_window
answer = raise_running_window()
print(repr(answer), "fastpix_desktop.core.onair.remote" in sys.modules)
"""


def _python(code: str, *args: str, state: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(PROJECT_ROOT), FASTPIX_DESKTOP_STATE_DIR=str(state))
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_after_a_crash_the_start_goes_on_without_the_remote_module(tmp_path: Path) -> None:
    state = tmp_path / "state"
    crashed = _python(CRASH, str(state), state=state)
    assert crashed.returncode == 0, crashed.stderr
    assert (state / INFO_NAME).exists() and (state / LOCK_NAME).exists()  # left behind

    second = _python(SECOND_LAUNCH, state=state)

    assert second.returncode == 0, second.stderr
    assert second.stdout.split() == ["None", "False"]  # no window to raise; remote not loaded


async def test_a_running_instance_is_still_asked_to_come_to_the_front(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FASTPIX_DESKTOP_STATE_DIR", str(tmp_path))
    asked: list[str] = []

    async def window(request: RemoteRequest) -> RemoteReply:
        asked.append(request.command)
        return RemoteReply(0, None, "The running window was brought to the front.")

    server = RemoteControlServer(window, loop=asyncio.get_running_loop(), directory=tmp_path)
    assert server.start()
    try:
        assert instance_lock_held(tmp_path) is True
        answer = await asyncio.to_thread(raise_running_window)
    finally:
        server.close()
    assert answer == "The running window was brought to the front."
    assert asked == [SHOW_COMMAND]


def test_the_lock_probe_tells_missing_free_and_unknown_apart(tmp_path: Path) -> None:
    assert instance_lock_held(tmp_path) is False  # no lock file: nothing ever ran here
    (tmp_path / LOCK_NAME).write_bytes(b"")
    assert instance_lock_held(tmp_path) is False  # left by a crash: nobody holds it
    assert instance_lock_held(tmp_path) is False  # and the probe let go of it again


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need rights there")
def test_a_link_in_the_locks_place_is_left_to_the_remote_controls_checks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FASTPIX_DESKTOP_STATE_DIR", str(tmp_path))
    target = tmp_path / "elsewhere"
    target.write_bytes(b"")
    (tmp_path / LOCK_NAME).symlink_to(target)
    (tmp_path / INFO_NAME).write_text(json.dumps({"token": "t", "transport": "tcp", "port": 9}))

    assert instance_lock_held(tmp_path) is None  # the light look cannot tell

    # The remote control refuses the planted link (and says so to the commands); the window
    # starts as it always did.
    assert raise_running_window() is None
