"""The stream library: every stream on the account as secret-free rows, newest first, and a
local search over them (FastPix has no server-side search).

GET /live/streams pages hold at most 50 streams; the first page says how many pages there
are, and the rest are fetched concurrently with a small bound (docs/stream-library.md).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from fastpix_desktop.core.errors import FastPixError
from fastpix_desktop.core.models import LiveStream, StreamPage

if TYPE_CHECKING:
    from fastpix_desktop.core.ports import FastPixPort

PAGE_SIZE = 50  # FastPix's largest page
# Pages fetched at once after the first: enough to hide the latency of a 1,000-stream account
# (20 pages in 4 round trips at 6), few enough not to look like a burst to FastPix's limiter.
DEFAULT_CONCURRENCY = 6


@dataclass(frozen=True)
class PlaybackRow:
    id: str
    access_policy: str


@dataclass(frozen=True)
class LibraryRow:
    """One stream as the library shows it. Holds no secret: keys are fetched when shown."""

    stream_id: str
    name: str
    status: str
    created_at: str
    max_resolution: str
    dvr: bool
    recording: bool
    reconnect_window: int
    metadata: tuple[tuple[str, str], ...] = ()
    playback_ids: tuple[PlaybackRow, ...] = ()
    unused: bool = False  # created by this app, never used by OBS (core/library/created_streams.py)
    # Lower-cased "name id", computed once so a keystroke costs one substring test per row.
    search_key: str = field(default="", repr=False, compare=False)

    @property
    def title(self) -> str:
        """The name, or the stream ID when the stream has none."""
        return self.name or self.stream_id

    @property
    def playback_policy(self) -> str:
        """ "public", "private", "public + private" or "none"."""
        policies = sorted({p.access_policy for p in self.playback_ids}, reverse=True)
        return " + ".join(policies) if policies else "none"

    @classmethod
    def from_stream(cls, stream: LiveStream, *, unused: bool = False) -> LibraryRow:
        return cls(
            stream_id=stream.stream_id,
            name=stream.name,
            status=str(stream.status),
            created_at=stream.created_at,
            max_resolution=stream.max_resolution,
            dvr=stream.enable_dvr,
            recording=stream.enable_recording,
            reconnect_window=stream.reconnect_window,
            metadata=tuple(stream.metadata.items()),
            playback_ids=tuple(
                PlaybackRow(p.id, str(p.access_policy)) for p in stream.playback_ids
            ),
            unused=unused,
            search_key=f"{stream.name}\n{stream.stream_id}".casefold(),
        )


@dataclass(frozen=True)
class LibraryLoad:
    """All rows fetched, newest first; ``error`` is set when a later page failed, in which
    case ``rows`` holds what did arrive and ``complete`` is False."""

    rows: tuple[LibraryRow, ...]
    total_records: int
    page_count: int = 1  # pass as ``expected_pages`` to the next load
    complete: bool = True
    error: FastPixError | None = None

    @property
    def missing(self) -> int:
        return max(0, self.total_records - len(self.rows))


FirstRows = Callable[[tuple[LibraryRow, ...], int], None]


async def load_library(
    fastpix: FastPixPort,
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    expected_pages: int | None = None,
    unused_ids: Collection[str] = (),
    on_first_rows: FirstRows | None = None,
) -> LibraryLoad:
    """Every stream on the account. ``on_first_rows(rows, total)`` is called as soon as the
    first page is in, so the UI can show something after one round trip.

    The first page's answer says how many pages there are; not to wait a round trip for it,
    pages 1..``concurrency`` go out together (fewer when ``expected_pages``, e.g. the last
    load's count, says so), so 20 pages take ceil(20 / concurrency) round trips. A page past
    the end comes back empty or failed and is ignored.

    Raises the FastPix error when the first page fails; a later page's failure comes back in
    ``LibraryLoad.error`` beside the rows that did arrive.
    """
    concurrency = max(1, int(concurrency))
    gate = asyncio.Semaphore(concurrency)

    unused = frozenset(unused_ids)

    async def fetch(offset: int) -> _Page:
        async with gate:
            page = await fastpix.list_streams(limit=PAGE_SIZE, offset=offset, order_by="desc")
        # Rows are made as each page lands, so no single step of the load makes them all.
        return _Page(
            page,
            tuple(LibraryRow.from_stream(s, unused=s.stream_id in unused) for s in page.streams),
        )

    wave = min(concurrency, max(1, expected_pages or concurrency))
    # Created in page order: the semaphore admits waiters first come, first served.
    tasks = {offset: asyncio.ensure_future(fetch(offset)) for offset in range(1, wave + 1)}
    try:
        first = await tasks[1]
    except BaseException:
        await _cancel(tasks.values())
        raise
    if on_first_rows is not None:
        on_first_rows(_merge([first]), first.page.total_records)
    page_count = max(first.page.offset_count, 1)
    for offset in range(wave + 1, page_count + 1):
        tasks[offset] = asyncio.ensure_future(fetch(offset))
    later = sorted(o for o in tasks if o > 1)
    # A failed page does not stop the others: the streamer sees every row that arrived.
    outcomes = await asyncio.gather(*(tasks[o] for o in later), return_exceptions=True)
    pages: dict[int, _Page] = {1: first}
    error: FastPixError | None = None
    for offset, outcome in zip(later, outcomes, strict=True):
        if offset > page_count:
            continue  # asked for ahead of knowing the page count: past the end
        if isinstance(outcome, _Page):
            pages[offset] = outcome
        elif isinstance(outcome, FastPixError):
            error = error or outcome
        else:
            raise outcome
    rows = _merge(pages[k] for k in sorted(pages))
    return LibraryLoad(
        rows=rows,
        total_records=max(first.page.total_records, len(rows)),
        page_count=page_count,
        complete=error is None,
        error=error,
    )


async def _cancel(tasks: Iterable[asyncio.Future[_Page]]) -> None:
    """Cancel what is still running and collect every outcome (no "never retrieved")."""
    futures = list(tasks)
    for task in futures:
        task.cancel()
    await asyncio.gather(*futures, return_exceptions=True)


@dataclass(frozen=True)
class _Page:
    page: StreamPage
    rows: tuple[LibraryRow, ...]


def _merge(pages: Iterable[_Page]) -> tuple[LibraryRow, ...]:
    """Rows newest first, each stream once: a stream created while paging shifts the others
    one place down, so the same stream can arrive on two pages."""
    seen: dict[str, LibraryRow] = {}
    for page in pages:
        for row in page.rows:
            seen.setdefault(row.stream_id, row)
    return sort_newest_first(seen.values())


def sort_newest_first(rows: Iterable[LibraryRow]) -> tuple[LibraryRow, ...]:
    # FastPix writes createdAt as fixed-width ISO-8601 UTC, so text order is time order.
    return tuple(sorted(rows, key=lambda r: r.created_at, reverse=True))


def search(rows: Sequence[LibraryRow], text: str) -> list[LibraryRow]:
    """Rows whose name or stream ID contains ``text`` (case-insensitive); all rows for ""."""
    needle = text.strip().casefold()
    if not needle:
        return list(rows)
    return [row for row in rows if needle in row.search_key]


def with_unused(rows: Iterable[LibraryRow], unused_ids: Collection[str]) -> tuple[LibraryRow, ...]:
    """The same rows with the "created here, never used" mark brought up to date."""
    marked = frozenset(unused_ids)
    return tuple(
        row if row.unused == (row.stream_id in marked) else replace(row, unused=not row.unused)
        for row in rows
    )


def replace_row(rows: Sequence[LibraryRow], stream: LiveStream) -> tuple[LibraryRow, ...]:
    """``rows`` with one stream's row refreshed from FastPix's answer (or added, newest first)."""
    fresh = LibraryRow.from_stream(stream)
    out: list[LibraryRow] = []
    found = False
    for row in rows:
        if row.stream_id == stream.stream_id:
            out.append(replace(fresh, unused=row.unused))
            found = True
        else:
            out.append(row)
    if not found:
        out.append(fresh)
    return sort_newest_first(out)


def without_row(rows: Sequence[LibraryRow], stream_id: str) -> tuple[LibraryRow, ...]:
    return tuple(row for row in rows if row.stream_id != stream_id)
