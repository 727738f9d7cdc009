"""The window's settings file planted as a symbolic link is not written through, and the
window says so (issue 28)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from fastpix_desktop.core.models import Protocol
from fastpix_desktop.ui.settings import AppSettings

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges")


def linked_settings(tmp_path: Path) -> tuple[Path, AppSettings]:
    victim = tmp_path / "victim.ini"
    victim.write_text("[obs]\nhost=10.0.0.9\n")
    (tmp_path / "settings.ini").symlink_to(victim)
    qsettings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return victim, AppSettings(qsettings)


def test_a_linked_settings_file_is_read_but_never_written_through(tmp_path: Path) -> None:
    victim, settings = linked_settings(tmp_path)
    assert settings.obs_host() == "10.0.0.9"  # what was there is still used this session
    settings.set_protocol(Protocol.SRT)
    settings.set_obs_address("127.0.0.1", 4456)
    settings.sync()
    assert settings.protocol() is Protocol.SRT
    assert victim.read_text() == "[obs]\nhost=10.0.0.9\n"
    assert (tmp_path / "settings.ini").is_symlink()
    assert "symbolic link" in settings.problem
    assert str(tmp_path / "settings.ini") in settings.problem


def test_the_window_tells_the_user(tmp_path: Path, make_window) -> None:
    _victim, settings = linked_settings(tmp_path)
    window = make_window(start=False, settings=settings)
    assert "symbolic link" in window.statusBar().currentMessage()


def test_a_plain_settings_file_has_no_problem(app_settings: AppSettings) -> None:
    assert app_settings.problem == ""
