"""FastPixClient: every FastPix live-stream endpoint the app uses, over one pooled httpx client.

Every failure becomes one of core/errors.py's FastPix errors with a plain-words message; no
secret ever reaches a message or a log line, and no httpx / KeyError / TypeError escapes.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import email.utils
import logging
import math
import re
import ssl
import threading
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Self, TypeGuard, TypeVar
from urllib.parse import quote

import httpx

from fastpix_desktop._version import __version__
from fastpix_desktop.core.config import DEFAULT_API_URL, api_url_problem
from fastpix_desktop.core.errors import (
    CredentialsMissingError,
    FastPixAuthError,
    FastPixBadResponseError,
    FastPixError,
    FastPixNetworkError,
    FastPixNotFoundError,
    FastPixRateLimitError,
    FastPixRequestError,
    FastPixServerError,
    FastPixTimeoutError,
    FastPixValidationError,
)
from fastpix_desktop.core.fastpix import bounded_http, tls
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP, marked
from fastpix_desktop.core.models import (
    F_ACCESS_POLICY,
    F_CAPTIONS,
    F_MEDIA_POLICY,
    F_METADATA,
    F_RECONNECT,
    F_RESOLUTION,
    METADATA_MAX_ENTRIES,
    METADATA_MAX_VALUE_LEN,
    RECONNECT_WINDOW_MAX,
    RECONNECT_WINDOW_MIN,
    AccessPolicy,
    LiveStream,
    PlaybackId,
    StreamPage,
    StreamSettings,
)
from fastpix_desktop.core.redact import redact, register_basic_auth, register_secret
from fastpix_desktop.core.simulcast.targets import (
    TARGET_NAME_KEY,
    SimulcastTarget,
    TargetListing,
    check_target_key,
    check_target_name,
    check_target_url,
)

KEEPALIVE_SECONDS = 300.0
# A Retry-After longer than this is not waited out: the error goes to the user at once,
# carrying the server's wait, instead of a click that silently hangs.
MAX_RETRY_WAIT = 30.0
LIST_LIMIT_MAX = 50
ORDER_BY_VALUES = ("asc", "desc")
# Longest FastPix message text quoted back to the user.
_MAX_SERVER_TEXT = 300
# Every exchange ends within this, however slowly the server drips its answer (docs/faults.md).
DEADLINE_SECONDS = 30.0
# A 429 is retried only when at least this much of the deadline is left after the wait.
_MIN_ATTEMPT_S = 1.0
# The largest answer read: a page of 50 streams is about 100 KB; an error needs only its message.
MAX_BODY_BYTES = 4 * 1024 * 1024
MAX_ERROR_BODY_BYTES = 64 * 1024

logger = logging.getLogger("fastpix_desktop.fastpix")

# Looked up at call time so tests can observe Retry-After waits without waiting.
_sleep = asyncio.sleep

_T = TypeVar("_T")

_CHECK_URL = " Check the API URL in Settings."
# A 422 may name a field by its last part only; map it to the path the settings form uses.
_FIELD_PATHS = {
    path.rsplit(".", 1)[1]: path
    for path in (F_RESOLUTION, F_RECONNECT, F_METADATA, F_MEDIA_POLICY, F_ACCESS_POLICY, F_CAPTIONS)
}


def _import_first_request_modules() -> None:
    """What the first request would import on the loop's thread (~25 ms, more once PySide6's
    import hook is in place): anyio loads its parts on first attribute use, and httpcore its
    network backend on the first connection. Best effort: private names may move."""
    with contextlib.suppress(ImportError, AttributeError):
        import anyio

        for name in dir(anyio):
            getattr(anyio, name, None)
        import anyio._backends._asyncio
        import httpcore._backends.anyio  # noqa: F401


class FastPixClient:
    """Async client for FastPix's live-stream API; one instance per app, shared by all callers."""

    def __init__(
        self,
        *,
        access_token_id: str,
        secret_key: str,
        base_url: str = DEFAULT_API_URL,
        transport: httpx.AsyncBaseTransport | None = None,
        connect_timeout: float = 5.0,
        read_timeout: float = 15.0,
        get_retries: int = 2,
        deadline: float | None = None,
    ) -> None:
        self._deadline = DEADLINE_SECONDS if deadline is None else deadline
        self._base_url = str(base_url or DEFAULT_API_URL).strip().rstrip("/")
        # Checked here, not left to httpx: some malformed URLs make it raise from odd places.
        self._url_problem = api_url_problem(self._base_url)
        self._get_retries = max(0, int(get_retries))
        self._closed = False
        self._has_credentials = False
        self._auth = httpx.BasicAuth("", "")
        self._http: httpx.AsyncClient | None = None
        self._building: concurrent.futures.Future[httpx.AsyncClient] | None = None
        self._sending: list[threading.Event] = []
        self._client_options: dict[str, Any] = {
            # httpx joins relative paths onto base_url only when it ends with "/".
            "base_url": self._base_url + "/",
            "transport": transport,
            "timeout": httpx.Timeout(read_timeout, connect=connect_timeout),
            "headers": {
                "Accept": "application/json",
                "User-Agent": f"fastpix-desktop/{__version__}",
            },
            # An API call never legitimately redirects; following one could leak Basic auth.
            "follow_redirects": False,
            # httpx drops idle connections after 5 s by default; the window warms the
            # connection at start-up, and a streamer clicks Create minutes later.
            "limits": httpx.Limits(keepalive_expiry=KEEPALIVE_SECONDS),
        }
        self.set_credentials(access_token_id, secret_key)

    def __repr__(self) -> str:
        return f"FastPixClient(base_url={self._base_url!r})"

    @property
    def base_url(self) -> str:
        """The API root every path is relative to, without a trailing slash."""
        return self._base_url

    def set_credentials(self, access_token_id: str, secret_key: str) -> None:
        """Use another Access Token ID / Secret Key from the next request on (same pool)."""
        # Pasted keys often carry a trailing newline or space; real ones never contain blanks.
        token = (access_token_id or "").strip()
        secret = (secret_key or "").strip()
        register_secret(secret_key, keep=True)
        # Also the Basic Authorization value: a server that echoes the request must not leak it.
        register_basic_auth(token, secret)
        self._has_credentials = bool(token and secret)
        self._auth = httpx.BasicAuth(token, secret)
        if self._http is not None:
            self._http.auth = self._auth

    def warm_up(self) -> None:
        """Start building the httpx client on a thread now, so the first request finds it
        ready; callable before any event loop runs (the app can call it first thing)."""
        if self._building is not None or self._http is not None or self._closed:
            return
        building: concurrent.futures.Future[httpx.AsyncClient] = concurrent.futures.Future()

        def build() -> None:
            try:
                building.set_result(self._build_client())
            except BaseException as exc:
                building.set_exception(exc)

        self._building = building
        threading.Thread(target=build, name="fastpix-http-setup", daemon=True).start()

    def next_request_sending(self) -> threading.Event:
        """An event set once the next request goes to the network (its httpx client built),
        or fails before that: `create` holds other work back until then."""
        event = threading.Event()
        self._sending.append(event)
        return event

    def _announce_sending(self) -> None:
        sending, self._sending = self._sending, []
        for event in sending:
            event.set()

    async def _client(self) -> httpx.AsyncClient:
        # Built once, on a thread (warm_up): its TLS context (loading the CA bundle) and the
        # imports of the first request take tens of milliseconds, a freeze of the window if
        # done on the loop's thread (bench/README.md).
        if self._http is None:
            if self._closed:
                raise RuntimeError("Cannot send a request, as the client has been closed.")
            self.warm_up()
            building = self._building
            assert building is not None
            try:
                built = await asyncio.shield(asyncio.wrap_future(building))
            except Exception:
                if self._building is building:
                    self._building = None  # e.g. SSL_CERT_FILE fixed: the next call tries again
                raise
            if self._closed:  # aclose() ran during the build
                if self._http is None:
                    await built.aclose()
                raise RuntimeError("Cannot send a request, as the client has been closed.")
            if self._http is None:
                built.auth = self._auth  # credentials may have changed during the build
                self._http = built
        return self._http

    def _build_client(self) -> httpx.AsyncClient:
        options = dict(self._client_options)
        if options["transport"] is None:  # httpx's own choice of CA bundle, made ahead (tls.py)
            options["verify"] = tls.take_context()
        client = httpx.AsyncClient(auth=self._auth, **options)
        _import_first_request_modules()
        return client

    async def aclose(self) -> None:
        """Close the pooled connections; safe to call twice."""
        if not self._closed:
            self._closed = True
            if self._http is not None:
                await self._http.aclose()
            elif self._building is not None:  # warmed up, never used (or still building)
                # Waited for, not left running: a process that exits while the build thread is
                # still inside ssl/imports can crash in interpreter shutdown (SIGSEGV seen with
                # `create` when OBS was not running).
                try:
                    built = await asyncio.shield(asyncio.wrap_future(self._building))
                except Exception:
                    return
                await built.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    # ------------------------------------------------------------------ endpoints

    async def verify_credentials(self) -> None:
        """Check the credentials with the cheapest GET; also opens the pooled connection early
        so the create that follows pays no TCP/TLS handshake."""
        body = await self._call(
            "GET",
            "/live/streams",
            params={"limit": 1},
            action=marked(QT_TRANSLATE_NOOP("errors", "check the credentials")),
        )
        if not isinstance(body.get("data"), list):
            raise FastPixBadResponseError(
                "FastPix answered the credentials check in an unexpected shape." + _CHECK_URL
            )

    async def create_stream(self, settings: StreamSettings) -> LiveStream:
        """POST /live/streams. Never retried: a retry after a lost answer could create two."""
        request_body: dict[str, Any] | None = None
        try:
            settings.validate()  # FastPixValidationError with per-field messages
            request_body = settings.to_request()
        except (TypeError, ValueError, AttributeError):
            pass  # a value of the wrong type, e.g. a text reconnect window
        if request_body is None:
            raise FastPixValidationError("These stream settings are not valid.", status=None)
        return await self._call_data(
            LiveStream.from_api,
            "POST",
            "/live/streams",
            json=request_body,
            expect=201,
            action=marked(QT_TRANSLATE_NOOP("errors", "create the stream")),
            creates=marked(QT_TRANSLATE_NOOP("errors", "stream")),
        )

    async def get_stream(self, stream_id: str) -> LiveStream:
        stream = await self._call_data(
            LiveStream.from_api,
            "GET",
            _stream_path(stream_id),
            action=marked(QT_TRANSLATE_NOOP("errors", "load the stream")),
            not_found=marked(QT_TRANSLATE_NOOP("errors", "that stream")),
        )
        return _the_one_asked(stream, stream_id)

    async def list_streams(
        self, *, limit: int = 10, offset: int = 1, order_by: str = "desc"
    ) -> StreamPage:
        """One page of streams; ``offset`` is FastPix's 1-based page number, not an item offset."""
        errors: dict[str, str] = {}
        if not _is_int(limit) or not 1 <= limit <= LIST_LIMIT_MAX:
            errors["limit"] = f"must be a whole number from 1 to {LIST_LIMIT_MAX}"
        if not _is_int(offset) or offset < 1:
            errors["offset"] = "must be a page number, 1 or more"
        if order_by not in ORDER_BY_VALUES:
            errors["orderBy"] = "must be asc or desc"
        if errors:
            raise FastPixValidationError(fields=errors, status=None)
        body = await self._call(
            "GET",
            "/live/streams",
            params={"limit": limit, "offset": offset, "orderBy": order_by},
            action=marked(QT_TRANSLATE_NOOP("errors", "list the streams")),
        )
        return _parse(lambda b: _stream_page(b, requested_offset=offset), body)

    async def update_stream(
        self,
        stream_id: str,
        *,
        metadata: Mapping[str, str] | None,
        reconnect_window: int,
    ) -> LiveStream:
        """PATCH the stream. reconnectWindow is always sent: FastPix resets it to 60 otherwise."""
        errors = _update_errors(metadata, reconnect_window)
        if errors:
            raise FastPixValidationError(fields=errors, status=None)
        request_body: dict[str, Any] = {"reconnectWindow": reconnect_window}
        if metadata is not None:
            request_body["metadata"] = dict(metadata)
        stream = await self._call_data(
            LiveStream.from_api,
            "PATCH",
            _stream_path(stream_id),
            json=request_body,
            action=marked(QT_TRANSLATE_NOOP("errors", "update the stream")),
            not_found=marked(QT_TRANSLATE_NOOP("errors", "that stream")),
        )
        return _the_one_asked(stream, stream_id)

    async def delete_stream(self, stream_id: str) -> None:
        await self._call(
            "DELETE",
            _stream_path(stream_id),
            action=marked(QT_TRANSLATE_NOOP("errors", "delete the stream")),
            not_found=marked(QT_TRANSLATE_NOOP("errors", "that stream")),
        )

    async def enable_stream(self, stream_id: str) -> None:
        await self._call(
            "PUT",
            _stream_path(stream_id, "live-enable"),
            action=marked(QT_TRANSLATE_NOOP("errors", "enable the stream")),
            not_found=marked(QT_TRANSLATE_NOOP("errors", "that stream")),
        )

    async def disable_stream(self, stream_id: str) -> None:
        await self._call(
            "PUT",
            _stream_path(stream_id, "live-disable"),
            action=marked(QT_TRANSLATE_NOOP("errors", "disable the stream")),
            not_found=marked(QT_TRANSLATE_NOOP("errors", "that stream")),
        )

    async def finish_stream(self, stream_id: str) -> None:
        """Mark an active stream complete (FastPix answers 400 unless it is active)."""
        await self._call(
            "PUT",
            _stream_path(stream_id, "finish"),
            action=marked(QT_TRANSLATE_NOOP("errors", "finish the stream")),
            not_found=marked(QT_TRANSLATE_NOOP("errors", "that stream")),
        )

    async def create_playback_id(
        self, stream_id: str, access_policy: AccessPolicy = AccessPolicy.PUBLIC
    ) -> PlaybackId:
        if not isinstance(access_policy, str) or access_policy not in set(AccessPolicy):
            raise FastPixValidationError(
                fields={"accessPolicy": "must be public or private"}, status=None
            )
        return await self._call_data(
            PlaybackId.from_api,
            "POST",
            _stream_path(stream_id, "playback-ids"),
            json={"accessPolicy": str(access_policy)},
            expect=201,
            action=marked(QT_TRANSLATE_NOOP("errors", "add a playback ID")),
            not_found=marked(QT_TRANSLATE_NOOP("errors", "that stream")),
            creates=marked(QT_TRANSLATE_NOOP("errors", "playback ID")),
        )

    async def get_playback_id(self, stream_id: str, playback_id: str) -> PlaybackId:
        return await self._call_data(
            PlaybackId.from_api,
            "GET",
            _stream_path(stream_id, "playback-ids", _segment(playback_id, "playbackId")),
            action=marked(QT_TRANSLATE_NOOP("errors", "load the playback ID")),
            not_found=marked(QT_TRANSLATE_NOOP("errors", "that stream or playback ID")),
        )

    async def delete_playback_id(self, stream_id: str, playback_id: str) -> None:
        _segment(playback_id, "playbackId")  # same local check as a path segment
        await self._call(
            "DELETE",
            _stream_path(stream_id, "playback-ids"),
            # FastPix takes the playback ID as a query parameter here, not a path segment.
            params={"playbackId": playback_id.strip()},
            action=marked(QT_TRANSLATE_NOOP("errors", "delete the playback ID")),
            not_found=marked(QT_TRANSLATE_NOOP("errors", "that stream or playback ID")),
        )

    async def viewer_count(self, stream_id: str) -> int:
        """FastPix's approximate count of current viewers."""
        return await self._call_data(
            _views,
            "GET",
            _stream_path(stream_id, "viewer-count"),
            action=marked(QT_TRANSLATE_NOOP("errors", "read the viewer count")),
            not_found=marked(QT_TRANSLATE_NOOP("errors", "that stream")),
        )

    # ------------------------------------------------------------------ simulcast targets
    # One block (issue 12). FastPix's rules and shapes: docs/simulcast.md. Targets' keys are
    # third-party secrets returned in clear; SimulcastTarget.from_api registers each one.

    async def list_simulcasts(self, stream_id: str) -> TargetListing:
        """The stream's targets (its GET lists them in simulcastResponses) and its status."""
        return await self._call_data(
            TargetListing.from_stream_api,
            "GET",
            _stream_path(stream_id),
            action=marked(QT_TRANSLATE_NOOP("errors", "load the stream's simulcast targets")),
            not_found=marked(QT_TRANSLATE_NOOP("errors", "that stream")),
        )

    async def create_simulcast(
        self, stream_id: str, *, url: str, stream_key: str, name: str = ""
    ) -> SimulcastTarget:
        """POST one target; FastPix accepts it only while the stream is idle. Never retried."""
        request_body: dict[str, Any] = {
            "url": check_target_url(url),
            "streamKey": check_target_key(stream_key),
        }
        label = check_target_name(name)
        if label:
            request_body["metadata"] = {TARGET_NAME_KEY: label}
        return await self._call_data(
            SimulcastTarget.from_api,
            "POST",
            _stream_path(stream_id, "simulcast"),
            json=request_body,
            expect=201,
            action=marked(QT_TRANSLATE_NOOP("errors", "add the simulcast target")),
            not_found=marked(QT_TRANSLATE_NOOP("errors", "that stream")),
            creates=marked(QT_TRANSLATE_NOOP("errors", "simulcast target")),
        )

    async def get_simulcast(self, stream_id: str, simulcast_id: str) -> SimulcastTarget:
        return await self._call_data(
            SimulcastTarget.from_api,
            "GET",
            _stream_path(stream_id, "simulcast", _segment(simulcast_id, "simulcastId")),
            action=marked(QT_TRANSLATE_NOOP("errors", "load the simulcast target")),
            not_found=marked(QT_TRANSLATE_NOOP("errors", "that stream or simulcast target")),
        )

    async def set_simulcast_enabled(
        self, stream_id: str, simulcast_id: str, enabled: bool
    ) -> SimulcastTarget:
        """PUT isEnabled: pause or resume one target (allowed while live, not once disabled)."""
        return await self._call_data(
            SimulcastTarget.from_api,
            "PUT",
            _stream_path(stream_id, "simulcast", _segment(simulcast_id, "simulcastId")),
            json={"isEnabled": bool(enabled)},
            action=marked(QT_TRANSLATE_NOOP("errors", "resume the simulcast target"))
            if enabled
            else marked(QT_TRANSLATE_NOOP("errors", "pause the simulcast target")),
            not_found=marked(QT_TRANSLATE_NOOP("errors", "that stream or simulcast target")),
        )

    async def delete_simulcast(self, stream_id: str, simulcast_id: str) -> None:
        await self._call(
            "DELETE",
            _stream_path(stream_id, "simulcast", _segment(simulcast_id, "simulcastId")),
            action=marked(QT_TRANSLATE_NOOP("errors", "remove the simulcast target")),
            not_found=marked(QT_TRANSLATE_NOOP("errors", "that stream or simulcast target")),
        )

    # ------------------------------------------------------------------ transport

    async def _call_data(
        self,
        parse: Callable[[Any], _T],
        method: str,
        path: str,
        *,
        action: str,
        creates: str | None = None,
        **options: Any,
    ) -> _T:
        """``_call``, then ``parse`` the envelope's ``data``. ``creates`` reaches both, so a lost
        or misshapen answer to a creating request always says the thing may exist already."""
        body = await self._call(method, path, action=action, creates=creates, **options)
        return _parse(parse, body.get("data"), creates=creates)

    async def _call(
        self,
        method: str,
        path: str,
        *,
        action: str,
        not_found: str | None = None,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        expect: int = 200,
        creates: str | None = None,
    ) -> dict[str, Any]:
        """Send one request and return its success envelope; only GETs are retried (on 429)."""
        if self._closed:
            raise FastPixNetworkError(
                "The connection to FastPix was already closed. Restart the app and try again."
            )
        if self._url_problem is not None:
            raise FastPixNetworkError(self._url_problem + _CHECK_URL)
        if not self._has_credentials:
            raise CredentialsMissingError()
        retries_left = self._get_retries if method == "GET" else 0
        # One deadline for the call, 429 retries and their waits included: the README promises
        # every request ends within it (docs/faults.md).
        loop = asyncio.get_running_loop()
        end = loop.time() + self._deadline
        while True:
            left = end - loop.time()
            if left <= 0:
                raise _no_answer_in_time(creates)
            response = await self._send(
                method, path, params=params, json=json, creates=creates, deadline=left
            )
            if response.status_code == 429 and retries_left > 0:
                wait = _retry_after_seconds(response.headers.get("Retry-After"))
                if wait is None:
                    wait = float(2 ** (self._get_retries - retries_left))
                # Wait only when an attempt still fits after it; else say so at once.
                if wait <= MAX_RETRY_WAIT and wait + _MIN_ATTEMPT_S < end - loop.time():
                    retries_left -= 1
                    logger.debug("%s %s -> 429, retrying in %.1f s", method, path, wait)
                    before = loop.time()
                    await _sleep(wait)
                    # A stand-in sleep (tests) takes no time: count the wait anyway.
                    end -= max(0.0, wait - (loop.time() - before))
                    continue
            return _envelope(
                response, expect=expect, action=action, not_found=not_found, creates=creates
            )

    async def _send(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None,
        json: Any,
        creates: str | None,
        deadline: float | None = None,
    ) -> httpx.Response:
        # The FastPix error is raised outside the except block so that it carries no
        # __context__: the httpx exception holds the request, Authorization header included.
        failure: FastPixError | None = None
        try:
            try:
                http = await self._client()
            finally:
                self._announce_sending()
            response = await bounded_http.exchange(
                http,
                method,
                path,
                params=params,
                json=json,
                deadline=self._deadline if deadline is None else deadline,
                max_body=MAX_BODY_BYTES,
                max_error_body=MAX_ERROR_BODY_BYTES,
            )
        except bounded_http.DeadlineExceeded:
            logger.debug("%s %s -> no answer within %.0f s", method, path, self._deadline)
            failure = _no_answer_in_time(creates)
        except bounded_http.AnswerTooLarge:
            logger.debug("%s %s -> answer over %d bytes", method, path, MAX_BODY_BYTES)
            failure = FastPixBadResponseError(
                "FastPix sent a far larger answer than expected." + _bad_response_tail(creates)
            )
        except (
            httpx.HTTPError,
            httpx.InvalidURL,
            ValueError,
            RuntimeError,
            # From the environment: a SOCKS proxy without httpx[socks] (ImportError), or
            # SSL_CERT_FILE / SSL_CERT_DIR naming a missing file (OSError).
            ImportError,
            OSError,
            OverflowError,  # a port out of range reaching the socket layer
        ) as exc:
            logger.debug("%s %s -> %s", method, path, type(exc).__name__)
            failure = self._transport_error(exc, creates=creates)
        if failure is not None:
            raise failure
        logger.debug("%s %s -> %d", method, path, response.status_code)
        return response

    def _transport_error(self, exc: Exception, *, creates: str | None) -> FastPixError:
        """The plain-words error for a request that got no HTTP answer."""
        host = _host_of(self._base_url)
        retry = _created_note(creates) or " Check your connection and try again."
        if isinstance(exc, httpx.ConnectTimeout):
            return FastPixTimeoutError(
                marked(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Could not connect to FastPix ({host}) in time. Nothing was sent; "
                        "check your internet connection and try again.",
                    ),
                    host=host,
                )
            )
        if isinstance(exc, httpx.TimeoutException):
            return _no_answer_in_time(creates)
        if isinstance(exc, httpx.UnsupportedProtocol):
            return FastPixNetworkError(
                "The FastPix API URL must start with https:// (or http:// for the sandbox)."
                + _CHECK_URL
            )
        certificate = _certificate_problem(exc)
        if certificate is not None:
            return FastPixNetworkError(
                f"FastPix's security certificate could not be verified ({certificate}), so "
                "nothing was sent. A network that inspects secure connections (some office, "
                "school or antivirus setups), a wrong date on this computer or a wrong API URL "
                "causes this."
            )
        if isinstance(exc, httpx.ConnectError | httpx.ProxyError):
            return FastPixNetworkError(
                marked(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "Could not reach FastPix ({host}). Check your internet connection and "
                        "try again.",
                    ),
                    host=host,
                )
            )
        if isinstance(exc, httpx.TransportError):
            return FastPixNetworkError("The connection to FastPix broke off." + retry)
        if isinstance(exc, httpx.DecodingError):
            return FastPixBadResponseError(
                "FastPix sent a response that could not be decoded." + _bad_response_tail(creates)
            )
        if isinstance(exc, ImportError):
            return FastPixNetworkError(
                "This computer's proxy settings (HTTPS_PROXY / ALL_PROXY) name a proxy type this "
                "app cannot use, such as SOCKS. Use an HTTP proxy, or unset them for this app."
            )
        if isinstance(exc, OSError):
            return FastPixNetworkError(
                "Could not set up a secure connection to FastPix: a certificate file named by "
                "SSL_CERT_FILE or SSL_CERT_DIR cannot be read. Fix or unset them and try again."
            )
        if isinstance(exc, RuntimeError):  # httpx: "... the client has been closed."
            return FastPixNetworkError(
                "The connection to FastPix was already closed. Restart the app and try again."
            )
        return FastPixNetworkError(
            "The request to FastPix could not be sent; the API URL or an ID is not valid."
            + _CHECK_URL
        )


