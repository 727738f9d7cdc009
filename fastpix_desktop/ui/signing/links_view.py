"""Signed links for private playback: a pure view that asks for keys and links through signals.

No network, keyring or asyncio here: the window listens to ``create_key_requested`` and
``link_requested`` and answers with ``set_key_exists`` / ``show_links`` / ``show_error``.
Tokens are masked until revealed, and so is their QR code: OBS may be capturing this window.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP
from fastpix_desktop.core.redact import redact, register_secret
from fastpix_desktop.core.signing.tokens import DAY, EXPIRY_CHOICES, HOUR
from fastpix_desktop.core.signing.use_cases import WHAT_IS_A_SIGNING_KEY, SignedLink
from fastpix_desktop.ui.widgets.clipboard import SecretClipboard, default_clipboard
from fastpix_desktop.ui.widgets.qr import QrCodeLabel, qr_pixmap
from fastpix_desktop.ui.widgets.theme import Tone, set_tone

CUSTOM = "custom"
NO_BROWSER = QT_TRANSLATE_NOOP(
    "SignedLinksView",
    "This computer has no web browser set up to open links. Copy the link instead, or scan "
    "the QR code with a phone.",
)
# FastPix documents no hosted player page that takes a token (docs/signed-playback.md).
BROWSER_NOTE = QT_TRANSLATE_NOOP(
    "LinkRow",
    "Safari and players such as VLC play these links; most other desktop browsers download a "
    ".m3u8 file instead of playing it. FastPix documents no player page that takes a token.",
)


class SignedUrlField(QWidget):
    """One signed URL: shown with the token masked until revealed; Copy copies it in full."""

    revealed_changed = Signal(bool)

    def __init__(
        self, label: str, url: str, token: str, *, clipboard: SecretClipboard, parent: QWidget
    ) -> None:
        super().__init__(parent)
        register_secret(token)
        self.label = label
        self._url = url
        self._masked = url.replace(token, "••••••")
        self._clipboard = clipboard
        self.edit = QLineEdit(self._masked, self)
        self.edit.setReadOnly(True)
        self.edit.setCursorPosition(0)  # the host and playback ID, not the token's tail
        self.edit.setAccessibleName(label)
        self.reveal_button = QPushButton(self.tr("Show"), self)
        self.reveal_button.setCheckable(True)
        self.reveal_button.setAccessibleName(self.tr("Show {label}").format(label=label))
        self.reveal_button.toggled.connect(self.set_revealed)
        self.copy_button = QPushButton(self.tr("Copy"), self)
        self.copy_button.setAccessibleName(self.tr("Copy {label}").format(label=label))
        self.copy_button.setToolTip(
            self.tr("Copies the whole link; the clipboard is cleared again soon")
        )
        self.copy_button.clicked.connect(lambda: self._clipboard.copy_secret(self._url))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.edit, 1)
        row.addWidget(self.reveal_button)
        row.addWidget(self.copy_button)

    def value(self) -> str:
        return self._url

    def displayed_text(self) -> str:
        return self.edit.text()

    def set_revealed(self, revealed: bool) -> None:
        self.edit.setText(self._url if revealed else self._masked)
        self.edit.setCursorPosition(0)
        self.reveal_button.setText(self.tr("Hide") if revealed else self.tr("Show"))
        if self.reveal_button.isChecked() != revealed:
            self.reveal_button.setChecked(revealed)
        self.revealed_changed.emit(revealed)


class SignedLinksView(QWidget):
    """Expiry choice, a "Get signed link" button per private playback ID, and the links."""

    create_key_requested = Signal()
    expiry_chosen = Signal(int)  # seconds
    link_requested = Signal(str, int)  # playback ID, seconds until the link stops playing

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clipboard: SecretClipboard | None = None,
        open_url: Callable[[QUrl], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("signedLinksPanel")
        self.clipboard = clipboard or default_clipboard()
        # Injectable so tests can check the URL without a browser opening.
        self.open_url = open_url or QDesktopServices.openUrl
        self._key_exists = False
        self._pending: str | None = None
        self.playback_ids: list[str] = []

        self.expiry = QComboBox(self)
        self.expiry.setObjectName("signedLinkExpiry")
        self.expiry.setAccessibleName(self.tr("How long signed links play"))
        for key, seconds in EXPIRY_CHOICES.items():
            self.expiry.addItem(self.expiry_words(seconds), key)
        self.expiry.addItem(self.tr("Custom…"), CUSTOM)
        self.expiry.setCurrentIndex(list(EXPIRY_CHOICES).index("24h"))
        self.custom_amount = QSpinBox(self)
        self.custom_amount.setRange(1, 365)
        self.custom_amount.setValue(3)
        self.custom_amount.setAccessibleName(self.tr("Custom expiry amount"))
        self.custom_unit = QComboBox(self)
        self.custom_unit.setAccessibleName(self.tr("Custom expiry unit"))
        self.custom_unit.addItem(self.tr("hours"), HOUR)
        self.custom_unit.addItem(self.tr("days"), DAY)
        self.custom_unit.setCurrentIndex(1)
        for widget in (self.custom_amount, self.custom_unit):
            widget.setVisible(False)
        self.expiry.currentIndexChanged.connect(self._expiry_changed)
        self.custom_amount.valueChanged.connect(self._expiry_changed)
        self.custom_unit.currentIndexChanged.connect(self._expiry_changed)

        expiry_row = QHBoxLayout()
        expiry_row.addWidget(QLabel(self.tr("Links play for"), self))
        expiry_row.addWidget(self.expiry)
        expiry_row.addWidget(self.custom_amount)
        expiry_row.addWidget(self.custom_unit)
        expiry_row.addStretch(1)

        self.explanation = QLabel(
            QCoreApplication.translate("signing", WHAT_IS_A_SIGNING_KEY), self
        )
        self.explanation.setObjectName("signingKeyExplanation")
        self.explanation.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("Create signing key"), self)
        self.confirm_button.setObjectName("createSigningKeyButton")
        self.confirm_button.setAccessibleName(self.tr("Create a playback signing key"))
        self.confirm_button.clicked.connect(self._confirm_create)
        self.cancel_button = QPushButton(self.tr("Not now"), self)
        self.cancel_button.setAccessibleName(self.tr("Do not create a signing key now"))
        self.cancel_button.clicked.connect(self._cancel_create)
        self._confirm_row = QWidget(self)
        confirm = QHBoxLayout(self._confirm_row)
        confirm.setContentsMargins(0, 0, 0, 0)
        confirm.addWidget(self.confirm_button)
        confirm.addWidget(self.cancel_button)
        confirm.addStretch(1)

        self.status = QLabel("", self)
        self.status.setObjectName("signedLinksStatus")
        self.status.setWordWrap(True)
        self.requests = QWidget(self)
        self._requests_layout = QVBoxLayout(self.requests)
        self._requests_layout.setContentsMargins(0, 0, 0, 0)
        self.links = QWidget(self)
        self._links_layout = QVBoxLayout(self.links)
        self._links_layout.setContentsMargins(0, 0, 0, 0)
        self.link_rows: dict[str, LinkRow] = {}

        layout = QVBoxLayout(self)
        layout.addLayout(expiry_row)
        layout.addWidget(self.requests)
        layout.addWidget(self.explanation)
        layout.addWidget(self._confirm_row)
        layout.addWidget(self.status)
        layout.addWidget(self.links)
        layout.addStretch(1)
        self._show_explanation(False)

    def expiry_words(self, seconds: int) -> str:
        """core.signing.tokens.describe_expiry in the UI language, with its plural forms:
        "24 hours" as the choice reads, but "2 days" rather than "48 hours"."""
        if seconds > DAY and seconds % DAY == 0:
            return self.tr("%n day(s)", "", seconds // DAY)
        if seconds >= HOUR and seconds % HOUR == 0:
            return self.tr("%n hour(s)", "", seconds // HOUR)
        if seconds >= 60 and seconds % 60 == 0:
            return self.tr("%n minute(s)", "", seconds // 60)
        return self.tr("%n second(s)", "", seconds)

    # ------------------------------------------------------------------ in

    def set_playback_ids(self, playback_ids: Sequence[str], *, key_exists: bool) -> None:
        """The stream's private playback IDs (none: its playback is public)."""
        self.playback_ids = list(playback_ids)
        self._key_exists = key_exists
        self._pending = None
        self._clear(self._requests_layout)
        self._clear(self._links_layout)
        self.link_rows.clear()
        self._show_explanation(False)
        self._set_status("", Tone.NORMAL)
        if not self.playback_ids:
            self._set_status(
                self.tr("This stream's playback is public: its links play without a token."),
                Tone.MUTED,
            )
        for pid in self.playback_ids:
            # A short label (the full ID is in the tooltip and accessible name): a button's
            # text cannot wrap, and a 36-character ID kept the column from narrowing.
            text = (
                self.tr("Get signed link")
                if len(self.playback_ids) == 1
                else self.tr("Get signed link ({short}…)").format(short=pid[:8])
            )
            button = QPushButton(text, self.requests)
            button.setToolTip(pid)
            button.setObjectName(f"requestSignedLink-{pid}")
            button.setAccessibleName(
                self.tr("Get a signed link for playback ID {id}").format(id=pid)
            )
            button.clicked.connect(lambda _=False, p=pid: self._request(p))
            self._requests_layout.addWidget(button)

    def set_key_exists(self, exists: bool) -> None:
        """The window made (or forgot) the key; a link asked for before it exists follows."""
        self._key_exists = exists
        if exists:
            self._show_explanation(False)
        if exists and self._pending is not None:
            pid, self._pending = self._pending, None
            self.link_requested.emit(pid, self.expiry_seconds())

    def show_links(self, links: Sequence[SignedLink]) -> None:
        """Add or replace the rows of these links."""
        self._set_status("", Tone.NORMAL)
        for link in links:
            old = self.link_rows.pop(link.playback_id, None)
            if old is not None:
                old.setParent(None)
                old.deleteLater()
            row = LinkRow(link, panel=self)
            self.link_rows[link.playback_id] = row
            self._links_layout.addWidget(row)
            row.show()

    def show_error(self, message: str) -> None:
        self._set_status(redact(message), Tone.ERROR)

    # ------------------------------------------------------------------ state

    def set_expiry_seconds(self, seconds: int) -> None:
        """Choose ``seconds`` (a saved choice): one of the presets, else a custom amount of
        whole days or hours; anything else (0, out of range) keeps the default."""
        keys = [key for key, value in EXPIRY_CHOICES.items() if value == seconds]
        if keys:
            self.expiry.setCurrentIndex(self.expiry.findData(keys[0]))
            return
        for unit in (DAY, HOUR):
            if seconds > 0 and seconds % unit == 0 and seconds // unit <= 365:
                self.custom_amount.setValue(seconds // unit)
                self.custom_unit.setCurrentIndex(self.custom_unit.findData(unit))
                self.expiry.setCurrentIndex(self.expiry.findData(CUSTOM))
                return

    def expiry_seconds(self) -> int:
        choice = self.expiry.currentData()
        if choice == CUSTOM:
            return int(self.custom_amount.value() * self.custom_unit.currentData())
        return EXPIRY_CHOICES[str(choice)]

    def _expiry_changed(self, *_args: object) -> None:
        custom = self.expiry.currentData() == CUSTOM
        self.custom_amount.setVisible(custom)
        self.custom_unit.setVisible(custom)
        self.expiry_chosen.emit(self.expiry_seconds())

    def _request(self, playback_id: str) -> None:
        if self._key_exists:
            self.link_requested.emit(playback_id, self.expiry_seconds())
            return
        self._pending = playback_id  # say what a signing key is before making one
        self._show_explanation(True)

    def _confirm_create(self) -> None:
        self._show_explanation(False)
        self._set_status(self.tr("Creating the signing key…"), Tone.MUTED)
        self.create_key_requested.emit()

    def _cancel_create(self) -> None:
        self._pending = None
        self._show_explanation(False)

    def _show_explanation(self, visible: bool) -> None:
        self.explanation.setVisible(visible)
        self._confirm_row.setVisible(visible)

    def _set_status(self, text: str, tone: Tone) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        set_tone(self.status, tone)

    def open_link(self, url: str) -> None:
        if not self.open_url(QUrl(url)):
            self.show_error(self.tr(NO_BROWSER))

    @staticmethod
    def _clear(layout: QVBoxLayout) -> None:
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()


class LinkRow(QWidget):
    """One playback ID's signed HLS and thumbnail links, with QR (shown with the link) and open."""

    def __init__(self, link: SignedLink, *, panel: SignedLinksView) -> None:
        super().__init__(panel.links)
        self.setObjectName(f"signedLinkRow-{link.playback_id}")
        until = datetime.fromtimestamp(link.expires_at).strftime("%Y-%m-%d %H:%M")
        self.heading = QLabel(
            self.tr("<b>{id}</b> — plays until {until}").format(id=link.playback_id, until=until),
            self,
        )
        self.heading.setWordWrap(True)
        self.hls = SignedUrlField(
            self.tr("Signed playback link"),
            link.hls_url,
            link.token,
            clipboard=panel.clipboard,
            parent=self,
        )
        self.thumbnail = SignedUrlField(
            self.tr("Signed thumbnail link"),
            link.thumbnail_url,
            link.token,
            clipboard=panel.clipboard,
            parent=self,
        )
        self.open_button = QPushButton(self.tr("Open in browser"), self)
        self.open_button.setAccessibleName(self.tr("Open signed playback link in browser"))
        self.open_button.clicked.connect(lambda: panel.open_link(link.hls_url))
        self.note = QLabel(self.tr(BROWSER_NOTE), self)
        self.note.setWordWrap(True)
        set_tone(self.note, Tone.MUTED)
        self.qr = QrCodeLabel(
            self
        )  # paints itself: no QPixmapCache entry per link (ui/widgets/qr.py)
        self.qr.setAccessibleName(self.tr("QR code of the signed playback link"))
        self.qr.setPixmap(qr_pixmap(link.hls_url, device_pixel_ratio=self.devicePixelRatioF()))
        self.qr.setVisible(False)  # it carries the token: shown only with the revealed link
        self.hls.revealed_changed.connect(self.qr.setVisible)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 6, 0, 0)
        grid.addWidget(self.heading, 0, 0)
        grid.addWidget(self.hls, 1, 0)
        grid.addWidget(self.thumbnail, 2, 0)
        grid.addWidget(self.open_button, 3, 0)
        grid.addWidget(self.note, 4, 0)
        # Below the links, not beside them: a signed link's QR code is large (the token makes
        # the URL long) and beside the fields it squeezed them to nothing.
        grid.addWidget(self.qr, 5, 0, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(0, 1)
