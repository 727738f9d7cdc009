"""Local stream receivers for OBS integration tests: nginx-rtmp (+ RTMPS terminator) and SRT.

Each receiver records what arrived so a test can prove that media, not just a handshake, made it.
Processes run in their own sessions and are stopped by PID; ports are always free ports.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from .obs_harness import free_tcp_port, free_udp_port, spawn, stop_process

NGINX_MODULES = Path("/usr/lib/nginx/modules")
RTMP_MODULE = NGINX_MODULES / "ngx_rtmp_module.so"
STREAM_MODULE = NGINX_MODULES / "ngx_stream_module.so"


def media_packets(path: Path) -> dict[str, int]:
    """Packets per stream type (``{"video": n, "audio": m}``) that ffprobe finds in ``path``."""
    if not path.exists() or path.stat().st_size == 0:
        return {}
    probe = subprocess.run(
        [
            *("ffprobe", "-v", "error", "-count_packets", "-of", "json"),
            *("-show_entries", "stream=codec_type,nb_read_packets", str(path)),
        ],
        capture_output=True,
        text=True,
        timeout=30,
    )
    streams = json.loads(probe.stdout or "{}").get("streams", [])
    return {s["codec_type"]: int(s.get("nb_read_packets") or 0) for s in streams}


def _post(url: str, body: bytes, content_type: str) -> int:
    """POST ``body``; the HTTP status, or 599 when there was no answer."""
    request = urllib.request.Request(
        url, data=body, headers={"Content-Type": content_type}, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return int(response.status)
    except urllib.error.HTTPError as error:
        return int(error.code)
    except OSError:
        return 599


def _post_form(url: str, form: str) -> int:
    """POST an urlencoded form; the HTTP status, or 599 when there was no answer."""
    return _post(url, form.encode(), "application/x-www-form-urlencoded")


def post_json(url: str, payload: dict[str, str]) -> int:
    return _post(url, json.dumps(payload).encode(), "application/json")


def wait_listening(port: int, *, udp: bool = False, timeout: float = 10.0) -> None:
    """Wait until something is bound to ``port`` (TCP in LISTEN state, or UDP)."""
    tables = ["/proc/net/udp", "/proc/net/udp6"] if udp else ["/proc/net/tcp", "/proc/net/tcp6"]
    suffix = f":{port:04X}"
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for table in tables:
            with contextlib.suppress(OSError):
                for line in Path(table).read_text().splitlines()[1:]:
                    fields = line.split()
                    listening = udp or fields[3] == "0A"  # TCP_LISTEN
                    if fields[1].endswith(suffix) and listening:
                        return
        time.sleep(0.02)
    raise TimeoutError(f"nothing listens on {'udp' if udp else 'tcp'} port {port}")


# --------------------------------------------------------------------------- TLS


@dataclass(frozen=True)
class TlsCert:
    cert: Path
    key: Path

    @property
    def pem(self) -> str:
        return self.cert.read_text()


def make_localhost_cert(directory: Path) -> TlsCert:
    """Self-signed cert for ``localhost``: OBS 29's mbedTLS matches DNS names, not IP SANs."""
    directory.mkdir(parents=True, exist_ok=True)
    cert, key = directory / "localhost.pem", directory / "localhost.key"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2"),
            *("-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost"),
            *("-keyout", str(key), "-out", str(cert)),
        ],
        check=True,
        capture_output=True,
        timeout=60,
    )
    return TlsCert(cert=cert, key=key)


# --------------------------------------------------------------------------- RTMP (nginx)


