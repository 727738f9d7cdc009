"""A link planted at every path the app writes (state, data and config files, the instance
files, the state folder itself) is never written through, and the user is told (issue 28)."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest

from fastpix_desktop.core.library import my_channel
from fastpix_desktop.core.library.created_streams import CreatedStreamsLog
from fastpix_desktop.core.localfiles import LocalFileError
from fastpix_desktop.core.onair import remote
from fastpix_desktop.core.onair.remote import RemoteControlServer, RemoteReply, RemoteRequest
from tests.integration.obs_harness import free_tcp_port

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges")


async def echo(request: RemoteRequest) -> RemoteReply:
    return RemoteReply(0, {"got": request.command}, "ok")


def plant(link: Path, victim: Path, text: str | None = "precious") -> None:
    if text is not None:
        victim.write_text(text)
    link.symlink_to(victim)


@pytest.mark.parametrize("name", [remote.INFO_NAME, remote.LOCK_NAME])
async def test_instance_files_planted_as_links(tmp_path: Path, name: str) -> None:
    state, victim = tmp_path / "state", tmp_path / "victim"
    state.mkdir(mode=0o700)
    plant(state / name, victim)
    server = RemoteControlServer(echo, loop=asyncio.get_running_loop(), directory=state)
    with pytest.raises(LocalFileError, match="symbolic link"):
        server.start()
    server.close()
    assert victim.read_text() == "precious"


async def test_a_lock_linked_to_a_file_not_there_yet_does_not_create_it(tmp_path: Path) -> None:
    state = tmp_path / "state"
    state.mkdir(mode=0o700)
    plant(state / remote.LOCK_NAME, tmp_path / "victim", text=None)
    with pytest.raises(LocalFileError):
        RemoteControlServer(echo, loop=asyncio.get_running_loop(), directory=state).start()
    assert not (tmp_path / "victim").exists()


async def test_a_folder_where_the_socket_goes_is_plain_words(tmp_path: Path) -> None:
    (tmp_path / remote.SOCKET_NAME).mkdir()
    server = RemoteControlServer(echo, loop=asyncio.get_running_loop(), directory=tmp_path)
    with pytest.raises(LocalFileError, match="is a folder, not the remote control's socket"):
        server.start()
    server.close()
    assert not remote.instance_running(tmp_path)  # the lock was let go


def test_the_created_streams_list_planted_as_a_link(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    victim = tmp_path / "victim.json"
    plant(tmp_path / "created-streams.json", victim)
    caplog.set_level(logging.WARNING)
    CreatedStreamsLog(tmp_path / "created-streams.json").record_created("a" * 32)
    assert victim.read_text() == "precious"
    assert "symbolic link" in caplog.text  # told, and the command goes on


def test_my_channel_planted_as_a_link(tmp_path: Path) -> None:
    victim = tmp_path / "victim.json"
    plant(tmp_path / my_channel.FILE_NAME, victim)
    with pytest.raises(LocalFileError, match=r"remembered channel .* is a symbolic link"):
        my_channel.save("a" * 32, tmp_path)
    assert victim.read_text() == "precious"


def _host(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    full = {k: v for k, v in os.environ.items() if not k.startswith(("FASTPIX_", "OBS_", "XDG_"))}
    full.update(env, PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "fastpix_desktop.cli.onair_host",
            "--obs",
            f"127.0.0.1:{free_tcp_port()}",
        ],
        env=full,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_the_headless_host_refuses_a_planted_instance_file_in_plain_words(tmp_path: Path) -> None:
    state, victim = tmp_path / "state", tmp_path / "victim"
    state.mkdir(mode=0o700)
    plant(state / remote.INFO_NAME, victim)
    done = _host({"FASTPIX_DESKTOP_STATE_DIR": str(state)})
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr and "is a symbolic link" in done.stderr
    assert victim.read_text() == "precious"


def test_the_headless_host_refuses_a_planted_temp_folder(tmp_path: Path) -> None:
    """No XDG_RUNTIME_DIR: the state folder is in the shared temp folder, where anyone could
    have made it first (here: a link to a victim's folder)."""
    victim = tmp_path / "victim"
    victim.mkdir()
    (tmp_path / "fastpix-desktop-mallory-victim").symlink_to(victim)
    done = _host({"TMPDIR": str(tmp_path), "USER": "mallory-victim"})
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr and "FASTPIX_DESKTOP_STATE_DIR" in done.stderr
    assert list(victim.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root")
def test_the_headless_host_refuses_a_temp_folder_of_another_user(tmp_path: Path) -> None:
    squatted = tmp_path / "fastpix-desktop-someone"
    squatted.mkdir(mode=0o777)
    os.chown(squatted, 65534, 65534)
    done = _host({"TMPDIR": str(tmp_path), "USER": "someone"})
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr and "belongs to another user" in done.stderr
    assert list(squatted.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "setrlimit") and sys.platform != "linux", reason="POSIX")
def test_the_headless_host_on_a_full_disk_says_so_and_leaves_no_empty_file(
    tmp_path: Path,
) -> None:
    """Issue 28: onair_host died with a traceback when it could not write instance.json."""
    import resource
    import signal

    def no_file_writes() -> None:  # every write to a file fails, as on a full disk
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (0, 0))

    state = tmp_path / "state"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FASTPIX_", "OBS_", "XDG_"))}
    env.update(
        FASTPIX_DESKTOP_STATE_DIR=str(state),
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        PYTHONDONTWRITEBYTECODE="1",
    )
    done = subprocess.run(
        [sys.executable, "-m", "fastpix_desktop.cli.onair_host", "--obs", "127.0.0.1:9"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=no_file_writes,
    )
    assert done.returncode == 3, done.stderr
    assert "Traceback" not in done.stderr
    assert "Could not save the instance file" in done.stderr and "disk is full" in done.stderr
    assert not (state / remote.INFO_NAME).exists()
    assert [p.name for p in state.iterdir()] == [remote.LOCK_NAME]  # no temp file left
