"""A window's first complete frame: its first paint event, then a zero timer, which runs once
that paint (children included) has been flushed and control is back in the event loop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer


class AfterFirstPaint(QObject):
    """Calls ``done`` once, after ``window``'s first complete frame; ``remove`` when done with it
    (the frame may never come: a window started minimised is not painted)."""

    def __init__(self, window: QObject, done: Callable[[], None]) -> None:
        super().__init__(window)
        self._window, self._done, self._fired = window, done, False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._fired:
            QTimer.singleShot(0, self._fire)
        return False

    def _fire(self) -> None:
        if not self._fired:
            self._fired = True
            self._done()

    def remove(self) -> None:
        self._window.removeEventFilter(self)
        self.deleteLater()
