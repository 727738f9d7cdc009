"""The `use` and `obs-restore` commands as scripts see them, where no OBS is needed; the rest is
in tests/integration/test_restore_real_obs.py."""

from __future__ import annotations

import json
import socket

from fastpix_desktop.cli import exit_codes
from tests.cli_helpers import run_cli


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_use_without_a_stream_or_a_remembered_channel(tmp_path):
    env = {"XDG_CONFIG_HOME": str(tmp_path), "FASTPIX_USERNAME": "a", "FASTPIX_PASSWORD": "b"}
    proc = run_cli("use", "--json", env=env)
    assert proc.returncode == exit_codes.CONFIG
    error = json.loads(proc.stdout)["error"]
    assert error["code"] == exit_codes.CONFIG and "--remember" in error["message"]


def test_use_with_obs_down_is_one_json_error(tmp_path):
    env = {"FASTPIX_USERNAME": "a", "FASTPIX_PASSWORD": "b", "FASTPIX_API_URL": "http://x.invalid"}
    proc = run_cli("use", "a" * 32, "--obs", f"127.0.0.1:{free_port()}", "--json", env=env)
    assert proc.returncode == exit_codes.OBS, proc.stderr
    assert json.loads(proc.stdout)["error"]["code"] == exit_codes.OBS


def test_obs_restore_json_with_obs_down():
    proc = run_cli("obs-restore", "--obs", f"127.0.0.1:{free_port()}", "--json")
    assert proc.returncode == exit_codes.OBS
    assert json.loads(proc.stdout)["error"]["code"] == exit_codes.OBS


def test_help_documents_the_new_options_and_exit_codes():
    assert "--no-restore-point" in run_cli("create", "--help").stdout
    restore = run_cli("obs-restore", "--help").stdout
    assert "--force" in restore and "10" in restore
    assert "my-channel.json" in run_cli("use", "--help").stdout


def test_registering_use_keeps_version_light():
    import subprocess
    import sys

    code = (
        "import sys; from fastpix_desktop.cli import main; rc = main(['--version']); "
        "heavy = [m for m in ('asyncio', 'httpx', 'fastpix_desktop.cli.support', "
        "'fastpix_desktop.core.restore.point', 'fastpix_desktop.core.golive.use_stream') "
        "if m in sys.modules]; print(heavy); sys.exit(rc or bool(heavy))"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
