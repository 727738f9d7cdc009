"""Cancelling the first-run dialog after FastPix rejected a pair: nothing of it stays."""

from __future__ import annotations

import httpx
import pytest

from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, SandboxTransport
from fastpix_desktop.ui.credentials.dialog import CredentialsDialog
from tests.ui.conftest import run_pending


class CountingTransport(SandboxTransport):
    """The sandbox, counting the requests that reach it."""

    def __init__(self, api) -> None:
        super().__init__(api)
        self.requests: list[str] = []

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(f"{request.method} {request.url.path}")
        return await super().handle_async_request(request)


@pytest.fixture
def counted(sandbox, qloop):
    transport = CountingTransport(sandbox)
    client = FastPixClient(access_token_id="", secret_key="", transport=transport)
    yield client, transport
    qloop.run_until_complete(client.aclose())


def open_dialog(qloop, window) -> CredentialsDialog:
    run_pending(qloop)
    dialog = window.findChild(CredentialsDialog, "credentialsDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_cancel_after_a_rejected_pair_sends_nothing_on_create(
    make_window, counted, qloop, memory_keyring, sandbox
):
    client, transport = counted
    window = make_window(fastpix=client)
    dialog = open_dialog(qloop, window)
    dialog.token_id_edit.setText(DEMO_ACCESS_TOKEN_ID)
    dialog.secret_key_field.edit.setText("wrong-secret")
    dialog.save_button.click()
    run_pending(qloop)
    assert "Check the Access Token ID and Secret Key" in dialog.status_label.text()
    assert transport.requests  # the check did go out
    dialog.reject()
    run_pending(qloop)
    transport.requests.clear()

    qloop.run_until_complete(window.start_create())
    run_pending(qloop)
    assert window.message().startswith("No FastPix credentials yet")
    assert transport.requests == []
    assert len(sandbox.streams) == 0
    assert memory_keyring.passwords == {}


def test_cancel_while_fastpix_is_checking_keeps_nothing(
    make_window, counted, qloop, memory_keyring, sandbox
):
    client, transport = counted
    window = make_window(fastpix=client)
    dialog = open_dialog(qloop, window)
    sandbox.latency_ms = 500  # the check is still under way when the user cancels
    dialog.token_id_edit.setText(DEMO_ACCESS_TOKEN_ID)
    dialog.secret_key_field.edit.setText("a-pair-never-checked")
    dialog.save_button.click()
    run_pending(qloop, rounds=2)
    dialog.reject()
    run_pending(qloop, rounds=10)
    sandbox.latency_ms = 0
    transport.requests.clear()
    qloop.run_until_complete(window.start_create())
    assert window.message().startswith("No FastPix credentials yet")
    assert transport.requests == []
    assert memory_keyring.passwords == {}
