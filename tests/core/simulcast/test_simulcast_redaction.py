"""A simulcast target's key (a Twitch or YouTube secret FastPix returns in clear) never reaches a
log record, a crash report or an error message, on success and on the failure paths."""

from __future__ import annotations

import logging
import sys

import pytest

from fastpix_desktop.core.errors import FastPixRequestError
from fastpix_desktop.core.redact import RedactingFilter
from fastpix_desktop.core.simulcast import use_cases as simulcast
from fastpix_desktop.sandbox import Fault, SandboxApi
from tests.doubles import sandbox_client

KEY = "live_1012464221_DuM8W004MoZYNxQEZ0czODgfHCFBhk"
OTHER_KEY = "sk_us-west-2_q8Fz3LmN0pR7tV1wX4yB6dE9"


@pytest.fixture
def api() -> SandboxApi:
    return SandboxApi(seed=5)


@pytest.fixture
async def client(api):
    async with sandbox_client(
        api.mock_transport(), base_url="http://sandbox.test/v1", get_retries=0
    ) as fastpix:
        yield fastpix


def _all_text(records: list[logging.LogRecord]) -> str:
    formatter = logging.Formatter()
    return "\n".join(formatter.format(r) for r in records)


async def test_no_log_record_carries_a_target_key(api, client, caplog):
    stream_id = api.state.create_stream().stream_id
    # A key FastPix already holds (added elsewhere) is learned only from a list answer.
    api.state.add_simulcast(stream_id, "rtmps://a.rtmps.youtube.com:443/live2", OTHER_KEY, {})
    caplog.set_level(logging.DEBUG)  # everything: httpx, httpcore, the client, the sandbox

    listing = await simulcast.list_targets(client, stream_id)
    target = await simulcast.add_target(
        client, stream_id, url="rtmp://live.twitch.tv/app", stream_key=KEY, name="Twitch"
    )
    logging.getLogger("fastpix_desktop.test").info("added %r to %r", target, listing)
    await simulcast.set_target_enabled(client, stream_id, target.simulcast_id, False)
    await simulcast.remove_target(client, stream_id, target.simulcast_id)

    text = _all_text(caplog.records)
    assert "simulcast" in text  # the requests were logged, so the check below means something
    assert KEY not in text and OTHER_KEY not in text


async def test_a_refusal_that_echoes_the_key_is_masked(api, client, caplog):
    stream_id = api.state.create_stream().stream_id
    echo = {"success": False, "error": {"code": 400, "message": f"bad key {KEY} for target"}}
    api.inject(Fault(status=400, method="POST", body=echo))
    caplog.set_level(logging.DEBUG)
    caplog.handler.addFilter(RedactingFilter())

    with pytest.raises(FastPixRequestError) as refused:
        await simulcast.add_target(
            client, stream_id, url="rtmp://live.twitch.tv/app", stream_key=KEY
        )
    logging.getLogger("fastpix_desktop.test").exception("add failed", exc_info=refused.value)

    assert "bad key" in str(refused.value)
    assert KEY not in str(refused.value)
    assert KEY not in _all_text(caplog.records)


async def test_a_crash_report_never_shows_a_target_key(api, client):
    from fastpix_desktop.ui.widgets.error_dialog import error_details

    stream_id = api.state.create_stream().stream_id
    target = await client.create_simulcast(
        stream_id, url="rtmp://live.twitch.tv/app", stream_key=KEY
    )
    try:  # a bug that puts the key into an exception and its traceback locals
        raise RuntimeError(f"relay failed for {target!r} via {target.url}/{target.stream_key}")
    except RuntimeError:
        report = error_details(*sys.exc_info())

    assert "relay failed" in report and "Traceback" in report
    assert KEY not in report
