"""Streams this app created that OBS never used (a cancelled run, a failed OBS step), kept in a
small JSON file so the library can mark them "created here, never used" and delete them.

Only stream IDs and timestamps are stored, never a key: ``created-streams.json`` in the user's
data directory (core/config.data_dir). A create whose answer never came (cancelled, past its
deadline) is noted as "pending" with the name it sent and the time; the next complete library
load finds the stream by that name and its creation time, and lists it like the others.
File access is tiny but still blocking: async callers use the ``a*`` methods, which run it on a
worker thread.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import re
import tempfile
import threading
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fastpix_desktop.core.blocking import run_blocking
from fastpix_desktop.core.errors import FastPixError, FastPixNotFoundError

if TYPE_CHECKING:
    from fastpix_desktop.core.ports import FastPixPort

log = logging.getLogger(__name__)

FILE_NAME = "created-streams.json"
_FORMAT_VERSION = 1
# Stream IDs are 32 hex digits; anything else in the file is ignored rather than trusted.
_STREAM_ID = re.compile(r"^[0-9A-Za-z_-]{1,128}$")
DELETE_CONCURRENCY = 4
# A pending create matches a stream of its name created this long before (clock skew) or after
# (the request's deadline and FastPix's own delay) the request was sent.
PENDING_BEFORE = timedelta(seconds=30)
PENDING_AFTER = timedelta(minutes=5)
# A pending create no library load matched is forgotten after a week (FastPix said no).
PENDING_KEPT = timedelta(days=7)


@dataclass(frozen=True)
class CreatedStream:
    stream_id: str
    created_at: str  # ISO-8601 UTC, when this app created it


@dataclass(frozen=True)
class PendingCreate:
    name: str  # the name the create sent (the app never creates an unnamed stream)
    sent_at: str  # ISO-8601 UTC, when the request was sent


def _stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _parse(text: str) -> datetime | None:
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


class CreatedStreamsLog:
    """The IDs of streams created here and not yet used by OBS, persisted at ``path``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    @classmethod
    def default(cls) -> CreatedStreamsLog:
        from fastpix_desktop.core import config

        return cls(config.data_dir() / FILE_NAME)

    # ------------------------------------------------------------------ blocking API

    def unused(self) -> list[CreatedStream]:
        with self._lock:
            return self._read()

    def unused_ids(self) -> set[str]:
        return {entry.stream_id for entry in self.unused()}

    def record_created(self, stream_id: str, *, when: datetime | None = None) -> None:
        moment = _stamp(when or datetime.now(UTC))
        with self._lock:
            entries, pending = self._load()
            entries = [e for e in entries if e.stream_id != stream_id]
            entries.append(CreatedStream(stream_id, moment))
            self._write(entries, pending)

    def pending(self) -> list[PendingCreate]:
        with self._lock:
            return self._load()[1]

    def record_pending(self, name: str, *, when: datetime | None = None) -> PendingCreate:
        """A create of ``name`` is about to be sent; ``drop_pending`` once its answer came."""
        entry = PendingCreate(name, _stamp(when or datetime.now(UTC)))
        with self._lock:
            entries, pending = self._load()
            self._write(entries, [*pending, entry])
        return entry

    def drop_pending(self, entry: PendingCreate) -> None:
        with self._lock:
            entries, pending = self._load()
            if entry in pending:
                self._write(entries, [p for p in pending if p != entry])

    def resolve_pending(
        self, streams: Iterable[tuple[str, str, str]], *, now: datetime | None = None
    ) -> set[str]:
        """Match the pending creates against a complete library, given as (stream ID, name,
        FastPix's created-at) triples: each stream of a pending create's name created around
        the time it was sent joins the unused list (once); returns the IDs that joined."""
        rows = list(streams)
        current = now or datetime.now(UTC)
        with self._lock:
            entries, pending = self._load()
            if not pending:
                return set()
            known = {e.stream_id for e in entries}
            joined: set[str] = set()
            kept: list[PendingCreate] = []
            for create in pending:
                sent = _parse(create.sent_at)
                if sent is None or current - sent > PENDING_KEPT:
                    continue
                found = False
                for stream_id, name, created_at in rows:
                    made = _parse(created_at)
                    if name != create.name or made is None:
                        continue
                    if sent - PENDING_BEFORE <= made <= sent + PENDING_AFTER:
                        found = True
                        if stream_id not in known:
                            entries.append(CreatedStream(stream_id, _stamp(made)))
                            known.add(stream_id)
                            joined.add(stream_id)
                if not found:
                    kept.append(create)
            if joined or kept != pending:
                self._write(entries, kept)
            return joined

    def mark_used(self, stream_id: str) -> None:
        """OBS was pointed at it (or streamed to it): it is no longer an unused stream."""
        self.forget([stream_id])

    def forget(self, stream_ids: Collection[str]) -> None:
        gone = set(stream_ids)
        with self._lock:
            entries, pending = self._load()
            kept = [e for e in entries if e.stream_id not in gone]
            if len(kept) != len(entries):
                self._write(kept, pending)

    def keep_only(self, existing_ids: Collection[str]) -> None:
        """Forget streams that no longer exist on the account (deleted elsewhere); call it
        with every stream ID of a complete library load."""
        present = set(existing_ids)
        self.forget([e.stream_id for e in self.unused() if e.stream_id not in present])

    # ------------------------------------------------------------------ async API

    async def akeep_only(self, existing_ids: Collection[str]) -> None:
        await run_blocking(self.keep_only, list(existing_ids))

    async def aunused(self) -> list[CreatedStream]:
        return await run_blocking(self.unused)

    async def aunused_ids(self) -> set[str]:
        return await run_blocking(self.unused_ids)

    async def arecord_pending(self, name: str) -> PendingCreate:
        return await run_blocking(self.record_pending, name)

    async def adrop_pending(self, entry: PendingCreate) -> None:
        await run_blocking(self.drop_pending, entry)

    async def aresolve_pending(self, streams: Iterable[tuple[str, str, str]]) -> set[str]:
        return await run_blocking(self.resolve_pending, list(streams))

    async def arecord_created(self, stream_id: str) -> None:
        await run_blocking(self.record_created, stream_id)

    async def amark_used(self, stream_id: str) -> None:
        await run_blocking(self.mark_used, stream_id)

    async def aforget(self, stream_ids: Collection[str]) -> None:
        await run_blocking(self.forget, list(stream_ids))

    # ------------------------------------------------------------------ file

    def _read(self) -> list[CreatedStream]:
        return self._load()[0]

    def _load(self) -> tuple[list[CreatedStream], list[PendingCreate]]:
        try:
            data: Any = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return [], []
        except (OSError, ValueError):
            log.warning("Ignoring an unreadable list of created streams")
            return [], []
        if not isinstance(data, dict):
            return [], []
        items = data.get("streams")
        entries: list[CreatedStream] = []
        for item in items if isinstance(items, list) else []:
            if not isinstance(item, dict):
                continue
            stream_id, created = item.get("streamId"), item.get("createdAt")
            if isinstance(stream_id, str) and _STREAM_ID.match(stream_id):
                entries.append(
                    CreatedStream(stream_id, created if isinstance(created, str) else "")
                )
        waiting = data.get("pending")
        pending: list[PendingCreate] = []
        for item in waiting if isinstance(waiting, list) else []:
            if isinstance(item, dict):
                name, sent = item.get("name"), item.get("sentAt")
                if isinstance(name, str) and name and isinstance(sent, str):
                    pending.append(PendingCreate(name, sent))
        return entries, pending

    def _write(self, entries: list[CreatedStream], pending: list[PendingCreate]) -> None:
        payload: dict[str, Any] = {
            "version": _FORMAT_VERSION,
            "streams": [{"streamId": e.stream_id, "createdAt": e.created_at} for e in entries],
        }
        if pending:
            payload["pending"] = [{"name": p.name, "sentAt": p.sent_at} for p in pending]
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # Write-then-rename, so a crash mid-write never leaves half a file.
        fd, tmp = tempfile.mkstemp(dir=self.path.parent, prefix=".created-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(payload, handle, indent=1)
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


@dataclass(frozen=True)
class DeleteUnusedResult:
    deleted: tuple[str, ...]
    skipped: tuple[str, ...]  # the stream OBS points at: never deleted by this action
    failed: dict[str, str]  # stream ID -> plain-words reason

    @property
    def message(self) -> str:
        parts = [f"Deleted {len(self.deleted)} unused stream{'s' * (len(self.deleted) != 1)}."]
        if self.skipped:
            parts.append("Kept the one OBS points at.")
        if self.failed:
            parts.append(
                f"{len(self.failed)} could not be deleted: " + next(iter(self.failed.values()))
            )
        return " ".join(parts)


async def delete_unused(
    fastpix: FastPixPort,
    created: CreatedStreamsLog,
    *,
    obs_stream_id: str | None = None,
    concurrency: int = DELETE_CONCURRENCY,
) -> DeleteUnusedResult:
    """Delete every stream created here that OBS never used, except the one OBS points at.

    A stream already gone (404) counts as deleted; other failures stay in the list.
    """
    entries = await created.aunused()
    targets = [e.stream_id for e in entries if e.stream_id != obs_stream_id]
    skipped = tuple(e.stream_id for e in entries if e.stream_id == obs_stream_id)
    gate = asyncio.Semaphore(max(1, concurrency))
    deleted: list[str] = []
    failed: dict[str, str] = {}

    async def delete(stream_id: str) -> None:
        async with gate:
            try:
                await fastpix.delete_stream(stream_id)
            except FastPixNotFoundError:
                pass
            except FastPixError as exc:
                failed[stream_id] = str(exc)
                return
            deleted.append(stream_id)

    await asyncio.gather(*(delete(s) for s in targets))
    await created.aforget(deleted)
    return DeleteUnusedResult(deleted=tuple(deleted), skipped=skipped, failed=failed)
