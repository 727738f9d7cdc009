"""Restart through the real entry point: my channel comes back by its ID (its key fetched
again from FastPix), and the stream OBS points at is recognised and shown."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from fastpix_desktop.sandbox import SandboxApi
from fastpix_desktop.sandbox.server import start_server_in_thread
from fastpix_desktop.sandbox.state import StreamSpec
from tests.cli_helpers import file_keyring_env, sandbox_env
from tests.conftest import PROJECT_ROOT

DRIVER = str(PROJECT_ROOT / "tests" / "ui" / "library_driver.py")


def _run(args: list[str], env: dict[str, str]) -> dict:
    proc = subprocess.run(
        [sys.executable, DRIVER, *args],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=90,
    )
    assert proc.returncode == 0, proc.stderr
    lines = [line for line in proc.stdout.splitlines() if line.startswith("REPORT ")]
    assert len(lines) == 1, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr, proc.stderr
    return json.loads(lines[0].removeprefix("REPORT "))


def test_my_channel_and_obs_destination_come_back_after_a_restart(tmp_path):
    api = SandboxApi(seed=5)
    mine = api.state.create_stream(StreamSpec(metadata={"livestream_name": "My show"}))
    api.state.create_stream(StreamSpec(metadata={"livestream_name": "Other"}))
    with start_server_in_thread(api) as server:
        env = dict(os.environ)
        env.update(sandbox_env(server.url))
        env.update(file_keyring_env(tmp_path / "keyring.json"))
        env.update(
            QT_QPA_PLATFORM="offscreen",
            XDG_CONFIG_HOME=str(tmp_path / "config"),
            XDG_DATA_HOME=str(tmp_path / "data"),
            TEST_OBS_STATE=str(tmp_path / "obs.json"),
        )
        first = _run(["mark", mine.stream_id], env)
        assert first["my_channel"] == mine.stream_id
        assert first["go_live"] == "Go live on My show"
        assert json.loads((tmp_path / "obs.json").read_text())["settings"]["key"] == (
            mine.stream_key
        )
        # Only the ID is remembered; the key is never written to the config folder.
        saved = (tmp_path / "config" / "fastpix-desktop" / "my-channel.json").read_text()
        assert json.loads(saved) == {"streamId": mine.stream_id}

        second = _run(["report"], env)
    assert second["my_channel"] == mine.stream_id
    assert second["go_live"] == "Go live on My show"
    assert second["obs_stream"] == mine.stream_id  # recognised from OBS's destination
    assert second["shown"] == mine.stream_id
    assert second["key_on_screen"] == mine.stream_key  # fetched again from FastPix
    assert second["obs_note"] == "OBS points at this stream."
