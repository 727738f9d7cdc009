"""The checkable Settings action that turns start-with-the-system on and off; the truth is the
entry on disk (or the registry value), read when the menu is built, never a saved setting."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from fastpix_desktop.core.autostart import Autostart, for_this_system

log = logging.getLogger(__name__)


class AutostartAction(QAction):
    def __init__(
        self,
        parent: QObject,
        *,
        say: Callable[[str], object],
        writer: Autostart | None = None,
    ) -> None:
        super().__init__(self.tr("Start with the system, in the &tray"), parent)
        self.setObjectName("autostartAction")
        self.setCheckable(True)
        self.writer = writer or for_this_system()
        self._say = say
        try:
            self.setChecked(self.writer.is_enabled())
        except OSError as exc:
            log.warning("Could not read the start-with-the-system entry: %s", exc)
        self.toggled.connect(self._set)

    def _set(self, on: bool) -> None:
        try:
            if on:
                self.writer.enable()
            else:
                self.writer.disable()
        except OSError as exc:
            log.warning("Could not change the start-with-the-system entry: %s", exc)
            self.blockSignals(True)
            self.setChecked(not on)
            self.blockSignals(False)
            self._say(self.tr("Could not change starting with the system; see the log."))
            return
        self._say(
            self.tr("FastPix Desktop will start in the tray when you log in.")
            if on
            else self.tr("FastPix Desktop will no longer start when you log in.")
        )
