"""Serve a SandboxApi over a real socket: HTTP/1.1 with keep-alive, stdlib only.

Used by tests and benchmarks (``start_server_in_thread``) and by ``fastpix-desktop sandbox``
(``run_from_cli``). Latency and injected faults are applied per request, here on the wire.
"""

from __future__ import annotations

import argparse
import contextlib
import ipaddress
import select
import signal
import socket
import socketserver
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import FrameType, TracebackType
from typing import Any
from urllib.parse import urlsplit

from fastpix_desktop.core import config
from fastpix_desktop.sandbox import envelope
from fastpix_desktop.sandbox.api import SandboxApi
from fastpix_desktop.sandbox.auth import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY
from fastpix_desktop.sandbox.envelope import SandboxResponse
from fastpix_desktop.sandbox.faults import API_PREFIX, Fault

# Exit codes documented in cli.py (not imported: cli is the caller, keep the edge one-way).
_EXIT_OK = 0
_EXIT_ERROR = 1
_EXIT_USAGE = 2

# How long a Fault(timeout=True) holds a request before dropping it, unless the client gives
# up first (the usual case) or the server stops.
TIMEOUT_HOLD_MAX_S = 120.0
# Idle keep-alive connections (and clients that stop sending mid-request) are closed after
# this, so abandoned or hostile clients do not pin a thread each for long (issue 28).
IDLE_CONNECTION_TIMEOUT_S = 30.0
# The largest request body read: FastPix's own requests are a few KB. A larger one is answered
# 413 without reading it, so a 300 MB upload costs no memory.
MAX_REQUEST_BODY = 1024 * 1024


class _SandboxHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    # Python's default listen backlog of 5 drops connections when a client opens many at
    # once (the library's concurrent page fetches), costing a ~1 s SYN retry each.
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], api: SandboxApi, *, ipv6: bool) -> None:
        self.address_family = socket.AF_INET6 if ipv6 else socket.AF_INET
        self.api = api
        self.stopping = threading.Event()
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()
        super().__init__(address, _SandboxRequestHandler)

    def server_bind(self) -> None:
        # HTTPServer.server_bind resolves socket.getfqdn(host), a reverse DNS lookup that can
        # stall for seconds offline; the sandbox never needs the name.
        socketserver.TCPServer.server_bind(self)
        self.server_name = str(self.server_address[0])
        self.server_port = int(self.server_address[1])

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Quiet when a client went away mid-request (it cancelled or timed out): that is
        normal use, not a sandbox bug, and must not print a traceback."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)

    def track(self, connection: socket.socket, *, open_: bool) -> None:
        with self._connections_lock:
            if open_:
                self._connections.add(connection)
            else:
                self._connections.discard(connection)

    def close_connections(self) -> None:
        """Wake handler threads blocked on idle keep-alive connections so they end."""
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)


