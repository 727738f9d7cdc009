"""Every failure ends as plain words next to the action (or under a field), never a traceback;
unexpected exceptions, including inside @asyncSlot, go to the one redacted error dialog."""

from __future__ import annotations

import asyncio
import sys
import threading

import pytest
from PySide6.QtCore import QObject, Signal

from fastpix_desktop.core.errors import (
    CredentialsMissingError,
    FastPixAuthError,
    FastPixBadResponseError,
    FastPixError,
    FastPixNetworkError,
    FastPixNotFoundError,
    FastPixRateLimitError,
    FastPixServerError,
    FastPixTimeoutError,
    FastPixValidationError,
)
from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.golive.use_cases import StepId, StepState
from fastpix_desktop.core.redact import register_secret
from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY, Fault, SandboxApi
from fastpix_desktop.ui.operations import UNEXPECTED
from fastpix_desktop.ui.widgets.error_dialog import ErrorDialog, install_excepthook
from tests.ui.conftest import run_pending

CREATE = {"method": "POST", "path_prefix": "/live/streams"}
FIELDS_422 = {
    "success": False,
    "error": {
        "code": 422,
        "message": "payload validation failed",
        "fields": [{"field": "reconnectWindow", "message": "must be at least 60 (API)"}],
    },
}

FAULTS = {
    "401": (Fault(status=401, **CREATE), FastPixAuthError),
    "403": (Fault(status=403, **CREATE), FastPixAuthError),
    "404": (Fault(status=404, **CREATE), FastPixNotFoundError),
    "429": (Fault(status=429, retry_after=20, **CREATE), FastPixRateLimitError),
    "500": (Fault(status=500, **CREATE), FastPixServerError),
    "503": (Fault(status=503, **CREATE), FastPixServerError),
    "timeout": (Fault(timeout=True, **CREATE), FastPixTimeoutError),
    "malformed-json": (
        Fault(status=201, raw=b'{"success": tru', **CREATE),
        FastPixBadResponseError,
    ),
    "html-page": (Fault(status=502, raw=b"<html>Bad gateway</html>", **CREATE), FastPixError),
    "network": (Fault(drop=True, **CREATE), FastPixNetworkError),
}


def expected_error(qloop, fault: Fault) -> FastPixError:
    """What FastPixClient raises for this fault, from an independent client and sandbox."""
    api = SandboxApi(seed=1)
    api.inject(fault)
    client = FastPixClient(
        access_token_id=DEMO_ACCESS_TOKEN_ID,
        secret_key=DEMO_SECRET_KEY,
        transport=api.mock_transport(),
    )
    from fastpix_desktop.core.models import StreamSettings

    try:
        qloop.run_until_complete(client.create_stream(StreamSettings()))
    except FastPixError as exc:
        return exc
    finally:
        qloop.run_until_complete(client.aclose())
    raise AssertionError("the fault did not fail the request")


@pytest.mark.parametrize("name", list(FAULTS))
def test_fastpix_failure_is_shown_in_plain_words(name, window, qloop, sandbox, obs):
    fault, kind = FAULTS[name]
    expected = expected_error(qloop, fault)
    assert isinstance(expected, kind)
    sandbox.inject(fault)

    qloop.run_until_complete(window.start_create())

    assert window.message() == str(expected)
    assert "Traceback" not in window.message()
    assert window.checklist.state(StepId.CREATE) is StepState.FAILED
    assert window.checklist.detail(StepId.CREATE) == str(expected)
    assert window.checklist.state(StepId.OBS_CHECK) is StepState.SKIPPED
    assert obs.services_set == []  # nothing changed in OBS
    assert window.error_reporter.dialog is None  # no crash dialog for expected failures
    assert window.create_button.isEnabled()
    assert len(sandbox.streams) == 0


def test_422_field_messages_land_on_the_form_fields(window, qloop, sandbox):
    sandbox.inject(Fault(status=422, body=FIELDS_422, **CREATE))
    qloop.run_until_complete(window.start_create())
    assert window.form.field_error("reconnect") == "Must be at least 60 (API)"
    assert "see the messages under the fields" in window.message()