# ---------------------------------------------------------------------- paths & local checks


def _certificate_problem(exc: BaseException) -> str | None:
    """OpenSSL's words for a certificate that failed verification, if that is what ``exc`` is.

    httpx wraps the ssl error in a ConnectError (as its cause); look down the chain.
    """
    seen: BaseException | None = exc
    for _ in range(5):
        if seen is None:
            return None
        if isinstance(seen, ssl.SSLCertVerificationError):
            reason = redact(str(seen.verify_message or seen.reason or "")).strip()
            return reason.rstrip(".") or "it is not trusted"
        seen = seen.__cause__ or seen.__context__
    return None


def _host_of(url: str) -> str:
    """The URL's host for a message; never raises (the error handler must not crash)."""
    try:
        return httpx.URL(url).host or "the API URL"
    except Exception:
        return "the API URL"


def _segment(value: str, name: str) -> str:
    """Quote one user-supplied ID as a single path segment (no "/", "?" or ".." tricks)."""
    text = value.strip() if isinstance(value, str) else ""
    if not text:
        raise FastPixValidationError(
            f"Enter a {_name_in_words(name)} first.",
            fields={name: "must not be empty"},
            status=None,
        )
    quoted = quote(text, safe="")
    # "." and ".." are removed by URL normalisation; encode them so they stay a literal ID.
    return quoted.replace(".", "%2E") if set(text) == {"."} else quoted


