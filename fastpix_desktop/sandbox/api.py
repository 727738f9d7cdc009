"""SandboxApi: FastPix's live-stream endpoints as a pure request -> response handler over state.

Transports (``transport.py``, ``server.py``) feed it requests; they also apply the injected
latency and faults, which only they can carry out (sleep, drop, time out).
"""

from __future__ import annotations

import functools
import json
import math
import threading
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from types import MappingProxyType
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl, unquote

from fastpix_desktop.sandbox import envelope, ingest_hook, live_extras, playback, validation
from fastpix_desktop.sandbox.auth import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY, is_authorized
from fastpix_desktop.sandbox.envelope import SandboxResponse
from fastpix_desktop.sandbox.faults import API_PREFIX, Fault, FaultQueue
from fastpix_desktop.sandbox.media import OnDemand
from fastpix_desktop.sandbox.signing_keys import SigningKeys
from fastpix_desktop.sandbox.simulcast import SimulcastHandlers
from fastpix_desktop.sandbox.state import SandboxState, StreamRecord

if TYPE_CHECKING:
    import httpx

_STREAM_ACTIONS = {
    ("live-enable", "PUT"): "_enable",
    ("live-disable", "PUT"): "_disable",
    ("finish", "PUT"): "_finish",
    ("viewer-count", "GET"): "_viewer_count",
    ("playback-ids", "POST"): "_create_playback_id",
    ("playback-ids", "DELETE"): "_delete_playback_id",
}


def _query_dict(query: str | Mapping[str, str] | None) -> dict[str, str]:
    if query is None:
        return {}
    if isinstance(query, str):
        result: dict[str, str] = {}
        for key, value in parse_qsl(query.lstrip("?"), keep_blank_values=True):
            result.setdefault(key, value)
        return result
    return {str(k): str(v) for k, v in query.items()}


def _json_object(body: bytes) -> dict[str, Any] | None:
    """The body as a JSON object; {} when empty; None when it is not a JSON object."""
    if not body.strip():
        return {}
    try:
        value = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None
    return value if isinstance(value, dict) else None


def _key_json(key: str) -> bytes:
    return json.dumps({"key": key}).encode()


# The sandbox's own hook for setting a stream's viewer count (tests, demo mode); no credentials.
VIEWERS_HOOK_PREFIX = "/_sandbox/streams/"


