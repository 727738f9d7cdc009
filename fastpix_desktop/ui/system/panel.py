"""One panel for what ties the app to the system: the autostart action and the update check.
The window places ``banner`` and ``actions``; the app calls ``start()`` once it is usable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from fastpix_desktop.ui.services import PanelContext
from fastpix_desktop.ui.system.autostart_action import AutostartAction
from fastpix_desktop.ui.system.update_notice import UpdateNotice, UpdateSettings

if TYPE_CHECKING:
    from fastpix_desktop.core.autostart import Autostart


class SystemPanel(QObject):
    def __init__(self, ctx: PanelContext, *, autostart: Autostart | None = None) -> None:
        window = ctx.window
        super().__init__(window)
        self.autostart_action = AutostartAction(window, say=ctx.say, writer=autostart)
        self.updates = UpdateNotice(
            window, settings=UpdateSettings(ctx.services.settings.qsettings), runner=ctx.runner
        )
        self.banner = self.updates.banner

    @property
    def actions(self) -> list[QAction]:
        return [self.autostart_action, self.updates.action]

    def start(self) -> None:
        """Once the window is usable (never before: the check must not delay start-up)."""
        self.updates.start()
