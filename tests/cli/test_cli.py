"""The command line as a script would use it: --version, create against the sandbox, exit codes."""

from __future__ import annotations

import json
import socket
import subprocess
import sys

import pytest

from fastpix_desktop._version import __version__
from fastpix_desktop.cli import exit_codes
from fastpix_desktop.sandbox import SandboxApi
from fastpix_desktop.sandbox.server import start_server_in_thread
from tests.cli_helpers import run_cli, sandbox_env


@pytest.fixture(scope="module")
def sandbox():
    api = SandboxApi()
    with start_server_in_thread(api) as running:
        yield api, running.url


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_version_prints_and_never_loads_qt():
    code = (
        "import sys; from fastpix_desktop.cli import main; rc = main(['--version']); "
        "assert 'PySide6.QtWidgets' not in sys.modules and 'PySide6.QtCore' not in sys.modules; "
        "sys.exit(rc)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"fastpix-desktop {__version__}"


def test_create_json_without_obs_hides_secrets_by_default(sandbox):
    api, url = sandbox
    proc = run_cli("create", "--no-obs", "--json", "--name", "cli test", env=sandbox_env(url))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    stream = api.streams[data["streamId"]] if hasattr(api, "streams") else None
    assert data["status"] == "idle"
    assert data["protocol"] == "rtmps"
    assert data["server"] == "rtmps://live.fastpix.com:443/live"
    assert data["playbackUrls"][0].startswith("https://stream.fastpix.com/")
    assert data["obs"] == {"configured": False, "started": False, "error": None}
    assert "streamKey" not in data and "k" + data["streamId"] not in proc.stdout
    if stream is not None:
        key = stream["streamKey"] if isinstance(stream, dict) else stream.stream_key
        assert key not in proc.stdout + proc.stderr


def test_create_srt_show_secrets(sandbox):
    _, url = sandbox
    proc = run_cli(
        "create",
        "--no-obs",
        "--json",
        "--protocol",
        "srt",
        "--show-secrets",
        "--dvr",
        env=sandbox_env(url),
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["srtStreamId"] == data["streamId"]
    assert data["srtPassphrase"].endswith("k" + data["streamId"])
    assert data["srtUrl"] == (
        f"srt://live.fastpix.com:778?streamid={data['streamId']}&passphrase={data['srtPassphrase']}"
    )
    assert data["dvrPlaybackUrls"][0].endswith(".m3u8?dvrMode=true")


def test_wrong_credentials_exit_code_and_plain_words(sandbox):
    _, url = sandbox
    proc = run_cli("create", "--no-obs", env=sandbox_env(url, FASTPIX_PASSWORD="wrong-secret"))
    assert proc.returncode == exit_codes.FASTPIX_AUTH
    assert "Access Token ID and Secret Key" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert "wrong-secret" not in proc.stderr + proc.stdout


def test_missing_credentials_exit_code():
    proc = run_cli("create", "--no-obs")
    assert proc.returncode == exit_codes.CONFIG
    assert "FASTPIX_USERNAME" in proc.stderr


def test_fastpix_down_exit_code():
    url = f"http://127.0.0.1:{free_port()}/v1"
    proc = run_cli("create", "--no-obs", env=sandbox_env(url))
    assert proc.returncode == exit_codes.FASTPIX
    assert "Could not reach FastPix" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_invalid_settings_exit_code(sandbox):
    _, url = sandbox
    proc = run_cli("create", "--no-obs", "--reconnect-window", "5", env=sandbox_env(url))
    assert proc.returncode == exit_codes.CONFIG
    assert "60" in proc.stderr and "1800" in proc.stderr


def test_obs_not_running_creates_nothing(sandbox):
    api, url = sandbox
    before = len(api.streams)
    proc = run_cli(
        "create",
        "--obs",
        f"127.0.0.1:{free_port()}",
        env=sandbox_env(url, OBS_WEBSOCKET_PASSWORD="pw-123456"),
    )
    assert proc.returncode == exit_codes.OBS, proc.stderr
    assert "OBS" in proc.stderr and "Nothing was created" in proc.stderr
    assert len(api.streams) == before
    assert "pw-123456" not in proc.stderr


def test_bad_obs_address_is_a_usage_error(sandbox):
    _, url = sandbox
    proc = run_cli("create", "--obs", "nonsense", env=sandbox_env(url))
    assert proc.returncode == exit_codes.USAGE  # issue 10: a malformed --obs is exit 2
    assert "HOST:PORT" in proc.stderr


def test_obs_restore_without_obs():
    proc = run_cli("obs-restore", "--obs", f"127.0.0.1:{free_port()}")
    assert proc.returncode == exit_codes.OBS
    assert "Traceback" not in proc.stderr


def test_obsws_connect_string_is_accepted_and_its_password_never_echoed(sandbox):
    _, url = sandbox
    proc = run_cli(
        "create", "--obs", f"obsws://127.0.0.1:{free_port()}/pw-in-url-123", env=sandbox_env(url)
    )
    assert proc.returncode == exit_codes.OBS, proc.stderr
    assert "pw-in-url-123" not in proc.stderr + proc.stdout


def test_restored_destination_is_described_without_keys():
    from fastpix_desktop.core.models import ObsServiceSettings
    from fastpix_desktop.core.restore.point import describe_destination as _describe

    srt = ObsServiceSettings(
        "rtmp_custom",
        {"server": "srt://ingest.example:9000?streamid=live/abc&passphrase=TopSecret1"},
    )
    rtmp = ObsServiceSettings("rtmp_custom", {"server": "rtmp://host/app/secret-key-in-path"})
    twitch = ObsServiceSettings("rtmp_common", {"service": "Twitch", "key": "live_1"})
    assert _describe(srt) == "rtmp_custom, srt://ingest.example:9000"
    assert _describe(rtmp) == "rtmp_custom, rtmp://host"
    assert _describe(twitch) == "rtmp_common, Twitch"
