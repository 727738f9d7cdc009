"""The local broadcast log: when each broadcast started and ended, its reconnects, peak viewers
and clips, so the window can say "today: 2 h 14 min, 3 reconnects, 41 peak viewers, 2 clips".

Only stream IDs, media IDs, times and counts are kept (never a key or a link with a token), in
``broadcasts.json`` in the user's data folder; the file is bounded (the newest sessions) and
written atomically. The clock of a clip is the open session's start: when FastPix said active.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import tempfile
import threading
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FILE_NAME = "broadcasts.json"
MAX_SESSIONS = 500
MAX_FILE_BYTES = 2 * 1024 * 1024
_ID = re.compile(r"^[0-9A-Za-z-]{1,64}$")


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_stamp(text: str) -> datetime | None:
    try:
        return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    except (TypeError, ValueError):
        return None


@dataclass(frozen=True)
class LoggedClip:
    start_s: int
    end_s: int
    at: str
    media_id: str = ""


@dataclass(frozen=True)
class Session:
    """One broadcast of one stream: ``ended`` is empty while it goes on."""

    stream_id: str
    started: str
    ended: str = ""
    reconnects: int = 0
    peak_viewers: int = 0
    clips: tuple[LoggedClip, ...] = field(default_factory=tuple)

    @property
    def started_at(self) -> datetime | None:
        return parse_stamp(self.started)

    def seconds(self, now: datetime) -> float:
        start = self.started_at
        end = parse_stamp(self.ended) if self.ended else now
        return 0.0 if start is None or end is None else max(0.0, (end - start).total_seconds())


@dataclass(frozen=True)
class DaySummary:
    seconds: float
    reconnects: int
    peak_viewers: int
    clips: int
    broadcasts: int


class BroadcastLog:
    """Sessions persisted at ``path``; every method is blocking file I/O (call off the UI
    thread) and never raises for a bad file: it is set aside and a new one started."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    @classmethod
    def default(cls) -> BroadcastLog:
        from fastpix_desktop.core import config

        return cls(config.data_dir() / FILE_NAME)

    # ------------------------------------------------------------------ what happened

    def started(self, stream_id: str, at: datetime) -> Session:
        """A new broadcast of ``stream_id`` (an open one of the same stream is closed first)."""
        with self._lock:
            sessions = self._read()
            sessions = [
                replace(s, ended=_stamp(at)) if s.stream_id == stream_id and not s.ended else s
                for s in sessions
            ]
            session = Session(stream_id=stream_id, started=_stamp(at))
            sessions.append(session)
            self._write(sessions)
            return session

    def ended(self, stream_id: str, at: datetime) -> None:
        self._update(stream_id, lambda s: replace(s, ended=_stamp(at)))

    def reconnected(self, stream_id: str) -> None:
        self._update(stream_id, lambda s: replace(s, reconnects=s.reconnects + 1))

    def viewers(self, stream_id: str, count: int) -> None:
        with self._lock:
            sessions = self._read()
            index = self._open_index(sessions, stream_id)
            if index is None or count <= sessions[index].peak_viewers:
                return  # no write for a count that is not a new peak
            sessions[index] = replace(sessions[index], peak_viewers=count)
            self._write(sessions)

    def clipped(self, stream_id: str, clip: LoggedClip) -> None:
        self._update(stream_id, lambda s: replace(s, clips=(*s.clips, clip)))

    # ------------------------------------------------------------------ reading

    def open_session(self, stream_id: str) -> Session | None:
        with self._lock:
            sessions = self._read()
            index = self._open_index(sessions, stream_id)
            return None if index is None else sessions[index]

    def sessions(self, stream_id: str | None = None) -> list[Session]:
        """Newest first."""
        with self._lock:
            found = self._read()
        return [s for s in reversed(found) if stream_id is None or s.stream_id == stream_id]

    def day_summary(self, day: datetime, now: datetime) -> DaySummary:
        """Every broadcast that started on ``day`` (UTC date)."""
        todays = [
            s
            for s in self.sessions()
            if (start := s.started_at) is not None and start.date() == day.astimezone(UTC).date()
        ]
        return DaySummary(
            seconds=sum(s.seconds(now) for s in todays),
            reconnects=sum(s.reconnects for s in todays),
            peak_viewers=max((s.peak_viewers for s in todays), default=0),
            clips=sum(len(s.clips) for s in todays),
            broadcasts=len(todays),
        )

    # ------------------------------------------------------------------ the file

    def _update(self, stream_id: str, change: Any) -> None:
        with self._lock:
            sessions = self._read()
            index = self._open_index(sessions, stream_id)
            if index is None:
                return
            sessions[index] = change(sessions[index])
            self._write(sessions)

    @staticmethod
    def _open_index(sessions: list[Session], stream_id: str) -> int | None:
        for index in range(len(sessions) - 1, -1, -1):
            if sessions[index].stream_id == stream_id and not sessions[index].ended:
                return index
        return None

    def _read(self) -> list[Session]:
        try:
            with self.path.open("rb") as handle:
                raw = handle.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            return []
        except OSError:
            log.warning("The broadcast log could not be read; it is left as it is")
            return []
        try:
            if len(raw) > MAX_FILE_BYTES:
                raise ValueError("too large")
            data = json.loads(raw)
        except (ValueError, RecursionError, UnicodeDecodeError):
            self._set_aside()
            return []
        items = data.get("sessions") if isinstance(data, dict) else None
        return [s for s in map(_session, items if isinstance(items, list) else []) if s]

    def _set_aside(self) -> None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        with contextlib.suppress(OSError):
            os.replace(self.path, self.path.with_name(f"{self.path.name}.corrupt-{stamp}"))
        log.warning("The broadcast log was not readable; it was set aside and a new one started")

    def _write(self, sessions: list[Session]) -> None:
        payload = {"version": 1, "sessions": [asdict(s) for s in sessions[-MAX_SESSIONS:]]}
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".broadcasts-")
        except OSError:
            log.warning("The broadcast log could not be written")
            return
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(payload, handle, indent=1)
            os.replace(tmp, self.path)  # a link planted at the path is replaced, not followed
        except OSError:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            log.warning("The broadcast log could not be written")


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0


def _session(item: Any) -> Session | None:
    if not isinstance(item, dict):
        return None
    stream_id, started = item.get("stream_id"), item.get("started")
    if not isinstance(stream_id, str) or not _ID.match(stream_id):
        return None
    if not isinstance(started, str) or parse_stamp(started) is None:
        return None
    ended = item.get("ended")
    clips = []
    raw_clips = item.get("clips")
    for clip in raw_clips if isinstance(raw_clips, list) else []:
        if isinstance(clip, dict):
            media_id, at = clip.get("media_id"), clip.get("at")
            clips.append(
                LoggedClip(
                    start_s=_count(clip.get("start_s")),
                    end_s=_count(clip.get("end_s")),
                    at=at if isinstance(at, str) else "",
                    media_id=media_id if isinstance(media_id, str) and _ID.match(media_id) else "",
                )
            )
    return Session(
        stream_id=stream_id,
        started=started,
        ended=ended if isinstance(ended, str) and parse_stamp(ended) else "",
        reconnects=_count(item.get("reconnects")),
        peak_viewers=_count(item.get("peak_viewers")),
        clips=tuple(clips),
    )
