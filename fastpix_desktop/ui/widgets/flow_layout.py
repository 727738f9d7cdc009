"""A layout that places its widgets in a row and wraps to the next line when the row is full.

After Qt's Flow Layout example (doc.qt.io, "Flow Layout Example"): a row of status labels
(the live strip) that would otherwise set the window's minimum width to their total width.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        spacing: int = 12,
        line_gap: int = 2,
        align_right: bool = False,
    ):
        super().__init__(parent)
        self._align_right = align_right  # a button row: the last button at the right edge
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self._line_gap = line_gap
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        shown = [i for i in self._items if not i.isEmpty()]
        width = sum(i.sizeHint().width() for i in shown) + self._spacing * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width, height) + self._margin_size()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.minimumSize())
        return size + self._margin_size()

    def _margin_size(self) -> QSize:
        m: QMargins = self.contentsMargins()
        return QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        rows: list[list[QLayoutItem]] = [[]]
        x = area.x()
        for item in self._items:
            if item.isEmpty():
                continue
            width = item.sizeHint().width()
            if rows[-1] and x + width > area.right() + 1:
                rows.append([])
                x = area.x()
            rows[-1].append(item)
            x += width + self._spacing
        y = area.y()
        for row in rows:
            if not row:
                continue
            hints = [item.sizeHint() for item in row]
            line_height = max(hint.height() for hint in hints)
            used = sum(hint.width() for hint in hints) + self._spacing * (len(row) - 1)
            x = area.x() + (max(0, area.width() - used) if self._align_right else 0)
            if move:
                for item, hint in zip(row, hints, strict=True):
                    size = hint.boundedTo(area.size().expandedTo(hint))
                    item.setGeometry(QRect(QPoint(x, y), size))
                    x += hint.width() + self._spacing
            y += line_height + self._line_gap
        return y - self._line_gap - rect.y() + m.bottom() if rows[0] else m.top() + m.bottom()
