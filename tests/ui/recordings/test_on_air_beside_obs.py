"""On air beside OBS: in German, with Clip that shown and a clip made, the window stays 420 px
wide and the live figures read in German (they were English, and the Clip that button beside
the figures widened the window to 515 px)."""

from __future__ import annotations

from tests.ui.conftest import run_pending, wait_running
from tests.ui.layout_checks import visible_scrollbars
from tests.ui.recordings.test_recordings_window import _go_live, _poll


def test_on_air_in_german_the_window_stays_420_wide_and_the_figures_are_german(
    language, rec_window, qloop, sandbox, wall
):
    language("de")
    window = rec_window()
    window.resize(420, 700)
    panel = window.recordings_panel
    _go_live(window, qloop, sandbox)
    wall.advance(95)
    _poll(window, qloop)
    wait_running(qloop, lambda: not panel.clip_button.isHidden())
    qloop.run_until_complete(panel.clip_that())
    window.resize(420, 700)
    run_pending(qloop, rounds=10)

    assert window.width() == 420, window.minimumSizeHint()
    assert visible_scrollbars(window) == []
    live = window.live_panel
    assert live.isVisible() and panel.clip_button.isVisible()
    assert "verworfen" in live.frames.text(), live.frames.text()
    assert "dropped" not in live.frames.text()
    assert "about" not in live.viewers.text()
    # The buttons sit below the figures, inside the window.
    assert panel.clip_button.geometry().right() <= window.centralWidget().width()
