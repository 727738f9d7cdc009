"""A small TCP proxy between OBS and an ingest listener that can drop or wedge the connection.

``drop()`` closes every open connection (OBS then reconnects through the proxy, unless
``refusing`` is set, which makes the ingest look down); ``wedge()``
keeps the connections open but stops reading what OBS sends, so OBS's socket fills up and its
``outputBytes`` stops growing, as on a stuck network path; ``unwedge()`` lets bytes flow again.
"""

from __future__ import annotations

import contextlib
import socket
import threading

# A small receive buffer on our side makes OBS's send path fill within a second or two.
_RECV_BUFFER = 4096


class TcpProxy:
    def __init__(self, target_port: int, *, target_host: str = "127.0.0.1") -> None:
        self._target = (target_host, target_port)
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, _RECV_BUFFER)
        # Loopback's 64 KiB segments let OBS's kernel buffer ~600 KB (15 s of the test stream)
        # before a wedge shows; small segments keep that buffer small, as on a real network.
        self._listener.setsockopt(socket.IPPROTO_TCP, socket.TCP_MAXSEG, 1200)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(8)
        self.port: int = self._listener.getsockname()[1]
        self._flowing = threading.Event()
        self._flowing.set()
        self._stopping = threading.Event()
        self._pairs: list[tuple[socket.socket, socket.socket]] = []
        self._lock = threading.Lock()
        self.refusing = False  # True: every new connection is closed at once (ingest down)
        self.connections = 0  # accepted so far (OBS's first connect plus each reconnect)
        self._thread = threading.Thread(target=self._accept, name="tcp-proxy", daemon=True)

    def start(self) -> TcpProxy:
        self._thread.start()
        return self

    def drop(self) -> None:
        with self._lock:
            pairs, self._pairs = self._pairs, []
        for pair in pairs:
            for sock in pair:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()

    def wedge(self) -> None:
        self._flowing.clear()

    def unwedge(self) -> None:
        self._flowing.set()

    def stop(self) -> None:
        self._stopping.set()
        self._flowing.set()
        with contextlib.suppress(OSError):
            self._listener.close()
        self.drop()

    def _accept(self) -> None:
        while not self._stopping.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            if self.refusing:
                client.close()
                continue
            try:
                upstream = socket.create_connection(self._target, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self._lock:
                self._pairs.append((client, upstream))
                self.connections += 1
            threading.Thread(target=self._pump, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, False), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket, from_obs: bool) -> None:
        try:
            while not self._stopping.is_set():
                if from_obs:
                    self._flowing.wait()  # wedged: stop reading, so OBS's send blocks
                data = src.recv(_RECV_BUFFER)
                if not data:
                    break
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (src, dst):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
