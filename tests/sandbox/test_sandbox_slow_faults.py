"""The drip and endless faults: answers that never trip a per-read timeout."""

from __future__ import annotations

import socket
import time

import pytest

from fastpix_desktop.sandbox import Fault, SandboxApi, start_server_in_thread


def raw_get(port: int, path: str = "/v1/live/streams") -> socket.socket:
    sock = socket.create_connection(("127.0.0.1", port), timeout=5)
    sock.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
    return sock


def test_drip_sends_the_whole_answer_one_byte_at_a_time() -> None:
    api = SandboxApi()
    api.inject(Fault(drip_s=0.01, status=404))
    with start_server_in_thread(api) as running, raw_get(running.port) as sock:
        first = sock.recv(100)
        assert first == b"H"  # one byte per send
        started, data = time.monotonic(), first
        while b"\r\n\r\n" not in data and time.monotonic() - started < 10:
            data += sock.recv(100)
    assert data.startswith(b"HTTP/1.1 404 ")


def test_endless_keeps_sending_body_chunks() -> None:
    api = SandboxApi()
    api.inject(Fault(endless=True))
    with start_server_in_thread(api) as running, raw_get(running.port) as sock:
        received = b""
        deadline = time.monotonic() + 0.5
        while time.monotonic() < deadline:
            received += sock.recv(4096)
    assert received.startswith(b"HTTP/1.1 200 ")
    assert b"transfer-encoding: chunked" in received.lower()
    assert received.count(b'{"success":true,"data":[') > 5  # still coming


@pytest.mark.parametrize(
    "kwargs",
    [{"endless": True, "status": 500}, {"endless": True, "drop": True}, {"drip_s": -1.0}],
)
def test_contradictory_slow_faults_are_refused(kwargs) -> None:
    with pytest.raises(ValueError):
        Fault(**kwargs)
