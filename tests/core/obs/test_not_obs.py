"""A WebSocket server that is not OBS's (bogus Hello) is named as such in plain words, not
"Unexpected problem talking to OBS (TypeError)" (issue 28)."""

from __future__ import annotations

import base64
import hashlib
import socket
import threading
from collections.abc import Iterator

import pytest

from fastpix_desktop.core.errors import ObsError
from fastpix_desktop.core.obs import ObsConnectionInfo, ObsController

_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"  # RFC 6455, section 1.3


def _serve_once(listener: socket.socket, hello: bytes) -> None:
    conn, _ = listener.accept()
    with conn:
        conn.settimeout(5)
        request = b""
        while b"\r\n\r\n" not in request:
            chunk = conn.recv(4096)
            if not chunk:
                return
            request += chunk
        key = next(
            line.split(b":", 1)[1].strip()
            for line in request.split(b"\r\n")
            if line.lower().startswith(b"sec-websocket-key:")
        )
        accept = base64.b64encode(hashlib.sha1(key + _GUID).digest())
        conn.sendall(
            b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n"
            b"Connection: Upgrade\r\nSec-WebSocket-Accept: " + accept + b"\r\n\r\n"
        )
        conn.sendall(bytes([0x81, len(hello)]) + hello)  # one unmasked text frame


@pytest.fixture(params=[b"[]", b'{"op": 0, "d": 5}', b'{"op": 0}', b'"hello"'])
def not_obs(request) -> Iterator[int]:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        server = threading.Thread(target=_serve_once, args=(listener, request.param), daemon=True)
        server.start()
        yield listener.getsockname()[1]
        server.join(timeout=5)


async def test_a_server_that_is_not_obs_is_named_in_plain_words(not_obs: int) -> None:
    controller = ObsController(ObsConnectionInfo("127.0.0.1", not_obs), timeout=2.0)
    try:
        with pytest.raises(ObsError) as caught:
            await controller.connect()
    finally:
        await controller.close()
    assert f"Something at 127.0.0.1:{not_obs} is not OBS's WebSocket server" in str(caught.value)
