"""Help → Documentation and Help → About: the version, the licence, where the documentation is
and which keyring holds the secrets; a link no browser opened is shown to copy instead."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMenu, QMessageBox

from fastpix_desktop._version import __version__
from fastpix_desktop.resources import resources_dir

LICENCE = "GPL-3.0-or-later"
# FastPix's own documentation (live streaming, playback); the app's guide is its README.
FASTPIX_DOCS_URL = "https://docs.fastpix.io/docs/start-live-stream-1"


def docs_url() -> QUrl:
    """The app's README in a source checkout or editable install, else FastPix's live-streaming
    documentation (a frozen build carries no README)."""
    readme = resources_dir().parent / "README.md"
    if readme.is_file():
        return QUrl.fromLocalFile(str(Path(readme).resolve()))
    return QUrl(FASTPIX_DOCS_URL)


def no_browser_text(url: QUrl) -> str:
    return QCoreApplication.translate(
        "HelpMenu", "No browser opened the link. Copy it into one: {url}"
    ).format(url=url.toString())


class HelpMenu(QObject):
    """Fills the window's Help menu (made with the frame); ``say`` tells what could not be done
    (no browser)."""

    def __init__(
        self,
        menu: QMenu,
        *,
        keyring_backend: Callable[[], str],
        say: Callable[[str], None],
        open_url: Callable[[QUrl], object] | None = None,
    ) -> None:
        super().__init__(menu)
        self.menu = menu
        menu.setObjectName("helpMenu")
        self._keyring_backend = keyring_backend
        self._say = say
        self._open_url = open_url or QDesktopServices.openUrl
        self.docs_action = QAction(self.tr("&Documentation"), self)
        self.docs_action.setObjectName("docsAction")
        self.docs_action.triggered.connect(self.open_docs)
        menu.addAction(self.docs_action)
        self.about_action = QAction(self.tr("&About fastpix-desktop"), self)
        self.about_action.setObjectName("aboutAction")
        self.about_action.triggered.connect(self.show_about)
        menu.addAction(self.about_action)
        self.about_box: QMessageBox | None = None

    def open_docs(self) -> bool:
        url = docs_url()
        if self._open_url(url) is False:
            self._say(no_browser_text(url))
            return False
        return True

    def about_text(self) -> str:
        url = docs_url().toString()
        return self.tr(
            "<p><b>fastpix-desktop {version}</b></p>"
            "<p>Create a FastPix live stream and point OBS at it in one click.</p>"
            "<p>Licence: {licence}</p>"
            "<p>Documentation: <a href='{url}'>{url}</a></p>"
            "<p>Secrets are kept in: {keyring}</p>"
        ).format(version=__version__, licence=LICENCE, url=url, keyring=self._keyring_backend())

    def show_about(self) -> QMessageBox:
        """Non-modal (no exec(): qasync re-enters its loop in one, docs/ui-architecture.md)."""
        box = QMessageBox(self.menu.parentWidget())
        box.setObjectName("aboutBox")
        box.setWindowTitle(self.tr("About fastpix-desktop"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(self.about_text())
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.setModal(False)
        box.show()
        self.about_box = box
        return box
