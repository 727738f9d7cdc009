"""Keeps the broadcast log from what the on-air monitor sees: a broadcast starts when FastPix
says the stream is active, ends when FastPix says it is not; reconnects and viewer peaks are
counted. It is also the broadcast clock a clip's times come from.

When the app starts during a broadcast, FastPix cannot say since when it has been active: an
open session in the log (the app was restarted) goes on; otherwise OBS's own output duration
dates the start, and clips are labelled approximate anyway.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

from fastpix_desktop.core.recordings.log import BroadcastLog

log = logging.getLogger(__name__)

ACTIVE = "active"


class _Figures(Protocol):
    @property
    def duration_s(self) -> int: ...

    @property
    def viewers(self) -> int | None: ...


class _Snapshot(Protocol):
    """The part of the on-air monitor's snapshot the recorder reads."""

    @property
    def stream_id(self) -> str | None: ...

    @property
    def stream_status(self) -> str | None: ...

    @property
    def state(self) -> Any: ...

    @property
    def figures(self) -> _Figures: ...


# Runs a blocking log write (the window passes one that leaves its UI thread).
Submit = Callable[..., None]


def _inline(fn: Callable[..., Any], *args: Any) -> None:
    fn(*args)


class BroadcastRecorder:
    def __init__(
        self,
        log_file: BroadcastLog,
        *,
        submit: Submit = _inline,
        now: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.log = log_file
        self._submit = submit
        self._now = now
        self._stream_id: str | None = None
        self._active = False
        self._reconnecting = False
        self._peak = 0
        self._started_at: datetime | None = None
        self._first = True

    def on_air_stream(self) -> str | None:
        """The stream whose broadcast goes on now, as FastPix last said."""
        return self._stream_id if self._active else None

    def started_at(self, stream_id: str) -> datetime | None:
        """When the broadcast of ``stream_id`` going on now started (None: not on air)."""
        return self._started_at if self._active and stream_id == self._stream_id else None

    def on_snapshot(self, snapshot: _Snapshot) -> None:
        stream_id, active = snapshot.stream_id, snapshot.stream_status == ACTIVE
        if self._active and (stream_id != self._stream_id or not active):
            self._end(self._now())
        if active and stream_id and not self._active:
            self._begin(stream_id, snapshot)
        self._first = False
        if not self._active or self._stream_id is None:
            return
        reconnecting = str(snapshot.state) == "reconnecting"
        if reconnecting and not self._reconnecting:
            self._submit(self.log.reconnected, self._stream_id)
        self._reconnecting = reconnecting
        viewers = snapshot.figures.viewers
        if viewers is not None and viewers > self._peak:
            self._peak = viewers
            self._submit(self.log.viewers, self._stream_id, viewers)

    def _begin(self, stream_id: str, snapshot: _Snapshot) -> None:
        now = self._now()
        self._stream_id, self._active, self._peak = stream_id, True, 0
        self._reconnecting = False
        resumed = self.log.open_session(stream_id) if self._first else None
        if resumed is not None and resumed.started_at is not None:
            self._started_at = resumed.started_at
            self._peak = resumed.peak_viewers
            return
        duration = snapshot.figures.duration_s if self._first else 0
        self._started_at = now - timedelta(seconds=max(0, duration))
        self._submit(self.log.started, stream_id, self._started_at)

    def _end(self, at: datetime) -> None:
        if self._stream_id is not None:
            self._submit(self.log.ended, self._stream_id, at)
        self._active, self._started_at, self._reconnecting = False, None, False