def _name_in_words(name: str) -> str:
    names = {"streamId": "stream ID", "playbackId": "playback ID", "simulcastId": "simulcast ID"}
    return names.get(name, name)


def _stream_path(stream_id: str, *rest: str) -> str:
    return "/".join(("/live/streams", _segment(stream_id, "streamId"), *rest))


def _is_int(value: Any) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def _update_errors(metadata: Any, reconnect_window: Any) -> dict[str, str]:
    errors: dict[str, str] = {}
    if not _is_int(reconnect_window) or not (
        RECONNECT_WINDOW_MIN <= reconnect_window <= RECONNECT_WINDOW_MAX
    ):
        errors[F_RECONNECT] = (
            f"must be between {RECONNECT_WINDOW_MIN} and {RECONNECT_WINDOW_MAX} seconds"
        )
    if metadata is None:
        return errors
    if not isinstance(metadata, Mapping):
        errors[F_METADATA] = "must be name/value text pairs"
    elif len(metadata) > METADATA_MAX_ENTRIES:
        errors[F_METADATA] = f"at most {METADATA_MAX_ENTRIES} entries (name included)"
    elif not all(isinstance(k, str) and k and isinstance(v, str) for k, v in metadata.items()):
        errors[F_METADATA] = "names and values must be text, and names must not be empty"
    else:
        long = [k for k, v in metadata.items() if max(len(k), len(v)) > METADATA_MAX_VALUE_LEN]
        if long:
            errors[F_METADATA] = f"{', '.join(long)}: at most {METADATA_MAX_VALUE_LEN} characters"
    return errors


