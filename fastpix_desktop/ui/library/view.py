"""The stream library panel (objectName ``streamLibrary``): search box, table, refresh and the
stream actions. A pure view: it emits what the streamer asked for and renders what it is
given; loading, calls to FastPix and confirmations live with whoever wires it."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP
from fastpix_desktop.core.library.manage import BEFORE, Action, refusal
from fastpix_desktop.core.library.rows import LibraryRow
from fastpix_desktop.ui.i18n import core_text
from fastpix_desktop.ui.library.columns import ColumnFit
from fastpix_desktop.ui.library.model import (
    STREAM_ID_ROLE,
    Column,
    LibraryTableModel,
)
from fastpix_desktop.ui.widgets.flow_layout import FlowLayout
from fastpix_desktop.ui.widgets.theme import Tone, set_tone

# Menu entries, in order: (action, label). Add-playback has one entry per access policy.
MANAGE_ENTRIES: tuple[tuple[str, str], ...] = (
    ("update", QT_TRANSLATE_NOOP("LibraryView", "Rename / edit…")),
    ("enable", QT_TRANSLATE_NOOP("LibraryView", "Enable")),
    ("disable", QT_TRANSLATE_NOOP("LibraryView", "Disable…")),
    ("finish", QT_TRANSLATE_NOOP("LibraryView", "End broadcast…")),
    ("add_playback_public", QT_TRANSLATE_NOOP("LibraryView", "Add a public playback link")),
    ("add_playback_private", QT_TRANSLATE_NOOP("LibraryView", "Add a private playback link")),
    ("remove_playback", QT_TRANSLATE_NOOP("LibraryView", "Remove a playback link…")),
    ("delete", QT_TRANSLATE_NOOP("LibraryView", "Delete…")),
)
_ACTION_OF = {
    "add_playback_public": Action.ADD_PLAYBACK,
    "add_playback_private": Action.ADD_PLAYBACK,
}


def manage_text(text: str) -> str:
    """A core stream_manage message in the UI language (when core marked it)."""
    return core_text("stream_manage", text)


class LibraryView(QWidget):
    """Signals out: ``selected(stream_id)`` ("" when nothing is selected),
    ``use_requested(stream_id)``, ``manage_requested(action, stream_id)`` (an entry of
    MANAGE_ENTRIES), ``refresh_requested()``, ``delete_unused_requested()``."""

    selected = Signal(str)
    use_requested = Signal(str)
    manage_requested = Signal(str, str)
    refresh_requested = Signal()
    delete_unused_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("streamLibrary")
        self.setAccessibleName(self.tr("Stream library"))
        self.model = LibraryTableModel(self)
        self._loading = False

        self.search = QLineEdit(self)
        self.search.setObjectName("librarySearch")
        self.search.setPlaceholderText(self.tr("Search by name or stream ID"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search streams"))
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("libraryRefresh")
        self.status_label = QLabel("", self)
        self.status_label.setObjectName("libraryStatus")
        self.status_label.setWordWrap(True)

        self.table = QTableView(self)
        self.table.setObjectName("libraryTable")
        self.table.setAccessibleName(self.tr("Streams"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # One Tab stop: Tab leaves the table (arrows move between rows) instead of walking its
        # cells and scrolling the Name column away.
        self.table.setTabKeyNavigation(False)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(Column.CREATED, Qt.SortOrder.DescendingOrder)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # Fixed sizes: ResizeToContents would read every row's text on each reset.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Name fills what is left; columns that do not fit are hidden, not scrolled to, and
        # told in the tooltips (beside OBS at 420 px, any language, any scale).
        self.columns = ColumnFit(self.table, self.model)

        self.use_button = QPushButton(self.tr("Use this stream"), self)
        self.use_button.setObjectName("libraryUse")
        self.manage_button = QToolButton(self)
        self.manage_button.setObjectName("libraryManage")
        self.manage_button.setText(self.tr("Manage"))
        self.manage_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.manage_menu = QMenu(self.manage_button)
        self.manage_actions = {}
        for key, label in MANAGE_ENTRIES:
            action = self.manage_menu.addAction(self.tr(label))
            action.setObjectName(f"libraryAction_{key}")
            action.triggered.connect(lambda _=False, k=key: self._manage(k))
            self.manage_actions[key] = action
        self.manage_button.setMenu(self.manage_menu)
        self.delete_unused_button = QPushButton(self.tr("Delete unused streams…"), self)
        self.delete_unused_button.setObjectName("libraryDeleteUnused")
        self.delete_unused_button.setToolTip(
            self.tr(
                "Deletes every stream this app created that OBS was never pointed at "
                "(cancelled runs, failed OBS steps)."
            )
        )

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.refresh_button)
        # The actions wrap rather than set the window's minimum width (beside OBS, 420 px).
        actions_box = QWidget(self)
        actions = FlowLayout(actions_box, spacing=6, line_gap=6)
        actions.addWidget(self.use_button)
        actions.addWidget(self.manage_button)
        actions.addWidget(self.delete_unused_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(actions_box)

        self.search.textChanged.connect(self._filter)
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.use_button.clicked.connect(self._use_selected)
        self.delete_unused_button.clicked.connect(self.delete_unused_requested)
        self.table.doubleClicked.connect(self._use_index)
        self.table.activated.connect(self._use_index)
        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self._selection_changed)
        self._selected_id = ""
        self._quiet = False
        self._update_actions()

    # ------------------------------------------------------------------ inputs

    def set_rows(self, rows: Sequence[LibraryRow], *, total: int | None = None) -> None:
        """Show these rows (keeping the selection when the stream is still there)."""
        self._keeping_selection(lambda: self.model.set_rows(rows))
        self._update_actions()  # the selected stream's status may have changed
        self.delete_unused_button.setEnabled(any(r.unused for r in rows))
        self._show_count(total)

    def set_loading(self, loading: bool, *, loaded: int = 0, total: int = 0) -> None:
        self._loading = loading
        self.refresh_button.setEnabled(not loading)
        if loading:
            text = (
                self.tr("Loading streams… {loaded} of {total}").format(
                    loaded=f"{loaded:,}", total=f"{total:,}"
                )
                if total
                else self.tr("Loading streams…")
            )
            self.status_label.setText(text)
            set_tone(self.status_label, Tone.MUTED)
        else:
            self._show_count(None)

    def show_error(self, text: str) -> None:
        self.status_label.setText(text)
        set_tone(self.status_label, Tone.ERROR)

    def show_message(self, text: str) -> None:
        self.status_label.setText(text)
        set_tone(self.status_label, Tone.NORMAL)

    def select(self, stream_id: str) -> bool:
        """Select ``stream_id`` if it is visible; False when it is not."""
        return self._reselect(stream_id)

    # ------------------------------------------------------------------ state

    def selected_stream_id(self) -> str:
        return self._selected_id

    def selected_row(self) -> LibraryRow | None:
        return self.model.find(self._selected_id) if self._selected_id else None

    # ------------------------------------------------------------------ internals

    def count_text(self, count: int) -> str:
        """The count in the UI language, "1 stream" / "2 streams" (plural forms)."""
        return self.tr("%n stream(s)", "", count)

    def _show_count(self, total: int | None) -> None:
        shown, count = self.model.rowCount(), self.model.total
        words = self.count_text(count)
        if total is not None and total > count:
            words = self.tr("{count} of %n stream(s)", "", total).format(count=f"{count:,}")
        if self.model.filter_text.strip():
            words = self.tr("{shown} matching · {words}").format(shown=f"{shown:,}", words=words)
        self.status_label.setText(words)
        set_tone(self.status_label, Tone.MUTED)

    def _filter(self, text: str) -> None:
        self._keeping_selection(lambda: self.model.set_filter(text))
        self._show_count(None)

    def _keeping_selection(self, change: Callable[[], None]) -> None:
        """Apply a model change; the selected stream stays selected while it is visible, and
        ``selected("")`` is emitted once when it no longer is."""
        keep = self._selected_id
        self._quiet = True
        try:
            change()
            found = self._reselect(keep)
        finally:
            self._quiet = False
        if not found:
            self._set_selected("")

    def _reselect(self, stream_id: str) -> bool:
        row = self.model.row_of(stream_id) if stream_id else -1
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._quiet:
            return
        rows = self.table.selectionModel().selectedRows()
        self._set_selected(str(rows[0].data(STREAM_ID_ROLE)) if rows else "")

    def _set_selected(self, stream_id: str) -> None:
        if stream_id != self._selected_id:
            self._selected_id = stream_id
            self._update_actions()
            self.selected.emit(stream_id)

    def _update_actions(self) -> None:
        row = self.selected_row()
        self.use_button.setEnabled(row is not None and row.status != "disabled")
        self.use_button.setToolTip(
            self.tr("A disabled stream refuses encoders: enable it first.")
            if row is not None and row.status == "disabled"
            else self.tr("Point OBS at this stream (no new stream is created).")
        )
        self.manage_button.setEnabled(row is not None)
        for key, action in self.manage_actions.items():
            kind = _ACTION_OF[key] if key in _ACTION_OF else Action(key)
            reason = refusal(kind, row.status) if row is not None else None
            if kind is Action.REMOVE_PLAYBACK and row is not None and not row.playback_ids:
                reason = self.tr("This stream has no playback link to remove.")
            action.setEnabled(row is not None and reason is None)
            action.setToolTip((reason and manage_text(reason)) or manage_text(BEFORE[kind]))
        self.manage_menu.setToolTipsVisible(True)

    def _use_selected(self) -> None:
        if self._selected_id:
            self.use_requested.emit(self._selected_id)

    def _use_index(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is not None and row.status != "disabled":
            self.use_requested.emit(row.stream_id)

    def _manage(self, key: str) -> None:
        if self._selected_id:
            self.manage_requested.emit(key, self._selected_id)
