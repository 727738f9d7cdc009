"""The stream library panel as a streamer uses it: type to search, pick a stream, use it, see
which actions FastPix allows for its status, and loading / error states; plus a load of the
sandbox's pages through the library use case, first rows before the rest."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt

from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.library import rows as library
from fastpix_desktop.ui.library.model import STREAM_ID_ROLE, Column
from fastpix_desktop.ui.library.view import MANAGE_ENTRIES, LibraryView
from tests.ui.library_rows import sandbox_rows


def make_view(qtbot, count: int = 30, **changes):
    _, rows = sandbox_rows(count)
    if changes:
        rows = tuple(replace(r, **changes) for r in rows)
    view = LibraryView()
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.set_rows(rows)
    view.show()
    return view, rows


def click_row(qtbot, view: LibraryView, row: int) -> None:
    rect = view.table.visualRect(view.model.index(row, Column.NAME))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_it_is_the_stream_library_with_a_search_box_table_and_refresh(qtbot) -> None:
    view, rows = make_view(qtbot)
    assert view.objectName() == "streamLibrary"
    assert view.findChild(type(view.search), "librarySearch") is view.search
    assert view.table.model().rowCount() == len(rows)
    assert view.status_label.text() == "30 streams"
    with qtbot.waitSignal(view.refresh_requested):
        qtbot.mouseClick(view.refresh_button, Qt.MouseButton.LeftButton)


def test_typing_filters_the_table_and_says_how_many_match(qtbot) -> None:
    view, _ = make_view(qtbot)
    qtbot.keyClicks(view.search, "Stream 02")
    names = {view.model.index(r, Column.NAME).data() for r in range(view.model.rowCount())}
    assert names == {f"Stream 02{i}" for i in (0, 1, 2, 4, 5, 6, 7, 8, 9)}
    assert view.status_label.text() == "9 matching · 30 streams"
    view.search.clear()
    assert view.model.rowCount() == 30


def test_selecting_emits_the_stream_id_and_use_emits_it_too(qtbot) -> None:
    view, _ = make_view(qtbot)
    expected = view.model.index(2, 0).data(STREAM_ID_ROLE)
    with qtbot.waitSignal(view.selected) as picked:
        click_row(qtbot, view, 2)
    assert picked.args == [expected]
    with qtbot.waitSignal(view.use_requested) as used:
        qtbot.mouseClick(view.use_button, Qt.MouseButton.LeftButton)
    assert used.args == [expected]
    rect = view.table.visualRect(view.model.index(4, 0))
    click_row(qtbot, view, 4)  # a double click is a press, release, then the double press
    with qtbot.waitSignal(view.use_requested) as double:
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert double.args == [view.model.index(4, 0).data(STREAM_ID_ROLE)]


def test_the_selection_survives_a_search_that_keeps_it_and_clears_when_hidden(qtbot) -> None:
    view, _ = make_view(qtbot)
    click_row(qtbot, view, 0)
    chosen = view.selected_stream_id()
    name = view.model.index(0, Column.NAME).data()
    qtbot.keyClicks(view.search, name)
    assert view.selected_stream_id() == chosen
    with qtbot.waitSignal(view.selected) as cleared:
        qtbot.keyClicks(view.search, "zzz-no-such")
    assert cleared.args == [""]
    assert not view.use_button.isEnabled()


def test_actions_follow_fastpix_status_rules(qtbot) -> None:
    view, rows = make_view(qtbot, 3)
    assert not view.use_button.isEnabled() and not view.manage_button.isEnabled()
    view.set_rows([replace(rows[0], status="active"), *rows[1:]])
    view.select(rows[0].stream_id)
    actions = view.manage_actions
    assert actions["finish"].isEnabled() and not actions["enable"].isEnabled()
    assert "already enabled" in actions["enable"].toolTip()
    view.set_rows([replace(rows[0], status="idle"), *rows[1:]])
    assert not actions["finish"].isEnabled()
    assert "this one is idle" in actions["finish"].toolTip()
    view.set_rows([replace(rows[0], status="disabled"), *rows[1:]])
    assert actions["enable"].isEnabled() and not actions["update"].isEnabled()
    assert not view.use_button.isEnabled() and "enable it first" in view.use_button.toolTip()
    with qtbot.waitSignal(view.manage_requested) as asked:
        actions["enable"].trigger()
    assert asked.args == ["enable", rows[0].stream_id]
    assert {key for key, _ in MANAGE_ENTRIES} == set(actions)
    view.set_rows([replace(rows[0], playback_ids=()), *rows[1:]])
    assert not actions["remove_playback"].isEnabled()
    assert "no playback link" in actions["remove_playback"].toolTip()


def test_delete_unused_is_offered_only_when_there_are_unused_streams(qtbot) -> None:
    view, rows = make_view(qtbot, 5)
    assert not view.delete_unused_button.isEnabled()
    view.set_rows([replace(rows[0], unused=True), *rows[1:]])
    assert view.delete_unused_button.isEnabled()
    with qtbot.waitSignal(view.delete_unused_requested):
        qtbot.mouseClick(view.delete_unused_button, Qt.MouseButton.LeftButton)


def test_loading_and_error_states(qtbot) -> None:
    view, _ = make_view(qtbot, 2)
    view.set_loading(True, loaded=50, total=1000)
    assert not view.refresh_button.isEnabled()
    assert view.status_label.text() == "Loading streams… 50 of 1,000"
    view.set_loading(False)
    assert view.refresh_button.isEnabled() and view.status_label.text() == "2 streams"
    view.show_error("FastPix is having trouble right now (503).")
    assert view.status_label.property("tone") == "error"
    assert "503" in view.status_label.text()


def test_the_sandbox_pages_arrive_first_rows_first(qtbot, qloop, sandbox, fastpix: FastPixClient):
    for _ in range(130):
        sandbox.state.create_stream()
    view = LibraryView()
    qtbot.addWidget(view)
    seen: list[int] = []

    def first(rows, total) -> None:
        view.set_rows(rows, total=total)
        seen.append(view.model.rowCount())

    view.set_loading(True)
    load = qloop.run_until_complete(library.load_library(fastpix, on_first_rows=first))
    assert seen == [50]
    view.set_rows(load.rows)
    view.set_loading(False)
    assert view.model.rowCount() == 130 and view.status_label.text() == "130 streams"
    newest = max(sandbox.state, key=lambda r: r.created_at)
    assert view.model.index(0, 0).data(STREAM_ID_ROLE) == newest.stream_id


def test_sorting_by_a_column_keeps_the_selected_stream_selected(qtbot) -> None:
    view, _ = make_view(qtbot)
    click_row(qtbot, view, 3)
    chosen = view.selected_stream_id()
    view.table.sortByColumn(Column.NAME, Qt.SortOrder.AscendingOrder)
    (selected,) = view.table.selectionModel().selectedRows()
    assert selected.data(STREAM_ID_ROLE) == chosen
    assert view.selected_stream_id() == chosen
    names = [str(view.model.index(r, Column.NAME).data()).casefold() for r in range(30)]
    assert names == sorted(names)


def test_a_deleted_stream_drops_out_of_the_selection(qtbot) -> None:
    view, rows = make_view(qtbot, 5)
    view.select(rows[2].stream_id)
    assert view.selected_stream_id() == rows[2].stream_id and view.use_button.isEnabled()
    with qtbot.waitSignal(view.selected) as cleared:
        view.set_rows([r for r in rows if r.stream_id != rows[2].stream_id])
    assert cleared.args == [""]
    assert not view.use_button.isEnabled() and not view.manage_button.isEnabled()
    assert view.status_label.text() == "4 streams"