# ---------------------------------------------------------------------- responses


def _no_answer_in_time(creates: str | None) -> FastPixTimeoutError:
    if creates == "stream":
        return FastPixTimeoutError(
            QT_TRANSLATE_NOOP(
                "errors",
                "FastPix did not answer in time; the stream may have been created — "
                "it will show in Your streams, marked as created here and never used.",
            )
        )
    if creates:
        return FastPixTimeoutError(
            marked(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "FastPix did not answer in time; the {thing} may have been created — "
                    "check the stream before trying again.",
                ),
                thing=creates,
            )
        )
    return FastPixTimeoutError(
        QT_TRANSLATE_NOOP(
            "errors", "FastPix did not answer in time. Check your connection and try again."
        )
    )


def _created_note(creates: str | None) -> str:
    """For a POST that creates something: the answer was lost, so it may exist already."""
    if not creates:
        return ""
    return f" The {creates} may still have been created: check the stream list before trying again."


def _envelope(
    response: httpx.Response,
    *,
    expect: int,
    action: str,
    not_found: str | None,
    creates: str | None,
) -> dict[str, Any]:
    status = response.status_code
    if status == expect:
        body = _json_body(response, action=action, creates=creates)
        if not isinstance(body, dict) or body.get("success") is not True:
            raise FastPixBadResponseError(
                f"FastPix answered without its usual success envelope when asked to {action}."
                + _bad_response_tail(creates)
            )
        return body
    if status >= 400:
        raise _status_error(response, action=action, not_found=not_found, creates=creates)
    raise FastPixBadResponseError(
        f"FastPix answered {status} instead of {expect} when asked to {action}."
        + _bad_response_tail(creates),
        status=status,
    )


