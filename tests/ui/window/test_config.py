"""The window reads the same configuration as the CLI (core.config): the environment first,
then the saved settings and the keyring."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from fastpix_desktop.core import config as app_config
from fastpix_desktop.core import secrets as names
from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY
from fastpix_desktop.ui.credentials.dialog import CredentialsDialog
from fastpix_desktop.ui.credentials.panel import FROM_ENVIRONMENT
from fastpix_desktop.ui.window import app as app_module
from fastpix_desktop.ui.window.main_window import MainWindow
from tests.doubles.obs import FakeObsController
from tests.ui.conftest import run_pending

LOCAL_RTMP = "rtmp://127.0.0.1:19350/live"


@pytest.fixture
def started_app_window(monkeypatch, qloop, sandbox, tmp_path):
    """The window as ui/window/app.py builds it (build_services + build_window), over the sandbox
    and a fake OBS."""
    made: list = []

    def build():
        fakes: list[FakeObsController] = []

        def obs_factory(info, timeout=3.0):
            fakes.append(FakeObsController(info=info))
            return fakes[-1]

        monkeypatch.setattr(app_module, "ObsController", obs_factory)
        qsettings = QSettings(str(tmp_path / "app.ini"), QSettings.Format.IniFormat)
        qsettings.setValue("obs/host", "192.168.0.2")
        qsettings.setValue("obs/port", 4470)
        services = qloop.run_until_complete(
            app_module.build_services(demo=False, api_url=None, qsettings=qsettings)
        )
        qloop.run_until_complete(services.fastpix.aclose())
        services.fastpix = FastPixClient(
            access_token_id="", secret_key="", transport=sandbox.mock_transport()
        )
        window = app_module.build_window(services, MainWindow(services.settings))
        window.show()
        qloop.run_until_complete(window.start())
        run_pending(qloop)
        made.append((window, services))
        return window, fakes[0]

    yield build
    for window, services in made:
        window.close()
        qloop.run_until_complete(app_module.close_services(window, services))
        window.deleteLater()


def test_the_window_pushes_the_ingest_server_from_the_environment(
    monkeypatch, started_app_window, stored_credentials, qloop, sandbox
):
    monkeypatch.setenv(app_config.ENV_RTMPS_SERVER, LOCAL_RTMP)
    window, obs = started_app_window()
    qloop.run_until_complete(window.start_create())
    assert obs.service.service_type == "rtmp_custom"
    assert obs.service.settings["server"] == LOCAL_RTMP


def test_obs_connection_from_the_environment_beats_settings_and_keyring(
    monkeypatch, started_app_window, stored_credentials, memory_keyring
):
    memory_keyring.set_password(names.SERVICE, names.OBS_PASSWORD, "stored-password")
    monkeypatch.setenv(app_config.ENV_OBS_HOST, "10.1.1.1")
    monkeypatch.setenv(app_config.ENV_OBS_PORT, "4999")
    monkeypatch.setenv(app_config.ENV_OBS_PASSWORD, "env-password")
    _window, obs = started_app_window()
    assert (obs.info.host, obs.info.port, obs.info.password) == ("10.1.1.1", 4999, "env-password")


def test_saved_obs_address_and_keyring_password_without_the_environment(
    started_app_window, stored_credentials, memory_keyring
):
    memory_keyring.set_password(names.SERVICE, names.OBS_PASSWORD, "stored-password")
    _window, obs = started_app_window()
    assert (obs.info.host, obs.info.port) == ("192.168.0.2", 4470)
    assert obs.info.password == "stored-password"


def test_credentials_from_the_environment_are_used_named_and_not_stored(
    monkeypatch, started_app_window, memory_keyring, qloop, sandbox
):
    monkeypatch.setenv(app_config.ENV_USERNAME, DEMO_ACCESS_TOKEN_ID)
    monkeypatch.setenv(app_config.ENV_PASSWORD, DEMO_SECRET_KEY)
    window, _obs = started_app_window()
    assert window.findChild(CredentialsDialog) is None  # no first-run dialog
    source = window.credentials_panel.source_label
    assert not source.isHidden() and source.text() == FROM_ENVIRONMENT.format(
        username=app_config.ENV_USERNAME, password=app_config.ENV_PASSWORD
    )
    qloop.run_until_complete(window.start_create())
    assert len(sandbox.streams) == 1
    stored = {name for _service, name in memory_keyring.passwords}
    assert not stored & {names.FASTPIX_TOKEN_ID, names.FASTPIX_SECRET_KEY}  # never stored


def test_obs_connect_string_from_the_environment(
    monkeypatch, started_app_window, stored_credentials
):
    monkeypatch.setenv(app_config.ENV_OBS_URL, "obsws://10.2.2.2:4777/url-password-1")
    _window, obs = started_app_window()
    assert (obs.info.host, obs.info.port, obs.info.password) == (
        "10.2.2.2",
        4777,
        "url-password-1",
    )


def test_the_obs_dialog_says_the_environment_wins(
    monkeypatch, started_app_window, stored_credentials, qloop
):
    from fastpix_desktop.ui.obs.connection_dialog import ObsConnectionDialog

    monkeypatch.setenv(app_config.ENV_OBS_HOST, "10.1.1.1")
    window, _obs = started_app_window()
    window.obs_panel.connection_action.trigger()
    run_pending(qloop)
    dialog = window.findChild(ObsConnectionDialog, "obsConnectionDialog")
    assert dialog is not None and dialog.host_edit.text() == "10.1.1.1"
    note = dialog.note_label
    assert not note.isHidden() and note.text().startswith("OBS_WEBSOCKET_HOST is set")
    dialog.reject()
