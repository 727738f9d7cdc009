"""What "fits" means for the window, shared by the in-process and the QT_SCALE_FACTOR=2 tests."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QPushButton, QScrollArea, QWidget

LONG_TITLE = (
    "Friday Night Elden Ring - Road to Malenia, no-hit run attempt #47 | !discord !merch !socials"
)


def rect_in(widget: QWidget, ancestor: QWidget) -> QRect:
    return QRect(widget.mapTo(ancestor, QPoint(0, 0)), widget.size())


def visible_scrollbars(window: QWidget) -> list[str]:
    """Names of the scroll areas showing a horizontal scrollbar."""
    return [
        area.objectName() or type(area).__name__
        for area in window.findChildren(QAbstractScrollArea)
        if area.isVisible() and area.horizontalScrollBar().isVisible()
    ]


def copy_buttons_out_of_view(window: QWidget) -> list[str]:
    """The Copy (and Show) buttons of the shown results that cannot be seen whole, even after
    scrolling their column vertically to them; [] when every one can."""
    problems = []
    scroll = window.findChild(QScrollArea, "resultsScroll")
    assert scroll is not None and scroll.isVisible()
    buttons = [
        b
        for b in scroll.widget().findChildren(QPushButton)
        if b.text() in ("Copy", "Show", "Hide") and not b.isHidden()
    ]
    assert buttons, "no Copy buttons: was a stream created?"
    window_rect = window.rect()
    for button in buttons:
        scroll.ensureWidgetVisible(button, 0, 0)
        in_view = rect_in(button, scroll.viewport())
        if not scroll.viewport().rect().contains(in_view):
            problems.append(f"{button.accessibleName()} at {in_view} outside the column")
        elif not window_rect.contains(rect_in(button, window)):
            problems.append(f"{button.accessibleName()} outside the window")
    return problems
