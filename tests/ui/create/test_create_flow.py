"""The whole Create & configure OBS flow against the sandbox (MockTransport) and a fake OBS."""

from __future__ import annotations

from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from fastpix_desktop.core.errors import (
    ObsAuthError,
    ObsDisconnectedError,
    ObsNotRunningError,
    ObsRequestError,
    ObsServerDisabledError,
    ObsStreamStartError,
    ObsTimeoutError,
)
from fastpix_desktop.core.fastpix.ingest import (
    DEFAULT_RTMPS_SERVER,
    DEFAULT_SRT_SERVER,
    playback_url,
)
from fastpix_desktop.core.golive.use_cases import StepId, StepState
from fastpix_desktop.core.models import Protocol
from fastpix_desktop.core.restore import point as restore_point
from fastpix_desktop.ui.widgets.secret_field import CopyField, SecretField
from tests.doubles.obs import PREVIOUS_SERVICE
from tests.ui.conftest import run_pending, wait_running


def field(window, name, kind=CopyField):
    widget = window.findChild(kind, name)
    assert widget is not None, f"no {name}"
    return widget


def only_stream(sandbox):
    assert len(sandbox.streams) == 1
    return next(iter(sandbox.streams.values()))


def test_create_and_configure_rtmps(window, qloop, sandbox, obs, memory_keyring):
    assert window.create_button.text().replace("&&", "&") == "Create & configure OBS"
    window.form.name_edit.setText("Friday stream")
    task = window.start_create()
    assert task is not None
    qloop.run_until_complete(task)

    record = only_stream(sandbox)
    assert record.metadata == {"livestream_name": "Friday stream"}
    for step in (StepId.CREATE, StepId.OBS_CHECK, StepId.SNAPSHOT, StepId.PUSH, StepId.VERIFY):
        assert window.checklist.state(step) is StepState.DONE, step
    assert StepId.START not in window.checklist.steps()

    assert field(window, "streamIdField").value() == record.stream_id
    key = field(window, "streamKeyField", SecretField)
    assert key.value() == record.stream_key
    assert record.stream_key not in key.displayed_text()
    assert field(window, "serverUrlField").value() == DEFAULT_RTMPS_SERVER
    pid = record.playback_ids[0].id
    assert field(window, "playbackUrlField").value() == playback_url(pid)
    assert not window.findChild(QLabel, "playbackQr").pixmap().isNull()
    assert window.findChild(QLabel, "statusLabel").text().startswith("idle")

    # OBS got the full rtmp_custom object and the previous destination went to the keyring.
    assert obs.service.service_type == "rtmp_custom"
    assert obs.service.settings["key"] == record.stream_key
    assert obs.service.settings["use_auth"] is False
    profile = obs.profile
    snapshot = memory_keyring.passwords[("fastpix-desktop", restore_point.entry_name(profile))]
    assert PREVIOUS_SERVICE.settings["key"] in snapshot
    assert "OBS now points at this stream" in window.details.obs_result_label.text()
    assert window.details.retry_obs_button.isHidden()
    assert window.message() == "Stream created."


def test_create_srt_shows_passphrase_and_one_line_url(window, qloop, sandbox, obs):
    window.form.protocol_combo.setCurrentIndex(window.form.protocol_combo.findData("srt"))
    qloop.run_until_complete(window.start_create())

    record = only_stream(sandbox)
    assert field(window, "serverUrlField").value() == DEFAULT_SRT_SERVER
    assert field(window, "srtStreamIdField").value() == record.stream_id
    passphrase = field(window, "srtPassphraseField", SecretField)
    assert passphrase.value() == record.srt_secret
    assert record.srt_secret not in passphrase.displayed_text()
    one_line = field(window, "srtUrlField", SecretField).value()
    assert one_line == (
        f"{DEFAULT_SRT_SERVER}?streamid={record.stream_id}&passphrase={record.srt_secret}"
    )
    assert window.findChild(SecretField, "streamKeyField") is None
    assert obs.service.settings == {
        "server": DEFAULT_SRT_SERVER,
        "key": record.stream_id,
        "use_auth": True,
        "username": "",
        "password": record.srt_secret,
    }


