"""Injected faults behave the same in-process (MockTransport) and over the real socket."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from fastpix_desktop.sandbox import (
    DEMO_ACCESS_TOKEN_ID,
    DEMO_SECRET_KEY,
    Fault,
    SandboxApi,
    start_server_in_thread,
)
from fastpix_desktop.sandbox.faults import FaultQueue

CREATE = {"playbackSettings": {}, "inputMediaSettings": {}}
DROPPED = (httpx.RemoteProtocolError, httpx.ReadError)


# --------------------------------------------------------------------------- statuses and bodies


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (500, "internal server error"),
        (502, "bad gateway"),
        (503, "service unavailable"),
        (524, "timeout occurred"),
    ],
)
def test_status_fault_sends_a_fastpix_error_envelope(client, api, status, message):
    api.inject(Fault(status=status))

    response = client.post("/live/streams", json=CREATE)

    assert response.status_code == status
    assert response.headers["content-type"] == "application/json;charset=UTF-8"
    assert response.json()["success"] is False
    assert response.json()["error"]["code"] == status
    assert response.json()["error"]["message"] == message
    assert len(api.streams) == 0  # the fault replaced the request: nothing was created


def test_rate_limit_fault_carries_retry_after(client, api):
    api.inject(Fault(status=429, retry_after=7))

    response = client.get("/live/streams")

    assert response.status_code == 429
    assert response.headers["retry-after"] == "7"
    assert response.json()["error"]["message"] == "too many requests"


def test_custom_json_body_and_headers(client, api):
    api.inject(
        Fault(status=403, body={"success": False, "error": {"code": 403}}, headers={"X-A": "b"})
    )

    response = client.get("/live/streams")

    assert response.status_code == 403
    assert response.json() == {"success": False, "error": {"code": 403}}
    assert response.headers["x-a"] == "b"


def test_html_error_page(client, api):
    api.inject(Fault(status=502, raw=b"<html>502 Bad Gateway</html>"))

    response = client.post("/live/streams", json=CREATE)

    assert response.status_code == 502
    assert response.headers["content-type"] == "text/html"
    assert response.content == b"<html>502 Bad Gateway</html>"


def test_malformed_json_with_a_success_status(client, api):
    api.inject(Fault(status=201, raw=b"{not json"))

    response = client.post("/live/streams", json=CREATE)

    assert response.status_code == 201
    assert response.headers["content-type"] == "application/json;charset=UTF-8"
    with pytest.raises(ValueError):
        response.json()


# --------------------------------------------------------------------------- matching and counting


def test_fault_applies_times_then_normal_answers_resume(client, api):
    api.inject(Fault(status=503, times=2))

    statuses = [client.get("/live/streams").status_code for _ in range(3)]

    assert statuses == [503, 503, 200]


def test_fault_matches_method_and_path_prefix(client, api):
    api.inject(Fault(status=500, method="POST", path_prefix="/live/streams"))

    listed = client.get("/live/streams")
    created = client.post("/live/streams", json=CREATE)
    after = client.post("/live/streams", json=CREATE)

    assert listed.status_code == 200
    assert created.status_code == 500
    assert after.status_code == 201


def test_fault_with_times_none_applies_until_cleared(client, api):
    api.inject(Fault(status=500, times=None, path_prefix="/v1/live/streams"))

    first = client.get("/live/streams").status_code
    second = client.get("/live/streams").status_code
    api.clear_faults()

    assert (first, second) == (500, 500)
    assert client.get("/live/streams").status_code == 200


def test_delay_only_fault_gives_the_normal_answer(client, api):
    api.inject(Fault(delay_s=0.05))

    response = client.post("/live/streams", json=CREATE)

    assert response.status_code == 201
    assert len(api.streams) == 1


# --------------------------------------------------------------------------- connection faults


def test_dropped_connection_raises_and_the_next_request_works(client, api):
    api.inject(Fault(drop=True))

    with pytest.raises(DROPPED):
        client.post("/live/streams", json=CREATE)
    assert len(api.streams) == 0
    assert client.get("/live/streams").status_code == 200


def test_timeout_fault_is_a_read_timeout(client, api):
    api.inject(Fault(timeout=True))

    with pytest.raises(httpx.ReadTimeout):
        client.post("/live/streams", json=CREATE, timeout=0.3)
    assert client.get("/live/streams").status_code == 200


def test_delay_longer_than_the_client_timeout_times_out(client, api):
    api.inject(Fault(delay_s=1.0))

    with pytest.raises(httpx.ReadTimeout):
        client.get("/live/streams", timeout=0.2)


def test_latency_longer_than_the_client_timeout_times_out(client, api):
    api.latency_ms = 1000

    with pytest.raises(httpx.ReadTimeout):
        client.get("/live/streams", timeout=0.2)


# --------------------------------------------------------------------------- async transport


async def test_async_latency_does_not_block_the_event_loop():
    api = SandboxApi(latency_ms=200)
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.005)

    task = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    async with httpx.AsyncClient(
        transport=api.mock_transport(),
        base_url="http://sandbox/v1",
        auth=(DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY),
    ) as client:
        before = ticks
        response = await client.get("/live/streams")
        during = ticks - before
    task.cancel()

    assert response.status_code == 200
    assert during >= 3  # a blocking sleep would have let the ticker run at most once


@pytest.mark.parametrize(
    ("fault", "error"),
    [
        (Fault(drop=True), httpx.RemoteProtocolError),
        (Fault(timeout=True), httpx.ReadTimeout),
        (Fault(delay_s=5), httpx.ReadTimeout),
    ],
)
async def test_async_connection_faults(fault, error):
    api = SandboxApi()
    api.inject(fault)
    async with httpx.AsyncClient(
        transport=api.mock_transport(),
        base_url="http://sandbox/v1",
        auth=(DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY),
        timeout=0.2,
    ) as client:
        with pytest.raises(error):
            await client.get("/live/streams")
        assert (await client.get("/live/streams")).status_code == 200


async def test_async_status_fault_over_the_socket():
    api = SandboxApi()
    api.inject(Fault(status=503))
    with start_server_in_thread(api) as server:
        async with httpx.AsyncClient(
            base_url=server.url, auth=(DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY)
        ) as client:
            first = await client.get("/live/streams")
            second = await client.get("/live/streams")

    assert (first.status_code, second.status_code) == (503, 200)


# --------------------------------------------------------------------------- Fault itself


@pytest.mark.parametrize(
    "kwargs",
    [
        {"times": 0},
        {"delay_s": -1},
        {"drop": True, "timeout": True},
        {"status": 500, "body": {}, "raw": b"x"},
    ],
)
def test_contradictory_faults_are_rejected(kwargs):
    with pytest.raises(ValueError):
        Fault(**kwargs)


def test_queue_uses_the_first_matching_fault_in_injection_order():
    queue = FaultQueue()
    queue.add(Fault(status=500, method="POST"))
    queue.add(Fault(status=503))

    first = queue.take("GET", "/v1/live/streams")
    second = queue.take("POST", "/v1/live/streams")

    assert first is not None and first.status == 503
    assert second is not None and second.status == 500
    assert queue.take("GET", "/v1/live/streams") is None
    assert len(queue) == 0


def test_path_prefix_matches_with_or_without_the_v1_prefix():
    fault = Fault(status=500, path_prefix="/live/streams/abc")

    assert fault.matches("GET", "/v1/live/streams/abc/finish")
    assert Fault(path_prefix="/v1/live/streams/abc").matches("PUT", "/v1/live/streams/abc")
    assert not fault.matches("GET", "/v1/live/streams")
    assert not Fault(method="PUT").matches("GET", "/v1/live/streams")
