"""FastPixClient builds its httpx client (TLS context, CA bundle) on first use, off the event
loop's thread, once: the window keeps drawing while the first request gets ready."""

from __future__ import annotations

import asyncio
import itertools
import threading
import time

import httpx

from fastpix_desktop.core.errors import FastPixNetworkError
from fastpix_desktop.core.fastpix.client import FastPixClient

BUILD_S = 0.2  # about what loading a CA bundle costs on a slow machine, made visible


def answer_streams(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"success": True, "data": [], "pagination": {}})


class SlowBuildClient(FastPixClient):
    """Building the httpx client takes BUILD_S, as a big CA bundle or a cold disk would."""

    def __init__(self, *, fail_first: bool = False) -> None:
        super().__init__(
            access_token_id="token-id",
            secret_key="secret-key",
            base_url="http://fastpix.test/v1",
            transport=httpx.MockTransport(answer_streams),
        )
        self.build_threads: list[int] = []
        self._fail_first = fail_first

    def _build_client(self) -> httpx.AsyncClient:
        self.build_threads.append(threading.get_ident())
        time.sleep(BUILD_S)
        if self._fail_first and len(self.build_threads) == 1:
            raise OSError("SSL_CERT_FILE names a missing file")
        return super()._build_client()


async def test_the_loop_keeps_running_while_the_first_request_builds_its_client() -> None:
    client = SlowBuildClient()
    ticks: list[float] = []

    async def heartbeat() -> None:
        while True:
            ticks.append(time.monotonic())
            await asyncio.sleep(0.01)

    beating = asyncio.create_task(heartbeat())
    try:
        await client.verify_credentials()
    finally:
        beating.cancel()
        await client.aclose()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 5
    assert max(gaps) < BUILD_S / 2  # the build never held the loop
    assert client.build_threads != [threading.get_ident()]


async def test_concurrent_first_requests_share_one_client() -> None:
    client = SlowBuildClient()
    try:
        await asyncio.gather(*(client.verify_credentials() for _ in range(5)))
        await client.verify_credentials()
    finally:
        await client.aclose()
    assert len(client.build_threads) == 1


async def test_credentials_set_during_the_build_are_the_ones_sent() -> None:
    seen: list[str] = []

    def remember(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["Authorization"])
        return answer_streams(request)

    client = SlowBuildClient()
    client._client_options["transport"] = httpx.MockTransport(remember)
    try:
        first = asyncio.create_task(client.verify_credentials())
        await asyncio.sleep(BUILD_S / 4)
        client.set_credentials("new-token", "new-secret")
        await first
    finally:
        await client.aclose()
    assert seen == [httpx.BasicAuth("new-token", "new-secret")._auth_header]


async def test_a_failed_build_is_a_network_error_and_the_next_request_tries_again() -> None:
    client = SlowBuildClient(fail_first=True)
    try:
        try:
            await client.verify_credentials()
        except FastPixNetworkError:
            pass
        else:
            raise AssertionError("the first build failed; the request must say so")
        await client.verify_credentials()
    finally:
        await client.aclose()
    assert len(client.build_threads) == 2


async def test_closing_during_the_build_closes_what_was_built() -> None:
    client = SlowBuildClient()
    first = asyncio.create_task(client.verify_credentials())
    await asyncio.sleep(BUILD_S / 4)
    await client.aclose()
    try:
        await first
    except FastPixNetworkError as exc:
        assert "closed" in str(exc)
    else:
        raise AssertionError("a request racing aclose() must fail, not use a leaked client")
    assert client._http is None


def test_warm_up_before_any_loop_builds_on_a_thread_and_the_first_request_uses_it() -> None:
    client = SlowBuildClient()
    client.warm_up()  # what the app does first thing, before Qt and the event loop
    client.warm_up()

    async def use() -> None:
        try:
            await client.verify_credentials()
            await client.verify_credentials()
        finally:
            await client.aclose()

    asyncio.run(use())
    assert len(client.build_threads) == 1
    assert client.build_threads[0] != threading.get_ident()


async def test_a_warmed_up_client_never_used_is_closed_with_the_app() -> None:
    client = SlowBuildClient()
    client.warm_up()
    assert client._building is not None
    built = await asyncio.wrap_future(client._building)
    await client.aclose()
    assert built.is_closed


async def test_next_request_sending_is_set_when_the_request_reaches_the_transport() -> None:
    seen: list[bool] = []
    sending: list[threading.Event] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(sending[0].is_set())
        return answer_streams(request)

    client = FastPixClient(
        access_token_id="token-id",
        secret_key="secret-key",
        base_url="http://fastpix.test/v1",
        transport=httpx.MockTransport(answer),
    )
    sending.append(client.next_request_sending())
    assert not sending[0].is_set()
    try:
        await client.verify_credentials()
    finally:
        await client.aclose()
    assert seen == [True]


async def test_next_request_sending_is_set_when_the_build_fails() -> None:
    client = SlowBuildClient(fail_first=True)
    sending = client.next_request_sending()
    try:
        await client.verify_credentials()
    except FastPixNetworkError:
        pass
    finally:
        await client.aclose()
    assert sending.is_set()  # whatever waits for the request is not left waiting
