"""``go-live``, ``end`` and ``status`` run headless when no instance runs: JSON and exit codes."""

from __future__ import annotations

import json
from pathlib import Path

from fastpix_desktop.sandbox import SandboxApi
from fastpix_desktop.sandbox.server import start_server_in_thread
from tests.cli_helpers import run_cli, sandbox_env
from tests.integration.obs_harness import free_tcp_port


def test_headless_commands_without_obs_answer_in_json(tmp_path: Path) -> None:
    port = free_tcp_port()
    with start_server_in_thread(SandboxApi()) as sandbox:
        env = {**sandbox_env(sandbox.url), "FASTPIX_DESKTOP_STATE_DIR": str(tmp_path)}
        status = run_cli("status", "--obs", f"127.0.0.1:{port}", "--json", env=env)
        assert status.returncode == 0, status.stderr
        data = json.loads(status.stdout)
        assert data["obs"]["connected"] is False and data["stream"] is None
        assert f"127.0.0.1:{port}" in data["obs"]["error"]
        assert data["watchdog"]["verdict"] == "idle"

        for command in (["go-live", "0" * 32], ["end"]):
            done = run_cli(*command, "--obs", f"127.0.0.1:{port}", "--json", env=env)
            assert done.returncode == 6, done.stdout
            error = json.loads(done.stdout)["error"]
            assert error["code"] == 6 and f"127.0.0.1:{port}" in error["message"]

        human = run_cli("end", "--obs", f"127.0.0.1:{port}", env=env)
        assert human.returncode == 6 and human.stdout == ""
        assert "Nothing answers at" in human.stderr


def test_go_live_uses_my_channel_and_without_one_says_what_to_do(tmp_path: Path) -> None:
    port = free_tcp_port()
    env = {"FASTPIX_DESKTOP_STATE_DIR": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    done = run_cli("go-live", "--obs", f"127.0.0.1:{port}", "--json", env=env, timeout=30)
    assert done.returncode == 3
    assert "STREAM_ID" in json.loads(done.stdout)["error"]["message"]

    from fastpix_desktop.core.library import my_channel

    my_channel.save("a" * 32, tmp_path / "fastpix-desktop")
    done = run_cli("go-live", "--obs", f"127.0.0.1:{port}", "--json", env=env, timeout=30)
    assert done.returncode == 6  # past the channel check, stopped at OBS: nothing listens


def test_status_in_words_says_why_obs_is_not_connected(tmp_path: Path) -> None:
    port = free_tcp_port()
    done = run_cli(
        "status", "--obs", f"127.0.0.1:{port}", env={"FASTPIX_DESKTOP_STATE_DIR": str(tmp_path)}
    )
    assert done.returncode == 0
    assert done.stdout.splitlines()[0].startswith(
        f"OBS: not connected (Nothing answers at 127.0.0.1:{port}"
    )