def test_without_obs_button_says_create_stream_and_offers_retry(
    make_window, stored_credentials, qloop, sandbox, obs
):
    obs.connect_error = ObsRequestError("OBS is not running (test).")
    window = make_window()
    assert window.create_button.text() == "Create stream"
    assert window.obs_status.text() == "OBS: not connected (OBS is not running (test))"

    qloop.run_until_complete(window.start_create())
    assert window.checklist.steps() == [StepId.CREATE]
    assert len(sandbox.streams) == 1
    assert not window.details.retry_obs_button.isHidden()
    assert "not connected" in window.details.obs_result_label.text()

    # OBS comes back: Retry OBS configures the same stream and creates nothing new.
    obs.connect_error = None
    qloop.run_until_complete(window.create_panel.start_retry_obs())
    assert len(sandbox.streams) == 1
    assert obs.service.settings["key"] == only_stream(sandbox).stream_key
    assert window.details.retry_obs_button.isHidden()
    assert window.create_button.text().replace("&&", "&") == "Create & configure OBS"


def test_obs_failure_keeps_the_stream_and_retry_finishes(window, qloop, sandbox, obs):
    obs.fail_on["set_service"] = ObsRequestError("OBS refused the request (code 600).", code=600)
    qloop.run_until_complete(window.start_create())

    record = only_stream(sandbox)
    assert field(window, "streamKeyField", SecretField).value() == record.stream_key
    assert window.checklist.state(StepId.PUSH) is StepState.FAILED
    assert "code 600" in window.checklist.detail(StepId.PUSH)
    assert window.checklist.state(StepId.VERIFY) is StepState.SKIPPED
    assert not window.details.retry_obs_button.isHidden()
    assert "code 600" in window.details.obs_result_label.text()

    del obs.fail_on["set_service"]
    window.details.retry_obs_button.click()
    qloop.run_until_complete(window.runner.job)
    assert len(sandbox.streams) == 1
    assert window.checklist.state(StepId.VERIFY) is StepState.DONE
    assert obs.service.settings["key"] == record.stream_key


def _answer_prompt(window, qloop, *, accept: bool) -> None:
    """Wait for the non-modal stop-live prompt and click one of its buttons."""
    for _ in range(100):
        run_pending(qloop, rounds=1)
        if window.prompt is not None and window.prompt.isVisible():
            break
    prompt = window.findChild(QMessageBox, "stopLivePrompt")
    assert prompt is not None and prompt.isVisible()
    assert prompt.windowModality() == Qt.WindowModality.NonModal
    assert window.cancel_button.isEnabled()  # the window is still usable meanwhile
    (prompt.accept_button if accept else prompt.reject_button).click()


def test_live_obs_asks_before_stopping_and_continues(window, qloop, sandbox, obs):
    obs.live = True
    task = window.start_create()
    _answer_prompt(window, qloop, accept=True)
    qloop.run_until_complete(task)
    assert "stop_streaming_and_wait" in obs.calls
    assert obs.service.settings["key"] == only_stream(sandbox).stream_key
    assert window.checklist.state(StepId.VERIFY) is StepState.DONE


def test_live_obs_cancel_changes_nothing_in_obs(window, qloop, sandbox, obs):
    obs.live = True
    task = window.start_create()
    _answer_prompt(window, qloop, accept=False)
    qloop.run_until_complete(task)
    assert obs.services_set == []
    # The question comes before the create: Cancel creates nothing on FastPix.
    assert sandbox.streams == {}
    assert window.message().startswith("OBS is live right now, so nothing was created")
    assert window.checklist.steps() and StepId.CREATE not in [
        step for step in window.checklist.steps() if window.checklist.state(step) is StepState.DONE
    ]