class _SandboxRequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: benchmarks reuse one open connection
    server_version = "fastpix-sandbox"
    sys_version = ""
    timeout = IDLE_CONNECTION_TIMEOUT_S
    # Small responses on a kept-alive connection otherwise wait ~40 ms for the peer's delayed
    # ACK (Nagle); benchmarks measure exactly this path.
    disable_nagle_algorithm = True
    server: _SandboxHTTPServer

    def setup(self) -> None:
        super().setup()
        self.server.track(self.connection, open_=True)

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.server.track(self.connection, open_=False)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: request lines would clutter test output and the CLI's one-line contract."""

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_PUT(self) -> None:
        self._serve()

    def do_PATCH(self) -> None:
        self._serve()

    def do_DELETE(self) -> None:
        self._serve()

    # ------------------------------------------------------------------ one request

    def _serve(self) -> None:
        body = self._read_body()
        if body is None:
            return
        target = urlsplit(self.path)
        api = self.server.api
        fault = api.take_fault(self.command, target.path)
        delay = api.latency_ms / 1000 + (fault.delay_s if fault else 0.0)
        if delay > 0 and self.server.stopping.wait(delay):
            self._drop()
            return
        if fault is not None and (fault.drop or fault.timeout):
            if fault.timeout:
                self._hold_until_client_gives_up()
            self._drop()
            return
        if fault is not None and fault.endless:
            self._send_endless()
            return
        answer = self._fault_response(fault) or api.handle(
            self.command, target.path, target.query, dict(self.headers.items()), body
        )
        if fault is not None and fault.drip_s > 0:
            self._drip(answer, fault.drip_s)
            return
        self._send(answer)

    @staticmethod
    def _fault_response(fault: Fault | None) -> SandboxResponse | None:
        return fault.response() if fault is not None else None

    def _read_body(self) -> bytes | None:
        """The request body (Content-Length or chunked); None after answering a bad framing or
        a body over MAX_REQUEST_BODY (413, connection closed: the rest is never read)."""
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks: list[bytes] = []
            total = 0
            while True:
                size_line = self.rfile.readline(65537)
                try:
                    size = int(size_line.split(b";", 1)[0].strip(), 16)
                except ValueError:
                    self.send_error(400, "bad chunked encoding")
                    return None
                total += size
                if size < 0 or total > MAX_REQUEST_BODY:
                    self._too_large()
                    return None
                if size == 0:
                    while self.rfile.readline(65537) not in (b"\r\n", b"\n", b""):
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline(3)
        length_header = self.headers.get("Content-Length", "0") or "0"
        try:
            length = int(length_header)
        except ValueError:
            self.send_error(400, "bad Content-Length")
            return None
        if length > MAX_REQUEST_BODY:
            self._too_large()
            return None
        return self.rfile.read(length) if length > 0 else b""

    def _too_large(self) -> None:
        self.close_connection = True
        self.send_error(413, f"request body over {MAX_REQUEST_BODY} bytes")

    def _send(self, answer: SandboxResponse) -> None:
        self.send_response(answer.status)
        for name, value in answer.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        self.wfile.write(answer.body)

    def _drip(self, answer: SandboxResponse, interval: float) -> None:
        """Send the whole answer one byte at a time, ``interval`` seconds apart."""
        self.close_connection = True
        head = [f"HTTP/1.1 {answer.status} {envelope.status_phrase(answer.status)}"]
        head += [f"{name}: {value}" for name, value in answer.headers.items()]
        head += [f"Content-Length: {len(answer.body)}", "Connection: close", "", ""]
        wire = "\r\n".join(head).encode("latin-1") + answer.body
        deadline = time.monotonic() + TIMEOUT_HOLD_MAX_S
        for i in range(len(wire)):
            if self.server.stopping.wait(interval) or time.monotonic() > deadline:
                break
            try:
                self.connection.sendall(wire[i : i + 1])
            except OSError:
                return  # the client gave up
        self._drop()

    def _send_endless(self) -> None:
        """A 200 whose chunked body never ends (until the client leaves or the server stops)."""
        self.close_connection = True
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        chunk = b'{"success":true,"data":['
        frame = f"{len(chunk):x}\r\n".encode() + chunk + b"\r\n"
        deadline = time.monotonic() + TIMEOUT_HOLD_MAX_S
        while not self.server.stopping.wait(0.01) and time.monotonic() < deadline:
            try:
                self.wfile.write(frame)
                self.wfile.flush()
            except OSError:
                return
        self._drop()

    def _drop(self) -> None:
        """Close the connection without a byte of response."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)

    def _hold_until_client_gives_up(self) -> None:
        deadline = time.monotonic() + TIMEOUT_HOLD_MAX_S
        while not self.server.stopping.is_set() and time.monotonic() < deadline:
            readable, _, _ = select.select([self.connection], [], [], 0.05)
            if not readable:
                continue
            try:
                if not self.connection.recv(1, socket.MSG_PEEK):
                    return  # the client closed: its own timeout fired
            except OSError:
                return
            # The client sent more bytes (pipelining); keep holding without spinning.
            self.server.stopping.wait(0.05)


class RunningSandbox:
    """A sandbox served on a background thread; ``url`` ends in /v1, like FastPix's base URL."""

    def __init__(self, server: _SandboxHTTPServer, thread: threading.Thread, host: str) -> None:
        self._server = server
        self._thread = thread
        self.api: SandboxApi = server.api
        self.host = host
        self.port: int = server.server_address[1]
        url_host = f"[{host}]" if ":" in host else host
        self.url = f"http://{url_host}:{self.port}{API_PREFIX}"

    def stop(self) -> None:
        """Stop accepting, end held and idle connections, and join the serving thread."""
        if self._server.stopping.is_set():
            return
        self._server.stopping.set()
        self._server.shutdown()
        self._server.close_connections()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> RunningSandbox:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def start_server_in_thread(
    api: SandboxApi, *, host: str = "127.0.0.1", port: int = 0
) -> RunningSandbox:
    """Listen on host:port (0 = a free port) and serve ``api`` until ``stop()``."""
    server = _SandboxHTTPServer((host, port), api, ipv6=":" in host)
    thread = threading.Thread(
        target=server.serve_forever,
        kwargs={"poll_interval": 0.05},
        name=f"fastpix-sandbox:{server.server_address[1]}",
        daemon=True,
    )
    thread.start()
    return RunningSandbox(server, thread, host)


