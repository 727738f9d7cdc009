"""A stream deck's second launch hands ``go-live`` to the running instance with the heavy stack
blocked: no Qt, httpx, obsws-python, keyring or asyncio is imported to do it (each costs tens of
ms on the key press; bench/README.md)."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

from fastpix_desktop.core.onair.remote import RemoteControlServer, RemoteReply, RemoteRequest
from tests.conftest import PROJECT_ROOT

BLOCKED = ("PySide6", "shiboken6", "qasync", "httpx", "httpcore", "obsws_python", "keyring")
HANDOVER = """
import importlib.abc, sys
BLOCKED = {blocked!r}

class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(name + " is blocked: the handover must not need it")
        return None

sys.meta_path.insert(0, Block())
from fastpix_desktop.cli.entry import main
code = main(["go-live", "chan-1", "--json"])
print("asyncio imported:", "asyncio" in sys.modules, file=sys.stderr)
raise SystemExit(code)
"""


async def test_go_live_is_handed_over_without_the_heavy_stack(tmp_path: Path) -> None:
    received: list[RemoteRequest] = []

    async def handler(request: RemoteRequest) -> RemoteReply:
        received.append(request)
        return RemoteReply(0, {"streamId": request.args["streamId"]}, "Live on chan-1.")

    server = RemoteControlServer(handler, loop=asyncio.get_running_loop(), directory=tmp_path)
    assert server.start()
    env = {**os.environ, "FASTPIX_DESKTOP_STATE_DIR": str(tmp_path)}
    try:
        done = await asyncio.to_thread(
            subprocess.run,
            [sys.executable, "-c", HANDOVER.format(blocked=BLOCKED)],
            cwd=PROJECT_ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        server.close()
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {"streamId": "chan-1"}
    assert "asyncio imported: False" in done.stderr
    assert [r.command for r in received] == ["go-live"]


async def test_without_a_running_instance_the_blocked_stack_is_needed(tmp_path: Path) -> None:
    """The failure path: nothing to hand over to, so the command runs headless and needs the
    stack the handover did without (here blocked, so it fails instead of going live)."""
    env = {**os.environ, "FASTPIX_DESKTOP_STATE_DIR": str(tmp_path)}
    done = await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-c", HANDOVER.format(blocked=BLOCKED)],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode != 0
    assert "is blocked" in done.stderr or '"error"' in done.stdout
