"""Runs Python's cyclic garbage collector on the GUI thread only, from a timer.

A QObject must be destroyed on its own thread. Left automatic, the collector runs on whichever
thread happens to allocate (the keyring and OBS workers, asyncio's executor), destroys Qt
objects there, and Qt cannot unregister their timers: they later fire on freed memory (seen
here as a segfault in QTimerInfoList::activateTimers). pyqtgraph's GarbageCollector does the same.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000


class GuiThreadGarbageCollector(QObject):
    """Disables automatic collection and collects on the GUI thread when thresholds are passed."""

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.check)
        self._timer.start(interval_ms)

    def check(self) -> int | None:
        """Collect the oldest generation whose count passed its threshold; return it."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return generation
        return None

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
