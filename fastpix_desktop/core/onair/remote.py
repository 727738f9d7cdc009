"""One running instance and its remote control: a lock file plus a local socket, stdlib only.

The running instance holds ``instance.lock`` (an OS file lock, released when it exits, even on a
crash) and serves one JSON line per connection on an AF_UNIX socket, or on a loopback TCP port
where AF_UNIX is not usable; ``instance.json`` says where, with a random token every request
must carry. A second launch sends its command there and prints the reply.
"""

from __future__ import annotations

import contextlib
import errno
import json
import logging
import os
import secrets
import socket
import stat
import struct
import sys
import threading
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from fastpix_desktop.core import config, localfiles
from fastpix_desktop.core.localfiles.errors import why
from fastpix_desktop.core.redact import register_secret
from fastpix_desktop.core.state_dir import INFO_NAME, LOCK_NAME

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger(__name__)

SOCKET_NAME = "remote.sock"
MAX_LINE = 64 * 1024
# Going live waits for OBS to confirm (up to 15 s) after configuring it.
REPLY_TIMEOUT_S = 60.0
# Flood limits (docs/faults.md, "The remote control"): a request's first line must come within
# FIRST_LINE_S; at most MAX_UNVERIFIED connections wait for theirs, and MAX_CONNECTIONS
# requests (MAX_PER_CLIENT from one process) are carried out at once.
FIRST_LINE_S = 2.0
SEND_TIMEOUT_S = 5.0
MAX_UNVERIFIED = 16
MAX_CONNECTIONS = 16
MAX_PER_CLIENT = 8
BACKLOG = 128
ACCEPT_RETRY_S = 0.05
ACCEPT_RETRY_MAX_S = 1.0
BUSY_RETRIES = 5
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
    ``core.i18n.marked`` text of context "onair", "golive" for a go-live: the pipeline's words),
    ``error`` (the failure, for ``error_text``) and ``advice`` (the reconnect advice behind the
    text's warnings)."""

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

_BUSY_TEXT = "The running fastpix-desktop is busy with other requests; try again."
BUSY = RemoteReply(1, {"error": {"code": 1, "message": _BUSY_TEXT}}, _BUSY_TEXT)


# --------------------------------------------------------------------------- the lock


def _open_lock(directory: Path) -> IO[bytes]:
    """The lock file, in a folder that must be this user's own and not a link (it may sit in a
    shared temp folder: core/localfiles), opened without following a planted link."""
    localfiles.shared_private_dir(directory)
    path = directory / LOCK_NAME
    localfiles.refuse_link(path, what="the instance lock")
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags, 0o600)
    except OSError as exc:
        raise localfiles.LocalFileError(
            f"Cannot open the instance lock {path}: {why(exc)}.", path=path
        ) from None
    return os.fdopen(fd, "r+b")


def instance_running(directory: Path | None = None) -> bool:
    """Whether another process holds the instance lock right now."""
    directory = directory or config.state_dir()
    if not (directory / LOCK_NAME).exists():
        return False
    with _open_lock(directory) as handle:
        return not localfiles.try_lock(handle)  # closing the handle releases a lock just taken


# --------------------------------------------------------------------------- server


def _unix_usable(path: Path) -> bool:
    return (
        hasattr(socket, "AF_UNIX") and sys.platform != "win32" and len(str(path)) < _UNIX_PATH_MAX
    )


class _Slots:
    """Connections being answered, in all and per client; ``take`` says no when full, so a
    flood is turned away at once instead of holding file descriptors and threads."""

    def __init__(self, total: int, per_client: int) -> None:
        self._total, self._per_client = total, per_client
        self._held: dict[object, int] = {}
        self._lock = threading.Lock()

    def take(self, client: object) -> bool:
        with self._lock:
            if sum(self._held.values()) >= self._total:
                return False
            if self._held.get(client, 0) >= self._per_client:
                return False
            self._held[client] = self._held.get(client, 0) + 1
            return True

    def give(self, client: object) -> None:
        with self._lock:
            left = self._held.get(client, 0) - 1
            if left > 0:
                self._held[client] = left
            else:
                self._held.pop(client, None)


def _peer(conn: socket.socket) -> object:
    """Who is on the other end: the process (Linux SO_PEERCRED) on a Unix socket; on loopback
    TCP every client looks alike, so the token is what tells them apart (checked first)."""
    peercred = getattr(socket, "SO_PEERCRED", None)
    if conn.family == getattr(socket, "AF_UNIX", None) and peercred is not None:
        with contextlib.suppress(OSError):
            pid, _uid, _gid = struct.unpack("3i", conn.getsockopt(socket.SOL_SOCKET, peercred, 12))
            return pid
    return conn.family