class PublishAuthServer:
    """nginx-rtmp's on_publish callback: 2xx admits a key, anything else rejects it.

    ``accepted_keys`` is a live set: a key created during a test can be admitted afterwards.
    Keys it does not know are put to the sandboxes it follows (``follow``): their ingest hook
    answers as FastPix's ingest would, and learns that the stream is being published.
    """

    def __init__(self) -> None:
        self.accepted_keys: set[str] = set()
        self.hooks: list[str] = []  # sandbox ingest hook base URLs, ".../_sandbox/ingest/"
        self._hooked: dict[str, str] = {}  # key admitted by a hook -> that hook
        self.attempts: list[str] = []  # every key nginx asked about, in order
        self.published: list[str] = []  # keys admitted
        self.finished: list[str] = []  # keys whose publishing ended (on_publish_done)
        self._lock = threading.Lock()
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                raw_query = urlsplit(self.path).query
                query = parse_qs(raw_query)
                name = query.get("name", [""])[0]
                call = query.get("call", [""])[0]
                status = owner._decide(call, name, raw_query)
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:
                pass  # keys are in the query string: keep them out of the test output

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    def _decide(self, call: str, name: str, form: str = "") -> int:
        with self._lock:
            if call == "publish_done":
                self.finished.append(name)
                hook = self._hooked.pop(name, None)
            else:
                self.attempts.append(name)
                if name in self.accepted_keys:
                    self.published.append(name)
                    return 200
                hook = None
            hooks = list(self.hooks)
        if call == "publish_done":
            if hook is not None:
                _post_form(hook + "unpublish", form)
            return 200
        for candidate in hooks:
            # nginx's own fields (call, app, name, addr...), as on_publish would POST them.
            if _post_form(candidate + "publish", form) < 300:
                with self._lock:
                    self.published.append(name)
                    self._hooked[name] = candidate
                return 200
        return 403

    @contextlib.contextmanager
    def follow(self, sandbox_url: str) -> Iterator[None]:
        """While inside, keys are also checked by the sandbox at ``sandbox_url`` (.../v1)."""
        hook = sandbox_url.removesuffix("/v1") + "/_sandbox/ingest/"
        with self._lock:
            self.hooks.append(hook)
        try:
            yield
        finally:
            with self._lock:
                self.hooks.remove(hook)

    def start(self) -> PublishAuthServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


NGINX_CONF = """\
load_module {rtmp_module};
load_module {stream_module};
daemon off;
master_process on;
worker_processes 1;
user {user};                          # the worker writes recordings into our 0700 temp dir
pid {dir}/nginx.pid;
error_log {dir}/error.log info;
events {{ worker_connections 64; }}

rtmp {{
  server {{
    listen 127.0.0.1:{rtmp_port};
    chunk_size 4096;
    application live {{
      live on;
      notify_method get;              # POST would put the key in the body, not the query
      on_publish {auth_url}/publish;
      on_publish_done {auth_url}/done;
      record all;                     # file named after the key: proof that media arrived
      record_path {dir}/rec;
      record_unique on;
    }}
  }}
}}

stream {{
  server {{                           # rtmps://localhost:{rtmps_port}/live -> plain RTMP above
    listen 127.0.0.1:{rtmps_port} ssl;
    {ipv6_listen}
    ssl_certificate     {cert};
    ssl_certificate_key {key};
    # TLS 1.3 too: OBS 30's mbedTLS 3.6 fails nginx's TLS 1.2 ECDHE handshake (-0x6600).
    ssl_protocols       TLSv1.2 TLSv1.3;
    proxy_pass 127.0.0.1:{rtmp_port};
  }}
}}
"""


def _ipv6_loopback_available() -> bool:
    import socket

    try:
        with socket.socket(socket.AF_INET6) as sock:
            sock.bind(("::1", 0))
        return True
    except OSError:
        return False


class NginxRtmpListener:
    """nginx-rtmp at rtmp://127.0.0.1:P/live (keys checked by a PublishAuthServer) with an
    nginx ``stream`` TLS terminator in front of it at rtmps://localhost:Q/live."""

    def __init__(self, workdir: Path, *, cert: TlsCert) -> None:
        self.workdir = workdir
        self.cert = cert
        self.auth = PublishAuthServer()
        self.rtmp_port = free_tcp_port()
        self.rtmps_port = free_tcp_port()
        self.recordings_dir = workdir / "rec"
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def rtmp_server(self) -> str:
        return f"rtmp://127.0.0.1:{self.rtmp_port}/live"

    @property
    def rtmps_server(self) -> str:
        return f"rtmps://localhost:{self.rtmps_port}/live"

    @property
    def accepted_keys(self) -> set[str]:
        return self.auth.accepted_keys

    def follow(self, sandbox_url: str) -> contextlib.AbstractContextManager[None]:
        """Check keys with this sandbox's ingest hook too (see PublishAuthServer.follow)."""
        return self.auth.follow(sandbox_url)

    @property
    def published(self) -> list[str]:
        return self.auth.published

    @property
    def attempts(self) -> list[str]:
        return self.auth.attempts

    def recordings(self, key: str) -> list[Path]:
        return sorted(self.recordings_dir.glob(f"{key}-*.flv"))

    def recorded_bytes(self, key: str) -> int:
        return sum(p.stat().st_size for p in self.recordings(key))

    def media_packets(self, key: str) -> dict[str, int]:
        totals: dict[str, int] = {}
        for path in self.recordings(key):
            for kind, count in media_packets(path).items():
                totals[kind] = totals.get(kind, 0) + count
        return totals

    def wait_finished(self, key: str, timeout: float = 10.0) -> None:
        """Wait until nginx reports that publishing ``key`` ended (its recording is closed)."""
        deadline = time.monotonic() + timeout
        while key not in self.auth.finished and time.monotonic() < deadline:
            time.sleep(0.05)

    def start(self) -> NginxRtmpListener:
        self.recordings_dir.mkdir(parents=True, exist_ok=True)  # makes workdir too
        self.auth.start()
        ipv6 = f"listen [::1]:{self.rtmps_port} ssl;" if _ipv6_loopback_available() else ""
        conf = self.workdir / "nginx.conf"
        conf.write_text(
            NGINX_CONF.format(
                rtmp_module=RTMP_MODULE,
                stream_module=STREAM_MODULE,
                dir=self.workdir,
                rtmp_port=self.rtmp_port,
                rtmps_port=self.rtmps_port,
                auth_url=self.auth.url,
                cert=self.cert.cert,
                key=self.cert.key,
                ipv6_listen=ipv6,
                user=getpass.getuser(),
            )
        )
        self.proc = spawn(
            [
                "nginx",
                "-c",
                str(conf),
                "-p",
                f"{self.workdir}/",
                "-e",
                str(self.workdir / "error.log"),
            ],
            log=self.workdir / "nginx.out",
        )
        try:
            wait_listening(self.rtmp_port)
            wait_listening(self.rtmps_port)
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        stop_process(self.proc)  # the master takes its worker with it
        self.auth.stop()

    def log_tail(self, lines: int = 30) -> str:
        with contextlib.suppress(OSError):
            text = (self.workdir / "error.log").read_text(errors="replace")
            return "\n".join(text.splitlines()[-lines:])
        return ""


