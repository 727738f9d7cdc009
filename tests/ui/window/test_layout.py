"""The window at the sizes streamers use: beside OBS (420x700), a laptop (1024x700), a big
screen (1600x1000); long titles never widen it; its size is remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, QTimer
from PySide6.QtWidgets import QGroupBox, QLabel, QScrollArea, QWidget

from fastpix_desktop.core.models import Protocol
from fastpix_desktop.ui.widgets.secret_field import CopyField
from tests.ui.conftest import run_pending
from tests.ui.layout_checks import (
    LONG_TITLE,
    copy_buttons_out_of_view,
    rect_in,
    visible_scrollbars,
)


def create_at(window, qloop, size: tuple[int, int], title: str = LONG_TITLE) -> None:
    window.resize(*size)
    run_pending(qloop)
    window.form.name_edit.setText(title)
    window.form.dvr_check.setChecked(True)
    qloop.run_until_complete(window.start_create())
    run_pending(qloop)
    assert window.message() == "Stream created."


@pytest.mark.parametrize("size", [(420, 700), (1024, 700), (1600, 1000)])
@pytest.mark.parametrize("title", [LONG_TITLE, "x" * 255], ids=["93 chars", "255 chars"])
def test_a_long_title_never_widens_the_window(window, qloop, size, title):
    create_at(window, qloop, size, title)
    assert (window.width(), window.height()) == size
    assert visible_scrollbars(window) == []
    assert copy_buttons_out_of_view(window) == []
    name = window.details.findChild(CopyField, "streamNameField")
    assert name.value() == title  # the whole title is copied
    assert name.edit.toolTip() == title


def test_beside_obs_shows_the_stream_its_status_and_the_primary_action(window, qloop):
    create_at(window, qloop, (420, 700))
    assert window.columns.one_column
    scroll = window.findChild(QScrollArea, "resultsScroll")
    assert scroll.isVisible() and scroll.verticalScrollBar().value() == 0
    viewport = scroll.viewport().rect()
    for name in ("streamNameField", "streamIdField", "statusLabel"):
        widget = window.details.findChild(QWidget, name)
        assert viewport.contains(rect_in(widget, scroll.viewport())), name
    assert window.create_button.isVisible()
    assert window.rect().contains(rect_in(window.create_button, window))


def test_two_columns_when_both_fit_one_column_with_tabs_below(window, qloop):
    window.resize(1024, 700)
    run_pending(qloop)
    assert not window.columns.one_column
    window.resize(window.columns.two_column_width() - 1, 700)
    run_pending(qloop)
    assert window.columns.one_column
    assert window.columns.tabs.isVisible()
    # A create brings the results tab forward; a settings problem brings the form back.
    qloop.run_until_complete(window.start_create())
    run_pending(qloop)
    assert window.columns.tabs.currentWidget() is window.findChild(QScrollArea, "resultsScroll")
    window.form.reconnect_spin.setValue(5)
    window.start_create()
    assert window.columns.tabs.currentWidget() is window.findChild(QScrollArea, "formScroll")
    window.resize(1100, 700)
    run_pending(qloop)
    assert not window.columns.one_column
    assert window.form.isVisible() and window.details.isVisible()


def test_creates_do_not_flip_the_columns_back_and_forth(window, qloop):
    """A create first clears the stream on screen, then shows the new one, so the results
    need less room for a moment. At a width between the two, the window shows tabs and
    keeps them through creates (it flipped twice per create); a resize decides again."""
    create_at(window, qloop, (1600, 1000))
    needs: list[int] = []

    class Needs(QObject):  # what the columns need each time the results re-lay out
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.LayoutRequest:
                QTimer.singleShot(0, lambda: needs.append(window.columns.two_column_width()))
            return False

    watcher = Needs()
    window.columns.results_column.content.installEventFilter(watcher)
    create_at(window, qloop, (1600, 1000))
    window.columns.results_column.content.removeEventFilter(watcher)
    during, full = min(needs), window.columns.two_column_width()
    assert during < full  # the moment the results narrow
    margins = window.width() - window.columns.width()
    window.resize((during + full) // 2 + margins, 1000)
    run_pending(qloop)
    assert window.columns.one_column
    flips: list[bool] = []
    window.columns.one_column_changed.connect(flips.append)
    for _ in range(2):
        qloop.run_until_complete(window.start_create())
        run_pending(qloop)
    assert flips == []
    assert window.columns.one_column
    window.resize(full + margins + 40, 1000)
    run_pending(qloop)
    assert not window.columns.one_column


def test_metadata_buttons_never_cover_the_table_in_a_short_window(window, qloop):
    window.resize(1024, 480)
    run_pending(qloop)
    form = window.form
    table = rect_in(form.metadata_table, form)
    for button in (form.add_metadata_button, form.remove_metadata_button):
        assert not table.intersects(rect_in(button, form)), button.objectName()
    # The form column scrolls instead of squeezing.
    assert window.findChild(QScrollArea, "formScroll").verticalScrollBar().maximum() > 0


def test_results_column_is_never_squeezed_to_nothing(window, qloop):
    window.resize(1024, 700)
    run_pending(qloop)
    qloop.run_until_complete(window.start_create())
    run_pending(qloop)
    splitter = window.columns.splitter
    splitter.setSizes([2000, 1])  # the user drags the handle all the way
    run_pending(qloop)
    results = window.findChild(QScrollArea, "resultsScroll")
    assert results.width() >= results.minimumSizeHint().width()
    assert visible_scrollbars(window) == []


def test_size_position_and_columns_are_remembered(make_window, stored_credentials, qloop):
    first = make_window()
    first.resize(760, 650)
    first.move(40, 30)
    run_pending(qloop)
    first.columns.splitter.setSizes([360, 380])
    run_pending(qloop)
    sizes = first.columns.splitter.sizes()
    first.close()
    second = make_window()
    run_pending(qloop)
    assert (second.width(), second.height()) == (760, 650)
    assert second.columns.splitter.sizes() == sizes


def test_the_first_window_fits_the_screen(window):
    area: QRect = window.screen().availableGeometry()
    assert area.contains(window.frameGeometry()) or area.contains(window.geometry())


def test_srt_rows_have_distinct_labels_and_metadata_is_shown(window, qloop):
    form = window.form
    form.protocol_combo.setCurrentIndex(form.protocol_combo.findData(str(Protocol.SRT)))
    form.add_metadata_row("game", "Elden Ring")
    qloop.run_until_complete(window.start_create())
    run_pending(qloop)
    stream_box = next(b for b in window.findChildren(QGroupBox) if b.title() == "Your stream")
    labels = [w.text() for w in stream_box.findChildren(QLabel) if w.text() and not w.isHidden()]
    assert "FastPix stream ID" in labels and "SRT stream ID" in labels
    assert labels.count("Stream ID") == 0
    meta = window.details.findChild(QLabel, "metadataLabel_game")
    assert meta is not None and meta.isVisible()
    assert meta.toolTip() == "game: Elden Ring"


def test_live_numbers_wrap_in_a_narrow_window(window, qloop, obs):
    from fastpix_desktop.core.models import ObsStreamStatus
    from fastpix_desktop.core.obs import StreamStateChanged

    window.resize(420, 700)
    obs.live = True
    obs.status = ObsStreamStatus(True, False, 1_842_000_000, 3_723_000, 0.02, 12, 223_380, "")
    obs.emit(StreamStateChanged(True, "OBS_WEBSOCKET_OUTPUT_STARTED"))
    run_pending(qloop, rounds=10)
    panel = window.live_panel
    assert not window.onair_panel.live_box.isHidden()
    assert window.width() == 420
    assert panel.width() <= 420 and panel.height() > 3 * panel.fontMetrics().height()
    assert window.rect().contains(rect_in(panel.stop_button, window))


def test_a_window_saved_on_a_bigger_screen_opens_inside_this_one(
    make_window, stored_credentials, qloop
):
    first = make_window()
    first.resize(2400, 1500)  # last used on a big monitor
    run_pending(qloop)
    first.close()
    second = make_window()
    run_pending(qloop)
    area = second.screen().availableGeometry()
    assert second.width() <= area.width() and second.height() <= area.height()