def _bad_response_tail(creates: str | None) -> str:
    return _created_note(creates) or _CHECK_URL


def _json_body(response: httpx.Response, *, action: str, creates: str | None) -> Any:
    content_type = response.headers.get("content-type", "").lower()
    if "html" in content_type or response.content.lstrip()[:1] == b"<":
        raise FastPixBadResponseError(
            f"Asked to {action}, the server sent a web page instead of FastPix data. On a hotel "
            "or office network, sign in through your browser first; otherwise check the API URL "
            "in Settings." + _created_note(creates),
            status=response.status_code,
        )
    try:
        return response.json()
    except (ValueError, RecursionError):
        pass  # raised below, without the decoder error (it holds the whole body) as context
    raise FastPixBadResponseError(
        f"FastPix's answer when asked to {action} was not valid JSON."
        + _bad_response_tail(creates),
        status=response.status_code,
    )


def _status_error(
    response: httpx.Response, *, action: str, not_found: str | None, creates: str | None
) -> FastPixError:
    status = response.status_code
    message, description, fields = _error_details(response)
    if status in (401, 403):
        return FastPixAuthError(status=status)
    if status == 404:
        said = f": {message}" if message else ""
        if not_found is None:  # a fixed path like /live/streams: the API root is wrong
            return FastPixNotFoundError(
                marked(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "There is no FastPix live-stream API at this address (404{said}). "
                        "Check the API URL in Settings.",
                    ),
                    said=said,
                )
            )
        return FastPixNotFoundError(
            marked(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "FastPix could not find {thing} (404{said}). It may have been deleted, "
                    "or the ID is wrong.",
                ),
                thing=not_found,
                said=said,
            )
        )
    if status == 422:
        if fields:
            return FastPixValidationError(fields=fields)
        return FastPixValidationError(
            marked(
                QT_TRANSLATE_NOOP(
                    "errors", "FastPix rejected the request to {action} (422){detail}"
                ),
                action=action,
                detail=_detail(message, description),
            )
        )
    if status == 429:
        return FastPixRateLimitError(
            retry_after=_retry_after_seconds(response.headers.get("Retry-After"))
        )
    if status >= 500:
        if creates:
            return FastPixServerError(
                marked(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "FastPix is having trouble right now ({status}). The {thing} may still "
                        "have been created: check the stream list before trying again.",
                    ),
                    status=status,
                    thing=creates,
                ),
                status=status,
            )
        return FastPixServerError(status=status)
    # 400, 409 and any other 4xx: a well-formed request that FastPix refused.
    return FastPixRequestError(
        marked(
            QT_TRANSLATE_NOOP("errors", "FastPix could not {action} ({status}){detail}"),
            action=action,
            status=status,
            detail=_detail(message, description),
        ),
        status=status,
    )


