"""The window's two columns: the form and the results, each scrolling on its own.

Side by side in a splitter while both fit; below that width, one column with a tab each (the
form's and the results'). A column is never narrower than its content's minimum, so nothing
in it needs a horizontal scrollbar; long values elide or wrap inside the column instead
(docs/ui-architecture.md, "Sizes and scale").
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QScrollArea,
    QSplitter,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

FORM_SHARE = 0.45  # of the window's width, for the form column the first time


class ColumnScroll(QScrollArea):
    """A vertically scrolling column whose minimum width is its content's minimum width."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        # The scroll area itself is no stop for Tab: the controls inside it are.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        # Always on: a scrollbar that came and went changed the column's width, so every
        # checklist step re-laid out and repainted all the results mid-create (bench/README.md).
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.content = content = QWidget(self)
        content.setObjectName(f"{name}Content")
        self.column_layout = QVBoxLayout(content)
        self.column_layout.addStretch(1)
        self.setWidget(content)

    def add(self, widget: QWidget, stretch: int = 0) -> None:
        """Append ``widget`` to the column (above the closing stretch)."""
        self.column_layout.insertWidget(self.column_layout.count() - 1, widget, stretch)

    def _extra_width(self) -> int:
        return self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        width = content.minimumSizeHint().width() if content is not None else 0
        return QSize(width + self._extra_width(), self.fontMetrics().height() * 6)

    def sizeHint(self) -> QSize:
        content = self.widget()
        hint = content.sizeHint() if content is not None else QSize(0, 0)
        return QSize(hint.width() + self._extra_width(), hint.height())


