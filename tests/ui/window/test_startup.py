"""Start-up: the window is never held up by the keyring, OBS gets its stored password at start,
and the stored FastPix credentials are checked in the background before any click."""

from __future__ import annotations

import httpx
import pytest

from fastpix_desktop.core import secrets as names
from fastpix_desktop.core.errors import FastPixAuthError
from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY, Fault
from fastpix_desktop.ui.credentials.dialog import CredentialsDialog
from fastpix_desktop.ui.widgets.error_dialog import ErrorDialog
from tests.ui.conftest import list_requests, run_pending

LIST_STREAMS = {"method": "GET", "path_prefix": "/live/streams"}


def store(memory_keyring, name: str, value: str) -> None:
    memory_keyring.set_password(names.SERVICE, name, value)


def test_wrong_stored_credentials_are_reported_before_any_click(
    make_window, memory_keyring, sandbox
):
    store(memory_keyring, names.FASTPIX_TOKEN_ID, DEMO_ACCESS_TOKEN_ID)
    store(memory_keyring, names.FASTPIX_SECRET_KEY, "revoked-secret")
    window = make_window()

    expected = str(FastPixAuthError(status=401))
    assert window.credentials_banner.isVisible()
    assert expected in window.credentials_banner.text()
    assert "Settings → FastPix credentials" in window.credentials_banner.text()
    assert window.findChild(CredentialsDialog) is None  # credentials exist: no first-run dialog
    assert sandbox.streams == {}  # a check, not a create


@pytest.mark.parametrize(
    "fault", [Fault(drop=True, **LIST_STREAMS), Fault(status=503, **LIST_STREAMS)], ids=str
)
def test_fastpix_unreachable_at_start_does_not_nag(make_window, stored_credentials, sandbox, fault):
    sandbox.inject(fault)
    window = make_window()

    assert window.credentials_banner.isHidden()
    assert window.message() == ""
    assert window.findChild(ErrorDialog) is None
    assert sandbox.take_fault("GET", "/live/streams") is None  # the check did meet the fault


def test_good_credentials_leave_the_window_quiet_and_the_click_works(window, qloop, sandbox):
    assert window.credentials_banner.isHidden()
    assert window.message() == ""
    qloop.run_until_complete(window.start_create())
    assert window.message() == "Stream created."
    assert len(sandbox.streams) == 1


def test_saving_new_credentials_discards_the_pending_check(
    make_window, memory_keyring, sandbox, qloop
):
    """A slow check of the old, wrong credentials must not paint a banner over new good ones."""
    store(memory_keyring, names.FASTPIX_TOKEN_ID, DEMO_ACCESS_TOKEN_ID)
    store(memory_keyring, names.FASTPIX_SECRET_KEY, "revoked-secret")
    sandbox.inject(Fault(status=401, delay_s=0.3, **LIST_STREAMS))
    window = make_window()
    assert window.credentials_panel.check is not None and not window.credentials_panel.check.done()

    window.credentials_panel.credentials_action.trigger()
    run_pending(qloop)
    dialog = window.findChild(CredentialsDialog, "credentialsDialog")
    dialog.token_id_edit.setText(DEMO_ACCESS_TOKEN_ID)
    dialog.secret_key_field.edit.setText(DEMO_SECRET_KEY)
    dialog.save_button.click()
    run_pending(qloop, rounds=40)

    assert window.credentials_banner.isHidden()
    assert window.message() == "FastPix credentials saved."


def test_start_up_work_waits_for_the_first_frame(qloop, qapp):
    # app._gui_main awaits first_frame before window.start(): the keyring and HTTP threads
    # would otherwise compete with the first paint for the GIL.
    from PySide6.QtWidgets import QMainWindow

    from fastpix_desktop.ui.window.app import first_frame

    window = QMainWindow()
    window.resize(400, 300)
    order: list[str] = []
    painted = []

    original = window.paintEvent

    def paint(event):
        painted.append(True)
        original(event)

    window.paintEvent = paint  # type: ignore[method-assign]

    async def main():
        window.show()
        await first_frame(window, timeout_s=5.0)
        order.append("painted" if painted else "not painted")

    qloop.run_until_complete(main())
    window.close()
    assert order == ["painted"]


