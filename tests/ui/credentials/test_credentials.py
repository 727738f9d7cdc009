"""First run, credential changes and the no-keyring path: secrets go to the keyring only."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6

from fastpix_desktop.core import secrets as names
from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY
from fastpix_desktop.ui.credentials.dialog import CredentialsDialog
from fastpix_desktop.ui.window.app import demo_client
from tests.ui.conftest import run_pending, wait_running


@pytest.fixture
def empty_client(sandbox, qloop):
    client = FastPixClient(access_token_id="", secret_key="", transport=sandbox.mock_transport())
    yield client
    qloop.run_until_complete(client.aclose())


def first_run_dialog(window, qloop) -> CredentialsDialog:
    run_pending(qloop)
    dialog = window.findChild(CredentialsDialog, "credentialsDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def closed(widget) -> bool:
    """Closed dialogs delete themselves (deleteLater), so the C++ object may be gone."""
    return not shiboken6.isValid(widget) or not widget.isVisible()


def fill(dialog: CredentialsDialog, token: str, secret: str) -> None:
    dialog.token_id_edit.setText(token)
    dialog.secret_key_field.edit.setText(secret)


def test_first_run_saves_to_keyring_after_checking(
    make_window, empty_client, qloop, memory_keyring, app_settings, sandbox, tmp_path
):
    window = make_window(fastpix=empty_client)
    dialog = first_run_dialog(window, qloop)
    assert not window.credentials_banner.isHidden()
    assert dialog.demo_button is None  # no demo factory given to this window
    fill(dialog, DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY)
    dialog.save_button.click()
    run_pending(qloop)

    assert memory_keyring.passwords[(names.SERVICE, names.FASTPIX_TOKEN_ID)] == (
        DEMO_ACCESS_TOKEN_ID
    )
    assert memory_keyring.passwords[(names.SERVICE, names.FASTPIX_SECRET_KEY)] == DEMO_SECRET_KEY
    assert closed(dialog)
    assert window.credentials_banner.isHidden()
    qloop.run_until_complete(window.start_create())
    assert len(sandbox.streams) == 1
    # Settings were written, and no file anywhere under the test's directory holds the secret.
    app_settings.sync()
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert Path(app_settings.qsettings.fileName()) in files
    assert not [p for p in files if DEMO_SECRET_KEY.encode() in p.read_bytes()]


def test_rejected_credentials_are_not_stored(make_window, empty_client, qloop, memory_keyring):
    window = make_window(fastpix=empty_client)
    dialog = first_run_dialog(window, qloop)
    fill(dialog, DEMO_ACCESS_TOKEN_ID, "wrong-secret")
    dialog.save_button.click()
    run_pending(qloop)
    assert dialog.isVisible()
    assert "Check the Access Token ID and Secret Key" in dialog.status_label.text()
    assert dialog.save_button.isEnabled()
    assert memory_keyring.passwords == {}


def test_try_demo_mode(make_window, empty_client, qloop, sandbox):
    window = make_window(
        fastpix=empty_client, demo_client_factory=lambda: demo_client(latency_ms=0)
    )
    dialog = first_run_dialog(window, qloop)
    assert dialog.demo_button is not None
    dialog.demo_button.click()
    run_pending(qloop)
    assert window.demo and not window.demo_badge.isHidden()
    assert window.fastpix is not empty_client
    assert window.credentials_banner.isHidden()
    qloop.run_until_complete(window.start_create())
    assert window.message() == "Stream created."
    assert len(sandbox.streams) == 0  # created in the demo sandbox, not the test one
    qloop.run_until_complete(window.fastpix.aclose())


def test_demo_mode_skips_the_dialog_and_shows_the_badge(make_window, qloop):
    window = make_window(fastpix=demo_client(latency_ms=0), demo=True)
    run_pending(qloop)
    assert window.findChild(CredentialsDialog) is None
    assert window.demo_badge.isVisible()
    assert "demo" in window.windowTitle()
    qloop.run_until_complete(window.fastpix.aclose())


def test_change_and_remove_credentials_from_the_menu(window, qloop, memory_keyring):
    window.credentials_panel.credentials_action.trigger()
    run_pending(qloop)
    dialog = window.findChild(CredentialsDialog, "credentialsDialog")
    assert dialog.token_id_edit.text() == DEMO_ACCESS_TOKEN_ID  # prefilled, secret is not
    assert dialog.secret_key_field.value() == ""
    dialog.reject()

    task = window.credentials_panel.start_remove()
    run_pending(qloop)
    window.prompt.accept_button.click()
    qloop.run_until_complete(task)
    assert memory_keyring.passwords == {}
    assert not window.credentials_banner.isHidden()
    qloop.run_until_complete(window.start_create())
    assert "No FastPix credentials" in window.message()


def test_no_keyring_banner_and_session_only_secrets(make_window, no_keyring, qloop, sandbox):
    window = make_window(
        fastpix=FastPixClient(access_token_id="", secret_key="", transport=sandbox.mock_transport())
    )
    assert window.secrets.session_only
    assert window.keyring_banner.isVisible()
    assert "session only" in window.keyring_banner.text()
    assert "no system keyring" in window.keyring_banner.text()

    dialog = first_run_dialog(window, qloop)
    fill(dialog, DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY)
    dialog.save_button.click()
    run_pending(qloop)
    assert closed(dialog)
    # Kept in memory for this run: the flow still works end to end.
    assert qloop.run_until_complete(window.secrets.get(names.FASTPIX_SECRET_KEY)) == (
        DEMO_SECRET_KEY
    )
    task = window.start_create()
    # No keyring, so OBS's destination cannot be saved: the window asks first (default No).
    wait_running(qloop, lambda: window.prompt is not None)
    assert window.prompt.objectName() == "noRestorePointPrompt"
    window.prompt.reject_button.click()
    qloop.run_until_complete(task)
    assert len(sandbox.streams) == 1
    qloop.run_until_complete(window.fastpix.aclose())
