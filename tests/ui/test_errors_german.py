"""A German window says what went wrong in German, on every error path a test can reach: each
FastPix failure of a create, OBS not answering or refusing the password, and no keyring. The
core keeps English (logs, the CLI); the window translates at display time (ui/i18n.py)."""

from __future__ import annotations

import pytest

from fastpix_desktop.core.errors import ObsAuthError
from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.golive.steps import StepId, StepState
from fastpix_desktop.core.obs.connection import ObsConnectionInfo
from fastpix_desktop.core.obs.error_mapping import to_obs_error
from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY, Fault
from fastpix_desktop.sandbox.state import StreamSpec
from tests.ui.conftest import run_pending, wait_running
from tests.ui.credentials.test_credentials import fill, first_run_dialog

CREATE = {"method": "POST", "path_prefix": "/live/streams"}

# What a German streamer reads next to Create, per FastPix failure (its start is enough: the
# rest is the same catalogue entry).
FASTPIX = {
    "401": (
        Fault(status=401, **CREATE),
        "FastPix hat diese Zugangsdaten abgelehnt (401). Prüfen Sie Access-Token-ID",
    ),
    "403": (Fault(status=403, **CREATE), "FastPix hat diese Anfrage abgelehnt (403)."),
    "404": (
        Fault(status=404, **CREATE),
        "Unter dieser Adresse gibt es keine FastPix-Live-Stream-API (404: not found). "
        "Prüfen Sie die API-URL",
    ),
    "409": (
        Fault(status=409, **CREATE),
        "FastPix konnte „Stream erstellen“ nicht ausführen (409)",
    ),
    "422": (
        Fault(status=422, **CREATE),
        "FastPix hat die Anfrage „Stream erstellen“ abgelehnt (422)",
    ),
    "429": (
        Fault(status=429, retry_after=20, **CREATE),
        "FastPix erhält zu viele Anfragen von diesem Konto (429). Versuchen Sie es in 20 s erneut.",
    ),
    "500": (
        Fault(status=500, **CREATE),
        "FastPix hat gerade Probleme (500). Möglicherweise wurde der Stream trotzdem angelegt",
    ),
    "503": (Fault(status=503, **CREATE), "FastPix hat gerade Probleme (503)."),
    "timeout": (
        Fault(timeout=True, **CREATE),
        "FastPix hat nicht rechtzeitig geantwortet; der Stream wurde möglicherweise trotzdem",
    ),
}


@pytest.mark.parametrize("name", list(FASTPIX))
def test_german_window_words_each_fastpix_failure_in_german(
    name, language, make_window, stored_credentials, qloop, sandbox
):
    fault, german = FASTPIX[name]
    language("de")
    window = make_window()
    sandbox.inject(fault)
    qloop.run_until_complete(window.start_create())
    run_pending(qloop)
    assert window.message().startswith(german), window.message()
    assert window.checklist.state(StepId.CREATE) is StepState.FAILED
    assert window.error_reporter.dialog is None


@pytest.mark.parametrize(
    ("error", "german"),
    [
        (
            to_obs_error(
                ConnectionRefusedError(), info=ObsConnectionInfo(host="192.0.2.7", port=4455)
            ),
            "OBS: nicht verbunden (Unter 192.0.2.7:4455 antwortet nichts. Prüfen Sie, dass OBS",
        ),
        (
            ObsAuthError(),
            "OBS: nicht verbunden (OBS hat das WebSocket-Passwort abgelehnt.",
        ),
    ],
    ids=["obs-down", "wrong-password"],
)
def test_german_window_words_obs_connection_problems_in_german(
    error, german, language, make_window, stored_credentials, obs
):
    language("de")
    obs.connect_error = error
    window = make_window()
    assert window.obs_status.text().startswith(german), window.obs_status.text()


def test_german_window_without_a_keyring_says_so_in_german(
    language, make_window, no_keyring, qloop, sandbox
):
    language("de")
    window = make_window(
        fastpix=FastPixClient(access_token_id="", secret_key="", transport=sandbox.mock_transport())
    )
    banner = window.keyring_banner.text()
    assert banner.startswith(
        "Kein nutzbarer Schlüsselbund im System, weil auf diesem Computer kein Schlüsselbund "
        "des Systems verfügbar ist."
    ), banner
    dialog = first_run_dialog(window, qloop)
    dialog.reject()
    qloop.run_until_complete(window.start_create())
    assert window.message().startswith("Noch keine FastPix-Zugangsdaten."), window.message()

    dialog = first_run_dialog_again(window, qloop)
    fill(dialog, DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY)
    dialog.save_button.click()
    run_pending(qloop)
    # OBS's destination cannot be saved without a keyring: the question says why, in German.
    task = window.start_create()
    wait_running(qloop, lambda: window.prompt is not None)
    assert window.prompt.objectName() == "noRestorePointPrompt"
    assert window.prompt.text().startswith(
        "Das aktuelle Ziel von OBS kann nicht gesichert werden, weil "
    ), window.prompt.text()
    assert "keyring" not in window.prompt.text()
    window.prompt.reject_button.click()
    qloop.run_until_complete(task)
    qloop.run_until_complete(window.fastpix.aclose())


def first_run_dialog_again(window, qloop):
    window.credentials_panel.open_dialog()
    return first_run_dialog(window, qloop)


def test_german_window_says_why_use_this_stream_cannot_reach_obs(
    language, make_window, stored_credentials, obs, qloop, sandbox
):
    language("de")
    obs.connect_error = ObsAuthError()
    window = make_window()
    stream = sandbox.state.create_stream(StreamSpec())
    task = window.library_panel.start_use(stream.stream_id)
    assert task is not None
    qloop.run_until_complete(task)
    assert window.message().startswith(
        "OBS ist nicht verbunden (OBS hat das WebSocket-Passwort abgelehnt."
    ), window.message()
    assert window.message().endswith("Verbinden Sie es zuerst.")
