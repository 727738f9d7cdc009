"""The checkable Settings action that turns start-with-the-system on and off; the truth is the
entry on disk (or the registry value), read when the Settings menu opens (``sync``), never a
saved setting. The OS's writer (core.autostart) is loaded then too, not with the window."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from fastpix_desktop.core.errors import AppError

if TYPE_CHECKING:
    from fastpix_desktop.core.autostart import Autostart

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
        self._writer = writer
        self._say = say
        self.toggled.connect(self._set)

    @property
    def writer(self) -> Autostart:
        if self._writer is None:
            from fastpix_desktop.core.autostart import for_this_system

            self._writer = for_this_system()
        return self._writer

    def sync(self) -> None:
        """Check the action when the entry is on disk now (the menu is about to show)."""
        try:
            enabled = self.writer.is_enabled()
        except OSError as exc:
            log.warning("Could not read the start-with-the-system entry: %s", exc)
            return
        self.blockSignals(True)  # the truth read, not a change to write
        self.setChecked(enabled)
        self.blockSignals(False)

    def _set(self, on: bool) -> None:
        try:
            if on:
                self.writer.enable()
            else:
                self.writer.disable()
        except (OSError, AppError) as exc:  # AppError: a link planted there (core/localfiles)
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
