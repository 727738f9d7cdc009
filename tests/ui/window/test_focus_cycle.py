"""Keyboard focus through the first minutes: the window starts with a focused field, Tab cycles
through every region (tab bar, form, results, footer) and back, the library table is one Tab
stop, a visible shortcut switches "Your streams" / "New stream", and Ctrl+Return keeps focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from fastpix_desktop.sandbox.state import StreamSpec
from tests.ui.conftest import run_pending
from tests.ui.library.test_library_panel import loaded

YOUR_STREAMS, NEW_STREAM = 0, 1


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def press_tab(times: int, qloop) -> list[QWidget]:
    seen = []
    for _ in range(times):
        widget = focused()
        assert widget is not None, f"focus lost after {len(seen)} Tab presses"
        QTest.keyClick(widget, Qt.Key.Key_Tab)
        run_pending(qloop, rounds=1)
        seen.append(focused())
    return seen


def activate(window, qloop) -> None:
    window.activateWindow()
    run_pending(qloop)


def test_the_window_starts_with_a_focused_field(window, qloop):
    activate(window, qloop)
    assert focused() is window.form.name_edit


def test_tab_cycles_through_every_region_after_a_create(window, qloop):
    window.resize(1024, 700)
    activate(window, qloop)
    qloop.run_until_complete(window.start_create())
    run_pending(qloop)
    window.create_button.setFocus()
    results = window.columns.results_column
    stops = press_tab(400, qloop)
    assert window.left_tabs.tabBar() in stops, (
        "Tab never reaches the Your streams / New stream tabs"
    )
    assert window.form.name_edit in stops, "Tab never returns to the settings"
    assert any(results.isAncestorOf(w) for w in stops if w is not None)
    assert window.create_button in stops


def test_tab_leaves_the_library_table(window, qloop, sandbox):
    for index in range(3):
        sandbox.state.create_stream(StreamSpec(metadata={"livestream_name": f"S{index}"}))
    window.library_panel.start_refresh()
    loaded(window, qloop, 3)
    window.left_tabs.setCurrentIndex(YOUR_STREAMS)
    activate(window, qloop)
    table = window.library_panel.view.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    press_tab(1, qloop)
    assert focused() is not table


def test_a_visible_shortcut_switches_your_streams_and_new_stream(window, qloop):
    window.resize(420, 700)
    activate(window, qloop)
    file_menu = window.file_menu
    shortcuts = {a.text(): a.shortcut().toString() for a in file_menu.actions() if a.text()}
    assert shortcuts["&Your streams"] == "Ctrl+1" and shortcuts["&New stream"] == "Ctrl+2"
    assert "Ctrl+1" in window.left_tabs.tabToolTip(YOUR_STREAMS)
    QTest.keyClick(focused(), Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    run_pending(qloop)
    assert window.left_tabs.currentIndex() == YOUR_STREAMS
    assert window.library_panel.widget.isAncestorOf(focused())
    QTest.keyClick(focused(), Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    run_pending(qloop)
    assert window.left_tabs.currentIndex() == NEW_STREAM
    assert focused() is window.form.name_edit


def test_ctrl_return_with_no_name_creates_a_named_stream_and_keeps_focus(window, qloop, sandbox):
    window.resize(420, 700)
    activate(window, qloop)
    window.form.name_edit.setFocus()
    window.form.name_edit.clear()
    QTest.keyClick(window.form.name_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    run_pending(qloop)
    for _ in range(50):
        if not window.busy:
            break
        run_pending(qloop)
    assert window.message() == "Stream created."
    stream = window.details.stream
    assert stream is not None and stream.name.startswith("Live stream 20")
    assert window.form.name_edit.text() == stream.name  # the name used is shown in the form
    assert focused() is not None and focused().isVisible()
