"""Every FastPix exchange ends: slow or endless servers meet the deadline, huge answers a cap."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import httpx
import pytest

from fastpix_desktop.cli import entry as cli
from fastpix_desktop.cli import exit_codes
from fastpix_desktop.core.errors import (
    FastPixBadResponseError,
    FastPixRequestError,
    FastPixTimeoutError,
)
from fastpix_desktop.core.fastpix import client as fastpix
from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.models import StreamSettings
from fastpix_desktop.sandbox import (
    DEMO_ACCESS_TOKEN_ID,
    DEMO_SECRET_KEY,
    Fault,
    SandboxApi,
    SandboxTransport,
    start_server_in_thread,
)
from tests.cli_helpers import sandbox_env
from tests.doubles import sandbox_client

LIBRARY_NOTE = "the stream may have been created — it will show in Your streams"


def client_for(url: str, **kwargs) -> FastPixClient:
    return FastPixClient(
        access_token_id=DEMO_ACCESS_TOKEN_ID, secret_key=DEMO_SECRET_KEY, base_url=url, **kwargs
    )


def client_over(transport: httpx.AsyncBaseTransport) -> FastPixClient:
    """A client whose every request goes to ``transport`` (no sandbox, no socket)."""
    return FastPixClient(
        access_token_id="id",
        secret_key="secret-value",
        base_url="http://fastpix.test/v1",
        transport=transport,
    )


@pytest.fixture
def served() -> Iterator[tuple[SandboxApi, str]]:
    api = SandboxApi()
    with start_server_in_thread(api) as running:
        yield api, running.url


@pytest.mark.parametrize("method", ["POST", "GET"])
async def test_a_server_dripping_its_answer_hits_the_deadline(served, method) -> None:
    api, url = served
    # 0.2 s between bytes never trips a 1 s read timeout; only the overall deadline ends it.
    api.inject(Fault(drip_s=0.2, method=method))
    started = time.monotonic()
    async with client_for(url, read_timeout=1.0, deadline=1.5) as client:
        with pytest.raises(FastPixTimeoutError) as caught:
            if method == "POST":
                await client.create_stream(StreamSettings())
            else:
                await client.list_streams()
    assert time.monotonic() - started < 4.0
    if method == "POST":
        assert LIBRARY_NOTE in str(caught.value)
        assert len(api.streams) == 1  # it was created: hence the note
    else:
        assert "library" not in str(caught.value)


async def test_an_endless_answer_over_a_socket_hits_the_deadline(served) -> None:
    api, url = served
    api.inject(Fault(endless=True))
    started = time.monotonic()
    async with client_for(url, read_timeout=1.0, deadline=1.0) as client:
        with pytest.raises(FastPixTimeoutError):
            await client.get_stream("91b8484250e5a1ed03fd4e100b807082")
    assert time.monotonic() - started < 3.0


async def test_an_endless_answer_in_process_hits_the_deadline() -> None:
    api = SandboxApi()
    api.inject(Fault(endless=True, method="POST"))
    async with sandbox_client(
        SandboxTransport(api), base_url="http://sandbox.test/v1", deadline=0.5
    ) as client:
        with pytest.raises(FastPixTimeoutError, match="will show in Your streams"):
            await client.create_stream(StreamSettings())


def test_the_cli_reports_a_dripping_create_plainly(served, monkeypatch, capsys) -> None:
    api, url = served
    api.inject(Fault(drip_s=0.2, method="POST"))
    monkeypatch.setattr(fastpix, "DEADLINE_SECONDS", 1.0)
    for name, value in sandbox_env(url).items():
        monkeypatch.setenv(name, value)
    code = cli.main(["create", "--no-obs"])
    err = capsys.readouterr().err
    assert code == exit_codes.FASTPIX
    assert "FastPix did not answer in time" in err and "Your streams" in err
    assert "Traceback" not in err


class CountingBody(httpx.AsyncByteStream):
    """A huge body produced on demand; counts how much of it the client pulled."""

    def __init__(self, head: bytes, size: int) -> None:
        self.head, self.size, self.pulled = head, size, 0

    async def __aiter__(self):
        yield self.head
        self.pulled += len(self.head)
        chunk = b"x" * 65536
        while self.pulled < self.size:
            self.pulled += len(chunk)
            yield chunk


def huge_error_transport(body: CountingBody, *, declare: bool) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        headers = {"content-type": "application/json"}
        if declare:
            headers["content-length"] = str(body.size)
        return httpx.Response(400, headers=headers, stream=body)

    return httpx.MockTransport(handler)


@pytest.mark.parametrize("declare", [True, False])
async def test_a_50_mb_error_message_is_not_read_in_full(declare) -> None:
    body = CountingBody(b'{"success":false,"error":{"code":400,"message":"', 50 * 1024 * 1024)
    started = time.monotonic()
    async with client_over(huge_error_transport(body, declare=declare)) as client:
        with pytest.raises(FastPixRequestError) as caught:
            await client.create_stream(StreamSettings())
    assert body.pulled <= 1024 * 1024
    assert len(str(caught.value)) < 500
    assert time.monotonic() - started < 2.0


async def test_a_long_error_message_is_cut_before_it_is_shown() -> None:
    message = "slow " * 12000  # 60 KB: under the cap, so it is read and then cut
    answer = httpx.Response(400, json={"success": False, "error": {"message": message}})
    async with client_over(httpx.MockTransport(lambda request: answer)) as client:
        with pytest.raises(FastPixRequestError) as caught:
            await client.finish_stream("abc")
    assert "slow slow" in str(caught.value)
    assert len(str(caught.value)) < 400


async def test_an_oversized_success_answer_is_refused() -> None:
    body = json.dumps({"success": True, "data": ["x" * 1000] * 6000}).encode()  # ~6 MB
    answer = httpx.Response(200, content=body, headers={"content-type": "application/json"})
    async with client_over(httpx.MockTransport(lambda request: answer)) as client:
        with pytest.raises(FastPixBadResponseError, match="larger answer"):
            await client.list_streams()
