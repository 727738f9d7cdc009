"""The sandbox over a real socket: HTTP/1.1 keep-alive, request framing, clean stop."""

from __future__ import annotations

import base64
import http.client
import json
import socket

import httpx
import pytest

from fastpix_desktop.sandbox import (
    DEMO_ACCESS_TOKEN_ID,
    DEMO_SECRET_KEY,
    SandboxApi,
    start_server_in_thread,
)
from fastpix_desktop.sandbox.server import parse_credentials

DEMO_AUTH = {
    "Authorization": "Basic "
    + base64.b64encode(f"{DEMO_ACCESS_TOKEN_ID}:{DEMO_SECRET_KEY}".encode()).decode()
}


def test_url_ends_in_v1_and_reports_the_chosen_port(running):
    assert running.port > 0
    assert running.url == f"http://127.0.0.1:{running.port}/v1"


def test_several_requests_share_one_keep_alive_connection(running):
    connection = http.client.HTTPConnection("127.0.0.1", running.port, timeout=5)
    body = json.dumps({"playbackSettings": {}, "inputMediaSettings": {}})
    headers = {**DEMO_AUTH, "Content-Type": "application/json"}
    try:
        connection.request("POST", "/v1/live/streams", body=body, headers=headers)
        created = connection.getresponse()
        created_data = json.loads(created.read())["data"]
        sock = connection.sock

        connection.request("GET", f"/v1/live/streams/{created_data['streamId']}", headers=headers)
        fetched = connection.getresponse()
        fetched.read()
        connection.request("GET", "/v1/nowhere", headers=headers)
        missing = connection.getresponse()
        missing.read()

        assert created.status == 201
        assert created.version == 11
        assert created.getheader("Connection") is None  # not "close"
        assert fetched.status == 200
        assert missing.status == 404
        assert connection.sock is sock  # http.client would have reconnected after a close
    finally:
        connection.close()


def test_httpx_reuses_its_connection(running):
    opened = []

    def log_connect(event_name: str, info: dict) -> None:
        if event_name == "connection.connect_tcp.complete":
            opened.append(info)

    with httpx.Client(
        base_url=running.url, auth=(DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY), timeout=5
    ) as client:
        statuses = [
            client.get("/live/streams", extensions={"trace": log_connect}).status_code
            for _ in range(5)
        ]

    assert statuses == [200] * 5
    assert len(opened) == 1


def test_chunked_request_bodies_are_read(running):
    connection = http.client.HTTPConnection("127.0.0.1", running.port, timeout=5)
    chunks = iter([b'{"playbackSettings":{},', b'"inputMediaSettings":{"reconnectWindow":120}}'])
    try:
        connection.request(
            "POST",
            "/v1/live/streams",
            body=chunks,
            headers={**DEMO_AUTH, "Content-Type": "application/json"},
            encode_chunked=True,
        )
        response = connection.getresponse()
        data = json.loads(response.read())["data"]
    finally:
        connection.close()

    assert response.status == 201
    assert data["reconnectWindow"] == 120


def test_latency_applies_per_request_and_answers_still_arrive():
    api = SandboxApi(latency_ms=20)
    with (
        start_server_in_thread(api) as server,
        httpx.Client(
            base_url=server.url, auth=(DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY), timeout=5
        ) as client,
    ):
        assert client.get("/live/streams").status_code == 200


def test_stop_ends_idle_keep_alive_connections_and_frees_the_port():
    api = SandboxApi()
    server = start_server_in_thread(api)
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    connection.request("GET", "/v1/live/streams", headers=DEMO_AUTH)
    connection.getresponse().read()

    server.stop()
    server.stop()  # idempotent

    with pytest.raises((ConnectionError, http.client.HTTPException, OSError)):
        connection.request("GET", "/v1/live/streams", headers=DEMO_AUTH)
        connection.getresponse()
    connection.close()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", server.port), timeout=1).close()


def test_port_in_use_raises_oserror(running):
    with pytest.raises(OSError):
        start_server_in_thread(SandboxApi(), port=running.port)


def test_parse_credentials():
    assert parse_credentials(None) == (DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY)
    assert parse_credentials("id:se:cret") == ("id", "se:cret")
    for bad in ("nocolon", ":secret", "id:"):
        with pytest.raises(ValueError):
            parse_credentials(bad)


def test_a_client_that_hangs_up_mid_request_prints_no_traceback(capfd):
    import struct
    import time

    api = SandboxApi(latency_ms=300)
    with start_server_in_thread(api) as server:
        host, port = server.url.split("//", 1)[1].split("/", 1)[0].rsplit(":", 1)
        client = socket.create_connection((host, int(port)))
        client.sendall(b"GET /v1/live/streams HTTP/1.1\r\nHost: x\r\n\r\n")
        # Wait until the server holds the request, then reset the connection (SO_LINGER 0).
        deadline = time.monotonic() + 5
        while not server._server._connections and time.monotonic() < deadline:
            time.sleep(0.01)
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        client.close()
        deadline = time.monotonic() + 5
        while server._server._connections and time.monotonic() < deadline:
            time.sleep(0.01)
        assert not server._server._connections, "the handler never finished"
    captured = capfd.readouterr()
    assert "Traceback" not in captured.err
    assert "Error" not in captured.err


@pytest.mark.parametrize("chunked", [False, True], ids=["content-length", "chunked"])
def test_a_body_over_the_limit_is_refused_without_being_read(running, chunked):
    """Issue 28: bodies were buffered whole (300 MB sent: +300 MB of memory)."""
    from fastpix_desktop.sandbox.server import MAX_REQUEST_BODY

    with socket.create_connection(("127.0.0.1", running.port), timeout=5) as conn:
        if chunked:
            head = b"Transfer-Encoding: chunked\r\n\r\n" + f"{MAX_REQUEST_BODY + 1:x}\r\n".encode()
        else:
            head = f"Content-Length: {300 * 1024 * 1024}\r\n\r\n".encode()
        conn.sendall(b"POST /v1/live/streams HTTP/1.1\r\nHost: x\r\n" + head + b"x" * 1024)
        answer = conn.makefile("rb").readline()
    assert answer.startswith(b"HTTP/1.1 413")


def test_an_idle_connection_is_closed_after_the_idle_timeout(monkeypatch):
    from fastpix_desktop.sandbox import server

    monkeypatch.setattr(server._SandboxRequestHandler, "timeout", 0.5)
    with (
        start_server_in_thread(SandboxApi()) as running,
        socket.create_connection(("127.0.0.1", running.port), timeout=5) as conn,
    ):
        conn.sendall(b"GET /v1/live/streams HTTP/1.1\r\n")  # and never the rest
        assert conn.recv(1024) == b""  # closed by the sandbox, not by our 5 s timeout
    assert server.IDLE_CONNECTION_TIMEOUT_S <= 60