# --------------------------------------------------------------------------- SRT


class SrtListener:
    """srt-live-transmit listening on srt://127.0.0.1:P with a passphrase (AES), writing the
    MPEG-TS it receives to a file. It keeps listening after a caller leaves.

    With ``ingest_hook=(sandbox_url, srt_stream_id)`` it tells the sandbox's ingest hook when
    media starts arriving (publish) and when it has stopped for ``idle_s`` (unpublish). Only a
    caller with the passphrase gets media through, so the passphrase is what admits it;
    srt-live-transmit does not check the SRT stream ID.
    """

    def __init__(
        self,
        workdir: Path,
        *,
        passphrase: str,
        ingest_hook: tuple[str, str] | None = None,
        idle_s: float = 1.5,
    ) -> None:
        self.ingest_hook = ingest_hook
        self.idle_s = idle_s
        self.hook_calls: list[tuple[str, int]] = []  # (action, HTTP status)
        self._watch_stop = threading.Event()
        self._watcher: threading.Thread | None = None
        if not 10 <= len(passphrase) <= 79:
            raise ValueError("libsrt needs a passphrase of 10 to 79 characters")
        self.workdir = workdir
        self.passphrase = passphrase
        self.port = free_udp_port()
        self.output = workdir / f"srt-{self.port}.ts"
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def server(self) -> str:
        return f"srt://127.0.0.1:{self.port}"

    def bytes_received(self) -> int:
        return self.output.stat().st_size if self.output.exists() else 0

    def media_packets(self) -> dict[str, int]:
        return media_packets(self.output)

    def start(self) -> SrtListener:
        self.workdir.mkdir(parents=True, exist_ok=True)
        url = f"srt://127.0.0.1:{self.port}?mode=listener&passphrase={self.passphrase}"
        # srt-live-transmit can only write file://con (stdout); 'file:///path' is unsupported.
        with open(self.output, "wb") as out:
            self.proc = spawn(
                ["srt-live-transmit", url, "file://con"],
                log=self.workdir / f"srt-{self.port}.log",
                stdout=out,
            )
        try:
            wait_listening(self.port, udp=True)
        except BaseException:
            self.stop()
            raise
        if self.ingest_hook is not None:
            self._watcher = threading.Thread(target=self._watch, daemon=True)
            self._watcher.start()
        return self

    def _watch(self) -> None:
        assert self.ingest_hook is not None
        sandbox_url, key = self.ingest_hook
        hook = sandbox_url.removesuffix("/v1") + "/_sandbox/ingest/"
        publishing, seen, last_growth = False, 0, time.monotonic()
        while not self._watch_stop.wait(0.1):
            size = self.bytes_received()
            now = time.monotonic()
            if size > seen:
                seen, last_growth = size, now
                if not publishing:
                    status = post_json(hook + "publish", {"key": key})
                    self.hook_calls.append(("publish", status))
                    publishing = status < 300
            elif publishing and now - last_growth > self.idle_s:
                self.hook_calls.append(("unpublish", post_json(hook + "unpublish", {"key": key})))
                publishing = False

    def stop(self) -> None:
        self._watch_stop.set()
        if self._watcher is not None:
            self._watcher.join(timeout=5)
        stop_process(self.proc)
