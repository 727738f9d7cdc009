"""The remote control under a flood (issue 28): connections that say nothing, more requests
than it carries out at once, a process out of file descriptors, a token that is not ASCII.
Loopback only; every count and wait is bounded."""

from __future__ import annotations

import asyncio
import json
import os
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from fastpix_desktop.core.onair import remote
from fastpix_desktop.core.onair.remote import RemoteControlServer, RemoteReply, RemoteRequest

FLOOD = 200


async def echo(request: RemoteRequest) -> RemoteReply:
    return RemoteReply(0, {"got": request.command}, "ok")


def connect(info: dict) -> socket.socket:
    if info["transport"] == "unix":
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        conn.connect(info["path"])
        return conn
    return socket.create_connection(("127.0.0.1", info["port"]), timeout=5)


def ask(info: dict, payload: bytes) -> dict:
    with connect(info) as conn:
        conn.settimeout(10)
        conn.sendall(payload)
        return json.loads(conn.makefile("rb").readline())


def wait_until(condition, timeout: float = 10.0) -> None:
    end = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < end, "condition not met in time"
        time.sleep(0.02)


FLOODER = """
import json, socket, sys
info = json.loads(sys.argv[1])
held = []
for _ in range(int(sys.argv[2])):
    if info["transport"] == "unix":
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        conn.connect(info["path"])
    else:
        conn = socket.create_connection(("127.0.0.1", info["port"]), timeout=5)
    held.append(conn)
print("held", flush=True)
sys.stdin.readline()
"""


