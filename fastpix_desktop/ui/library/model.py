"""The library table's model: LibraryRows as a QAbstractTableModel, filtered and sorted in Python.

Filtering resets the model with the matching rows instead of going through a
QSortFilterProxyModel: the proxy calls back into Python for every row on each keystroke
(22-54 ms over 1,000 rows measured), while a substring test per row plus a reset stays within
one frame (bench/library.py reports both).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QStyle

from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP
from fastpix_desktop.core.library.rows import LibraryRow, search
from fastpix_desktop.ui.widgets.theme import Tone, tone_color

_CONTEXT = "LibraryTableModel"
UNUSED_MARK = QT_TRANSLATE_NOOP("LibraryTableModel", "created here, never used")
STREAM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2
# Bound once: Qt asks data()/columnCount() tens of thousands of times per repaint, and each
# enum attribute (or len() of an Enum class) there is a Python call (bench/README.md).
_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole


class Column(IntEnum):
    NAME = 0
    STATUS = 1
    CREATED = 2
    RESOLUTION = 3
    DVR = 4
    RECORDING = 5
    PLAYBACK = 6
    NOTE = 7


_COLUMNS = len(Column)

HEADERS = {
    Column.NAME: QT_TRANSLATE_NOOP("LibraryTableModel", "Name"),
    Column.STATUS: QT_TRANSLATE_NOOP("LibraryTableModel", "Status"),
    Column.CREATED: QT_TRANSLATE_NOOP("LibraryTableModel", "Created"),
    Column.RESOLUTION: QT_TRANSLATE_NOOP("LibraryTableModel", "Max resolution"),
    Column.DVR: QT_TRANSLATE_NOOP("LibraryTableModel", "DVR"),
    Column.RECORDING: QT_TRANSLATE_NOOP("LibraryTableModel", "Recording"),
    Column.PLAYBACK: QT_TRANSLATE_NOOP("LibraryTableModel", "Playback"),
    Column.NOTE: QT_TRANSLATE_NOOP("LibraryTableModel", "Note"),
}

# Colour plus words, never colour alone.
STATUS_LOOK: dict[str, tuple[str, Tone]] = {
    "idle": (QT_TRANSLATE_NOOP("LibraryTableModel", "Idle"), Tone.NORMAL),
    "preparing": (QT_TRANSLATE_NOOP("LibraryTableModel", "Preparing"), Tone.WARNING),
    "active": (QT_TRANSLATE_NOOP("LibraryTableModel", "● Live"), Tone.SUCCESS),
    "disabled": (QT_TRANSLATE_NOOP("LibraryTableModel", "Disabled"), Tone.MUTED),
}


# LibraryRow.playback_policy's words ("public + private"), shown in the UI language.
POLICY_WORDS = {
    "public": QT_TRANSLATE_NOOP("LibraryTableModel", "public"),
    "private": QT_TRANSLATE_NOOP("LibraryTableModel", "private"),
    "none": QT_TRANSLATE_NOOP("LibraryTableModel", "none"),
}


def policy_text(policy: str) -> str:
    """``LibraryRow.playback_policy`` in the UI language; an unknown policy word as it is."""
    return " + ".join(_tr(POLICY_WORDS.get(word, word)) for word in policy.split(" + "))


def created_text(created_at: str) -> str:
    """FastPix's ISO-8601 UTC time as local "YYYY-MM-DD HH:MM"; the raw text if unreadable."""
    try:
        moment = datetime.fromisoformat(created_at)
    except ValueError:
        return created_at
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def status_label(text: str) -> str:
    """A status's words in the UI language (one of STATUS_LOOK's texts)."""
    return _tr(text)


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def _cells(row: LibraryRow) -> tuple[str, ...]:
    yes = QCoreApplication.translate("LibraryTableModel", "Yes")
    no = QCoreApplication.translate("LibraryTableModel", "No")
    status = STATUS_LOOK.get(row.status)
    return (
        row.title,
        _tr(status[0]) if status else row.status,
        created_text(row.created_at),
        row.max_resolution,
        yes if row.dvr else no,
        yes if row.recording else no,
        policy_text(row.playback_policy),
        _tr(UNUSED_MARK) if row.unused else "",
    )


def _sort_key(row: LibraryRow, column: Column) -> Any:
    if column is Column.NAME:
        return row.title.casefold()
    if column is Column.STATUS:
        return row.status
    if column is Column.CREATED:
        return row.created_at
    if column is Column.RESOLUTION:
        digits = row.max_resolution.removesuffix("p")
        return int(digits) if digits.isdigit() else 0
    if column is Column.DVR:
        return row.dvr
    if column is Column.RECORDING:
        return row.recording
    if column is Column.PLAYBACK:
        return row.playback_policy
    return row.unused