class RemoteControlServer:
    """The running instance's end: holds the lock and hands each request to ``handler``.

    ``handler`` is a coroutine function run on ``loop`` (the window's or a headless host's); the
    socket is served on a daemon thread, so no event loop needs socket support. The serving
    thread never dies while the server is open: it waits and retries when the process runs out
    of file descriptors or threads, and at most ``MAX_CONNECTIONS`` requests (``MAX_PER_CLIENT``
    per client) are answered at once; more are told the instance is busy and closed at once.
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
        self._bound: Path | None = None  # the socket file this server made
        # Connections still owing their token, and requests being carried out, kept apart:
        # a flood without the token fills only the first.
        self._unverified = _Slots(MAX_UNVERIFIED, MAX_UNVERIFIED)
        self._requests = _Slots(MAX_CONNECTIONS, MAX_PER_CLIENT)

    def start(self) -> bool:
        """Take the lock and listen; False (and nothing started) when another instance runs.

        A state folder or file the app cannot use safely is a LocalFileError in plain words."""
        lock = _open_lock(self._dir)
        if not localfiles.try_lock(lock):
            lock.close()
            return False
        try:
            self._listen()
        except BaseException:
            self._close_socket()
            if self._bound is not None:  # ours: we hold the lock
                with contextlib.suppress(OSError):
                    self._bound.unlink()
            lock.close()
            raise
        self._lock = lock
        self._thread = threading.Thread(target=self._serve, name="remote-control", daemon=True)
        self._thread.start()
        return True

    def _listen(self) -> None:
        self._token = secrets.token_urlsafe(24)
        register_secret(self._token)
        sock_path = self._dir / SOCKET_NAME
        info: dict[str, Any] = {"pid": os.getpid(), "token": self._token}
        if self._prefer_unix and _unix_usable(sock_path):
            _clear_socket_path(sock_path)
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            self._sock = sock
            try:
                sock.bind(str(sock_path))
                self._bound = sock_path
                os.chmod(sock_path, 0o600)
            except OSError as exc:
                raise localfiles.LocalFileError(
                    f"Cannot open the remote control at {sock_path}: {why(exc)}.", path=sock_path
                ) from None
            info.update(transport="unix", path=str(sock_path))
        else:
            sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            self._sock = sock
            sock.bind(("127.0.0.1", 0))
            info.update(transport="tcp", port=sock.getsockname()[1])
        sock.listen(BACKLOG)
        localfiles.write_json(self._dir / INFO_NAME, info, what="the instance file")

    def _close_socket(self) -> None:
        sock, self._sock = self._sock, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def close(self) -> None:
        self._closing.set()
        self._close_socket()
        if self._thread is not None:
            self._thread.join(timeout=2.0)
        if self._lock is None:
            return  # never started: the files are another instance's
        with contextlib.suppress(OSError):
            (self._dir / INFO_NAME).unlink()
        with contextlib.suppress(OSError):
            (self._dir / SOCKET_NAME).unlink()
        lock, self._lock = self._lock, None
        lock.close()

    def _serve(self) -> None:
        pause = ACCEPT_RETRY_S
        while not self._closing.is_set():
            sock = self._sock
            if sock is None:
                return
            try:
                conn, _ = sock.accept()
            except OSError as exc:
                if self._closing.is_set() or exc.errno in (errno.EBADF, errno.EINVAL):
                    return  # closed under us by close()
                # EMFILE / ENFILE / ENOBUFS / ENOMEM, ECONNABORTED: wait, then accept again.
                log.warning("The remote control could not accept a connection: %s", why(exc))
                self._closing.wait(pause)
                pause = min(pause * 2, ACCEPT_RETRY_MAX_S)
                continue
            pause = ACCEPT_RETRY_S
            self._dispatch(conn)

    def _dispatch(self, conn: socket.socket) -> None:
        client = _peer(conn)
        if not self._unverified.take(client):
            _refuse_busy(conn)
            return
        try:
            _start_thread(self._answer, conn, client)
        except RuntimeError:  # "can't start new thread": no memory for one more
            self._unverified.give(client)
            _refuse_busy(conn)
            log.warning("The remote control could not start a thread; it waits and goes on")
            self._closing.wait(ACCEPT_RETRY_S)

    def _answer(self, conn: socket.socket, client: object) -> None:
        with conn:
            try:
                data = self._verified(conn)
            finally:
                self._unverified.give(client)
            if data is None:
                reply = _refusal()
            elif not self._requests.take(client):
                reply = BUSY
            else:
                try:
                    reply = self._carry_out(data)
                finally:
                    self._requests.give(client)
            with contextlib.suppress(OSError):
                conn.settimeout(SEND_TIMEOUT_S)
                wire = reply.to_wire() | ({"busy": True} if reply is BUSY else {})
                conn.sendall(json.dumps(wire).encode() + b"\n")

    def _verified(self, conn: socket.socket) -> dict[str, Any] | None:
        """The request, when its first line comes within FIRST_LINE_S and carries the token;
        None otherwise (a client that connects and says nothing holds nothing for long)."""
        try:
            data = json.loads(_read_line(conn, deadline=FIRST_LINE_S))
        except (OSError, ValueError, RecursionError):
            return None
        if not isinstance(data, dict):
            return None
        token = data.get("token")
        if not isinstance(token, str) or not secrets.compare_digest(
            token.encode("utf-8", "surrogatepass"), self._token.encode()
        ):
            return None  # a non-ASCII token is a refusal too (compare_digest wants bytes then)
        return data

    def _carry_out(self, data: dict[str, Any]) -> RemoteReply:
        import asyncio  # here: a second launch's handover needs no asyncio

        try:
            request = RemoteRequest(str(data.get("command", "")), dict(data.get("args") or {}))
            future = asyncio.run_coroutine_threadsafe(self._handler(request), self._loop)
            return future.result(REPLY_TIMEOUT_S)
        except Exception as exc:  # the running instance must survive any request
            log.warning("A remote command failed: %s", type(exc).__name__)
            message = "The running instance could not carry out the command."
            return RemoteReply(1, {"error": {"code": 1, "message": message}}, message)


def _start_thread(target: Callable[..., None], *args: Any) -> None:
    threading.Thread(target=target, args=args, name="remote-request", daemon=True).start()


def _refusal() -> RemoteReply:
    return RemoteReply(3, {"error": {"code": 3, "message": "Not allowed."}}, "Not allowed.")


def _refuse_busy(conn: socket.socket) -> None:
    """Tell a client over the limits that the instance is busy, without waiting for it."""
    with conn, contextlib.suppress(OSError):
        conn.setblocking(False)
        conn.send(json.dumps(BUSY.to_wire() | {"busy": True}).encode() + b"\n")


def _clear_socket_path(path: Path) -> None:
    """Remove a socket left by a crashed instance (we hold the lock now); anything else in its
    place (a folder, a file) is reported, not removed."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise localfiles.LocalFileError(f"Cannot check {path}: {why(exc)}.", path=path) from None
    if stat.S_ISSOCK(info.st_mode) or stat.S_ISLNK(info.st_mode):
        with contextlib.suppress(FileNotFoundError):
            path.unlink()  # a link itself is removed, never what it points at
        return
    kind = "a folder" if stat.S_ISDIR(info.st_mode) else "a file"
    raise localfiles.LocalFileError(
        f"{path} is {kind}, not the remote control's socket; remove it and start again.",
        path=path,
    )


