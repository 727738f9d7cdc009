"""Fixtures for the sandbox tests: a seeded SandboxApi and a helper that calls it with auth."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

from fastpix_desktop.sandbox import (
    DEMO_ACCESS_TOKEN_ID,
    DEMO_SECRET_KEY,
    RunningSandbox,
    SandboxApi,
    SandboxResponse,
    start_server_in_thread,
)


def _basic(user: str, password: str) -> str:
    return "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()


_DEMO_AUTH = {"Authorization": _basic(DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY)}

Call = Callable[..., SandboxResponse]


@pytest.fixture
def api() -> SandboxApi:
    return SandboxApi(seed=1234)


@pytest.fixture
def call(api: SandboxApi) -> Call:
    """call(method, path, json=..., query=..., headers=...) against ``api`` with demo auth."""

    def _call(
        method: str,
        path: str,
        json_body: Any = None,
        *,
        query: str | dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
        raw: bytes | None = None,
    ) -> SandboxResponse:
        body = (
            raw if raw is not None else b"" if json_body is None else json.dumps(json_body).encode()
        )
        return api.handle(method, path, query, _DEMO_AUTH if headers is None else headers, body)

    return _call


def _create_body(**media: Any) -> dict[str, Any]:
    return {"playbackSettings": {"accessPolicy": "public"}, "inputMediaSettings": media}


@pytest.fixture
def create(call: Call) -> Callable[..., dict[str, Any]]:
    """Create a stream (inputMediaSettings from kwargs) and return its data object."""

    def _create(**media: Any) -> dict[str, Any]:
        response = call("POST", "/v1/live/streams", _create_body(**media))
        assert response.status == 201, response.body
        return response.json()["data"]

    return _create


@pytest.fixture
def running(api: SandboxApi) -> Iterator[RunningSandbox]:
    with start_server_in_thread(api) as server:
        yield server


@pytest.fixture(params=["mock", "socket"])
def client(request: pytest.FixtureRequest, api: SandboxApi) -> Iterator[httpx.Client]:
    """A sync httpx client reaching ``api`` in-process (MockTransport) or over a real socket."""
    auth = httpx.BasicAuth(DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY)
    if request.param == "mock":
        with httpx.Client(
            transport=api.mock_transport(), base_url="http://sandbox/v1", auth=auth, timeout=5
        ) as mock_client:
            yield mock_client
        return
    with (
        start_server_in_thread(api) as server,
        httpx.Client(base_url=server.url, auth=auth, timeout=5) as socket_client,
    ):
        yield socket_client
