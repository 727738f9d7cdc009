"""OBS parts of the window: connection dialog (obsws:// paste, test, save to keyring), the
status indicator, the live status strip."""

from __future__ import annotations

import pytest
import shiboken6

from fastpix_desktop.core import secrets as names
from fastpix_desktop.core.errors import ObsAuthError, ObsNotRunningError
from fastpix_desktop.core.models import ObsStreamStatus
from fastpix_desktop.core.obs import (
    ConnectionChanged,
    ExitStarted,
    ObsConnectionInfo,
    ProfileChanged,
    StreamStateChanged,
)
from fastpix_desktop.ui.obs.connection_dialog import FILLED_IN, ObsConnectionDialog
from tests.doubles.obs import OBS_VERSION, FakeObsController
from tests.ui.conftest import run_pending


@pytest.fixture
def dialog(window, qloop) -> ObsConnectionDialog:
    window.obs_panel.connection_action.trigger()
    run_pending(qloop)
    found = window.findChild(ObsConnectionDialog, "obsConnectionDialog")
    assert found is not None and found.isVisible()
    return found


def test_connect_string_fills_host_port_and_password(dialog):
    assert dialog.port_spin.value() == 4455  # the default
    dialog.connect_string_edit.setText("obsws://192.168.1.20:4456/s3cr3t-pass")
    assert dialog.host_edit.text() == "192.168.1.20"
    assert dialog.port_spin.value() == 4456
    assert dialog.password_field.value() == "s3cr3t-pass"
    assert "s3cr3t-pass" not in dialog.password_field.displayed_text()
    assert dialog.connect_string_edit.text() == ""  # it held the password
    assert dialog.result_label.text() == FILLED_IN


def test_connect_string_pasted_into_host_field(dialog):
    dialog.host_edit.setText("obsws://studio-pc:4455/pw1234")
    assert dialog.host_edit.text() == "studio-pc"
    assert dialog.password_field.value() == "pw1234"


def test_bad_connect_string_is_explained(dialog):
    dialog.connect_string_edit.setText("http://nope")
    assert "not an OBS connect string" in dialog.result_label.text()
    assert dialog.host_edit.text() == "127.0.0.1"  # the one OBS default (core.config)


def test_test_connection_reports_version_or_plain_error(window, qloop, dialog):
    probes: list[FakeObsController] = []

    def factory(info):
        probe = FakeObsController(info=info)
        if info.password != "right":
            probe.connect_error = ObsAuthError()
        probes.append(probe)
        return probe

    window.obs_panel._obs_factory = factory
    dialog.password_field.edit.setText("wrong")
    qloop.run_until_complete(dialog.start_test())
    assert dialog.result_label.text() == str(ObsAuthError())

    dialog.password_field.edit.setText("right")
    dialog.test_button.click()
    qloop.run_until_complete(dialog._test_task)
    assert dialog.result_label.text() == "Connected: OBS 29.0.2 (WebSocket 5.1.0)"
    assert all(p.closed for p in probes)
    assert window.obs.calls.count("connect") == 1  # the real connection was left alone


def test_save_stores_password_in_keyring_and_address_in_settings(
    window, qloop, dialog, memory_keyring, app_settings, obs
):
    dialog.connect_string_edit.setText("obsws://10.0.0.5:4460/pass-word-9")
    dialog.save_button.click()
    run_pending(qloop)
    assert memory_keyring.passwords[(names.SERVICE, names.OBS_PASSWORD)] == "pass-word-9"
    assert app_settings.obs_host() == "10.0.0.5" and app_settings.obs_port() == 4460
    assert obs.info == ObsConnectionInfo("10.0.0.5", 4460, "pass-word-9")
    assert "set_connection" in obs.calls and obs.calls.count("connect") == 2
    app_settings.sync()
    with open(app_settings.qsettings.fileName(), encoding="utf-8") as f:
        assert "pass-word-9" not in f.read()
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()


def test_stored_password_is_loaded_masked(window, qloop, memory_keyring):
    memory_keyring.set_password(names.SERVICE, names.OBS_PASSWORD, "stored-pw")
    window.obs_panel.connection_action.trigger()
    run_pending(qloop)
    dialog = window.findChild(ObsConnectionDialog, "obsConnectionDialog")
    assert dialog.password_field.value() == "stored-pw"
    assert "stored-pw" not in dialog.password_field.displayed_text()
    dialog.reject()


def test_status_indicator_follows_obs_events(window, qloop):
    window.obs.connected = False
    window.obs_panel.on_obs_event(ConnectionChanged(False, None, ObsAuthError()))
    assert window.obs_status.text() == f"OBS: not connected ({str(ObsAuthError()).rstrip('.')})"
    assert window.create_button.text() == "Create stream"
    window.obs.connected = True
    window.obs_panel.on_obs_event(ConnectionChanged(True, OBS_VERSION, None))
    run_pending(qloop)
    assert window.obs_status.text() == "Connected to OBS 29.0.2"
    window.obs.live = True
    window.obs.emit(StreamStateChanged(True, "OBS_WEBSOCKET_OUTPUT_STARTED"))
    assert window.obs_status.text() == "OBS is live"
    assert not window.onair_panel.live_box.isHidden()
    window.obs_panel.on_obs_event(ProfileChanged("Gaming"))
    assert "Gaming" in window.statusBar().currentMessage()
    window.obs_panel.on_obs_event(ExitStarted())
    assert window.obs_status.text() == "OBS: not connected (OBS is closing)"
    window.obs.connected = False
    window.obs.emit(ConnectionChanged(False, None, None))
    assert window.onair_panel.live_box.isHidden()


def test_obs_not_running_at_start(make_window, stored_credentials, obs):
    obs.connect_error = ObsNotRunningError()
    window = make_window()
    assert window.obs_status.text().startswith("OBS: not connected (OBS is not running")
    assert window.create_button.text() == "Create stream"


def test_live_panel_numbers_from_obs(window, qloop, obs):
    obs.live = True
    obs.status = ObsStreamStatus(
        active=True, bytes=0, duration_ms=0, congestion=0.3, skipped_frames=3, total_frames=300
    )
    obs.emit(StreamStateChanged(True, "OBS_WEBSOCKET_OUTPUT_STARTED"))
    run_pending(qloop, rounds=3)
    obs.bytes_per_poll = 1_000_000
    obs.status = ObsStreamStatus(
        active=True,
        reconnecting=True,
        bytes=6_000_000,
        duration_ms=3_723_000,
        congestion=0.3,
        skipped_frames=3,
        total_frames=300,
    )
    run_pending(qloop, rounds=10)
    panel = window.live_panel
    assert panel.bitrate.text().endswith("kb/s")
    assert panel.frames.text() == "3 dropped of 300 (1.0 %)"
    assert panel.congestion.text() == "30 %"
    assert panel.duration.text() == "1:02:03"
    # outputActive stays true while reconnecting, outputReconnecting says which.
    assert panel.headline.text() == "Reconnecting"
    assert window.obs_status.text().startswith("OBS is reconnecting")