class SandboxApi:
    """An emulated FastPix workspace: Basic auth, live streams, playback IDs, faults, latency."""

    def __init__(
        self,
        *,
        credentials: tuple[str, str] | None = (DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY),
        seed: int | None = None,
        latency_ms: float = 0.0,
        clock: Callable[[], datetime] | None = None,
        hls_dir: str | None = None,
    ) -> None:
        """``credentials=None`` accepts any non-empty Basic pair; ``clock`` stamps createdAt
        (wall-clock UTC by default; the seed covers IDs, keys and secrets, not time);
        ``hls_dir`` is where the ingest server writes each stream's HLS (``<key>.m3u8``), the
        timeline instant clips are cut from (made-up 2 s segments without it)."""
        if latency_ms < 0:
            raise ValueError("latency_ms must not be negative")
        self.credentials = credentials
        self.latency_ms = latency_ms
        self.state = (
            SandboxState(seed=seed) if clock is None else SandboxState(seed=seed, clock=clock)
        )
        self.signing_keys = SigningKeys(seed=seed, clock=clock or (lambda: datetime.now(UTC)))
        # One lock for state: the HTTP server answers each connection on its own thread.
        self._lock = threading.RLock()
        self._faults = FaultQueue()
        self._simulcasts = SimulcastHandlers(self.state)
        self.on_demand = OnDemand(self.state)
        self._playback = playback.PlaybackSources(
            keys=self.signing_keys, on_demand=self.on_demand, hls_dir=hls_dir
        )

    # ------------------------------------------------------------------ test hooks

    @property
    def streams(self) -> Mapping[str, StreamRecord]:
        """Read access to the stored streams by streamId."""
        return MappingProxyType(self.state.streams)

    def set_status(self, stream_id: str, status: str) -> None:
        """Simulate the encoder side, e.g. ``set_status(id, "active")`` once OBS "connects"."""
        with self._lock:
            self.state.set_status(stream_id, status)

    def publish(self, key: str) -> bool:
        """What the ingest hook does for an encoder presenting ``key``; False if refused."""
        return (
            self.handle(
                "POST", ingest_hook.INGEST_HOOK_PREFIX + "publish", body=_key_json(key)
            ).status
            < 300
        )

    def unpublish(self, key: str) -> None:
        self.handle("POST", ingest_hook.INGEST_HOOK_PREFIX + "unpublish", body=_key_json(key))

    def expire_disconnects(self) -> None:
        """Apply reconnect windows that have ended (requests do this on their own)."""
        with self._lock:
            self.state.expire_disconnects()

    def add_live_clip(self, stream_id: str, *, duration_s: int = 10) -> dict[str, Any]:
        """Simulate FastPix cutting a clip from a stream (the sandbox never clips by itself)."""
        with self._lock:
            return self.on_demand.add_test_clip(stream_id, duration_s=duration_s)

    def set_trial(self, stream_id: str, trial: bool = True) -> None:
        """Mark a stream as created on the trial plan: FastPix refuses it simulcast targets."""
        with self._lock:
            self.state.streams[stream_id].trial = trial

    def set_viewer_count(self, stream_id: str, views: int) -> None:
        """What GET .../viewer-count answers from now on (tests and demo mode); KeyError if none."""
        if isinstance(views, bool) or not isinstance(views, int) or views < 0:
            raise ValueError("views must be a whole number, 0 or more")
        with self._lock:
            record = self.state.get(stream_id)
            if record is None:
                raise KeyError(stream_id)
            record.views = views

    def handle_control(self, method: str, path: str, body: bytes) -> SandboxResponse:
        """The sandbox's own test hooks under /_sandbox/ (no FastPix auth: local tests only).

        ``POST /_sandbox/streams/{id}/viewers`` with ``{"views": N}`` sets the viewer count.
        """
        parts = path.strip("/").split("/")
        if len(parts) == 4 and parts[:2] == ["_sandbox", "streams"] and parts[3] == "viewers":
            if method.upper() != "POST":
                return envelope.method_not_allowed(["POST"])
            payload = _json_object(body)
            views = payload.get("views") if payload is not None else None
            try:
                self.set_viewer_count(unquote(parts[2]), views)  # type: ignore[arg-type]
            except KeyError:
                return envelope.stream_not_found()
            except ValueError:
                return envelope.validation_error([("views", "must be a whole number, 0 or more")])
            return envelope.success({"views": views})
        return envelope.path_not_found()

    def inject(self, fault: Fault) -> None:
        self._faults.add(fault)

    def clear_faults(self) -> None:
        self._faults.clear()

    def take_fault(self, method: str, path: str) -> Fault | None:
        """Consume one use of the first injected fault matching this request (transports).
        Faults are for the API; the ingest hook (the encoder side) never suffers them."""
        if ingest_hook.is_ingest_hook(path) or path.startswith(VIEWERS_HOOK_PREFIX):
            return None
        return self._faults.take(method, path)

    def mock_transport(self) -> httpx.MockTransport:
        """An in-process httpx transport (sync and async) serving this API."""
        from fastpix_desktop.sandbox.transport import SandboxTransport

        return SandboxTransport(self)

    # ------------------------------------------------------------------ entry point

    def handle(
        self,
        method: str,
        path: str,
        query: str | Mapping[str, str] | None = None,
        headers: Mapping[str, str] | None = None,
        body: bytes = b"",
    ) -> SandboxResponse:
        """Answer one request as FastPix would (faults and latency are not applied here)."""
        method = method.upper()
        path, _, inline_query = path.partition("?")
        if query is None and inline_query:
            query = inline_query
        if playback.is_playback_path(path):  # the playback host: a token, not Basic auth
            with self._lock:
                return playback.answer(self.state, self._playback, method, path, _query_dict(query))
        lowered = {k.lower(): v for k, v in (headers or {}).items()}
        if path.startswith(VIEWERS_HOOK_PREFIX):  # a test hook, like the ingest hook
            return self.handle_control(method, path, body)
        if ingest_hook.is_ingest_hook(path):
            # The encoder side (an ingest server's callback) carries no API credentials.
            with self._lock:
                return ingest_hook.handle(
                    self.state, method, path, _query_dict(query), lowered, body
                )
        if not is_authorized(lowered.get("authorization"), self.credentials):
            return envelope.unauthorized()
        if not (path == API_PREFIX or path.startswith(API_PREFIX + "/")):
            return envelope.path_not_found()
        segments = [unquote(s) for s in path[len(API_PREFIX) :].strip("/").split("/")]
        params = _query_dict(query)
        if segments[:2] == ["iam", "signing-keys"]:
            with self._lock:
                answer = self.signing_keys.route(method, segments[2:], params)
            return answer or envelope.path_not_found()
        if segments[0] == "on-demand":
            with self._lock:
                return self._route_on_demand(method, segments[1:], params, body)
        if segments[:2] != ["live", "streams"]:
            return envelope.path_not_found()
        with self._lock:
            self.state.expire_disconnects()
            extra = self._route_live_extras(method, segments[2:], body)
            if extra is not None:
                return extra
            return self._route(method, segments[2:], params, body)

    def _route_on_demand(
        self, method: str, rest: list[str], query: dict[str, str], body: bytes
    ) -> SandboxResponse:
        """A stream's live clips, a media by ID and its mp4Support (sandbox/media.py)."""
        handlers: dict[str, Callable[[], SandboxResponse]]
        if len(rest) == 2 and rest[1] == "live-clips":
            handlers = {"GET": lambda: self.on_demand.page(rest[0], query)}
        elif len(rest) == 1:
            handlers = {"GET": lambda: self.on_demand.get(rest[0])}
        elif len(rest) == 2 and rest[1] == "update-mp4Support":
            handlers = {"PATCH": lambda: self.on_demand.update_mp4(rest[0], _json_object(body))}
        else:
            return envelope.path_not_found()
        return envelope.dispatch(handlers, method)

    def _route_live_extras(
        self, method: str, rest: list[str], body: bytes
    ) -> SandboxResponse | None:
        """Simulcast targets and playback-ID restrictions; None for every other path."""
        handlers: dict[str, Callable[[], SandboxResponse]]
        if len(rest) == 2 and rest[1] == "simulcast":
            handlers = {"POST": lambda: self._simulcasts.create(rest[0], _json_object(body))}
        elif len(rest) == 3 and rest[1] == "simulcast":
            stream_id, _, simulcast_id = rest
            handlers = {
                "GET": lambda: self._simulcasts.get(stream_id, simulcast_id),
                "PUT": lambda: self._simulcasts.update(stream_id, simulcast_id, _json_object(body)),
                "DELETE": lambda: self._simulcasts.delete(stream_id, simulcast_id),
            }
        elif (
            len(rest) == 4
            and rest[1] == "playback-ids"
            and rest[3] in live_extras.RESTRICTION_KINDS
        ):
            stream_id, _, playback_id, kind = rest
            handlers = {
                "PATCH": lambda: live_extras.update_restriction(
                    self.state, stream_id, playback_id, kind, _json_object(body)
                )
            }
        else:
            return None
        return envelope.dispatch(handlers, method)

    def _route(
        self, method: str, rest: list[str], query: dict[str, str], body: bytes
    ) -> SandboxResponse:
        if not rest:
            handlers: dict[str, Callable[[], SandboxResponse]] = {
                "POST": lambda: self._create(body),
                "GET": lambda: self._list(query),
            }
        elif len(rest) == 1:
            stream_id = rest[0]
            handlers = {
                "GET": lambda: self._get(stream_id),
                "PATCH": lambda: self._update(stream_id, body),
                "DELETE": lambda: self._delete(stream_id),
            }
        elif len(rest) == 2:
            stream_id, action = rest
            handlers = {
                verb: functools.partial(getattr(self, name), stream_id, query, body)
                for (act, verb), name in _STREAM_ACTIONS.items()
                if act == action
            }
        elif len(rest) == 3 and rest[1] == "playback-ids":
            stream_id, _, playback_id = rest
            handlers = {"GET": lambda: self._get_playback_id(stream_id, playback_id)}
        else:
            handlers = {}
        if not handlers:
            return envelope.path_not_found()
        return envelope.dispatch(handlers, method)

    # ------------------------------------------------------------------ streams

    def _create(self, body: bytes) -> SandboxResponse:
        payload = _json_object(body)
        if payload is None:
            return envelope.malformed_body()
        spec, errors = validation.validate_create(payload)
        if errors or spec is None:
            return envelope.validation_error(errors)
        record = self.state.create_stream(spec)
        return envelope.success(record.to_api(), status=201)

    def _list(self, query: dict[str, str]) -> SandboxResponse:
        limit, offset, order, errors = validation.validate_list_query(query)
        if errors:
            return envelope.validation_error(errors)
        ordered = self.state.ordered(descending=order == "desc")
        page = ordered[(offset - 1) * limit : offset * limit]
        pagination = {
            "totalRecords": len(ordered),
            "currentOffset": offset,
            "offsetCount": math.ceil(len(ordered) / limit),
        }
        return envelope.success([s.to_api(detail=True) for s in page], pagination=pagination)

    def _get(self, stream_id: str) -> SandboxResponse:
        record = self.state.get(stream_id)
        if record is None:
            return envelope.stream_not_found()
        return envelope.success(record.to_api(detail=True))

    def _update(self, stream_id: str, body: bytes) -> SandboxResponse:
        payload = _json_object(body)
        if payload is None:
            return envelope.malformed_body()
        changes, errors = validation.validate_patch(payload)
        if errors:
            return envelope.validation_error(errors)
        record = self.state.get(stream_id)
        if record is None:
            return envelope.stream_not_found()
        if record.status == "disabled":
            return envelope.disabled_cannot_update()
        if "metadata" in changes:
            record.metadata = changes["metadata"]
        if "reconnect_window" in changes:
            record.reconnect_window = changes["reconnect_window"]
        return envelope.success(record.to_api())

    def _delete(self, stream_id: str) -> SandboxResponse:
        if not self.state.delete(stream_id):
            return envelope.stream_not_found()
        return envelope.success()

    # ------------------------------------------------------------------ status changes

    def _enable(self, stream_id: str, _query: dict[str, str], _body: bytes) -> SandboxResponse:
        record = self.state.get(stream_id)
        if record is None:
            return envelope.stream_not_found()
        if record.status != "disabled":
            return envelope.already_enabled()
        record.status = "idle"
        return envelope.success()

    def _disable(self, stream_id: str, _query: dict[str, str], _body: bytes) -> SandboxResponse:
        record = self.state.get(stream_id)
        if record is None:
            return envelope.stream_not_found()
        if record.status == "disabled":
            return envelope.already_disabled()
        # An active encoder is cut off, as on FastPix; its session (and recording) ends.
        self.state.set_status(stream_id, "disabled")
        return envelope.success()

    def _finish(self, stream_id: str, _query: dict[str, str], _body: bytes) -> SandboxResponse:
        record = self.state.get(stream_id)
        if record is None:
            return envelope.stream_not_found()
        if record.status != "active":
            return envelope.cannot_complete()
        self.state.set_status(stream_id, "idle")  # the session ends: its recording is processed
        return envelope.success()

    def _viewer_count(
        self, stream_id: str, _query: dict[str, str], _body: bytes
    ) -> SandboxResponse:
        record = self.state.get(stream_id)
        if record is None:
            return envelope.stream_not_found()
        return envelope.success({"views": record.views})

    # ------------------------------------------------------------------ playback IDs

    def _create_playback_id(
        self, stream_id: str, _query: dict[str, str], body: bytes
    ) -> SandboxResponse:
        payload = _json_object(body)
        if payload is None:
            return envelope.malformed_body()
        access_policy, errors = validation.validate_playback(payload)
        if errors:
            return envelope.validation_error(errors)
        if self.state.get(stream_id) is None:
            return envelope.stream_not_found()
        playback = self.state.add_playback_id(stream_id, access_policy)
        return envelope.success(playback.to_api(), status=201)

    def _get_playback_id(self, stream_id: str, playback_id: str) -> SandboxResponse:
        record = self.state.get(stream_id)
        playback = record.playback(playback_id) if record else None
        if playback is None:
            return envelope.playback_not_found()
        return envelope.success(playback.to_api())

    def _delete_playback_id(
        self, stream_id: str, query: dict[str, str], _body: bytes
    ) -> SandboxResponse:
        playback_id = query.get("playbackId")
        if not playback_id:
            # playbackId is a required QUERY parameter (spec delete-playbackId-of-stream).
            return envelope.validation_error([("playbackId", "must not be null")])
        record = self.state.get(stream_id)
        playback = record.playback(playback_id) if record else None
        if record is None or playback is None:
            return envelope.playback_not_found()
        record.playback_ids.remove(playback)
        return envelope.success()