def test_start_streaming_shows_live_panel_and_stop(
    make_window, stored_credentials, qloop, sandbox, obs
):
    from fastpix_desktop.ui.onair.panel import OnAirOptions
    from tests.onair.fakes import FakeClock

    clock = FakeClock()
    window = make_window(onair=OnAirOptions(clock=clock, channel=lambda: None, poll_s=0.05))
    window.start_check.setChecked(True)
    qloop.run_until_complete(window.start_create())
    assert window.checklist.state(StepId.START) is StepState.DONE
    assert obs.live
    assert window.obs_status.text() == "OBS is live"
    assert not window.onair_panel.live_box.isHidden()
    assert window.live_panel.stop_button.isEnabled()

    # The on-air monitor polls FastPix for the stream status while live.
    sandbox.set_status(only_stream(sandbox).stream_id, "active")
    clock.advance(6)  # FastPix is asked every 5 s
    status = window.findChild(QLabel, "statusLabel")
    wait_running(qloop, lambda: status.text() == "active (live)")

    window.live_panel.stop_button.click()
    wait_running(qloop, lambda: not obs.live and window.onair_panel.live_box.isHidden())
    assert not obs.live
    assert window.onair_panel.live_box.isHidden()
    assert window.obs_status.text() == "Connected to OBS 29.0.2"
    # The green "is live" under the stream is replaced once it stops being true.
    assert "is live" not in window.details.obs_result_label.text()
    assert "stopped streaming" in window.details.obs_result_label.text()


def test_a_failed_start_says_obs_is_configured_and_offers_start(window, qloop, sandbox, obs):
    obs.fail_on["start_streaming_and_wait"] = ObsStreamStartError()
    window.start_check.setChecked(True)
    qloop.run_until_complete(window.start_create())
    record = only_stream(sandbox)
    assert window.checklist.state(StepId.START) is StepState.FAILED
    assert obs.service.settings["key"] == record.stream_key
    assert window.details.obs_result_label.text().startswith(
        "OBS is configured for this stream but could not start streaming"
    )
    assert window.message() != "Stream created."  # no green "created" under a failed start
    assert "could not start streaming" in window.message()
    start = window.obs_panel.start_button
    assert not start.isHidden() and start.isEnabled()
    del obs.fail_on["start_streaming_and_wait"]
    start.click()
    run_pending(qloop)
    assert obs.live and window.obs_status.text() == "OBS is live"
    assert start.isHidden()


def test_the_live_refusal_is_replaced_once_obs_stops(window, qloop, sandbox, obs):
    obs.live = True
    run_pending(qloop, rounds=10)  # the on-air monitor's poll sees OBS live
    task = window.start_create()
    _answer_prompt(window, qloop, accept=False)
    qloop.run_until_complete(task)
    assert window.message().startswith("OBS is live right now")
    qloop.run_until_complete(obs.stop_streaming_and_wait())
    run_pending(qloop)
    assert "live right now" not in window.message()


def test_restore_previous_obs_settings(window, qloop, obs):
    qloop.run_until_complete(window.start_create())
    assert obs.service.service_type == "rtmp_custom"
    qloop.run_until_complete(window.obs_panel.start_restore())
    assert obs.service == PREVIOUS_SERVICE
    assert window.message() == (
        "Restored OBS's own stream destination (rtmp_common, Twitch) in profile 'Untitled'."
    )


def test_settings_are_remembered(make_window, stored_credentials, qloop, app_settings):
    first = make_window()
    first.form.name_edit.setText("Weekly show")
    first.form.protocol_combo.setCurrentIndex(first.form.protocol_combo.findData("srt"))
    first.form.dvr_check.setChecked(True)
    first.form.reconnect_spin.setValue(300)
    qloop.run_until_complete(first.start_create())

    second = make_window(start=False)
    assert second.form.name_edit.text() == "Weekly show"
    assert second.form.protocol() is Protocol.SRT
    assert second.form.settings().enable_dvr
    assert second.form.settings().reconnect_window == 300
    # Only non-secret choices are in the settings file.
    app_settings.sync()
    text = Path(app_settings.qsettings.fileName()).read_text(encoding="utf-8")
    assert "Weekly show" in text
    assert "key" not in text.lower().replace("form/", "")


