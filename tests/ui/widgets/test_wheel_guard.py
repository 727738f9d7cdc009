"""The mouse wheel over a combo box, spin box or slider in a scrolling pane scrolls the pane and
changes nothing, unless the control has focus (clicked or reached with Tab)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollArea,
    QScrollBar,
    QWidget,
)

from tests.ui.conftest import run_pending

NOTCH = 120


def wheel(widget: QWidget, notches: int = -2) -> None:
    """``notches`` turns of the wheel over the middle of ``widget`` (negative: towards the user,
    which scrolls down and moves a combo to a later item)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, notches * NOTCH),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def value(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    assert isinstance(widget, QAbstractSlider)
    return widget.value()


def guarded_controls(scroll: QScrollArea) -> list[QWidget]:
    kinds = (QComboBox, QAbstractSpinBox, QAbstractSlider)
    return [
        w
        for w in scroll.widget().findChildren(QWidget)
        if isinstance(w, kinds) and not isinstance(w, QScrollBar) and w.isVisible()
    ]


def test_the_wheel_scrolls_the_settings_instead_of_changing_them(window, qloop):
    window.resize(1024, 360)  # short: the settings column scrolls
    run_pending(qloop)
    scroll = window.findChild(QScrollArea, "formScroll")
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0
    form = window.form
    controls = guarded_controls(scroll)
    assert {form.resolution_combo, form.protocol_combo, form.reconnect_spin} <= set(controls)
    window.create_button.setFocus()
    for control in controls:
        bar.setValue(0)
        before = value(control)
        wheel(control)
        assert value(control) == before, control.objectName()
        assert bar.value() > 0, f"the pane did not scroll over {control.objectName()}"
        assert not control.hasFocus()


def test_a_focused_control_takes_the_wheel(window, qloop):
    window.resize(1024, 360)
    run_pending(qloop)
    combo = window.form.resolution_combo
    combo.setFocus()
    run_pending(qloop)
    before = combo.currentIndex()
    wheel(combo, notches=-1)
    assert combo.currentIndex() != before


def test_the_simulcast_service_ignores_the_wheel_while_the_results_scroll(window, qloop):
    window.resize(1024, 420)
    run_pending(qloop)
    qloop.run_until_complete(window.start_create())
    run_pending(qloop, rounds=20)
    view = window.simulcast_panel.view
    combo = view.preset_combo
    assert combo.isVisible()
    scroll = window.findChild(QScrollArea, "resultsScroll")
    scroll.ensureWidgetVisible(combo)
    run_pending(qloop)
    before = combo.currentData()
    window.create_button.setFocus()
    wheel(combo, notches=-3)
    assert combo.currentData() == before
