"""One running instance and its remote control: a lock file plus a local socket, stdlib only.

The running instance holds ``instance.lock`` (an OS file lock, released when it exits, even on a
crash) and serves one JSON line per connection on an AF_UNIX socket, or on a loopback TCP port
where AF_UNIX is not usable; ``instance.json`` says where, with a random token every request
must carry. A second launch sends its command there and prints the reply.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import secrets
import socket
import sys
import threading
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from fastpix_desktop.core import config
from fastpix_desktop.core.redact import register_secret

log = logging.getLogger(__name__)

LOCK_NAME = "instance.lock"
INFO_NAME = "instance.json"
SOCKET_NAME = "remote.sock"
MAX_LINE = 64 * 1024
# Going live waits for OBS to confirm (up to 15 s) after configuring it.
REPLY_TIMEOUT_S = 60.0
_UNIX_PATH_MAX = 100  # sun_path is 104 bytes on macOS, 108 on Linux


@dataclass(frozen=True)
class RemoteRequest:
    command: str
    args: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RemoteReply:
    """A command's result as the CLI prints it: exit code, the --json value, the plain text.

    The window runs the same commands in-process and shows them in its own language, so a
    reply also carries, never over the wire: ``headline`` (the first line of ``text``, a
    ``core.i18n.marked`` text of context "onair"), ``error`` (the failure, for ``error_text``)
    and ``advice`` (the reconnect advice behind the text's warnings)."""

    exit_code: int
    json: Any = None
    text: str = ""
    headline: str = field(default="", compare=False)
    error: BaseException | None = field(default=None, compare=False)
    advice: tuple[Any, ...] = field(default=(), compare=False)

    def to_wire(self) -> dict[str, Any]:
        return {"exitCode": self.exit_code, "json": self.json, "text": self.text}

    @classmethod
    def from_wire(cls, data: Any) -> RemoteReply:
        if not isinstance(data, dict) or not isinstance(data.get("exitCode"), int):
            raise ValueError("not a reply")
        return cls(data["exitCode"], data.get("json"), str(data.get("text") or ""))


Handler = Callable[[RemoteRequest], Coroutine[Any, Any, RemoteReply]]


# --------------------------------------------------------------------------- the lock


def _lock_file(handle: IO[bytes]) -> bool:
    """Take the OS lock on ``handle`` without waiting; False when someone else holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _open_lock(directory: Path) -> IO[bytes]:
    directory.mkdir(parents=True, exist_ok=True, mode=0o700)
    if sys.platform != "win32":
        # A shared temp folder: a directory someone else made could hold a fake socket.
        info = directory.stat()
        if info.st_uid != os.getuid():
            raise PermissionError(f"{directory} belongs to another user")
        if info.st_mode & 0o077:
            os.chmod(directory, 0o700)
    return open(directory / LOCK_NAME, "a+b")


def instance_running(directory: Path | None = None) -> bool:
    """Whether another process holds the instance lock right now."""
    directory = directory or config.state_dir()
    if not (directory / LOCK_NAME).exists():
        return False
    with _open_lock(directory) as handle:
        return not _lock_file(handle)  # closing the handle releases a lock just taken


# --------------------------------------------------------------------------- server


def _unix_usable(path: Path) -> bool:
    return (
        hasattr(socket, "AF_UNIX") and sys.platform != "win32" and len(str(path)) < _UNIX_PATH_MAX
    )


class RemoteControlServer:
    """The running instance's end: holds the lock and hands each request to ``handler``.

    ``handler`` is a coroutine function run on ``loop`` (the window's or a headless host's); the
    socket is served on a daemon thread, so no event loop needs socket support.
    """

    def __init__(
        self,
        handler: Handler,
        *,
        loop: asyncio.AbstractEventLoop,
        directory: Path | None = None,
        prefer_unix: bool = True,
    ) -> None:
        self._handler = handler
        self._loop = loop
        self._dir = directory or config.state_dir()
        self._prefer_unix = prefer_unix
        self._lock: IO[bytes] | None = None
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._token = ""
        self._closing = threading.Event()

    def start(self) -> bool:
        """Take the lock and listen; False (and nothing started) when another instance runs."""
        lock = _open_lock(self._dir)
        if not _lock_file(lock):
            lock.close()
            return False
        self._lock = lock
        self._token = secrets.token_urlsafe(24)
        register_secret(self._token)
        sock_path = self._dir / SOCKET_NAME
        info: dict[str, Any] = {"pid": os.getpid(), "token": self._token}
        if self._prefer_unix and _unix_usable(sock_path):
            with contextlib.suppress(FileNotFoundError):
                sock_path.unlink()  # left by a crashed instance: we hold the lock now
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.bind(str(sock_path))
            os.chmod(sock_path, 0o600)
            info.update(transport="unix", path=str(sock_path))
        else:
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            sock.bind(("127.0.0.1", 0))
            info.update(transport="tcp", port=sock.getsockname()[1])
        sock.listen(8)
        self._sock = sock
        _write_private(self._dir / INFO_NAME, json.dumps(info))
        self._thread = threading.Thread(target=self._serve, name="remote-control", daemon=True)
        self._thread.start()
        return True

    def close(self) -> None:
        self._closing.set()
        sock, self._sock = self._sock, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        if self._thread is not None:
            self._thread.join(timeout=2.0)
        with contextlib.suppress(OSError):
            (self._dir / INFO_NAME).unlink()
        with contextlib.suppress(OSError):
            (self._dir / SOCKET_NAME).unlink()
        lock, self._lock = self._lock, None
        if lock is not None:
            lock.close()

    def _serve(self) -> None:
        while not self._closing.is_set():
            sock = self._sock
            if sock is None:
                return
            try:
                conn, _ = sock.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5.0)
            try:
                line = _read_line(conn)
                data = json.loads(line)
                if not isinstance(data, dict) or not secrets.compare_digest(
                    str(data.get("token", "")), self._token
                ):
                    reply = RemoteReply(3, {"error": {"code": 3, "message": "Not allowed."}})
                else:
                    request = RemoteRequest(
                        str(data.get("command", "")), dict(data.get("args") or {})
                    )
                    future = asyncio.run_coroutine_threadsafe(self._handler(request), self._loop)
                    reply = future.result(REPLY_TIMEOUT_S)
            except Exception as exc:  # the running instance must survive any request
                log.warning("A remote command failed: %s", type(exc).__name__)
                message = "The running instance could not carry out the command."
                reply = RemoteReply(1, {"error": {"code": 1, "message": message}}, message)
            with contextlib.suppress(OSError):
                conn.settimeout(5.0)
                conn.sendall(json.dumps(reply.to_wire()).encode() + b"\n")


def _write_private(path: Path, text: str) -> None:
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    fd = os.open(path, flags, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)


def _read_line(conn: socket.socket) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        chunk = conn.recv(4096)
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if b"\n" in chunk or size > MAX_LINE:
            break
    line = b"".join(chunks).split(b"\n", 1)[0]
    if size > MAX_LINE:
        raise ValueError("request too large")
    return line


# --------------------------------------------------------------------------- client


def send_command(
    request: RemoteRequest, *, directory: Path | None = None, timeout: float = REPLY_TIMEOUT_S
) -> RemoteReply | None:
    """Hand ``request`` to the running instance; None when there is none (run it headless)."""
    directory = directory or config.state_dir()
    try:
        if not instance_running(directory):
            return None
    except OSError:
        return None  # no usable state folder: nothing can be running there
    try:
        info = json.loads((directory / INFO_NAME).read_text(encoding="utf-8"))
        token = str(info["token"])
        register_secret(token)
        if info.get("transport") == "unix":
            conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            address: Any = str(info["path"])
        else:
            conn = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            address = ("127.0.0.1", int(info["port"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None  # starting up or shutting down: not ready to take commands
    with conn:
        conn.settimeout(timeout)
        try:
            conn.connect(address)
        except OSError:
            return None
        payload = {"token": token, "command": request.command, "args": request.args}
        try:
            conn.sendall(json.dumps(payload).encode() + b"\n")
            return RemoteReply.from_wire(json.loads(_read_line(conn)))
        except (OSError, ValueError):
            # The command may have been carried out: say so rather than running it again here.
            message = (
                "The running fastpix-desktop did not answer; check its window before trying again."
            )
            return RemoteReply(1, {"error": {"code": 1, "message": message}}, message)