class LibraryTableModel(QAbstractTableModel):
    """All rows, the rows matching the search (in the chosen order), and their display text
    computed once per row when first drawn, so ``data()`` is a tuple lookup."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[LibraryRow] = []
        self._text: dict[str, tuple[str, ...]] = {}
        self._sorted: list[LibraryRow] = []  # every row in the chosen order
        self._shown: list[LibraryRow] = []
        self._filter = ""
        self._sort: tuple[Column, Qt.SortOrder] = (Column.CREATED, Qt.SortOrder.DescendingOrder)
        self._folded: tuple[Column, ...] = ()  # hidden by the view: told in the tooltips

    # ------------------------------------------------------------------ inputs

    def set_rows(self, rows: Sequence[LibraryRow]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        # Display text is made when a row is first drawn: a reset costs nothing per row.
        self._text = {}
        self._sorted = self._in_order()
        self._shown = search(self._sorted, self._filter)
        self.endResetModel()

    def set_folded(self, columns: Sequence[Column]) -> None:
        """The columns the view hides for want of room (ui/library/columns.py): every cell's
        tooltip then lists their values, so nothing is lost at a narrow width."""
        self._folded = tuple(columns)

    def set_filter(self, text: str) -> None:
        if text == self._filter:
            return
        self.beginResetModel()
        self._filter = text
        # A keystroke filters the rows already in order (search keeps it): no sort per key.
        self._shown = search(self._sorted, self._filter)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        # Persistent indexes (the view's selection and current row) follow their stream.
        before = self.persistentIndexList()
        kept = [(self._shown[i.row()].stream_id, i.column()) for i in before]
        self._sort = (Column(column), order)
        self._sorted = self._in_order()
        self._shown = search(self._sorted, self._filter)
        where = {row.stream_id: n for n, row in enumerate(self._shown)}
        self.changePersistentIndexList(before, [self.index(where[s], c) for s, c in kept])
        self.layoutChanged.emit()

    def _in_order(self) -> list[LibraryRow]:
        column, order = self._sort
        rows = list(self._all)
        rows.sort(key=lambda r: _sort_key(r, column), reverse=order == Qt.SortOrder.DescendingOrder)
        return rows

    # ------------------------------------------------------------------ lookups

    @property
    def filter_text(self) -> str:
        return self._filter

    @property
    def total(self) -> int:
        return len(self._all)

    def row_at(self, row: int) -> LibraryRow | None:
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def row_of(self, stream_id: str) -> int:
        """The visible row of ``stream_id``, or -1 when it is filtered out or unknown."""
        for index, row in enumerate(self._shown):
            if row.stream_id == stream_id:
                return index
        return -1

    def find(self, stream_id: str) -> LibraryRow | None:
        return next((r for r in self._all if r.stream_id == stream_id), None)

    # ------------------------------------------------------------------ Qt model API

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[Column(section)]) if 0 <= section < len(Column) else None
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        row = self._shown[index.row()]
        column = index.column()
        if role == _DISPLAY:
            text = self._text.get(row.stream_id)
            if text is None:
                text = self._text[row.stream_id] = _cells(row)
            return text[column]
        if role == _FOREGROUND and column == Column.STATUS:
            tone = STATUS_LOOK.get(row.status, ("", Tone.NORMAL))[1]
            return tone_color(QGuiApplication.palette(), tone)
        if role == _FOREGROUND and column == Column.NOTE and row.unused:
            return tone_color(QGuiApplication.palette(), Tone.WARNING)
        if role == Qt.ItemDataRole.DecorationRole and column == Column.NAME and row.unused:
            # The mark where the eye is (the Name column), not only in the last column,
            # which is off-screen at the default width.
            style = QApplication.style()
            return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == Column.NAME and row.unused:
            return QCoreApplication.translate("LibraryTableModel", "{title} ({mark})").format(
                title=row.title, mark=_tr(UNUSED_MARK)
            )
        if role == _TOOLTIP:
            return self._tooltip(row, column)
        if role == STREAM_ID_ROLE:
            return row.stream_id
        if role == STATUS_ROLE:
            return row.status
        return None

    def _tooltip(self, row: LibraryRow, column: int) -> str | None:
        own = self._own_tooltip(row, column)
        if not self._folded:
            return own
        cells = self._text.get(row.stream_id) or _cells(row)
        folded = [
            QCoreApplication.translate("LibraryTableModel", "{column}: {value}").format(
                column=_tr(HEADERS[c]), value=cells[c]
            )
            for c in self._folded
            if cells[c] and not (c == Column.NOTE and column == Column.NAME)  # said already
        ]
        return "\n".join([own or row.title, *folded])

    @staticmethod
    def _own_tooltip(row: LibraryRow, column: int) -> str | None:
        if column == Column.NAME:
            text = (
                QCoreApplication.translate(
                    "LibraryTableModel", "{title}\nStream ID: {stream_id}"
                ).format(title=row.title, stream_id=row.stream_id)
                if row.name
                else row.stream_id
            )
            if row.unused:
                text = f"{text}\n{_tr(UNUSED_MARK)}"
            return text
        if column == Column.NOTE and row.unused:
            return QCoreApplication.translate(
                "LibraryTableModel",
                "This app created the stream, but OBS was never pointed at it (a cancelled run "
                "or a failed OBS step). You can delete all such streams at once.",
            )
        return None
