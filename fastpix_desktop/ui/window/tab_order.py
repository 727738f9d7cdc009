"""Tab order in screen order: walk the layouts top to bottom, left to right, and chain the
controls found in that order.

Qt's default order is creation order, so a widget built later (a stream's results, a Retry OBS
button made at start-up) lands in the wrong place; relinking after each change keeps Tab
following what is on screen, for panels added later too.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QFormLayout,
    QGridLayout,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def _layout_items(layout: QLayout) -> list[QLayoutItem]:
    if isinstance(layout, QFormLayout):
        items = []
        for row in range(layout.rowCount()):
            for role in (
                QFormLayout.ItemRole.LabelRole,
                QFormLayout.ItemRole.FieldRole,
                QFormLayout.ItemRole.SpanningRole,
            ):
                item = layout.itemAt(row, role)
                if item is not None:
                    items.append(item)
        return items
    if isinstance(layout, QGridLayout):
        placed = []
        for index in range(layout.count()):
            position: tuple[int, int, int, int] = layout.getItemPosition(index)  # type: ignore[assignment]
            placed.append((position[0], position[1], index))
        return [item for *_rc, i in sorted(placed) if (item := layout.itemAt(i)) is not None]
    items = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is not None:
            items.append(item)
    return items


def _children_in_order(widget: QWidget) -> list[QWidget]:
    children: list[QWidget | None]
    if isinstance(widget, QTabWidget):
        children = [widget.tabBar(), *(widget.widget(i) for i in range(widget.count()))]
    elif isinstance(widget, QSplitter | QStackedWidget):
        children = [widget.widget(i) for i in range(widget.count())]
    elif isinstance(widget, QScrollArea):
        children = [widget.widget()]
    else:
        children = list(
            widget.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        )
    return [child for child in children if child is not None and not child.isWindow()]


def _walk_layout(layout: QLayout, out: list[QWidget], seen: set[int]) -> None:
    for item in _layout_items(layout):
        widget = item.widget()
        if widget is not None:
            _walk(widget, out, seen)
        elif (inner := item.layout()) is not None:
            _walk_layout(inner, out, seen)


def _walk(widget: QWidget, out: list[QWidget], seen: set[int]) -> None:
    if id(widget) in seen or (widget.isWindow() and out):
        return
    seen.add(id(widget))
    layout = widget.layout()
    container = isinstance(widget, QTabWidget | QSplitter | QStackedWidget | QScrollArea)
    table_like = isinstance(widget, QAbstractScrollArea) and not isinstance(widget, QScrollArea)
    if _takes_tab(widget) and (table_like or (layout is None and not container)):
        out.append(widget)
        return
    if widget.focusProxy() is not None and layout is None and not container:
        out.append(widget)
        return
    if layout is not None:
        _walk_layout(layout, out, seen)
        # Children outside the layout (rare) follow in creation order.
        for child in _children_in_order(widget):
            if id(child) not in seen and not child.isWindow():
                _walk(child, out, seen)
        return
    for child in _children_in_order(widget):
        _walk(child, out, seen)


def focus_chain(root: QWidget) -> list[QWidget]:
    """The controls under ``root`` that Tab stops on, in screen (layout) order."""
    out: list[QWidget] = []
    _walk(root, out, set())
    return [w for w in out if w is not root]


def relink(root: QWidget) -> list[QWidget]:
    """Set the tab order under ``root`` to its screen order; returns the chain."""
    chain = focus_chain(root)
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)
    return chain


def _can_take_tab(widget: QWidget) -> bool:
    target = widget.focusProxy() or widget
    return widget.isVisible() and widget.isEnabled() and _takes_tab(target)


def move_focus(root: QWidget, *, forward: bool) -> bool:
    """Tab / Shift+Tab from the focused control to the next one in screen order under ``root``,
    wrapping at the end; False when the focus is not in that chain (Qt then decides).

    Qt's own chain also holds each composite field's outer widget (a CopyField with a focus
    proxy) where it was created, after the controls relinked before it existed: Tab from the
    last control then jumped into the results and never came back to the tabs and the form.
    """
    current = QApplication.focusWidget()
    if current is None or not root.isAncestorOf(current):
        return False

    def holds_focus(widget: QWidget) -> bool:
        return widget is current or widget.isAncestorOf(current) or widget.focusProxy() is current

    chain = [w for w in focus_chain(root) if holds_focus(w) or _can_take_tab(w)]
    index = next((i for i, w in enumerate(chain) if holds_focus(w)), None)
    if index is None:
        return False
    target = chain[(index + (1 if forward else -1)) % len(chain)]
    reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
    target.setFocus(reason)
    parent = target.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QScrollArea):
            parent.ensureWidgetVisible(target)  # what QScrollArea does for Tab itself
        parent = parent.parentWidget()
    return True
