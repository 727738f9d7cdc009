"""The commands with a local file nested 100,000 deep (or otherwise not valid): plain words and
the file set aside, never a RecursionError traceback (issue 28)."""

from __future__ import annotations

import json
from pathlib import Path

from fastpix_desktop.cli import exit_codes
from fastpix_desktop.sandbox import SandboxApi, start_server_in_thread
from tests.cli_helpers import run_cli, sandbox_env
from tests.integration.obs_harness import free_tcp_port

DEEP = "[" * 100_000 + "]" * 100_000


def test_use_and_go_live_with_a_deep_my_channel_file(tmp_path: Path) -> None:
    folder = tmp_path / "fastpix-desktop"
    folder.mkdir()
    env = {"XDG_CONFIG_HOME": str(tmp_path), "FASTPIX_DESKTOP_STATE_DIR": str(tmp_path / "s")}
    for command in (["use"], ["go-live", "--obs", f"127.0.0.1:{free_tcp_port()}"]):
        (folder / "my-channel.json").write_text(DEEP)
        done = run_cli(*command, env=env, timeout=30)
        assert done.returncode == exit_codes.CONFIG, done.stderr
        assert "Traceback" not in done.stderr and "RecursionError" not in done.stderr
        assert "is not valid: it is nested too deeply" in done.stderr
        assert "set aside as my-channel.json.corrupt-" in done.stderr
        assert not (folder / "my-channel.json").exists()
    assert len(list(folder.glob("my-channel.json.corrupt-*"))) == 2  # both kept


def test_streams_list_with_a_deep_created_streams_file(tmp_path: Path) -> None:
    folder = tmp_path / "fastpix-desktop"
    folder.mkdir()
    (folder / "created-streams.json").write_text(DEEP)
    with start_server_in_thread(SandboxApi(seed=4)) as sandbox:
        done = run_cli(
            "streams", "list", "--json", env=sandbox_env(sandbox.url, XDG_DATA_HOME=str(tmp_path))
        )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == []
    assert "Traceback" not in done.stderr and "nested too deeply" in done.stderr
    assert list(folder.glob("created-streams.json.corrupt-*"))


def test_status_with_a_deep_instance_file_of_a_running_instance(tmp_path: Path) -> None:
    """The lock is held (an instance runs) but its instance file cannot be read: plain words,
    and the command is not run here instead with this command line's OBS address."""
    from fastpix_desktop.core import localfiles
    from fastpix_desktop.core.onair import remote

    (tmp_path / "instance.json").write_text(DEEP)
    with remote._open_lock(tmp_path) as lock:
        assert localfiles.try_lock(lock)
        done = run_cli(
            "status",
            "--obs",
            f"127.0.0.1:{free_tcp_port()}",
            "--json",
            env={"FASTPIX_DESKTOP_STATE_DIR": str(tmp_path)},
            timeout=30,
        )
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    message = json.loads(done.stdout)["error"]["message"]
    assert "holds the remote control but could not be reached" in message