def test_a_window_that_never_paints_does_not_hold_start_up(qloop):
    from PySide6.QtWidgets import QMainWindow

    from fastpix_desktop.ui.window.app import first_frame

    window = QMainWindow()  # never shown: no paint comes
    qloop.run_until_complete(first_frame(window, timeout_s=0.05))


def test_the_start_up_check_is_sent_once_and_answers_the_banner(
    make_window, memory_keyring, sandbox, monkeypatch
):
    # The app sends the check before the panels exist (core.startup.early_check); the credentials
    # panel adopts that one instead of sending a second.
    checks = list_requests(sandbox, monkeypatch, limit="1")
    store(memory_keyring, names.FASTPIX_TOKEN_ID, DEMO_ACCESS_TOKEN_ID)
    store(memory_keyring, names.FASTPIX_SECRET_KEY, "revoked-secret")
    window = make_window()

    assert len(checks) == 1
    assert window.credentials_banner.isVisible()
    assert str(FastPixAuthError(status=401)) in window.credentials_banner.text()


def test_an_early_check_for_other_credentials_is_dropped_and_the_loaded_ones_checked(
    make_window, memory_keyring, sandbox, monkeypatch, qloop
):
    from fastpix_desktop.core.startup import early_check

    store(memory_keyring, names.FASTPIX_TOKEN_ID, DEMO_ACCESS_TOKEN_ID)
    store(memory_keyring, names.FASTPIX_SECRET_KEY, DEMO_SECRET_KEY)
    window = make_window(start=False)
    # As if the keyring changed between the app's early check and the panel's own read.
    begun = qloop.run_until_complete(
        early_check.begin(window.fastpix, window.secrets, window.services.config, demo=False)
    )
    assert begun.check is not None
    store(memory_keyring, names.FASTPIX_SECRET_KEY, "revoked-secret")
    checks = list_requests(sandbox, monkeypatch, limit="1")
    qloop.run_until_complete(window.start(begun=begun))
    run_pending(qloop)

    revoked = httpx.BasicAuth(DEMO_ACCESS_TOKEN_ID, "revoked-secret")
    revoked_header = next(revoked.auth_flow(httpx.Request("GET", "/"))).headers["authorization"]
    assert checks[-1][1] == revoked_header
    # The early "fine" for the old pair says nothing about the loaded one, which FastPix refused.
    assert window.credentials_banner.isVisible()


def test_a_slow_keyring_at_start_is_read_by_the_panels_once_it_answers(
    make_window, memory_keyring, sandbox, monkeypatch, qloop
):
    import threading

    from fastpix_desktop.core.startup import early_check

    store(memory_keyring, names.FASTPIX_TOKEN_ID, DEMO_ACCESS_TOKEN_ID)
    store(memory_keyring, names.FASTPIX_SECRET_KEY, "revoked-secret")
    answer = threading.Event()
    real_get = memory_keyring.get_password

    def slow_get(service, username):  # a keyring waiting on its unlock prompt
        answer.wait(10)
        return real_get(service, username)

    monkeypatch.setattr(memory_keyring, "get_password", slow_get)
    checks = list_requests(sandbox, monkeypatch, limit="1")
    window = make_window(start=False)
    begun = qloop.run_until_complete(
        early_check.begin(
            window.fastpix, window.secrets, window.services.config, demo=False, keyring_wait_s=0.05
        )
    )
    assert begun.check is None and checks == []  # not waited for: the panels get built

    answer.set()
    qloop.run_until_complete(window.start(begun=begun))
    run_pending(qloop)

    assert len(checks) == 1  # the panel's own check, once the keyring answered
    assert window.credentials_banner.isVisible()
    assert str(FastPixAuthError(status=401)) in window.credentials_banner.text()