def _the_one_asked(stream: LiveStream, stream_id: str) -> LiveStream:
    """The answer must be about the stream asked for: its keys go into OBS (issue 28)."""
    if stream.stream_id.lower() != stream_id.strip().lower():
        raise FastPixBadResponseError(
            "FastPix answered with a different stream than the one asked for; nothing was "
            "sent to OBS." + _CHECK_URL
        )
    return stream


def _error_details(response: httpx.Response) -> tuple[str, str, dict[str, str]]:
    """FastPix's error message, description and 422 fields; empty when the body has none."""
    try:
        body = response.json()
    except (ValueError, RecursionError):
        return "", "", {}
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return "", "", {}
    fields: dict[str, str] = {}
    raw_fields = error.get("fields")
    pairs: list[tuple[Any, Any]] = []
    if isinstance(raw_fields, list):
        pairs = [(f.get("field"), f.get("message")) for f in raw_fields if isinstance(f, dict)]
    elif isinstance(raw_fields, dict):
        pairs = list(raw_fields.items())
    for name, text in pairs:
        if isinstance(name, str) and name:
            key = _FIELD_PATHS.get(name, name)
            fields[_plain(key)] = _plain(text) or "is not valid"
    return _plain(error.get("message")), _plain(error.get("description")), fields


def _plain(text: Any) -> str:
    """Server text made safe to show: one line, bounded length, secrets masked."""
    if not isinstance(text, str):
        return ""
    # Cut first: a message megabytes long must not cost seconds of filtering (issue 15).
    text = text[: _MAX_SERVER_TEXT * 4]
    line = re.sub(r"\s+", " ", "".join(c for c in text if c.isprintable() or c.isspace()))
    line = redact(line.strip())
    if len(line) > _MAX_SERVER_TEXT:
        line = line[: _MAX_SERVER_TEXT - 1].rstrip() + "…"
    return line


