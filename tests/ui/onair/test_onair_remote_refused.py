"""The window with a state folder it cannot use safely (issue 28): it starts, without its
remote control, and says why, instead of exiting with a traceback."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges")


def test_a_planted_instance_file_leaves_the_window_up_and_says_so(
    tmp_path: Path, make_window
) -> None:
    state, victim = tmp_path / "state", tmp_path / "victim"
    state.mkdir(mode=0o700)
    victim.write_text("precious")
    (state / "instance.json").symlink_to(victim)
    window = make_window(start=False)
    assert not window.onair_panel.start_remote(state)
    assert "The remote control is off" in window.statusBar().currentMessage()
    assert "symbolic link" in window.statusBar().currentMessage()
    assert victim.read_text() == "precious"
