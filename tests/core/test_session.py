"""One session per process (core/session.py): the configuration read once, each client built
once and closed once, and creating a session costs no client import (the window's first frame
and ``--version`` stay light)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from fastpix_desktop.cli.entry import main
from fastpix_desktop.core import config as app_config
from fastpix_desktop.core.obs import ObsConnectionInfo
from fastpix_desktop.core.session import Session
from fastpix_desktop.sandbox import (
    DEMO_ACCESS_TOKEN_ID,
    DEMO_SECRET_KEY,
    SandboxApi,
    start_server_in_thread,
)
from tests.conftest import PROJECT_ROOT


def test_a_session_reads_the_environment_once_and_the_command_line_url_wins():
    env = {"FASTPIX_API_URL": "https://env.example/v1", "OBS_WEBSOCKET_PORT": "4460"}
    session = Session.load(environ=env)
    assert session.config.api_url == "https://env.example/v1"
    assert session.config.obs_port == 4460
    assert Session.load(environ=env, api_url="https://flag.example/v1").config.api_url == (
        "https://flag.example/v1"
    )


def test_the_window_takes_obs_from_a_readable_connect_string_and_ignores_a_broken_one():
    env = {"OBS_WEBSOCKET_URL": "obsws://10.0.0.5:4470/secret-pass"}
    window = Session.load(environ=env, apply_obs_url=True).config
    assert (window.obs_host, window.obs_port, window.obs_password) == (
        "10.0.0.5",
        4470,
        "secret-pass",
    )
    command_line = Session.load(environ=env).config  # read when it connects (exit 3 if broken)
    assert command_line.obs_host is None and command_line.obs_url == env["OBS_WEBSOCKET_URL"]
    broken = Session.load(environ={"OBS_WEBSOCKET_URL": "obsws://"}, apply_obs_url=True).config
    assert broken.obs_host is None


async def test_each_client_is_built_once_and_closed_with_the_session():
    session = Session(app_config.Config(api_url="https://api.example/v1"))
    fastpix = session.build_fastpix("token", "secret")
    assert fastpix._base_url == "https://api.example/v1"
    obs = session.build_obs(ObsConnectionInfo(host="127.0.0.1", port=1), timeout=0.2)
    assert session.secrets is session.secrets
    with pytest.raises(RuntimeError, match="built already"):
        session.build_fastpix("other", "client")
    with pytest.raises(RuntimeError, match="built already"):
        session.build_obs(ObsConnectionInfo())
    await session.aclose()
    assert fastpix._closed and not obs.connected
    await session.aclose()  # twice is harmless (a command closes its clients itself too)


def test_creating_a_session_imports_no_client_and_no_qt():
    code = (
        "import json, sys\n"
        "from fastpix_desktop.core.session import Session\n"
        "Session.load()\n"
        "heavy = ('httpx', 'obsws_python', 'keyring', 'PySide6', 'fastpix_desktop.core.secrets')\n"
        "print(json.dumps([m for m in heavy if m in sys.modules]))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True
    ).stdout
    assert json.loads(out) == []


@pytest.fixture
def sandbox_env(monkeypatch):
    with start_server_in_thread(SandboxApi()) as running:
        monkeypatch.setenv("FASTPIX_USERNAME", DEMO_ACCESS_TOKEN_ID)
        monkeypatch.setenv("FASTPIX_PASSWORD", DEMO_SECRET_KEY)
        monkeypatch.setenv("FASTPIX_API_URL", running.url)
        yield running


def test_a_command_reads_the_configuration_once(sandbox_env, monkeypatch, capsys):
    real_load = app_config.load
    loads: list[str | None] = []

    def counting_load(*args, **kwargs):
        loads.append(kwargs.get("api_url"))
        return real_load(*args, **kwargs)

    monkeypatch.setattr(app_config, "load", counting_load)
    assert main(["streams", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) is not None
    assert len(loads) == 1


def test_a_broken_api_url_is_exit_3_in_plain_words(monkeypatch, capsys):
    monkeypatch.setenv("FASTPIX_API_URL", "not a url")
    assert main(["streams", "list", "--json"]) == 3
    error = json.loads(capsys.readouterr().out)["error"]
    assert error["code"] == 3 and "Traceback" not in error["message"]