def test_422_unknown_field_is_shown_next_to_the_action(window, qloop, sandbox):
    body = {
        "success": False,
        "error": {"code": 422, "message": "x", "fields": [{"field": "foo.bar", "message": "no"}]},
    }
    fault = Fault(status=422, body=body, **CREATE)
    expected = expected_error(qloop, fault)
    sandbox.inject(fault)
    qloop.run_until_complete(window.start_create())
    assert window.message() == str(expected)
    assert "foo.bar" in window.message()
    assert all(window.form.field_error(f) == "" for f in ("reconnect", "metadata", "name"))


def test_local_validation_error_from_core_maps_to_fields(window, qloop, monkeypatch):
    async def reject(settings):
        raise FastPixValidationError(fields={"inputMediaSettings.maxResolution": "not allowed"})

    monkeypatch.setattr(window.fastpix, "create_stream", reject)
    qloop.run_until_complete(window.start_create())
    assert window.form.field_error("resolution") == "Not allowed"


def test_missing_credentials(make_window, qloop, sandbox):
    client = FastPixClient(access_token_id="", secret_key="", transport=sandbox.mock_transport())
    window = make_window(fastpix=client)  # nothing in the keyring: first-run dialog opens
    run_pending(qloop)
    assert (
        window.credentials_panel.dialog is not None and window.credentials_panel.dialog.isVisible()
    )
    window.credentials_panel.dialog.reject()
    qloop.run_until_complete(window.start_create())
    assert window.message() == str(CredentialsMissingError())
    assert not window.credentials_banner.isHidden()
    assert len(sandbox.streams) == 0
    qloop.run_until_complete(client.aclose())


def test_unexpected_exception_goes_to_one_redacted_dialog(window, qloop, monkeypatch):
    secret = "0123456789abcdef0123456789abcdefk" + "f" * 32
    private = "my-private-value-1234"
    register_secret(private)

    async def broken(settings):
        raise RuntimeError(f"bug while holding {secret} and {private}")

    monkeypatch.setattr(window.fastpix, "create_stream", broken)
    qloop.run_until_complete(window.start_create())
    assert window.message() == UNEXPECTED

    dialog = window.findChild(ErrorDialog, "errorDialog")
    assert dialog is not None and dialog.isVisible()
    assert not dialog.isModal()
    details = dialog.details.toPlainText()
    assert "RuntimeError" in details and "Traceback" in details
    assert secret not in details and private not in details

    qloop.run_until_complete(window.start_create())
    assert len(window.findChildren(ErrorDialog)) == 1
    assert dialog.count == 2
    dialog.copy_button.click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == dialog.details.toPlainText()


def test_async_slot_exception_reaches_the_dialog(window, qloop, monkeypatch, unexpected_errors):
    """qasync's @asyncSlot sends exceptions to sys.excepthook (qasync PR #36)."""
    import qasync

    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    install_excepthook(window.error_reporter)

    class Emitter(QObject):
        # With an argument: qasync 0.28's asyncSlot cannot bind zero-argument signals (its
        # wrapper only tries to bind while args remain) and raises TypeError instead.
        fired = Signal(int)

    emitter = Emitter()

    @qasync.asyncSlot()
    async def failing_slot(_value):
        await asyncio.sleep(0)
        raise ValueError("slot failed with password=hunter2hunter2")

    emitter.fired.connect(failing_slot)
    emitter.fired.emit(1)
    run_pending(qloop)
    dialog = window.error_reporter.dialog
    assert dialog is not None and dialog.isVisible()
    assert "ValueError" in dialog.details.toPlainText()
    assert "hunter2hunter2" not in dialog.details.toPlainText()

    # A worker thread's exception hops to the UI thread and lands in the same dialog.
    thread = threading.Thread(target=lambda: 1 / 0)
    thread.start()
    thread.join()
    run_pending(qloop)
    assert "ZeroDivisionError" in dialog.details.toPlainText()
    assert sys.excepthook is not None
    assert unexpected_errors == []
