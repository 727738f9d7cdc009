"""The window's Create step fails on the overall deadline by itself, without waiting for Cancel."""

from __future__ import annotations

import time

from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.golive.use_cases import StepId, StepState
from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY, Fault


def test_an_endless_create_answer_fails_the_step_plainly(
    make_window, stored_credentials, qloop, sandbox
) -> None:
    client = FastPixClient(
        access_token_id=DEMO_ACCESS_TOKEN_ID,
        secret_key=DEMO_SECRET_KEY,
        transport=sandbox.mock_transport(),
        deadline=0.5,
    )
    window = make_window(fastpix=client)
    sandbox.inject(Fault(endless=True, method="POST"))
    started = time.monotonic()
    task = window.start_create()
    assert task is not None
    qloop.run_until_complete(task)
    assert time.monotonic() - started < 5  # no Cancel needed
    assert window.checklist.state(StepId.CREATE) is StepState.FAILED
    assert "did not answer in time" in window.checklist.detail(StepId.CREATE)
    assert "will show in Your streams" in window.message()
    assert not window.busy
    qloop.run_until_complete(client.aclose())
