"""OBS's own words in a German window: the app's sentence around them is German, OBS's quoted
words stay exactly as OBS sent them and are marked as OBS's ("OBS sagt: „…“")."""

from __future__ import annotations

import pytest
from obsws_python.error import OBSSDKError, OBSSDKRequestError

from fastpix_desktop.core.golive.steps import StepId
from fastpix_desktop.core.obs.connection import ObsConnectionInfo
from fastpix_desktop.core.obs.error_mapping import to_obs_error
from tests.ui.conftest import run_pending

INFO = ObsConnectionInfo("127.0.0.1", 4455, None)
OBS_WORDS = "Failed to create the stream service"
GERMAN = (
    f"OBS hat die Anfrage SetStreamServiceSettings abgelehnt (Code 700). OBS sagt: „{OBS_WORDS}“"
)


def refused():
    return to_obs_error(OBSSDKRequestError("SetStreamServiceSettings", 700, OBS_WORDS), info=INFO)


def test_a_refused_request_reads_german_around_obs_own_words(
    language,
    make_window,
    stored_credentials,
    qloop,
    obs,
):
    language("de")
    obs.fail_on["set_service"] = refused()
    window = make_window()
    qloop.run_until_complete(window.start_create())
    run_pending(qloop)
    assert window.message() == "Stream erstellt, aber OBS wurde nicht eingerichtet."
    assert window.checklist.detail(StepId.PUSH) == GERMAN
    assert window.details.obs_result_label.text() == GERMAN


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("en", f"OBS refused the request GetStreamStatus (code 700). OBS says: “{OBS_WORDS}”"),
        ("es", f"OBS rechazó la solicitud GetStreamStatus (código 700). OBS dice: «{OBS_WORDS}»"),
    ],
)
def test_the_quoted_words_are_kept_in_every_language(language, qapp, lang, expected):
    from fastpix_desktop.ui.i18n import error_text

    language(lang)
    error = to_obs_error(OBSSDKRequestError("GetStreamStatus", 700, OBS_WORDS), info=INFO)
    assert str(error) == (
        f"OBS refused the request GetStreamStatus (code 700). OBS says: “{OBS_WORDS}”"
    )  # the CLI and the logs stay English
    assert error_text(error) == expected


def test_obs_status_line_is_german_with_the_librarys_words_quoted(
    language,
    make_window,
    stored_credentials,
    obs,
):
    language("de")
    obs.connect_error = to_obs_error(OBSSDKError("unexpected frame"), info=INFO)
    window = make_window()
    window.show()
    text = window.obs_status.text()
    assert "Die WebSocket-Verbindung zu OBS ist fehlgeschlagen." in text
    assert "„unexpected frame“" in text


def test_a_request_without_obs_words_says_so_plainly(language, qapp):
    from fastpix_desktop.ui.i18n import error_text

    language("de")
    error = to_obs_error(OBSSDKRequestError("StartStream", 700, None), info=INFO)
    assert error_text(error) == "OBS hat die Anfrage StartStream abgelehnt (Code 700)."
    assert error.code == 700


def test_a_stop_that_failed_reads_german_on_the_on_air_banner(language, qapp, qloop):
    """The watchdog stops OBS (the stream was deleted) and OBS's stop fails: the banner's
    sentence, the reason and OBS's error are all in German."""
    from fastpix_desktop.core.errors import ObsTimeoutError
    from fastpix_desktop.core.models import StreamStatus
    from fastpix_desktop.ui.i18n import onair_text
    from tests.onair.fakes import FakeClock, OnAirObs
    from tests.onair.test_broadcast_model import A, Library, go_live, model, pointing_at

    language("de")
    clock, fastpix = FakeClock(), Library(A)
    obs = OnAirObs(service=pointing_at(A))
    monitor, _ = model(obs, fastpix, clock)
    fastpix.set(A, StreamStatus.ACTIVE)
    qloop.run_until_complete(go_live(obs, monitor, clock, 2))
    obs.fail_on["stop_streaming_and_wait"] = ObsTimeoutError()
    del fastpix.streams[A.stream_id]
    clock.advance(5)
    qloop.run_until_complete(monitor.poll_once())
    reason = monitor.snapshot().stopped_reason
    assert "Stopping OBS failed: OBS did not answer in time." in reason  # the core's English
    shown = onair_text(reason)
    assert "OBS konnte nicht gestoppt werden: " in shown
    assert "Stopping OBS failed" not in shown and "did not answer" not in shown
