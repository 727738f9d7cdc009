"""Streams this app created that OBS never used (a cancelled run, a failed OBS step), kept in a
small JSON file so the library can mark them "created here, never used" and delete them.

Only stream IDs and timestamps are stored, never a key: ``created-streams.json`` in the user's
data directory (core/config.data_dir). File access is tiny but still blocking: async callers
use the ``a*`` methods, which run it on a worker thread.
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
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime
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


@dataclass(frozen=True)
class CreatedStream:
    stream_id: str
    created_at: str  # ISO-8601 UTC, when this app created it


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
        moment = (when or datetime.now(UTC)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        with self._lock:
            entries = [e for e in self._read() if e.stream_id != stream_id]
            entries.append(CreatedStream(stream_id, moment))
            self._write(entries)

    def mark_used(self, stream_id: str) -> None:
        """OBS was pointed at it (or streamed to it): it is no longer an unused stream."""
        self.forget([stream_id])

    def forget(self, stream_ids: Collection[str]) -> None:
        gone = set(stream_ids)
        with self._lock:
            entries = self._read()
            kept = [e for e in entries if e.stream_id not in gone]
            if len(kept) != len(entries):
                self._write(kept)

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

    async def arecord_created(self, stream_id: str) -> None:
        await run_blocking(self.record_created, stream_id)

    async def amark_used(self, stream_id: str) -> None:
        await run_blocking(self.mark_used, stream_id)

    async def aforget(self, stream_ids: Collection[str]) -> None:
        await run_blocking(self.forget, list(stream_ids))

    # ------------------------------------------------------------------ file

    def _read(self) -> list[CreatedStream]:
        try:
            data: Any = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError):
            log.warning("Ignoring an unreadable list of created streams")
            return []
        items = data.get("streams") if isinstance(data, dict) else None
        entries: list[CreatedStream] = []
        for item in items if isinstance(items, list) else []:
            if not isinstance(item, dict):
                continue
            stream_id, created = item.get("streamId"), item.get("createdAt")
            if isinstance(stream_id, str) and _STREAM_ID.match(stream_id):
                entries.append(
                    CreatedStream(stream_id, created if isinstance(created, str) else "")
                )
        return entries

    def _write(self, entries: list[CreatedStream]) -> None:
        payload = {
            "version": _FORMAT_VERSION,
            "streams": [{"streamId": e.stream_id, "createdAt": e.created_at} for e in entries],
        }
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