class AdaptiveColumns(QWidget):
    """Places the two ColumnScrolls side by side (QSplitter) or as two tabs (QTabWidget)."""

    one_column_changed = Signal(bool)
    content_changed = Signal()  # a column's content or the mode changed (debounced)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adaptiveColumns")
        self.form_column = ColumnScroll("formScroll", self)
        self.results_column = ColumnScroll("resultsScroll", self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("columnsSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("columnsTabs")
        self.tabs.setDocumentMode(True)
        self._form_title = self.tr("Se&ttings")
        self._results_title = self.tr("Strea&m")
        self.tabs.tabBar().setAccessibleName(self.tr("Stream settings or your stream"))
        self.tabs.tabBar().setAccessibleDescription(
            self.tr("The window is narrow: the settings and your stream are on two tabs")
        )
        self.tabs.hide()
        self._one_column = False
        self._results_first = False
        self._min_widths = (0, 0)
        self._sizes: list[int] = []
        self._widgets = -1  # how many widgets the columns held when content_changed was sent
        self._moved = False  # the columns switched mode since
        self._put_side_by_side()
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self._on_content_changed)
        for column in (self.form_column, self.results_column):
            column.content.installEventFilter(self)

    # ------------------------------------------------------------------ public

    @property
    def one_column(self) -> bool:
        return self._one_column

    def add_to_form(self, widget: QWidget, stretch: int = 0) -> None:
        self.form_column.add(widget, stretch)

    def add_to_results(self, widget: QWidget, stretch: int = 0) -> None:
        self.results_column.add(widget, stretch)

    def show_form(self) -> None:
        """In one column, bring the form's tab forward (remembered for a later switch)."""
        self._results_first = False
        if self._one_column:
            self.tabs.setCurrentWidget(self.form_column)

    def show_results(self) -> None:
        self._results_first = True
        if self._one_column:
            self.tabs.setCurrentWidget(self.results_column)

    def two_column_width(self) -> int:
        """The narrowest width at which both columns fit side by side."""
        return (
            self.form_column.minimumSizeHint().width()
            + self.results_column.minimumSizeHint().width()
            + self.splitter.handleWidth()
        )

    def save_state(self) -> str:
        """The splitter's column widths as "form,results" (kept while in one column)."""
        if not self._one_column:
            self._sizes = self.splitter.sizes()
        return ",".join(str(size) for size in self._sizes)

    def restore_state(self, state: str) -> None:
        try:
            sizes = [int(part) for part in state.split(",") if part.strip()]
        except ValueError:
            return
        if len(sizes) == 2 and all(size > 0 for size in sizes):
            self._sizes = sizes
            if not self._one_column:
                self.splitter.setSizes(sizes)

    # ------------------------------------------------------------------ sizes

    def minimumSizeHint(self) -> QSize:
        # One column is always possible: the window may be as narrow as the wider column.
        width = max(
            self.form_column.minimumSizeHint().width(),
            self.results_column.minimumSizeHint().width(),
        )
        frame = 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
        tab_bar = self.tabs.tabBar().sizeHint().height()
        return QSize(width + frame, tab_bar + self.fontMetrics().height() * 8)

    def sizeHint(self) -> QSize:
        form, results = self.form_column.sizeHint(), self.results_column.sizeHint()
        return QSize(
            form.width() + results.width() + self.splitter.handleWidth(),
            max(form.height(), results.height()),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._refit.start()
        return super().eventFilter(watched, event)

    def _on_content_changed(self) -> None:
        widths = (
            self.form_column.minimumSizeHint().width(),
            self.results_column.minimumSizeHint().width(),
        )
        # Only a new minimum width concerns the window: a checklist step that changed a
        # label's text must not re-lay out everything mid-create (bench/README.md).
        if widths != self._min_widths:
            self._min_widths = widths
            for column in (self.form_column, self.results_column):
                column.updateGeometry()
            self.updateGeometry()
            self._fit(content_changed=True)
        # New text in a label is not new content: only widgets added or removed, or moved by
        # a switch, need the tab order and descriptions again (MainWindow.relink_tab_order,
        # ~1.5 ms, which ran after every checklist step on the way to "configured").
        widgets = len(self.findChildren(QWidget))
        if widgets != self._widgets or self._moved:
            self._widgets, self._moved = widgets, False
            self.content_changed.emit()

    def _fit(self, *, content_changed: bool = False) -> None:
        one = self.width() < self.two_column_width()
        if content_changed and self._one_column:
            # Content that narrows does not bring two columns back: each create first clears
            # the results (narrow) and then shows the new stream (wide again), which flipped
            # the window between tabs and columns twice per create (bench/README.md, round 3).
            # A resize decides again.
            one = True
        if one != self._one_column:
            self._switch(one)
        shown = self.tabs if self._one_column else self.splitter
        shown.setGeometry(self.rect())
        if not self._one_column and not self._sizes and self.width() > 0:
            # First time side by side: the form as wide as it wants (at most 45 %), the
            # results (long links, QR codes) the rest; a window growing later widens results.
            form = min(self.form_column.sizeHint().width(), int(self.width() * FORM_SHARE))
            form = max(form, self.form_column.minimumSizeHint().width())
            self._sizes = [form, max(1, self.width() - form - self.splitter.handleWidth())]
            self.splitter.setSizes(self._sizes)

    def _switch(self, one: bool) -> None:
        focus = QApplication.focusWidget()
        if one:
            self._sizes = self.splitter.sizes()
            self.tabs.addTab(self.form_column, self._form_title)
            self.tabs.addTab(self.results_column, self._results_title)
            self.splitter.hide()
            self.tabs.show()
            in_results = focus is not None and self.results_column.isAncestorOf(focus)
            if in_results or self._results_first:
                self.tabs.setCurrentWidget(self.results_column)
        else:
            self.tabs.removeTab(self.tabs.indexOf(self.results_column))
            self.tabs.removeTab(self.tabs.indexOf(self.form_column))
            self.tabs.hide()
            self._put_side_by_side()
            self.splitter.show()
        self._one_column = one
        if focus is not None and focus.isVisible():
            focus.setFocus()
        self.one_column_changed.emit(one)
        self._moved = True
        self._refit.start()  # and content_changed once the moved columns are laid out

    def _put_side_by_side(self) -> None:
        self.splitter.addWidget(self.form_column)
        self.splitter.addWidget(self.results_column)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        for column in (self.form_column, self.results_column):
            column.show()
        if self._sizes:
            self.splitter.setSizes(self._sizes)
