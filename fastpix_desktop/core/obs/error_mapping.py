"""Turns what obsws-python, websocket-client or the OS raise into a plain-words ObsError."""

from __future__ import annotations

import contextlib
import ipaddress
import json
import socket
import subprocess
import sys
from pathlib import Path
from typing import TypeVar

import websocket
from obsws_python.error import OBSSDKError, OBSSDKRequestError, OBSSDKTimeoutError

from fastpix_desktop.core.errors import (
    ObsAuthError,
    ObsDisconnectedError,
    ObsError,
    ObsKickedError,
    ObsLiveError,
    ObsNotRunningError,
    ObsRequestError,
    ObsServerDisabledError,
    ObsTimeoutError,
)
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP
from fastpix_desktop.core.obs.connection import ObsConnectionInfo
from fastpix_desktop.core.obs.local_config import local_server_config
from fastpix_desktop.core.obs.protocol import (
    CLOSE_AUTHENTICATION_FAILED,
    CLOSE_SESSION_INVALIDATED,
    CLOSE_UNSUPPORTED_RPC_VERSION,
    STATUS_NOT_READY,
    STATUS_OUTPUT_RUNNING,
)
from fastpix_desktop.core.redact import redact

E = TypeVar("E", bound=ObsError)


def _marked(kind: type[E], template: str, /, **values: object) -> E:
    """A ``kind`` error whose message is ``template`` filled in, the template and values kept
    apart so the window can show it in the UI language (ui/i18n.error_text)."""
    error = kind(template.format(**values))
    error.template, error.template_values = template, values
    return error


