"""The sandbox's HTTP server accepts a burst of connections at once (the library's concurrent
page fetches, benchmarks) without a SYN being dropped and retried a second later."""

from __future__ import annotations

from fastpix_desktop.sandbox import SandboxApi, start_server_in_thread


async def test_many_connections_at_once_are_all_answered_without_a_retry_pause() -> None:
    """A listen backlog of 5 drops SYNs when a client opens many connections at once; each
    retried one costs a second or more (the library fetches pages in parallel)."""
    import asyncio
    import base64
    import time

    token = base64.b64encode(b"demo-access-token-id:demo-secret-key").decode()
    request = (
        "GET /v1/live/streams?limit=1 HTTP/1.1\r\nHost: sandbox\r\n"
        f"Authorization: Basic {token}\r\nConnection: close\r\n\r\n"
    ).encode()
    with start_server_in_thread(SandboxApi(latency_ms=50)) as server:

        async def one() -> float:
            started = time.monotonic()
            reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
            writer.write(request)
            await writer.drain()
            answer = await reader.read()
            writer.close()
            assert answer.startswith(b"HTTP/1.1 200 ")
            return time.monotonic() - started

        durations = await asyncio.gather(*(one() for _ in range(64)))
    assert max(durations) < 0.9
