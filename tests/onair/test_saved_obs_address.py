"""Issue 26, item 6: ``status``, ``go-live``, ``end`` and ``obs-restore`` run alone use the OBS
host and port saved in the window (the environment first), and ``--help`` says so."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings

from fastpix_desktop.core.obs import saved_address
from tests.cli_helpers import run_cli
from tests.integration.obs_harness import free_tcp_port


def save_like_the_window(config_home: Path, host: str, port: int) -> None:
    """What the window's OBS connection dialog writes (QSettings' native INI file on Linux)."""
    path = config_home / "fastpix-desktop" / "fastpix-desktop.conf"
    settings = QSettings(str(path), QSettings.Format.IniFormat)
    settings.setValue("obs/host", host)
    settings.setValue("obs/port", port)
    settings.sync()


def test_the_saved_address_is_read_without_qt(tmp_path: Path) -> None:
    save_like_the_window(tmp_path, "127.0.0.1", 4531)
    saved = saved_address.load({"XDG_CONFIG_HOME": str(tmp_path)}, platform="linux")
    assert saved == saved_address.SavedAddress("127.0.0.1", 4531)
    assert saved_address.load({"XDG_CONFIG_HOME": str(tmp_path / "none")}, platform="linux") == (
        saved_address.SavedAddress()
    )


def test_commands_run_alone_use_the_port_saved_in_the_window(tmp_path: Path) -> None:
    port = free_tcp_port()  # OBS "on 4531": here a free port nothing answers on
    save_like_the_window(tmp_path / "config", "127.0.0.1", port)
    env = {
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "FASTPIX_DESKTOP_STATE_DIR": str(tmp_path / "state"),
    }
    status = run_cli("status", "--json", env=env, timeout=30)
    assert status.returncode == 0, status.stderr
    assert f"127.0.0.1:{port}" in json.loads(status.stdout)["obs"]["error"]
    for command in (["go-live", "0" * 32], ["end"], ["obs-restore", "--check"]):
        done = run_cli(*command, "--json", env=env, timeout=30)
        assert done.returncode == 6, done.stdout
        assert f"127.0.0.1:{port}" in json.loads(done.stdout)["error"]["message"], command

    # The environment comes first, as the README says.
    other = free_tcp_port()
    env_first = run_cli(
        "status", "--json", env={**env, "OBS_WEBSOCKET_PORT": str(other)}, timeout=30
    )
    assert f"127.0.0.1:{other}" in json.loads(env_first.stdout)["obs"]["error"]


def test_help_says_the_saved_settings_are_used() -> None:
    for command in ("status", "go-live", "end", "obs-restore"):
        done = run_cli(command, "--help")
        assert done.returncode == 0
        assert "saved in the window" in " ".join(done.stdout.split()), command


def test_the_macos_plist_and_broken_files_are_read_or_ignored(tmp_path: Path, monkeypatch) -> None:
    import plistlib

    monkeypatch.setattr(Path, "home", classmethod(lambda cls: tmp_path))
    plist = saved_address.settings_file(platform="darwin")
    plist.parent.mkdir(parents=True)
    plist.write_bytes(plistlib.dumps({"obs.host": "10.0.0.2", "obs.port": 4531}))
    assert saved_address.load(platform="darwin") == saved_address.SavedAddress("10.0.0.2", 4531)

    plist.write_bytes(b"not a plist")
    assert saved_address.load(platform="darwin") == saved_address.SavedAddress()
    ini = tmp_path / "fastpix-desktop" / "fastpix-desktop.conf"
    ini.parent.mkdir(parents=True)
    ini.write_text("[obs]\nhost=\nport=99999\n")
    assert saved_address.load({"XDG_CONFIG_HOME": str(tmp_path)}, platform="linux") == (
        saved_address.SavedAddress()
    )
