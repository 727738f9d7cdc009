"""The library use case against the sandbox: all pages, newest first, each stream once, the
first rows after one page, a bounded number of pages in flight, and local search."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest

from fastpix_desktop.core.errors import (
    FastPixAuthError,
    FastPixBadResponseError,
    FastPixError,
    FastPixNotFoundError,
    FastPixRateLimitError,
    FastPixRequestError,
    FastPixServerError,
    FastPixTimeoutError,
)
from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.library import rows as library
from fastpix_desktop.sandbox import (
    DEMO_ACCESS_TOKEN_ID,
    DEMO_SECRET_KEY,
    RunningSandbox,
    SandboxApi,
    start_server_in_thread,
)
from fastpix_desktop.sandbox.transport import SandboxTransport
from tests.doubles import sandbox_client
from tests.library_seed import LONG_NAME, SEEDED, UNICODE_NAME, seed_with_sdk, seeded_name


@pytest.fixture(scope="module")
def seeded() -> Iterator[tuple[RunningSandbox, list[str]]]:
    with start_server_in_thread(SandboxApi(seed=10)) as server:
        yield server, seed_with_sdk(server.url)


@pytest.fixture
async def client(seeded: tuple[RunningSandbox, list[str]]) -> AsyncIterator[FastPixClient]:
    async with FastPixClient(
        access_token_id=DEMO_ACCESS_TOKEN_ID, secret_key=DEMO_SECRET_KEY, base_url=seeded[0].url
    ) as fastpix:
        yield fastpix


class WatchingTransport(SandboxTransport):
    """The in-process sandbox, counting list requests in flight and able to fail one page."""

    def __init__(self, api: SandboxApi, *, fail_offset: int | None = None, **kw: Any) -> None:
        super().__init__(api)
        self.offsets: list[int] = []
        self.fail_past_end = kw.get("fail_past_end", False)
        self.in_flight = 0
        self.most_in_flight = 0
        self.fail_offset = fail_offset
        self.failure: Callable[[httpx.Request], httpx.Response] = kw.get(
            "failure", lambda request: httpx.Response(503, json={"success": False}, request=request)
        )
        self.after_first_page = kw.get("after_first_page")

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        offset = request.url.params.get("offset")
        if offset is not None:
            self.offsets.append(int(offset))
        pages = max(1, -(-len(self.api.state) // 50))
        if offset is not None and self.fail_past_end and int(offset) > pages:
            return httpx.Response(422, json={"success": False}, request=request)
        if offset is not None and int(offset) == self.fail_offset:
            return self.failure(request)
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            await asyncio.sleep(0.01)  # long enough for the others to start
            response = await super().handle_async_request(request)
        finally:
            self.in_flight -= 1
        if offset == "1" and self.after_first_page is not None:
            self.after_first_page()
        return response


async def test_all_120_streams_newest_first_with_their_names(
    client: FastPixClient, seeded: tuple[RunningSandbox, list[str]]
) -> None:
    _, ids = seeded
    first: list[tuple[int, int]] = []
    load = await library.load_library(
        client, on_first_rows=lambda rows, total: first.append((len(rows), total))
    )
    assert first == [(50, SEEDED)]
    assert load.complete and load.error is None and load.missing == 0
    assert [r.stream_id for r in load.rows] == list(reversed(ids))
    by_id = {r.stream_id: r for r in load.rows}
    assert by_id[ids[7]].title == UNICODE_NAME
    assert by_id[ids[11]].title == LONG_NAME and len(LONG_NAME) == 255
    assert by_id[ids[3]].name == "" and by_id[ids[3]].title == ids[3]
    assert by_id[ids[0]].playback_policy == "private" and by_id[ids[0]].dvr
    assert by_id[ids[1]].playback_policy == "public" and by_id[ids[1]].max_resolution == "1080p"
    assert all(r.status == "idle" for r in load.rows)


async def test_rows_carry_no_secret(client: FastPixClient) -> None:
    load = await library.load_library(client)
    text = repr(load.rows)
    assert "streamKey" not in text and "k" + load.rows[0].stream_id not in text


async def test_search_by_name_or_id_ignores_case_and_blank(
    client: FastPixClient, seeded: tuple[RunningSandbox, list[str]]
) -> None:
    _, ids = seeded
    rows = (await library.load_library(client)).rows
    assert [r.stream_id for r in library.search(rows, "STREAM 042")] == [ids[42]]
    assert [r.stream_id for r in library.search(rows, "ライブ")] == [ids[7]]
    assert [r.stream_id for r in library.search(rows, "ünïcødé")] == [ids[7]]
    assert [r.stream_id for r in library.search(rows, ids[99][:12].upper())] == [ids[99]]
    assert len(library.search(rows, "  ")) == SEEDED
    assert library.search(rows, "no such stream") == []
    named = sum(1 for i in range(SEEDED) if seeded_name(i).startswith("Stream"))
    assert len(library.search(rows, "stream ")) == named


async def test_pages_after_the_first_are_fetched_concurrently_within_the_bound() -> None:
    api = SandboxApi(seed=3)
    for _ in range(400):  # 8 pages
        api.state.create_stream()
    transport = WatchingTransport(api)
    async with sandbox_client(transport) as fastpix:
        load = await library.load_library(fastpix, concurrency=3)
    assert len(load.rows) == 400
    assert transport.most_in_flight == 3


async def test_a_failed_later_page_keeps_the_rows_that_arrived_and_says_so() -> None:
    api = SandboxApi(seed=4)
    for _ in range(160):  # 4 pages
        api.state.create_stream()
    async with sandbox_client(WatchingTransport(api, fail_offset=3)) as fastpix:
        load = await library.load_library(fastpix, concurrency=2)
    assert not load.complete
    assert isinstance(load.error, FastPixServerError)
    assert load.missing == 50 and len(load.rows) == 110
    assert len({r.stream_id for r in load.rows}) == 110


async def test_a_stream_created_while_paging_does_not_show_another_one_twice() -> None:
    api = SandboxApi(seed=5)
    for _ in range(120):
        api.state.create_stream()
    transport = WatchingTransport(api, after_first_page=api.state.create_stream)
    async with sandbox_client(transport) as fastpix:
        load = await library.load_library(fastpix, concurrency=1)
    ids = [r.stream_id for r in load.rows]
    assert len(ids) == len(set(ids)) == 120
    created = [r.created_at for r in load.rows]
    assert created == sorted(created, reverse=True)


async def test_wrong_credentials_fail_the_whole_load(
    seeded: tuple[RunningSandbox, list[str]],
) -> None:
    async with FastPixClient(
        access_token_id="nope", secret_key="wrong", base_url=seeded[0].url
    ) as fastpix:
        with pytest.raises(FastPixAuthError):
            await library.load_library(fastpix)


async def test_an_empty_account_has_no_rows() -> None:
    async with sandbox_client(SandboxApi().mock_transport()) as fastpix:
        load = await library.load_library(fastpix)
    assert load.rows == () and load.complete and load.total_records == 0


async def test_unused_marks_follow_the_created_here_list(client: FastPixClient) -> None:
    rows = (await library.load_library(client)).rows
    target = rows[5].stream_id
    marked = library.with_unused(rows, {target})
    assert [r.stream_id for r in marked if r.unused] == [target]
    assert not any(r.unused for r in library.with_unused(marked, set()))
    assert library.without_row(marked, target) == tuple(r for r in marked if r.stream_id != target)


async def test_the_first_wave_asks_for_several_pages_at_once_so_all_take_fewer_round_trips() -> (
    None
):
    api = SandboxApi(seed=6)
    for _ in range(400):  # 8 pages: two waves of 4, not 1 + two waves
        api.state.create_stream()
    transport = WatchingTransport(api)
    async with sandbox_client(transport) as fastpix:
        load = await library.load_library(fastpix, concurrency=4)
    assert len(load.rows) == 400
    assert sorted(transport.offsets) == list(range(1, 9))
    assert transport.offsets[:4] == [1, 2, 3, 4]


async def test_pages_asked_for_past_the_end_are_ignored_even_when_they_fail() -> None:
    api = SandboxApi(seed=8)
    for _ in range(7):
        api.state.create_stream()
    transport = WatchingTransport(api, fail_past_end=True)
    async with sandbox_client(transport) as fastpix:
        load = await library.load_library(fastpix, concurrency=6)
        assert load.complete and len(load.rows) == 7
        transport.offsets.clear()
        again = await library.load_library(fastpix, concurrency=6, expected_pages=1)
    assert again.complete and transport.offsets == [1]


def test_playback_policy_words_and_a_refreshed_row_keeps_its_mark() -> None:
    from fastpix_desktop.core.models import LiveStream, PlaybackId

    both = LiveStream(
        stream_id="a" * 32,
        created_at="2026-12-01T10:00:00.000000Z",
        playback_ids=(PlaybackId("p1", "private"), PlaybackId("p2", "public")),
    )
    row = library.LibraryRow.from_stream(both, unused=True)
    assert row.playback_policy == "public + private"
    assert library.LibraryRow.from_stream(LiveStream(stream_id="b" * 32)).playback_policy == "none"
    newer = LiveStream(stream_id="c" * 32, created_at="2026-12-01T11:00:00.000000Z")
    rows = library.replace_row((row,), newer)
    assert [r.stream_id for r in rows] == ["c" * 32, "a" * 32]
    renamed = LiveStream(
        stream_id="a" * 32, created_at=both.created_at, metadata={"livestream_name": "Mine"}
    )
    rows = library.replace_row(rows, renamed)
    assert rows[1].title == "Mine" and rows[1].unused


def _timeout(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("timed out", request=request)


@pytest.mark.parametrize(
    ("failure", "error"),
    [
        (
            lambda r: httpx.Response(429, headers={"Retry-After": "90"}, request=r),
            FastPixRateLimitError,
        ),
        (lambda r: httpx.Response(409, json={"success": False}, request=r), FastPixRequestError),
        (lambda r: httpx.Response(422, json={"success": False}, request=r), FastPixError),
        (lambda r: httpx.Response(200, content=b"{not json", request=r), FastPixBadResponseError),
        (
            lambda r: httpx.Response(200, json={"success": True, "data": 5}, request=r),
            FastPixBadResponseError,
        ),
        (_timeout, FastPixTimeoutError),
    ],
)
async def test_any_failure_of_a_later_page_is_reported_beside_the_rows(
    failure: Callable[[httpx.Request], httpx.Response], error: type[FastPixError]
) -> None:
    api = SandboxApi(seed=12)
    for _ in range(120):
        api.state.create_stream()
    transport = WatchingTransport(api, fail_offset=2, failure=failure)
    async with sandbox_client(transport) as fastpix:
        load = await library.load_library(fastpix)
    assert isinstance(load.error, error) and not load.complete
    assert len(load.rows) == 70 and load.missing == 50


@pytest.mark.parametrize(
    ("status", "error"),
    [(403, FastPixAuthError), (404, FastPixNotFoundError), (500, FastPixServerError)],
)
async def test_a_failed_first_page_fails_the_load(status: int, error: type[FastPixError]) -> None:
    api = SandboxApi(seed=13)
    api.state.create_stream()
    failing = WatchingTransport(
        api, fail_offset=1, failure=lambda r: httpx.Response(status, json={}, request=r)
    )
    async with sandbox_client(failing) as fastpix:
        with pytest.raises(error):
            await library.load_library(fastpix)
