"""A TLS certificate failure names the certificate problem, not "check your internet connection"."""

from __future__ import annotations

import shutil
import ssl
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from fastpix_desktop.core.errors import FastPixNetworkError
from fastpix_desktop.core.fastpix.client import FastPixClient


class _Ok(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


def self_signed(folder: Path) -> tuple[Path, Path]:
    if shutil.which("openssl") is None:  # installed by tests/integration/install-deps.sh
        pytest.fail("openssl is needed to make a test certificate")
    cert, key = folder / "cert.pem", folder / "key.pem"
    command = ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
    subprocess.run(
        [*command, "-subj", "/CN=localhost", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return cert, key


@pytest.fixture
def tls_server(tmp_path) -> Iterator[str]:
    cert, key = self_signed(tmp_path)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Ok)
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    server.socket = context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"https://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


async def test_an_untrusted_certificate_is_named(tls_server) -> None:
    async with FastPixClient(
        access_token_id="id", secret_key="secret-value", base_url=tls_server
    ) as client:
        with pytest.raises(FastPixNetworkError) as caught:
            await client.verify_credentials()
    message = str(caught.value)
    assert "certificate could not be verified" in message
    assert "self-signed" in message or "IP address mismatch" in message
    assert "internet connection" not in message
