"""The library table at any width: beside OBS (420 px) it never scrolls sideways, in English,
German and Spanish; columns that do not fit are hidden in order of importance, and what they
would show is in every cell's tooltip; a wide table shows them all again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from fastpix_desktop.ui.library.columns import NAME_MIN_PX, PRIORITY
from fastpix_desktop.ui.library.model import Column, created_text
from fastpix_desktop.ui.library.view import LibraryView
from tests.ui.conftest import run_pending
from tests.ui.layout_checks import visible_scrollbars
from tests.ui.library_rows import sandbox_rows

TOOLTIP = Qt.ItemDataRole.ToolTipRole


def make_view(qtbot, width: int) -> LibraryView:
    _, rows = sandbox_rows(12)
    view = LibraryView()
    qtbot.addWidget(view)
    view.resize(width, 500)
    view.set_rows(rows)
    view.show()
    qtbot.waitUntil(lambda: view.table.viewport().width() > 0)
    return view


def fits(view: LibraryView) -> None:
    table = view.table
    shown = view.columns.shown()
    widths = sum(table.columnWidth(c) for c in shown)
    assert not table.horizontalScrollBar().isVisible()
    assert widths <= table.viewport().width()
    assert table.columnWidth(Column.NAME) >= NAME_MIN_PX
    # The shown columns are the most important ones, in order: none skipped.
    assert set(shown[1:]) == set(PRIORITY[: len(shown) - 1])


def test_a_wide_table_shows_every_column_and_plain_tooltips(qtbot):
    view = make_view(qtbot, 1400)
    fits(view)
    assert view.columns.shown() == list(Column)
    tooltip = view.model.index(0, Column.NAME).data(TOOLTIP)
    assert "Created:" not in tooltip and "Stream ID:" in tooltip


def test_narrowing_hides_the_least_important_columns_and_tells_them_in_tooltips(qtbot):
    view = make_view(qtbot, 1400)
    view.resize(330, 500)
    qtbot.waitUntil(lambda: Column.RECORDING not in view.columns.shown())
    fits(view)
    shown = view.columns.shown()
    assert shown[:2] == [Column.NAME, Column.STATUS]
    row = view.model.row_at(0)
    assert row is not None
    for column in (Column.NAME, Column.STATUS):
        tooltip = view.model.index(0, column).data(TOOLTIP)
        assert row.title in tooltip
        # Every hidden column's value is there, with its header.
        assert f"Created: {created_text(row.created_at)}" in tooltip or Column.CREATED in shown
        assert f"Max resolution: {row.max_resolution}" in tooltip
        assert f"Playback: {row.playback_policy}" in tooltip  # English words in English
        assert f"DVR: {'Yes' if row.dvr else 'No'}" in tooltip
    # Wider again: the columns come back.
    view.resize(1400, 500)
    qtbot.waitUntil(lambda: view.columns.shown() == list(Column))
    assert view.model.index(0, Column.STATUS).data(TOOLTIP) is None  # nothing folded


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_beside_obs_the_library_never_scrolls_sideways(
    language,
    make_window,
    stored_credentials,
    qloop,
    lang,
):
    language(lang)
    window = make_window()
    window.resize(420, 700)
    window.show()
    qloop.run_until_complete(window.start_create())
    window.left_tabs.setCurrentIndex(0)
    qloop.run_until_complete(window.library_panel.start_refresh())
    window.columns.show_form()
    run_pending(qloop)
    view = window.library_panel.view
    assert view.isVisible() and view.model.rowCount() >= 1
    assert window.width() == 420
    assert visible_scrollbars(window) == []
    fits(view)
    assert Column.STATUS in view.columns.shown()
    hidden = [c for c in Column if c not in view.columns.shown()]
    assert hidden, "at 420 px some columns must fold into the tooltips"
    tooltip = view.model.index(0, Column.NAME).data(TOOLTIP)
    header = view.model.headerData(hidden[0], Qt.Orientation.Horizontal)
    assert f"\n{header}: " in tooltip  # in the UI language
