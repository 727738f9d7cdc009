"""The sandbox's viewer-count hook, over HTTP (tests, stream-deck demos) and in-process (demo)."""

from __future__ import annotations

import httpx
import pytest

from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY, SandboxApi
from fastpix_desktop.sandbox.server import start_server_in_thread


async def test_viewer_count_set_over_http_is_what_the_client_reads() -> None:
    api = SandboxApi()
    stream_id = api.state.create_stream().stream_id
    with start_server_in_thread(api) as sandbox:
        base = sandbox.url.removesuffix("/v1")
        async with httpx.AsyncClient() as http:
            ok = await http.post(f"{base}/_sandbox/streams/{stream_id}/viewers", json={"views": 17})
            assert ok.status_code == 200
            bad = await http.post(
                f"{base}/_sandbox/streams/{stream_id}/viewers", json={"views": -1}
            )
            assert bad.status_code == 422
            missing = await http.post(
                f"{base}/_sandbox/streams/{'0' * 32}/viewers", json={"views": 1}
            )
            assert missing.status_code == 404
        async with FastPixClient(
            access_token_id=DEMO_ACCESS_TOKEN_ID, secret_key=DEMO_SECRET_KEY, base_url=sandbox.url
        ) as client:
            assert await client.viewer_count(stream_id) == 17


def test_set_viewer_count_in_process_rejects_nonsense() -> None:
    api = SandboxApi()
    stream_id = api.state.create_stream().stream_id
    api.set_viewer_count(stream_id, 3)
    assert api.streams[stream_id].views == 3
    with pytest.raises(ValueError):
        api.set_viewer_count(stream_id, True)  # type: ignore[arg-type]
    with pytest.raises(KeyError):
        api.set_viewer_count("nope", 1)


def test_viewer_count_hook_works_in_process_too_as_demo_mode_serves_it() -> None:
    api = SandboxApi()
    stream_id = api.state.create_stream().stream_id
    with httpx.Client(transport=api.mock_transport(), base_url="http://sandbox.invalid") as http:
        assert http.post(f"/_sandbox/streams/{stream_id}/viewers", json={"views": 5}).is_success
    assert api.streams[stream_id].views == 5
