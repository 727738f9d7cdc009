"""The library table's columns at any width: Name takes the room that is left and elides; the
other columns keep the width of their longest value and, where the window is too narrow for
them (beside OBS, 420 px), are hidden in order of importance rather than scrolled to. What a
hidden column would show is in every cell's tooltip (``LibraryTableModel.set_folded``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QStyle, QTableView

from fastpix_desktop.ui.library.model import (
    HEADERS,
    STATUS_LOOK,
    UNUSED_MARK,
    Column,
    LibraryTableModel,
    policy_text,
    status_label,
)

# The columns beside Name, most useful first: the last ones go first when room is short.
PRIORITY = (
    Column.STATUS,
    Column.CREATED,
    Column.PLAYBACK,
    Column.RESOLUTION,
    Column.NOTE,
    Column.DVR,
    Column.RECORDING,
)
# The narrowest Name column next to the others (about 16 characters): below it, columns hide.
NAME_MIN_PX = 140


def _samples(column: Column) -> list[str]:
    """The longest texts ``column`` shows (its cells are made by model._cells)."""
    if column is Column.STATUS:
        return [status_label(text) for text, _tone in STATUS_LOOK.values()]
    if column is Column.CREATED:
        return ["2026-12-31 23:59"]  # model.created_text's format
    if column is Column.RESOLUTION:
        return ["1080p", "2160p"]
    if column in (Column.DVR, Column.RECORDING):
        yes = QCoreApplication.translate("LibraryTableModel", "Yes")
        return [yes, QCoreApplication.translate("LibraryTableModel", "No")]
    if column is Column.PLAYBACK:
        return [policy_text("public + private"), policy_text("none")]
    return [QCoreApplication.translate("LibraryTableModel", UNUSED_MARK)]


class ColumnFit(QObject):
    """Sizes ``table``'s columns to its viewport on every resize (the vertical scrollbar coming
    and going included) and tells ``model`` which ones are folded into the tooltips."""

    def __init__(self, table: QTableView, model: LibraryTableModel) -> None:
        super().__init__(table)
        self._table, self._model = table, model
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(Column.NAME, QHeaderView.ResizeMode.Stretch)
        self.widths = self._measure()
        for column, width in self.widths.items():
            header.resizeSection(column, width)
        table.viewport().installEventFilter(self)

    def _measure(self) -> dict[Column, int]:
        header = self._table.horizontalHeader()
        style = header.style()
        # Header text, its margins and the sort arrow; a cell's text and its margins.
        margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        arrow = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header)
        head_pad = 4 * margin + arrow + 4
        cell_pad = 2 * style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 12
        head, cell = header.fontMetrics(), self._table.fontMetrics()
        return {
            column: max(
                head.horizontalAdvance(self._header(column)) + head_pad,
                *(cell.horizontalAdvance(text) + cell_pad for text in _samples(column)),
            )
            for column in PRIORITY
        }

    @staticmethod
    def _header(column: Column) -> str:
        return QCoreApplication.translate("LibraryTableModel", HEADERS[column])

    def shown(self) -> list[Column]:
        return [c for c in Column if not self._table.isColumnHidden(c)]

    def fit(self) -> None:
        """Show the columns, in PRIORITY order, that leave Name at least NAME_MIN_PX."""
        room = self._table.viewport().width() - NAME_MIN_PX
        folded: list[Column] = []
        for column in PRIORITY:
            fits = not folded and self.widths[column] <= room
            if fits:
                room -= self.widths[column]
            else:
                folded.append(column)
            if self._table.isColumnHidden(column) == fits:
                self._table.setColumnHidden(column, not fits)
        self._model.set_folded(folded)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self._table.viewport():
            self.fit()
        return False
