"""Demo mode's log lines must not read like calls to the real FastPix API."""

from __future__ import annotations

import logging

from fastpix_desktop.ui.window.app import demo_client


def test_demo_requests_never_name_the_real_api(qloop, caplog):
    client = demo_client(latency_ms=0)
    with caplog.at_level(logging.DEBUG):
        qloop.run_until_complete(client.verify_credentials())
    qloop.run_until_complete(client.aclose())
    lines = [r.getMessage() for r in caplog.records]
    assert any("HTTP Request" in line for line in lines)  # httpx still logs each request
    assert not [line for line in lines if "api.fastpix.com" in line]
    assert client.base_url.endswith(".invalid/v1")
