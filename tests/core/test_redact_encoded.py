"""Secrets in every form: an echoing server cannot put the base64 ``id:secret``, the URL-encoded
Secret Key or the Authorization header on stderr, in an error message or in a log line; and the
masking list stays bounded however many streams a session creates."""

from __future__ import annotations

import base64
import json
import logging
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import quote, quote_plus

import httpx
import pytest

from fastpix_desktop.cli import exit_codes
from fastpix_desktop.core import redact as redaction
from fastpix_desktop.core.errors import FastPixRequestError
from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.redact import RedactingFilter, redact, register_secret
from tests.cli_helpers import run_cli

TOKEN = "echo-test-token-id"
SECRET = "Se/cr+et=Key 7Qm2&Zx9"  # URL-encoding and JSON escaping change it
BASIC = base64.b64encode(f"{TOKEN}:{SECRET}".encode()).decode()


def leaked_forms(text: str) -> list[str]:
    forms = [SECRET, BASIC, quote(SECRET, safe=""), quote_plus(SECRET), f"Basic {BASIC}"]
    return [form for form in forms if form in text]


def echo_message(request: httpx.Request) -> str:
    """What a server that echoes the request back in its error message would say."""
    return (
        f"bad request {request.url} Authorization: {request.headers['authorization']} "
        f"secret={quote_plus(SECRET)} raw={quote(SECRET, safe='')} "
        f"headers={json.dumps(dict(request.headers))}"
    )


async def test_an_echoing_server_cannot_show_an_encoded_secret() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            400, json={"success": False, "error": {"message": echo_message(request)}}
        )

    async with FastPixClient(
        access_token_id=TOKEN,
        secret_key=SECRET,
        base_url="http://fastpix.test/v1",
        transport=httpx.MockTransport(handler),
    ) as client:
        with pytest.raises(FastPixRequestError) as caught:
            await client.finish_stream("abc")
    assert "bad request" in str(caught.value)
    assert leaked_forms(str(caught.value)) == []


def test_a_log_line_with_an_encoded_secret_is_masked(caplog) -> None:
    FastPixClient(access_token_id=TOKEN, secret_key=SECRET)  # registers the credentials
    logger = logging.getLogger("test.echo")
    caplog.handler.addFilter(RedactingFilter())
    with caplog.at_level(logging.INFO):
        logger.info("server said %s", f"Authorization: Basic {BASIC}; key={quote(SECRET)}")
        logger.info("headers %s", {"authorization": f"Basic {BASIC}"})
    assert leaked_forms(caplog.text) == []


def test_an_unregistered_authorization_header_is_masked_in_any_quoting() -> None:
    for text in (
        "Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==",
        "{'Authorization': 'Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=='}",
        '{"authorization":"Bearer abc.def-ghi"}',
    ):
        assert "QWxhZGRpbjpvcGVuIHNlc2FtZQ" not in redact(text)
        assert "abc.def-ghi" not in redact(text)


def test_the_masking_list_is_bounded_and_keeps_credentials() -> None:
    register_secret("the-secret-key-kept", keep=True)
    for n in range(5000):  # a very long session: thousands of stream keys
        register_secret(f"stream-key-{n:06d}")
    assert redaction.registered_count() <= redaction.MAX_KEPT + redaction.MAX_RECENT
    assert redact("x the-secret-key-kept x") == f"x {redaction.MASK} x"
    assert "stream-key-004999" not in redact("stream-key-004999")  # recent ones are masked
    assert redact("stream-key-000000") == "stream-key-000000"  # the oldest were forgotten


class _EchoHandler(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        message = (
            f"echo Authorization: {self.headers['Authorization']} "
            f"path={self.path} secret={quote_plus(SECRET)}"
        )
        body = json.dumps({"success": False, "error": {"message": message}}).encode()
        self.send_response(400)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def echo_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _EchoHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


def test_the_cli_never_prints_an_encoded_secret(echo_server) -> None:
    env = {"FASTPIX_USERNAME": TOKEN, "FASTPIX_PASSWORD": SECRET, "FASTPIX_API_URL": echo_server}
    proc = run_cli("create", "--no-obs", env=env)
    assert proc.returncode == exit_codes.FASTPIX, proc.stderr
    assert "echo" in proc.stderr
    assert leaked_forms(proc.stdout + proc.stderr) == []
    proc = run_cli("create", "--no-obs", "--json", env=env)
    assert "echo" in proc.stdout + proc.stderr
    assert leaked_forms(proc.stdout + proc.stderr) == []
