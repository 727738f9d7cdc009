"""The first window's size and position: remembered from last time, always inside the screen.

Sizes are in Qt's device-independent pixels, so at QT_SCALE_FACTOR=2 a 1600x1000 screen offers
800x500 and the window is sized from that, not from a fixed pixel size.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from fastpix_desktop.ui.settings import AppSettings

# Share of the screen's free area a first window takes at most.
SCREEN_SHARE = 0.9


def available_area(widget: QWidget) -> QRect:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 700)


def fit(size: QSize, area: QRect, minimum: QSize) -> QSize:
    """``size`` shrunk to the area (never below ``minimum`` unless the area is smaller still)."""
    width = min(size.width(), area.width())
    height = min(size.height(), area.height())
    width = max(width, min(minimum.width(), area.width()))
    return QSize(width, max(height, min(minimum.height(), area.height())))


def place_first_window(window: QWidget, settings: AppSettings, preferred: QSize) -> None:
    """Restore last time's geometry, or ``preferred`` centred; either way inside the screen."""
    area = available_area(window)
    saved = settings.window_geometry()
    if saved is not None and window.restoreGeometry(saved):
        if window.isMaximized() or window.isFullScreen():
            return
        size = fit(window.size(), area, window.minimumSizeHint())
        if size != window.size():
            window.resize(size)
        return
    share = QSize(int(area.width() * SCREEN_SHARE), int(area.height() * SCREEN_SHARE))
    size = fit(preferred.boundedTo(share), area, window.minimumSizeHint())
    window.resize(size)
    frame = QRect(area.topLeft(), size)
    frame.moveCenter(area.center())
    window.move(frame.topLeft())


def keep_on_screen(window: QWidget) -> None:
    """After the content grew the window (its layout's minimum): still inside the screen, moved
    back rather than shrunk where it fits."""
    if window.isMaximized() or window.isFullScreen():
        return
    area = available_area(window)
    size = fit(window.size(), area, window.minimumSizeHint())
    if size != window.size():
        window.resize(size)
    frame = window.frameGeometry()
    if area.contains(frame):
        return
    x = min(max(frame.left(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.top(), area.top()), area.bottom() + 1 - frame.height())
    window.move(max(x, area.left()), max(y, area.top()))
