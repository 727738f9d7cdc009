"""The library's account of 120 streams, made and read back through the official SDK: every
page the sandbox serves is what the SDK parses and what FastPix's spec declares, unicode and
255-character names included; and the app's library reads the same streams in the same order."""

from __future__ import annotations

import json
from typing import Any

import pytest

from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.library import rows as library
from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY, RunningSandbox
from tests.library_seed import LONG_NAME, SEEDED, UNICODE_NAME, seed_with_sdk

pytestmark = pytest.mark.contract


async def test_120_streams_page_through_the_sdk_and_the_library_alike(
    sandbox: RunningSandbox, recording_api: Any, fastpix: Any, spec_checker: Any
) -> None:
    ids = seed_with_sdk(sandbox.url)
    manage = fastpix.manage_live_stream
    pages = [manage.get_all_streams(limit=50, offset=o, order_by="desc") for o in (1, 2, 3)]
    through_sdk = [s.stream_id for page in pages for s in page.data]
    assert through_sdk == list(reversed(ids))
    assert [p.pagination.offset_count for p in pages] == [3, 3, 3]
    assert pages[0].pagination.total_records == SEEDED
    names = {s.stream_id: (s.metadata or {}).get("livestream_name") for p in pages for s in p.data}
    assert names[ids[7]] == UNICODE_NAME and names[ids[11]] == LONG_NAME

    async with FastPixClient(
        access_token_id=DEMO_ACCESS_TOKEN_ID, secret_key=DEMO_SECRET_KEY, base_url=sandbox.url
    ) as client:
        load = await library.load_library(client)
    assert [r.stream_id for r in load.rows] == through_sdk

    listed = [e for e in recording_api.exchanges if e.method == "GET"]
    assert len(listed) >= 3 + 3
    for exchange in recording_api.exchanges:
        pointer = spec_checker.response_pointer(exchange.method, exchange.path, exchange.status)
        assert spec_checker.errors(pointer, json.loads(exchange.body)) == [], exchange.path