# --------------------------------------------------------------------------- command line


def parse_credentials(value: str | None, *, what: str = "--credentials") -> tuple[str, str]:
    """``ID:SECRET`` -> (ID, SECRET); None -> the documented demo credentials."""
    if value is None:
        return DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY
    token_id, sep, secret = value.partition(":")
    if not sep or not token_id or not secret:
        raise ValueError(f"{what} must look like ACCESS_TOKEN_ID:SECRET_KEY")
    return token_id, secret


def _loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _credentials(args: argparse.Namespace) -> tuple[str, str]:
    """From --credentials (with a warning: any local user can read a process's arguments),
    else FASTPIX_SANDBOX_CREDENTIALS, else the demo credentials."""
    if args.credentials is not None:
        print(
            "fastpix-desktop sandbox: warning: other programs can read --credentials from the "
            f"process list; set {config.ENV_SANDBOX_CREDENTIALS} instead.",
            file=sys.stderr,
        )
        return parse_credentials(args.credentials)
    from_env = config.named_variable(config.ENV_SANDBOX_CREDENTIALS)
    return parse_credentials(from_env, what=config.ENV_SANDBOX_CREDENTIALS)


def run_from_cli(args: argparse.Namespace) -> int:
    """``fastpix-desktop sandbox``: print ``ready <url>`` once listening; serve until a signal."""
    if not isinstance(args.port, int) or not 0 <= args.port <= 65535:
        print("fastpix-desktop sandbox: --port must be a number from 0 to 65535.", file=sys.stderr)
        return _EXIT_USAGE
    try:
        credentials = _credentials(args)
        api = SandboxApi(credentials=credentials, seed=args.seed, latency_ms=args.latency_ms)
    except ValueError as exc:
        print(f"fastpix-desktop sandbox: {exc}", file=sys.stderr)
        return _EXIT_USAGE
    if not _loopback(args.host):
        print(
            f"fastpix-desktop sandbox: warning: listening on {args.host} lets other computers "
            "reach the sandbox, and its /_sandbox/ test hooks need no password. Use it only on "
            "a network you trust.",
            file=sys.stderr,
        )
    try:
        running = start_server_in_thread(api, host=args.host, port=args.port)
    except (OSError, OverflowError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        print(
            f"fastpix-desktop sandbox: cannot listen on {args.host}:{args.port}: {reason}",
            file=sys.stderr,
        )
        return _EXIT_ERROR

    stop = threading.Event()

    def request_stop(_signum: int, _frame: FrameType | None) -> None:
        stop.set()

    wanted = [signal.SIGINT, signal.SIGTERM]
    if hasattr(signal, "SIGBREAK"):  # Ctrl+Break on Windows consoles
        wanted.append(signal.SIGBREAK)
    previous = {signum: signal.signal(signum, request_stop) for signum in wanted}
    try:
        print(f"ready {running.url}", flush=True)
        # A timed wait keeps the main thread responsive to signals on every platform.
        while not stop.wait(0.2):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        running.stop()
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    return _EXIT_OK
