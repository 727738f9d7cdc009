"""The opt-in update check in the window: a one-time question in a banner (never a dialog),
the "Check for updates once a day" setting, and "Version X is available" with a link to the
release page. The check runs after start-up on the runner and is silent when it fails."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from fastpix_desktop._version import __version__
from fastpix_desktop.ui.operations import OperationRunner
from fastpix_desktop.ui.widgets.theme import Tone, banner_frame

# core.updates (the feed, its versions) is imported when a check is due, not with the window:
# the check is opt-in, and off until the streamer says yes (bench/README.md, issue 21).
if TYPE_CHECKING:
    from fastpix_desktop.core import updates

_ENABLED = "updates/check_daily"  # "" never asked, "true" / "false" the answer
_LAST_CHECK = "updates/last_check"  # seconds since the epoch of the last check started
_FEED_URL = "updates/feed_url"  # empty: the project's own feed (core.updates)


class UpdateSettings:
    """The update check's keys in the app's QSettings (nothing identifying is stored)."""

    def __init__(self, qsettings: QSettings) -> None:
        self.qsettings = qsettings

    def answer(self) -> bool | None:
        value = str(self.qsettings.value(_ENABLED, "") or "").lower()
        return None if value == "" else value in ("true", "1", "yes")

    def set_answer(self, on: bool) -> None:
        self.qsettings.setValue(_ENABLED, "true" if on else "false")

    def last_check(self) -> float | None:
        try:
            return float(str(self.qsettings.value(_LAST_CHECK, "") or ""))
        except (TypeError, ValueError):
            return None

    def set_last_check(self, when: float) -> None:
        self.qsettings.setValue(_LAST_CHECK, repr(when))

    def feed_url(self) -> str:
        from fastpix_desktop.core import updates

        return updates.feed_url(str(self.qsettings.value(_FEED_URL, "") or ""))


class UpdateNotice(QObject):
    """Owns ``banner`` (placed by the window) and ``action`` (Settings menu)."""

    checked = Signal(object)  # core.updates.Release or None, after each check

    def __init__(
        self,
        parent: QWidget,
        *,
        settings: UpdateSettings,
        runner: OperationRunner,
        current_version: str = __version__,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._runner = runner
        self._version = current_version
        self._clock = clock
        self.release: updates.Release | None = None

        self.banner = QWidget(parent)
        self.banner.setObjectName("updateBanner")
        row = QHBoxLayout(self.banner)
        self.label = QLabel(self.banner)
        self.label.setObjectName("updateLabel")
        self.label.setWordWrap(True)
        self.label.setOpenExternalLinks(True)  # the browser opens the release page; no download
        self.yes_button = QPushButton(self.tr("Check daily"), self.banner)
        self.yes_button.setObjectName("updateYesButton")
        self.no_button = QPushButton(self.tr("No, thanks"), self.banner)
        self.no_button.setObjectName("updateNoButton")
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self.banner)
        self.dismiss_button.setObjectName("updateDismissButton")
        self.yes_button.setAccessibleName(self.tr("Check for new versions once a day"))
        self.no_button.setAccessibleName(self.tr("Do not check for new versions"))
        self.dismiss_button.setAccessibleName(self.tr("Dismiss the new version notice"))
        row.addWidget(self.label, 1)
        for button in (self.yes_button, self.no_button, self.dismiss_button):
            row.addWidget(button)
        banner_frame(self.banner, Tone.NORMAL, strength=0.2)
        self.banner.hide()
        self.yes_button.clicked.connect(lambda: self._answer(True))
        self.no_button.clicked.connect(lambda: self._answer(False))
        self.dismiss_button.clicked.connect(self.banner.hide)

        self.action = QAction(self.tr("Check for &updates once a day"), parent)
        self.action.setObjectName("updateCheckAction")
        self.action.setCheckable(True)
        self.action.setChecked(bool(settings.answer()))
        self.action.toggled.connect(self._toggled)

    def start(self) -> None:
        """After start-up: ask once (a banner), or check when on and due. Returns at once."""
        answer = self._settings.answer()
        if answer is None:
            self._ask()
        elif answer:
            self.check_if_due()

    def check_if_due(self) -> None:
        from fastpix_desktop.core import updates

        now = self._clock()
        if not updates.is_due(self._settings.last_check(), now):
            return
        self._settings.set_last_check(now)  # a failed check waits a day too: never hammer
        self._runner.run(self._check(), name="update-check", say=lambda _text: None)

    async def _check(self) -> None:
        from fastpix_desktop.core import updates

        found = await updates.check_for_update(self._settings.feed_url(), self._version)
        self.release = found
        if found is not None:
            self._show(found)
        self.checked.emit(found)

    def _ask(self) -> None:
        self.label.setText(
            self.tr("Check once a day whether a new version of FastPix Desktop is out?")
        )
        self.label.setToolTip(
            self.tr(
                "Reads the project's public release list; sends nothing about you. Change it "
                "any time in Settings."
            )
        )
        self._buttons(question=True)
        self.banner.show()

    def _show(self, release: updates.Release) -> None:
        # Here, not at the top: html brings html.entities (≈ 0.3 MiB of tables) into every
        # window for a notice most starts never show (bench/README.md, issue 21).
        import html

        version = html.escape(release.tag.lstrip("vV"))
        what_is_new = html.escape(self.tr("What is new"))
        link = f'<a href="{html.escape(release.url, quote=True)}">{what_is_new}</a>'
        text = self.tr("Version {version} is available: {link}")
        self.label.setText(text.format(version=version, link=link))
        self.label.setToolTip(release.url)
        self._buttons(question=False)
        self.banner.show()

    def _buttons(self, *, question: bool) -> None:
        self.yes_button.setVisible(question)
        self.no_button.setVisible(question)
        self.dismiss_button.setVisible(not question)

    def _answer(self, on: bool) -> None:
        self.banner.hide()
        self._settings.set_answer(on)
        self.action.setChecked(on)  # _toggled checks when it turns on

    def _toggled(self, on: bool) -> None:
        self._settings.set_answer(on)
        if on:
            self.check_if_due()
        elif self.yes_button.isVisible():
            self.banner.hide()  # answered through the menu instead of the banner