def _is_loopback(host: str) -> bool:
    if host.lower() in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def local_obs_running() -> bool:
    """Whether an OBS Studio process runs on this computer (tells "server off" from "closed")."""
    try:
        if sys.platform.startswith("linux"):
            for proc in Path("/proc").iterdir():
                if proc.name.isdigit():
                    with contextlib.suppress(OSError):
                        if (proc / "comm").read_text().strip() == "obs":
                            return True
            return False
        if sys.platform == "darwin":
            found = subprocess.run(["pgrep", "-x", "OBS"], capture_output=True, timeout=3)
            return found.returncode == 0
        if sys.platform == "win32":
            listing = subprocess.run(
                ["tasklist", "/FI", "IMAGENAME eq obs64.exe", "/NH"],
                capture_output=True,
                text=True,
                timeout=5,
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
            return "obs64.exe" in listing.stdout.lower()
    except (OSError, subprocess.SubprocessError):
        return False
    return False


def _refused_here(info: ObsConnectionInfo) -> ObsError:
    """Nothing accepts on this computer's host:port: OBS closed, its server off, or another port.

    "OBS runs" alone does not mean "the server is off" (the port may simply be wrong), so OBS's
    own settings decide; without them the message names the address and both causes.
    """
    where = info.address
    if not local_obs_running():
        return _marked(
            ObsNotRunningError,
            QT_TRANSLATE_NOOP(
                "errors",
                "Nothing answers at {where}, and OBS does not seem to be running on this "
                "computer. Start OBS, and check Tools → WebSocket Server Settings → Enable "
                "WebSocket server.",
            ),
            where=where,
        )
    server = local_server_config()
    if server.enabled is False:
        return _marked(
            ObsServerDisabledError,
            QT_TRANSLATE_NOOP(
                "errors",
                "OBS is running, but its WebSocket server is off, so nothing answers at "
                "{where}. In OBS, open Tools → WebSocket Server Settings and tick Enable "
                "WebSocket server.",
            ),
            where=where,
        )
    if server.port is not None and server.port != info.port:
        return _marked(
            ObsNotRunningError,
            QT_TRANSLATE_NOOP(
                "errors",
                "Nothing answers at {where}. OBS is running, and its WebSocket server is set to "
                "port {server_port}, not {port}: use port {server_port} in the app's OBS "
                "connection (or --obs HOST:PORT).",
            ),
            where=where,
            server_port=server.port,
            port=info.port,
        )
    return _marked(
        ObsNotRunningError,
        QT_TRANSLATE_NOOP(
            "errors",
            # Only a process named obs was seen; it may not be the OBS the app talks to
            # (another user's, a stuck one), so say what was seen, not that OBS is running.
            "Nothing answers at {where}. A program named OBS runs on this computer; if it is "
            "your OBS, check in Tools → WebSocket Server Settings that the server is enabled "
            "and its port is {port}.",
        ),
        where=where,
        port=info.port,
    )


def _request_comment(exc: OBSSDKRequestError) -> str:
    # OBSSDKRequestError keeps only the formatted text: "... With message: <comment>".
    _, _, comment = str(exc).partition("With message: ")
    return redact(comment.strip())


def to_obs_error(
    exc: BaseException, *, info: ObsConnectionInfo, close_code: int | None = None
) -> ObsError:
    """Translate whatever obsws-python, websocket-client or the OS raised into an ObsError.

    ``close_code`` is the close code OBS sent, when the socket saw one (4009, 4011, ...).
    """
    if isinstance(exc, ObsError):
        return exc
    if close_code == CLOSE_AUTHENTICATION_FAILED:
        return ObsAuthError()
    if close_code == CLOSE_SESSION_INVALIDATED:
        return ObsKickedError()
    if close_code == CLOSE_UNSUPPORTED_RPC_VERSION:
        return ObsError(
            QT_TRANSLATE_NOOP(
                "errors", "This OBS is too old: fastpix-desktop needs OBS 28 or newer."
            )
        )
    if isinstance(exc, OBSSDKRequestError):
        comment = _request_comment(exc)
        if exc.code == STATUS_OUTPUT_RUNNING:
            return ObsLiveError()
        if exc.code == STATUS_NOT_READY:
            return ObsRequestError(
                QT_TRANSLATE_NOOP(
                    "errors", "OBS is still starting up. Wait a moment and try again."
                ),
                code=exc.code,
            )
        # OBS's comment is quoted as OBS's own words (never translated); the sentence around it
        # is the app's and is marked for translation.
        if comment:
            error = _marked(
                ObsRequestError,
                QT_TRANSLATE_NOOP(
                    "errors",
                    "OBS refused the request {request} (code {code}). OBS says: “{obs_words}”",
                ),
                request=exc.req_name,
                code=exc.code,
                obs_words=comment,
            )
        else:
            error = _marked(
                ObsRequestError,
                QT_TRANSLATE_NOOP("errors", "OBS refused the request {request} (code {code})."),
                request=exc.req_name,
                code=exc.code,
            )
        error.code = exc.code
        return error
    if isinstance(exc, OBSSDKTimeoutError | websocket.WebSocketTimeoutException | TimeoutError):
        return ObsTimeoutError()
    if isinstance(exc, OBSSDKError):
        text = str(exc)
        if "no password provided" in text:
            return ObsAuthError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "OBS asks for a WebSocket password, but none is set. Copy it from OBS: "
                    "Tools → WebSocket Server Settings → Show Connect Info.",
                )
            )
        if "failed to identify" in text:
            # OBS closed the handshake (4009); obsws-python only sees an empty frame.
            return ObsAuthError()
        return _marked(
            ObsError,
            QT_TRANSLATE_NOOP(
                "errors", "The OBS WebSocket connection failed. Its library says: “{library_words}”"
            ),
            library_words=redact(text),
        )
    if isinstance(exc, ConnectionRefusedError):
        if _is_loopback(info.host):
            return _refused_here(info)
        return _marked(
            ObsNotRunningError,
            QT_TRANSLATE_NOOP(
                "errors",
                "Nothing answers at {where}. Check that OBS runs on that computer, that its "
                "WebSocket server is enabled, and that address and port are right.",
            ),
            where=info.address,
        )
    if isinstance(exc, socket.gaierror | websocket.WebSocketAddressException):
        return _marked(
            ObsNotRunningError,
            QT_TRANSLATE_NOOP(
                "errors", "Could not find the computer '{host}'. Check the OBS address."
            ),
            host=info.host,
        )
    if isinstance(exc, websocket.WebSocketBadStatusException):
        return _marked(
            ObsNotRunningError,
            QT_TRANSLATE_NOOP(
                "errors",
                "Something other than OBS's WebSocket server answers at {where}. "
                "Check the port in OBS: Tools → WebSocket Server Settings.",
            ),
            where=info.address,
        )
    if isinstance(
        exc,
        websocket.WebSocketConnectionClosedException
        | BrokenPipeError
        | ConnectionResetError
        | ConnectionAbortedError
        | json.JSONDecodeError,  # what obsws-python raises when OBS closes mid-request (#41)
    ):
        return ObsDisconnectedError()
    if isinstance(exc, OSError):
        return _marked(
            ObsNotRunningError,
            QT_TRANSLATE_NOOP(
                "errors", "Could not reach OBS at {where}. Check the address and your network."
            ),
            where=info.address,
        )
    if isinstance(exc, websocket.WebSocketException):
        return ObsDisconnectedError()
    if isinstance(exc, TypeError | KeyError | IndexError | AttributeError | ValueError):
        # obsws-python indexes OBS's messages as OBS sends them ("d", "authentication", ...):
        # a WebSocket server that is not OBS's makes it fail with one of these (issue 28).
        return _marked(
            ObsError,
            QT_TRANSLATE_NOOP(
                "errors",
                "Something at {where} is not OBS's WebSocket server: it answered in a way OBS "
                "never does. Check the port in OBS: Tools → WebSocket Server Settings.",
            ),
            where=info.address,
        )
    return _marked(
        ObsError,
        QT_TRANSLATE_NOOP("errors", "Unexpected problem talking to OBS ({what})."),
        what=type(exc).__name__,
    )


def _drops_connection(error: ObsError) -> bool:
    """Request-level refusals keep the session; anything else means it is gone or unusable."""
    return not isinstance(error, ObsRequestError | ObsLiveError)