def _detail(message: str, description: str) -> str:
    parts = [p if p[-1] in ".!?…" else p + "." for p in (message, description) if p]
    return ": " + " ".join(parts) if parts else "."


def _retry_after_seconds(value: str | None) -> float | None:
    """Retry-After as seconds (delta-seconds or an HTTP date); None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
            if when.tzinfo is None:  # RFC 9110 dates are GMT
                when = when.replace(tzinfo=UTC)
            seconds = (when - datetime.now(UTC)).total_seconds()
        except (TypeError, ValueError, IndexError, OverflowError):
            # A year like 99999999999999999999 overflows datetime (issue 15).
            return None
    if not math.isfinite(seconds):
        return None
    return max(0.0, seconds)


def _parse(parse: Callable[[Any], _T], data: Any, *, creates: str | None = None) -> _T:
    """Run a model parser; any non-FastPix exception it raises means the shape was wrong."""
    try:
        return parse(data)
    except FastPixBadResponseError as exc:
        message = exc.message
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        message = "FastPix sent data in an unexpected shape." + _CHECK_URL
    # Raised here, outside the except blocks, so no parser internals ride along as context.
    if creates:
        message = message.replace(_CHECK_URL, "") + _created_note(creates)
    raise FastPixBadResponseError(message)


def _stream_page(body: Mapping[str, Any], *, requested_offset: int) -> StreamPage:
    data = body.get("data")
    if not isinstance(data, list):
        raise FastPixBadResponseError("FastPix sent a stream list that is not a list." + _CHECK_URL)
    streams = tuple(LiveStream.from_api(item) for item in data)
    pagination = body.get("pagination")
    if pagination is None:
        pagination = {}
    if not isinstance(pagination, Mapping):
        raise FastPixBadResponseError("FastPix sent paging information in an unexpected shape.")
    current = _int_field(pagination, "currentOffset", requested_offset)
    return StreamPage(
        streams=streams,
        total_records=_int_field(pagination, "totalRecords", len(streams)),
        current_offset=current,
        offset_count=_int_field(pagination, "offsetCount", current),
    )


def _int_field(data: Mapping[str, Any], key: str, default: int) -> int:
    value = data.get(key)
    if value is None:
        return default
    if not _is_int(value):
        raise FastPixBadResponseError(f"FastPix sent an unexpected value for '{key}'.")
    return value


def _views(data: Any) -> int:
    if not isinstance(data, Mapping):
        raise FastPixBadResponseError("FastPix sent the viewer count in an unexpected shape.")
    return _int_field(data, "views", 0)