def test_cancel_while_the_live_prompt_is_open(window, qloop, sandbox, obs):
    obs.live = True
    task = window.start_create()
    for _ in range(100):
        run_pending(qloop, rounds=1)
        if window.prompt is not None and window.prompt.isVisible():
            break
    prompt = window.prompt
    window.cancel_button.click()
    qloop.run_until_complete(task)
    assert not shiboken6.isValid(prompt) or not prompt.isVisible()
    assert obs.services_set == [] and obs.live
    # The live question comes before the create, so a cancel there leaves nothing behind.
    assert sandbox.streams == {}
    assert window.checklist.state(StepId.OBS_CHECK) is StepState.FAILED
    assert window.message() == "Cancelled. Nothing was created and OBS was not changed."


@pytest.mark.parametrize(
    ("failing_call", "error", "failed_step"),
    [
        ("get_service", ObsTimeoutError(), StepId.OBS_CHECK),
        ("set_service", ObsDisconnectedError(), StepId.PUSH),
        ("set_service", ObsRequestError(code=700), StepId.PUSH),
    ],
    ids=["obs-hangs", "obs-killed-midway", "obs-refuses"],
)
def test_every_obs_failure_is_shown_and_the_stream_kept(
    window, qloop, sandbox, obs, failing_call, error, failed_step
):
    obs.fail_on[failing_call] = error
    window.start_check.setChecked(True)
    qloop.run_until_complete(window.start_create())

    record = only_stream(sandbox)
    assert window.checklist.state(failed_step) is StepState.FAILED
    assert window.details.obs_result_label.text() == str(error)
    assert "Traceback" not in window.details.obs_result_label.text()
    # The created stream stays on screen with its key, ready for Retry OBS.
    assert field(window, "streamKeyField", SecretField).value() == record.stream_key
    assert not window.details.retry_obs_button.isHidden()

    del obs.fail_on[failing_call]
    qloop.run_until_complete(window.create_panel.start_retry_obs())
    assert len(sandbox.streams) == 1  # Retry OBS never creates a second stream
    assert obs.service.settings["key"] == record.stream_key
    assert window.details.retry_obs_button.isHidden()


@pytest.mark.parametrize(
    "error", [ObsServerDisabledError(), ObsNotRunningError(), ObsAuthError()], ids=str
)
def test_obs_connection_problems_read_in_plain_words(make_window, stored_credentials, obs, error):
    obs.connect_error = error
    window = make_window()
    assert window.obs_status.text() == f"OBS: not connected ({str(error).rstrip('.')})"
    assert window.create_button.text() == "Create stream"


def test_results_column_keeps_its_width_while_the_results_grow(window, qloop):
    """The column must not jump sideways (nor re-lay out everything) when the checklist and the
    results grow past the visible height and a scrollbar would appear."""
    from PySide6.QtWidgets import QScrollArea

    scroll = window.findChild(QScrollArea, "resultsScroll")
    window.resize(1200, 480)  # a short screen, two columns: the results will not fit
    run_pending(qloop)
    width = scroll.viewport().width()
    qloop.run_until_complete(window.start_create())
    run_pending(qloop)
    assert scroll.widget().height() > scroll.viewport().height()  # it does overflow now
    assert scroll.viewport().width() == width


def test_second_run_starts_from_a_clean_checklist(window, qloop, obs):
    obs.fail_on["set_service"] = ObsRequestError("OBS said no")
    qloop.run_until_complete(window.start_create())
    assert window.checklist.state(StepId.PUSH) is StepState.FAILED
    assert window.checklist.detail(StepId.PUSH)

    del obs.fail_on["set_service"]
    steps = window.checklist.steps()
    window.checklist.reset(steps)
    assert window.checklist.steps() == steps
    for step in steps:
        assert window.checklist.state(step) is StepState.PENDING
        assert window.checklist.detail(step) == ""
    qloop.run_until_complete(window.start_create())
    for step in steps:
        assert window.checklist.state(step) is StepState.DONE, step
