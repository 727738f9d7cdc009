"""The library table model: what each column says, status as colour plus words, the unused
mark, local search and sort, and a keystroke that reads only what is on screen."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor

from fastpix_desktop.ui.library.model import (
    STREAM_ID_ROLE,
    UNUSED_MARK,
    Column,
    LibraryTableModel,
    created_text,
)
from tests.library_seed import LONG_NAME, UNICODE_NAME
from tests.ui.library_rows import sandbox_rows


def cell(model: LibraryTableModel, row: int, column: Column, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def test_columns_show_name_or_id_status_created_and_settings(qapp) -> None:
    _, rows = sandbox_rows(12)
    model = LibraryTableModel()
    model.set_rows(rows)
    assert model.rowCount() == 12 and model.columnCount() == len(Column)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers[:3] == ["Name", "Status", "Created"]
    by_id = {cell(model, r, Column.NAME, STREAM_ID_ROLE): r for r in range(12)}
    oldest = by_id[rows[-1].stream_id]
    assert cell(model, oldest, Column.NAME) == "Stream 000"
    assert cell(model, oldest, Column.DVR) == "Yes"
    assert cell(model, oldest, Column.PLAYBACK) == "private"
    assert cell(model, oldest, Column.RESOLUTION) == "720p"
    unnamed = by_id[rows[-4].stream_id]  # index 3 has no name
    assert cell(model, unnamed, Column.NAME) == rows[-4].stream_id
    assert cell(model, by_id[rows[-8].stream_id], Column.NAME) == UNICODE_NAME
    assert cell(model, by_id[rows[-12].stream_id], Column.NAME) == LONG_NAME
    assert cell(model, 0, Column.STATUS) == "Idle"
    assert cell(model, 0, Column.CREATED) == created_text(rows[0].created_at)
    assert len(cell(model, 0, Column.CREATED)) == len("2026-12-01 12:00")


def test_status_is_colour_and_words_for_every_status(qapp) -> None:
    _, rows = sandbox_rows(4)
    statuses = ["idle", "preparing", "active", "disabled"]
    model = LibraryTableModel()
    model.set_rows([replace(r, status=s) for r, s in zip(rows, statuses, strict=True)])
    words, colours = [], set()
    for row in range(4):
        words.append(cell(model, row, Column.STATUS))
        colour = cell(model, row, Column.STATUS, Qt.ItemDataRole.ForegroundRole)
        assert isinstance(colour, QColor)
        colours.add(colour.name())
    assert sorted(words) == sorted(["Idle", "Preparing", "● Live", "Disabled"])
    assert len(colours) == 4


def test_created_here_never_used_is_marked(qapp) -> None:
    _, rows = sandbox_rows(3)
    model = LibraryTableModel()
    model.set_rows([replace(rows[1], unused=True), rows[0], rows[2]])
    marks = [cell(model, r, Column.NOTE) for r in range(3)]
    assert marks.count(UNUSED_MARK) == 1 and marks.count("") == 2
    row = marks.index(UNUSED_MARK)
    assert "OBS was never pointed at it" in cell(
        model, row, Column.NOTE, Qt.ItemDataRole.ToolTipRole
    )


def test_search_filters_by_name_or_id_and_clearing_brings_all_back(qapp) -> None:
    _, rows = sandbox_rows(120)
    model = LibraryTableModel()
    model.set_rows(rows)
    model.set_filter("stream 04")
    assert sorted(cell(model, r, Column.NAME) for r in range(model.rowCount())) == [
        f"Stream 04{i}" for i in (0, 1, 2, 4, 5, 6, 7, 8, 9)
    ]
    model.set_filter(rows[17].stream_id[-10:].upper())
    assert [cell(model, r, Column.NAME, STREAM_ID_ROLE) for r in range(model.rowCount())] == [
        rows[17].stream_id
    ]
    model.set_filter("直播")
    assert model.rowCount() == 1 and cell(model, 0, Column.NAME) == UNICODE_NAME
    model.set_filter("")
    assert model.rowCount() == 120 and model.total == 120


def test_sort_by_name_and_back_to_newest_first(qapp) -> None:
    _, rows = sandbox_rows(30)
    model = LibraryTableModel()
    model.set_rows(rows)
    model.sort(Column.NAME, Qt.SortOrder.AscendingOrder)
    names = [str(cell(model, r, Column.NAME)).casefold() for r in range(30)]
    assert names == sorted(names)
    model.sort(Column.CREATED, Qt.SortOrder.DescendingOrder)
    assert [cell(model, r, Column.NAME, STREAM_ID_ROLE) for r in range(30)] == [
        r.stream_id for r in rows
    ]
    model.set_filter("stream")  # the order survives a search
    created = [model.row_at(r).created_at for r in range(model.rowCount())]
    assert created == sorted(created, reverse=True)


class CountingModel(LibraryTableModel):
    calls = 0

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[override]
        CountingModel.calls += 1
        return super().data(index, role)


def keystroke_data_calls(qtbot, count: int) -> int:
    """data() calls for one keystroke's filter, re-layout and repaint over ``count`` rows."""
    from PySide6.QtWidgets import QApplication, QTableView

    _, rows = sandbox_rows(count)
    model = CountingModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.resize(800, 400)
    view.setModel(model)
    model.set_rows(rows)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    CountingModel.calls = 0
    model.set_filter("stream")
    QApplication.processEvents()  # the view's delayed re-layout and repaint after the reset
    view.viewport().repaint()
    return CountingModel.calls


def test_a_keystroke_costs_the_same_over_1000_rows_as_over_100(qtbot) -> None:
    """What keeps typing within a frame: Python is asked only about the rows on screen (a
    QSortFilterProxyModel asks about every row, so its cost grows with the library)."""
    small = keystroke_data_calls(qtbot, 100)
    large = keystroke_data_calls(qtbot, 1000)
    assert 0 < large <= small * 1.1