def _read_line(conn: socket.socket, *, deadline: float) -> bytes:
    """One line of at most MAX_LINE bytes, within ``deadline`` seconds in all (a client that
    sends a byte a second cannot hold the connection longer)."""
    end = time.monotonic() + deadline
    chunks: list[bytes] = []
    size = 0
    while True:
        left = end - time.monotonic()
        if left <= 0:
            raise TimeoutError("no complete line in time")
        conn.settimeout(left)
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


def _failure(message: str, code: int = 1) -> RemoteReply:
    return RemoteReply(code, {"error": {"code": code, "message": message}}, message)


_NO_ANSWER = "The running fastpix-desktop did not answer; check its window before trying again."
# A running instance writes its instance file right after it takes the lock, and removes it
# before letting go: a client that finds the lock held waits this long for the file to agree.
SETTLE_S = 1.5


def send_command(
    request: RemoteRequest, *, directory: Path | None = None, timeout: float = REPLY_TIMEOUT_S
) -> RemoteReply | None:
    """Hand ``request`` to the running instance; None when there is none (run it headless).

    When an instance runs but cannot be reached, the reply says so: the command is not run
    here instead, with this command line's OBS address rather than the instance's."""
    directory = directory or config.state_dir()
    settle_until = time.monotonic() + SETTLE_S
    busy_left = BUSY_RETRIES
    while True:
        try:
            if not instance_running(directory):
                return None
        except localfiles.LocalFileError as error:
            return _failure(str(error), 3)
        except OSError:
            return None  # no usable state folder: nothing can be running there
        reply = _try_once(request, directory, timeout)
        if reply is BUSY and busy_left > 0:
            busy_left -= 1
            time.sleep(0.2 * (BUSY_RETRIES - busy_left))
            continue
        if reply is not None:
            return reply
        if time.monotonic() > settle_until:
            return _failure(
                "A running fastpix-desktop holds the remote control but could not be reached; "
                "check its window, or close it and try again."
            )
        time.sleep(0.05)


def _try_once(request: RemoteRequest, directory: Path, timeout: float) -> RemoteReply | None:
    """One attempt's reply; None when the instance could not be reached yet (starting up or
    going away)."""
    try:
        info = localfiles.read_json(directory / INFO_NAME, what="the instance file")
        token = str(info["token"])
        register_secret(token)
        if info.get("transport") == "unix":
            conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            address: Any = str(info["path"])
        else:
            conn = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            address = ("127.0.0.1", int(info["port"]))
    except (localfiles.LocalFileError, OSError, ValueError, KeyError, TypeError, AttributeError):
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
        except OSError:
            sent = False  # closed before reading it: a "busy" answer may be waiting
        else:
            sent = True
        try:
            data = json.loads(_read_line(conn, deadline=timeout))
            if isinstance(data, dict) and data.get("busy"):
                return BUSY
            return RemoteReply.from_wire(data)
        except (OSError, ValueError, RecursionError):
            if not sent:
                return None  # never delivered whole, so never carried out: try again
            # The command may have been carried out: say so rather than running it again here.
            return _failure(_NO_ANSWER)
