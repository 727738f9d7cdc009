"""One running instance: the lock, the socket, the token, and a second process forwarding to it."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fastpix_desktop.core.onair import remote
from fastpix_desktop.core.onair.remote import RemoteControlServer, RemoteReply, RemoteRequest
from fastpix_desktop.sandbox import SandboxApi
from fastpix_desktop.sandbox.server import start_server_in_thread
from tests.cli_helpers import run_cli, sandbox_env
from tests.integration.obs_harness import free_tcp_port


async def echo(request: RemoteRequest) -> RemoteReply:
    return RemoteReply(0, {"got": request.command, "args": request.args}, "ok")


@pytest.mark.parametrize("prefer_unix", [True, False], ids=["unix", "tcp"])
async def test_a_second_launch_reaches_the_running_instance(tmp_path: Path, prefer_unix) -> None:
    server = RemoteControlServer(
        echo, loop=asyncio.get_running_loop(), directory=tmp_path, prefer_unix=prefer_unix
    )
    assert server.start()
    try:
        info = json.loads((tmp_path / remote.INFO_NAME).read_text())
        unix = prefer_unix and remote._unix_usable(tmp_path / remote.SOCKET_NAME)
        assert info["transport"] == ("unix" if unix else "tcp")
        assert oct((tmp_path / remote.INFO_NAME).stat().st_mode & 0o777) == "0o600"
        second = RemoteControlServer(echo, loop=asyncio.get_running_loop(), directory=tmp_path)
        assert not second.start()  # only one instance
        reply = await asyncio.to_thread(
            remote.send_command, RemoteRequest("status", {"x": 1}), directory=tmp_path
        )
        assert reply == RemoteReply(0, {"got": "status", "args": {"x": 1}}, "ok")
    finally:
        server.close()
    assert remote.send_command(RemoteRequest("status"), directory=tmp_path) is None


async def test_a_request_without_the_token_is_refused(tmp_path: Path) -> None:
    server = RemoteControlServer(
        echo, loop=asyncio.get_running_loop(), directory=tmp_path, prefer_unix=False
    )
    assert server.start()
    try:
        info = json.loads((tmp_path / remote.INFO_NAME).read_text())

        def forge() -> dict:
            import socket

            with socket.create_connection(("127.0.0.1", info["port"]), timeout=5) as conn:
                conn.sendall(json.dumps({"token": "guess", "command": "end"}).encode() + b"\n")
                return json.loads(conn.makefile().readline())

        answer = await asyncio.to_thread(forge)
        assert answer["exitCode"] == 3 and answer["json"]["error"]["message"] == "Not allowed."
    finally:
        server.close()


def test_a_stale_info_file_from_a_crashed_instance_means_no_instance(tmp_path: Path) -> None:
    (tmp_path / remote.INFO_NAME).write_text(
        json.dumps({"transport": "tcp", "port": 9, "token": "t"})
    )
    (tmp_path / remote.LOCK_NAME).write_text("")
    assert remote.send_command(RemoteRequest("status"), directory=tmp_path) is None


def test_status_and_go_live_are_forwarded_to_a_headless_host_process(tmp_path: Path) -> None:
    """Two processes: a running host (no OBS reachable) and the CLI forwarding to it."""
    with start_server_in_thread(SandboxApi()) as sandbox:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("FASTPIX_", "OBS_"))}
        env.update(sandbox_env(sandbox.url))
        env["FASTPIX_DESKTOP_STATE_DIR"] = str(tmp_path)
        env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
        obs_port = free_tcp_port()  # nothing listens: OBS "closed"
        host = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "fastpix_desktop.cli.onair_host",
                "--obs",
                f"127.0.0.1:{obs_port}",
            ],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        try:
            assert host.stdout is not None
            assert json.loads(host.stdout.readline()) == {"ready": True}
            cli_env = {**sandbox_env(sandbox.url), "FASTPIX_DESKTOP_STATE_DIR": str(tmp_path)}
            status = run_cli("status", "--json", env=cli_env, timeout=30)
            assert status.returncode == 0, status.stderr
            data = json.loads(status.stdout)
            assert data["obs"]["connected"] is False
            assert f"127.0.0.1:{obs_port}" in data["obs"]["error"]  # the host's OBS, not ours
            go = run_cli("go-live", "0" * 32, "--json", env=cli_env, timeout=30)
            assert go.returncode == 6, go.stdout
            assert json.loads(go.stdout)["error"]["code"] == 6
        finally:
            host.terminate()
            host.wait(timeout=10)
        assert host.returncode == 0, host.stderr.read() if host.stderr else ""
