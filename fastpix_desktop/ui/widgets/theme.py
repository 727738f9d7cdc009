"""Status colours picked from the current palette, so text stays readable in light and dark mode.

Qt has no palette role for "error" or "success"; these helpers choose a tone with enough contrast
against the window background instead of hard-coding colours for a light theme.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QLabel, QWidget


class Tone(StrEnum):
    NORMAL = "normal"
    ERROR = "error"
    WARNING = "warning"
    SUCCESS = "success"
    MUTED = "muted"


# (on a light background, on a dark background); each passes WCAG AA (4.5:1) on typical
# light (#f0f0f0) and dark (#2d2d2d) window colours.
_TONES = {
    Tone.ERROR: ("#b3261e", "#ff8a80"),
    Tone.WARNING: ("#8a5300", "#ffcc66"),
    Tone.SUCCESS: ("#1b6e20", "#7ee07e"),
}


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


def tone_color(palette: QPalette, tone: Tone) -> QColor:
    if tone is Tone.NORMAL:
        return palette.color(QPalette.ColorRole.WindowText)
    if tone is Tone.MUTED:
        return palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText)
    light, dark = _TONES[tone]
    return QColor(dark if is_dark(palette) else light)


def set_tone(label: QLabel, tone: Tone, *, base: QPalette | None = None) -> None:
    """Colour a label's text for ``tone`` through its palette (no style sheet, no fixed theme)."""
    palette = label.palette()
    if base is None:
        parent = label.parentWidget()
        base = parent.palette() if parent is not None else palette
    palette.setColor(QPalette.ColorRole.WindowText, tone_color(base, tone))
    label.setPalette(palette)
    label.setProperty("tone", str(tone))


def retone(root: QWidget) -> None:
    """Recompute every toned label under ``root`` (after the system switches light/dark)."""
    # The application palette is already the new one; parents may not have caught up yet.
    base = QGuiApplication.palette()
    for widget in root.findChildren(QWidget):
        banner = widget.property("banner_tone")
        if banner:
            widget.setPalette(base)
            banner_frame(widget, Tone(banner), strength=float(widget.property("banner_strength")))
    for label in root.findChildren(QLabel):
        tone = label.property("tone")
        if tone:
            label.setPalette(base)
            set_tone(label, Tone(tone), base=base)


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio between two colours (1.0 = none, 21.0 = black on white)."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def banner_frame(widget: QWidget, tone: Tone, *, strength: float = 0.15) -> None:
    """Give a banner a tinted background derived from the palette's window colour."""
    palette = widget.palette()
    base = palette.color(QPalette.ColorRole.Window)
    accent = QColor(_TONES.get(tone, ("#888888", "#888888"))[1 if is_dark(palette) else 0])
    # A light tint of the accent over the window colour keeps the palette's text readable.
    keep = 1.0 - strength
    mixed = QColor(
        round(base.red() * keep + accent.red() * strength),
        round(base.green() * keep + accent.green() * strength),
        round(base.blue() * keep + accent.blue() * strength),
    )
    palette.setColor(QPalette.ColorRole.Window, mixed)
    widget.setAutoFillBackground(True)
    widget.setPalette(palette)
    widget.setProperty("banner_tone", str(tone))
    widget.setProperty("banner_strength", strength)
