"""A local release feed over HTTP for the update-check tests: each path answers what the test
set (status, body, delay) and every request's headers are kept."""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest


@dataclass
class Answer:
    body: bytes
    status: int = 200
    delay_s: float = 0.0


@dataclass
class FeedServer:
    base: str
    answers: dict[str, Answer] = field(default_factory=dict)
    requests: list[dict[str, str]] = field(default_factory=list)
    release_gate: threading.Event = field(default_factory=threading.Event)

    def serve(self, path: str, document: Any, *, status: int = 200, delay_s: float = 0.0) -> str:
        body = document if isinstance(document, bytes) else json.dumps(document).encode()
        self.answers[path] = Answer(body, status, delay_s)
        return self.base + path


def release(tag: str, *, prerelease: bool = False, draft: bool = False) -> dict[str, Any]:
    return {
        "tag_name": tag,
        "name": f"fastpix-desktop {tag}",
        "html_url": f"https://github.com/example/fastpix-desktop/releases/tag/{tag}",
        "prerelease": prerelease,
        "draft": draft,
        "assets": [],
    }


@pytest.fixture
def feed_server() -> Iterator[FeedServer]:
    server_ref: dict[str, FeedServer] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            feed = server_ref["feed"]
            feed.requests.append({k.lower(): v for k, v in self.headers.items()})
            answer = feed.answers.get(self.path, Answer(b"{}", 404))
            if answer.delay_s:
                # Released at teardown, so a slow answer never holds the test run.
                feed.release_gate.wait(answer.delay_s)
            self.send_response(answer.status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            with contextlib.suppress(OSError):  # the client gave up (the deadline test)
                self.wfile.write(answer.body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    server_ref["feed"] = feed = FeedServer(base=f"http://127.0.0.1:{httpd.server_port}")
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield feed
    feed.release_gate.set()
    httpd.shutdown()
    httpd.server_close()
    thread.join(timeout=5)


def free_port_nobody_listens_on() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


__all__ = ["FeedServer", "feed_server", "free_port_nobody_listens_on", "release"]