@pytest.mark.parametrize("prefer_unix", [True, False], ids=["unix", "tcp"])
async def test_connections_that_say_nothing_hold_little_and_not_for_long(
    tmp_path: Path, prefer_unix: bool
) -> None:
    """Another process opens FLOOD connections and keeps them open without a word."""
    server = RemoteControlServer(
        echo, loop=asyncio.get_running_loop(), directory=tmp_path, prefer_unix=prefer_unix
    )
    assert server.start()
    threads_before = threading.active_count()
    info = (tmp_path / remote.INFO_NAME).read_text()
    flooder = subprocess.Popen(
        [sys.executable, "-c", FLOODER, info, str(FLOOD)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert flooder.stdout is not None and flooder.stdin is not None
        line = await asyncio.to_thread(flooder.stdout.readline)
        assert line.strip() == "held"
        # Past the limit the instance answers "busy" at once and lets go.
        # (+1: the worker thread reading the flooder's output)
        assert threading.active_count() - threads_before <= remote.MAX_UNVERIFIED + 1
        started = time.monotonic()
        reply = await asyncio.to_thread(
            remote.send_command, RemoteRequest("status"), directory=tmp_path, timeout=10
        )
        assert reply == RemoteReply(0, {"got": "status"}, "ok"), reply
        # The silent ones were let go after FIRST_LINE_S; the command went through meanwhile.
        assert time.monotonic() - started < remote.FIRST_LINE_S + 3
    finally:
        if flooder.stdin is not None:
            flooder.stdin.close()
        flooder.wait(timeout=10)
        server.close()


async def test_more_requests_than_carried_out_at_once_are_told_busy(tmp_path: Path) -> None:
    release = asyncio.Event()
    arrived = 0

    async def slow(request: RemoteRequest) -> RemoteReply:
        nonlocal arrived
        arrived += 1
        await release.wait()
        return RemoteReply(0, {"got": request.command}, "ok")

    server = RemoteControlServer(slow, loop=asyncio.get_running_loop(), directory=tmp_path)
    assert server.start()
    try:
        info = json.loads((tmp_path / remote.INFO_NAME).read_text())
        line = json.dumps({"token": info["token"], "command": "status"}).encode() + b"\n"
        limit = remote.MAX_PER_CLIENT if info["transport"] == "unix" else remote.MAX_CONNECTIONS
        loop = asyncio.get_running_loop()
        with ThreadPoolExecutor(max_workers=limit + 1) as pool:
            held = [loop.run_in_executor(pool, ask, info, line) for _ in range(limit)]
            while arrived < limit:
                await asyncio.sleep(0.02)
            extra = await loop.run_in_executor(pool, ask, info, line)
            assert extra["busy"] is True and "busy" in extra["json"]["error"]["message"]
            release.set()
            assert all(r["exitCode"] == 0 for r in await asyncio.gather(*held))
    finally:
        release.set()
        server.close()


@pytest.mark.parametrize("prefer_unix", [True, False], ids=["unix", "tcp"])
async def test_a_token_that_is_not_ascii_is_a_refusal(tmp_path: Path, prefer_unix: bool) -> None:
    server = RemoteControlServer(
        echo, loop=asyncio.get_running_loop(), directory=tmp_path, prefer_unix=prefer_unix
    )
    assert server.start()
    try:
        info = json.loads((tmp_path / remote.INFO_NAME).read_text())
        for token in ("tökén", "\udcff", 5):
            line = json.dumps({"token": token, "command": "end"}).encode() + b"\n"
            answer = await asyncio.to_thread(ask, info, line)
            assert answer["exitCode"] == 3 and answer["json"]["error"]["message"] == "Not allowed."
    finally:
        server.close()


async def test_a_request_dripped_byte_by_byte_is_cut_off(tmp_path: Path) -> None:
    server = RemoteControlServer(
        echo, loop=asyncio.get_running_loop(), directory=tmp_path, prefer_unix=False
    )
    assert server.start()
    try:
        info = json.loads((tmp_path / remote.INFO_NAME).read_text())

        def drip() -> tuple[float, bytes]:
            started = time.monotonic()
            with connect(info) as conn:
                conn.settimeout(10)
                try:
                    for byte in b'{"token": "' + b"x" * 100:
                        conn.sendall(bytes([byte]))
                        time.sleep(0.1)
                except OSError:
                    pass
                with_answer = conn.makefile("rb").readline()
            return time.monotonic() - started, with_answer

        took, answer = await asyncio.to_thread(drip)
        assert took < remote.FIRST_LINE_S + 2
        assert json.loads(answer)["exitCode"] == 3
    finally:
        server.close()


HOST = """
import asyncio, os, resource, sys
from pathlib import Path
from fastpix_desktop.core.onair.remote import RemoteControlServer, RemoteReply

async def echo(request):
    return RemoteReply(0, {"got": request.command}, "ok")

async def main():
    resource.setrlimit(resource.RLIMIT_NOFILE, (128, resource.getrlimit(resource.RLIMIT_NOFILE)[1]))
    server = RemoteControlServer(echo, loop=asyncio.get_running_loop(), directory=Path(sys.argv[1]))
    assert server.start()
    await asyncio.to_thread(lambda: None)  # the executor's thread and imports, before the hog
    hog = []
    try:
        while True:
            hog.append(os.open(os.devnull, os.O_RDONLY))
    except OSError:
        pass
    print("out of descriptors", flush=True)
    await asyncio.to_thread(sys.stdin.readline)
    for fd in hog:
        os.close(fd)
    print("freed", flush=True)
    await asyncio.to_thread(sys.stdin.readline)
    server.close()

asyncio.run(main())
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_NOFILE is POSIX")
def test_the_accept_loop_survives_running_out_of_file_descriptors(tmp_path: Path) -> None:
    host = subprocess.Popen(
        [sys.executable, "-c", HOST, str(tmp_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
    )
    try:
        assert host.stdout is not None and host.stdin is not None
        assert host.stdout.readline().strip() == "out of descriptors"
        info = json.loads((tmp_path / remote.INFO_NAME).read_text())
        line = json.dumps({"token": info["token"], "command": "status"}).encode() + b"\n"
        with connect(info) as conn:  # waits in the backlog: accept() fails with EMFILE
            conn.sendall(line)
            time.sleep(0.3)  # several failed accepts (the loop retries, it does not return)
            host.stdin.write("\n")
            host.stdin.flush()
            assert host.stdout.readline().strip() == "freed"
            conn.settimeout(10)
            answer = json.loads(conn.makefile("rb").readline())
        assert answer["exitCode"] == 0 and answer["json"] == {"got": "status"}
        reply = remote.send_command(RemoteRequest("status"), directory=tmp_path, timeout=10)
        assert reply is not None and reply.exit_code == 0
        host.stdin.write("\n")
        host.stdin.flush()
        assert host.wait(timeout=10) == 0
    finally:
        if host.poll() is None:
            host.kill()
            host.wait()


async def test_the_accept_loop_survives_threads_that_cannot_be_started(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 28: a failed thread start (a memory limit) ended the accept loop for good."""
    failures = 3
    real_start = remote._start_thread

    def start_or_fail(target, *args) -> None:
        nonlocal failures
        if failures > 0:
            failures -= 1
            raise RuntimeError("can't start new thread")
        real_start(target, *args)

    monkeypatch.setattr(remote, "_start_thread", start_or_fail)
    server = RemoteControlServer(echo, loop=asyncio.get_running_loop(), directory=tmp_path)
    assert server.start()
    try:
        reply = await asyncio.to_thread(
            remote.send_command, RemoteRequest("status"), directory=tmp_path, timeout=10
        )
    finally:
        server.close()
    assert failures == 0  # the first attempts were told "busy", then the command went through
    assert reply == RemoteReply(0, {"got": "status"}, "ok")
