"""Readable in dark mode: status colours come from the palette and keep WCAG AA contrast."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from fastpix_desktop.ui.widgets.theme import Tone, contrast_ratio, set_tone


def palette(window: str, text: str) -> QPalette:
    p = QPalette()
    p.setColor(QPalette.ColorRole.Window, QColor(window))
    p.setColor(QPalette.ColorRole.WindowText, QColor(text))
    return p


@pytest.mark.parametrize(
    ("window", "text"), [("#f0f0f0", "#000000"), ("#2d2d2d", "#ffffff"), ("#1e1e1e", "#dddddd")]
)
@pytest.mark.parametrize("tone", [Tone.ERROR, Tone.WARNING, Tone.SUCCESS])
def test_status_tones_are_readable(qtbot, window, text, tone):
    label = QLabel("x")
    qtbot.addWidget(label)
    label.setPalette(palette(window, text))
    set_tone(label, tone)
    shown = label.palette().color(QPalette.ColorRole.WindowText)
    assert contrast_ratio(shown, QColor(window)) >= 4.5


def test_window_under_a_dark_palette(make_window, stored_credentials, qapp):
    previous = qapp.palette()
    qapp.setPalette(palette("#202020", "#eeeeee"))
    try:
        window = make_window()
        window.form.reconnect_spin.setValue(1)
        error = window.form.findChild(QLabel, "reconnectError")
        bg = window.palette().color(QPalette.ColorRole.Window)
        fg = error.palette().color(QPalette.ColorRole.WindowText)
        assert contrast_ratio(fg, bg) >= 4.5
        badge = window.demo_badge
        assert (
            contrast_ratio(
                badge.palette().color(QPalette.ColorRole.WindowText),
                badge.palette().color(QPalette.ColorRole.Window),
            )
            >= 4.5
        )
    finally:
        qapp.setPalette(previous)


def test_no_fixed_sizes_in_the_window(window):
    from PySide6.QtWidgets import QWidget

    fixed = [
        w.objectName() or type(w).__name__
        for w in window.findChildren(QWidget)
        if w.minimumSize() == w.maximumSize() and w.minimumWidth() > 0
    ]
    assert fixed == []


def test_switching_to_dark_at_runtime_retones_labels(window, qapp):
    previous = qapp.palette()
    window.form.reconnect_spin.setValue(1)
    error = window.form.findChild(QLabel, "reconnectError")
    try:
        qapp.setPalette(palette("#202020", "#eeeeee"))
        qapp.processEvents()
        fg = error.palette().color(QPalette.ColorRole.WindowText)
        assert contrast_ratio(fg, QColor("#202020")) >= 4.5
    finally:
        qapp.setPalette(previous)
