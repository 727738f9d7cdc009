"""Combo boxes, spin boxes and sliders in a scrolling pane ignore the mouse wheel unless they have
focus: the wheel scrolls the pane instead of turning "Twitch" into "Custom" or 1080p into 480p.

One event filter for the whole window (``guard_wheel(root)``, run again whenever the columns'
content changes); the wheel no longer gives these controls focus, a click or Tab does.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QScrollBar,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def _scroll_area(widget: QWidget) -> QAbstractScrollArea | None:
    """The nearest scroll area around ``widget`` (a column, a dialog's scrolling page)."""
    parent = widget.parentWidget()
    while parent is not None and not parent.isWindow():
        if isinstance(parent, QAbstractScrollArea):
            return parent
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    """Sends a wheel turned over an unfocused guarded control to the pane that scrolls it."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus():
            return False  # the streamer chose this control: the wheel changes it
        area = _scroll_area(watched)
        if area is None:
            return False
        QCoreApplication.sendEvent(area.viewport(), event)
        return True


def guard_wheel(root: QWidget) -> int:
    """Guard every combo box, spin box and slider under ``root`` that sits in a scroll area;
    returns how many are guarded. Safe to call again: a filter is installed once per widget."""
    guard = root.findChild(WheelGuard, options=Qt.FindChildOption.FindDirectChildrenOnly)
    if guard is None:
        guard = WheelGuard(root)
    count = 0
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, GUARDED) or isinstance(widget, QScrollBar):
            continue
        if _scroll_area(widget) is None:
            continue
        # Qt gives wheel focus before any filter runs (QApplication::notify), which would make
        # the first notch count as "focused": Tab and click only.
        for part in (widget, *widget.findChildren(QWidget)):
            if part.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                part.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.removeEventFilter(guard)
        widget.installEventFilter(guard)
        count += 1
    return count
