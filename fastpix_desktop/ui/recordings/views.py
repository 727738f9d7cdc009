"""The recordings feature's pure views: the last clip (link, QR, "approximate", its media's
status), one recording or clip as a row, and the Past broadcasts dialog. Signals out, setters
in; RecordingsPanel runs what they ask for."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from fastpix_desktop.core.recordings.clips import ClipResult
from fastpix_desktop.core.recordings.log import DaySummary
from fastpix_desktop.core.recordings.media import Media, format_duration
from fastpix_desktop.core.recordings.signed import MediaLink
from fastpix_desktop.core.signing.use_cases import WHAT_IS_A_SIGNING_KEY
from fastpix_desktop.ui.signing.links_view import BROWSER_NOTE, SignedUrlField
from fastpix_desktop.ui.widgets.clipboard import SecretClipboard, default_clipboard
from fastpix_desktop.ui.widgets.qr import QrCodeLabel, qr_pixmap
from fastpix_desktop.ui.widgets.secret_field import CopyField
from fastpix_desktop.ui.widgets.text_fit import soft_breaks
from fastpix_desktop.ui.widgets.theme import Tone, set_tone


def status_words(media: Media) -> str:
    """FastPix's status in the streamer's words: processing, ready or failed."""
    if media.ready:
        return QCoreApplication.translate("MediaRow", "ready")
    if media.failed:
        return QCoreApplication.translate("MediaRow", "failed")
    return QCoreApplication.translate("MediaRow", "processing…")


def hms(seconds: int) -> str:
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}"


def summary_words(summary: DaySummary) -> str:
    """The local log's day: "Today: 2 h 14 min on air · reconnects: 3 · …"."""
    if not summary.broadcasts:
        return QCoreApplication.translate("PastBroadcastsDialog", "Today: no broadcast yet.")
    return QCoreApplication.translate(
        "PastBroadcastsDialog",
        "Today: {duration} on air · reconnects: {reconnects} · peak viewers: {peak} · "
        "clips: {clips}",
    ).format(
        duration=format_duration(summary.seconds) or "0 s",
        reconnects=summary.reconnects,
        peak=summary.peak_viewers,
        clips=summary.clips,
    )


def until_words(expires_at: int) -> str:
    """When a signed link stops playing, in local time."""
    return datetime.fromtimestamp(expires_at).strftime("%Y-%m-%d %H:%M")


def _open_button(parent: QWidget, accessible: str) -> QPushButton:
    """ "Open": the link in the system's player or browser (a bare .m3u8: see the tooltip)."""
    button = QPushButton(QCoreApplication.translate("ClipResultView", "Open"), parent)
    button.setObjectName("openLink")
    button.setAccessibleName(accessible)
    button.setToolTip(QCoreApplication.translate("LinkRow", BROWSER_NOTE))
    return button


def _qr(parent: QWidget, url: str, name: str) -> QrCodeLabel:
    label = QrCodeLabel(parent)
    label.setAccessibleName(name)
    label.setPixmap(qr_pixmap(url, device_pixel_ratio=parent.devicePixelRatioF()))
    return label


class ClipResultView(QWidget):
    """The clip just cut: its range (approximate), its link with Copy, a QR code and status.

    Beside OBS on air the results column shows only a few lines, so the range and the short
    "approximate" note come first and the reason is in their tooltip. A private-only stream's
    clip link carries a signed token: it is masked until Show, and so is its QR code (OBS may
    be capturing this window)."""

    open_requested = Signal(str)  # the whole link, signed or not

    def __init__(self, parent: QWidget, *, clipboard: SecretClipboard | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clipResult")
        self._clipboard = clipboard
        why = self.tr(
            "FastPix counts a clip's times in seconds of the live stream and does not document "
            "where they start after a reconnect, so the range may be a few seconds off."
        )
        self.range_label = QLabel(self)
        self.range_label.setObjectName("clipRange")
        self.range_label.setWordWrap(True)
        self.range_label.setToolTip(why)
        self.approximate = QLabel(self.tr("Times are approximate (hover for why)."), self)
        self.approximate.setObjectName("clipApproximate")
        self.approximate.setWordWrap(True)
        self.approximate.setToolTip(why)
        self.approximate.setAccessibleDescription(why)
        set_tone(self.approximate, Tone.WARNING)
        self.link = CopyField(
            self.tr("Clip link"), object_name="clipLink", parent=self, clipboard=clipboard
        )
        self.signed_link: SignedUrlField | None = None
        self.qr = QrCodeLabel(self)
        self.qr.setObjectName("clipQr")
        self.qr.setAccessibleName(self.tr("QR code of the clip link"))
        self.open_button = _open_button(self, self.tr("Open the clip link in a player"))
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.link_value()))
        self.status = QLabel(self)
        self.status.setObjectName("clipStatus")
        self.status.setWordWrap(True)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.range_label)
        self._layout.addWidget(self.approximate)
        self._layout.addWidget(self.link)
        self._layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignLeft)
        self._layout.addWidget(self.status)
        self.hide()

    def show_clip(self, result: ClipResult) -> None:
        text = self.tr("Clip of {start}–{end} of the broadcast").format(
            start=hms(result.range.start_s), end=hms(result.range.end_s)
        )
        if result.range.capped:
            text += " " + self.tr("(shortened to 30 s, FastPix's documented limit)")
        if result.signed and result.expires_at is not None:
            text += " " + self.tr("· signed link, plays until {until}").format(
                until=until_words(result.expires_at)
            )
        self.range_label.setText(text)
        if self.signed_link is not None:
            self._layout.removeWidget(self.signed_link)
            self.signed_link.setParent(None)
            self.signed_link.deleteLater()
            self.signed_link = None
        self.qr.setPixmap(qr_pixmap(result.url, device_pixel_ratio=self.devicePixelRatioF()))
        if result.signed:
            self.link.setValue("")
            self.link.hide()
            self.signed_link = SignedUrlField(
                self.tr("Signed clip link"),
                result.url,
                result.token,
                clipboard=self._clipboard or default_clipboard(),
                parent=self,
            )
            self.signed_link.setObjectName("clipSignedLink")
            self._layout.insertWidget(self._layout.indexOf(self.link) + 1, self.signed_link)
            self.qr.setVisible(False)  # it carries the token: shown with the revealed link
            self.signed_link.revealed_changed.connect(self.qr.setVisible)
        else:
            self.link.setValue(result.url)
            self.link.show()
            self.qr.show()
        self.status.setText(self.tr("FastPix has not listed the clip yet."))
        set_tone(self.status, Tone.NORMAL)
        self.show()

    def link_value(self) -> str:
        """The whole link the clip plays at (signed or not), as Copy copies it."""
        return self.signed_link.value() if self.signed_link is not None else self.link.value()

    def show_media(self, media: Media) -> None:
        self.status.setText(self.tr("Clip on FastPix: {status}").format(status=status_words(media)))
        set_tone(self.status, Tone.ERROR if media.failed else Tone.NORMAL)


class MediaRow(QFrame):
    """One recording or clip: kind, status, duration, link (Copy, QR) and its MP4 download.

    ``link`` is what RecordingsPanel made of it (core/recordings/signed.py): a private one is
    signed, masked until Show; None for a private one without a signing key (``problem`` then
    says why in a few words)."""

    mp4_requested = Signal(str)  # media ID
    open_requested = Signal(str)  # the whole link, signed or not

    def __init__(
        self,
        media: Media,
        *,
        clip: bool,
        link: MediaLink | None,
        problem: str = "",
        clipboard: SecretClipboard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.media = media
        self.setObjectName("mediaRow")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        kind = self.tr("Clip") if clip else self.tr("Recording")
        when = media.created_at.replace("T", " ").removesuffix("Z")[:16]
        parts = [kind, status_words(media)]
        if media.duration_s is not None:
            parts.append(format_duration(media.duration_s))
        if when:
            parts.append(when + " UTC")
        self.title = QLabel(" · ".join(parts), self)
        self.title.setObjectName("mediaTitle")
        self.title.setWordWrap(True)
        set_tone(self.title, Tone.ERROR if media.failed else Tone.NORMAL)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        self.link: CopyField | None = None
        self.signed_link: SignedUrlField | None = None
        self.mp4_link: CopyField | None = None
        self.signed_mp4: SignedUrlField | None = None
        self.mp4_button: QPushButton | None = None
        self.note: QLabel | None = None
        if media.playback is None or not media.ready:
            return
        if link is None:
            self.note = QLabel(
                soft_breaks(problem or self.tr("Private: no signed link could be made.")), self
            )
            self.note.setObjectName("mediaPrivate")
            self.note.setWordWrap(True)
            set_tone(self.note, Tone.WARNING)
            layout.addWidget(self.note)
            return
        copies = clipboard or default_clipboard()
        if link.private:
            self.signed_link = SignedUrlField(
                self.tr("Signed link"), link.url, link.token, clipboard=copies, parent=self
            )
            self.signed_link.setObjectName("mediaSignedLink")
            layout.addWidget(self.signed_link)
            if link.expires_at is not None:
                until = QLabel(
                    self.tr("Signed: plays until {until}").format(
                        until=until_words(link.expires_at)
                    ),
                    self,
                )
                until.setObjectName("mediaSignedUntil")
                until.setWordWrap(True)
                set_tone(until, Tone.MUTED)
                layout.addWidget(until)
        else:
            self.link = CopyField(
                self.tr("Link"), object_name="mediaLink", parent=self, clipboard=clipboard
            )
            self.link.setValue(link.url)
            layout.addWidget(self.link)
        self.qr = _qr(self, link.url, self.tr("QR code of the link"))
        self.qr.setObjectName("mediaQr")
        # One click away: a list of QR codes is too tall beside OBS (and a signed one carries
        # the token, so it is never on screen unasked).
        self.qr.setVisible(False)
        self.qr_button = QPushButton(self.tr("QR code"), self)
        self.qr_button.setObjectName("mediaQrButton")
        self.qr_button.setCheckable(True)
        self.qr_button.setAccessibleName(self.tr("Show the QR code of the link"))
        self.qr_button.toggled.connect(self.qr.setVisible)
        self.open_button = _open_button(self, self.tr("Open the link in a player"))
        self.open_button.clicked.connect(lambda: self.open_requested.emit(link.url))
        buttons = QHBoxLayout()
        buttons.addWidget(self.qr_button)
        buttons.addWidget(self.open_button)
        if link.mp4_url is not None:
            if link.private:
                self.signed_mp4 = SignedUrlField(
                    self.tr("Signed MP4 download"),
                    link.mp4_url,
                    link.token,
                    clipboard=copies,
                    parent=self,
                )
                self.signed_mp4.setObjectName("mediaSignedMp4")
            else:
                self.mp4_link = CopyField(
                    self.tr("MP4 download"),
                    object_name="mediaMp4",
                    parent=self,
                    clipboard=clipboard,
                )
                self.mp4_link.setValue(link.mp4_url)
        else:
            self.mp4_button = QPushButton(self.tr("Make MP4 downloadable"), self)
            self.mp4_button.setObjectName("mediaMp4Button")
            self.mp4_button.setAccessibleName(self.mp4_button.text())
            self.mp4_button.clicked.connect(lambda: self.mp4_requested.emit(media.id))
            buttons.addWidget(self.mp4_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignLeft)
        for field in (self.mp4_link, self.signed_mp4):
            if field is not None:
                layout.addWidget(field)

    def link_value(self) -> str | None:
        """The whole playable link (signed or not), as Copy copies it."""
        if self.signed_link is not None:
            return self.signed_link.value()
        return self.link.value() if self.link is not None else None

    def mp4_value(self) -> str | None:
        if self.signed_mp4 is not None:
            return self.signed_mp4.value()
        return self.mp4_link.value() if self.mp4_link is not None else None


class PastBroadcastsDialog(QDialog):
    """The stream on screen's recordings and clips, newest first, and today's broadcast log.
    Not modal (shown, never exec'd): the window and OBS stay usable beside it."""

    refresh_requested = Signal()
    mp4_requested = Signal(str)
    open_requested = Signal(str)
    create_key_requested = Signal()

    def __init__(self, parent: QWidget, *, clipboard: SecretClipboard | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pastBroadcastsDialog")
        self.setWindowTitle(self.tr("Past broadcasts"))
        self._clipboard = clipboard
        # Private media without a signing key: what to do, and the button that does it.
        self.key_note = QLabel(self)
        self.key_note.setObjectName("pastKeyNote")
        self.key_note.setWordWrap(True)
        set_tone(self.key_note, Tone.WARNING)
        self.key_explanation = QLabel(
            QCoreApplication.translate("signing", WHAT_IS_A_SIGNING_KEY), self
        )
        self.key_explanation.setObjectName("pastKeyExplanation")
        self.key_explanation.setWordWrap(True)
        set_tone(self.key_explanation, Tone.MUTED)
        self.create_key_button = QPushButton(self.tr("Create signing key"), self)
        self.create_key_button.setObjectName("pastCreateSigningKey")
        self.create_key_button.setAccessibleName(self.tr("Create a playback signing key"))
        self.create_key_button.clicked.connect(self.create_key_requested)
        self.key_box = QWidget(self)
        key_layout = QVBoxLayout(self.key_box)
        key_layout.setContentsMargins(0, 0, 0, 0)
        key_layout.addWidget(self.key_note)
        key_layout.addWidget(self.key_explanation)
        key_layout.addWidget(self.create_key_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.key_box.hide()
        self.summary = QLabel(self)
        self.summary.setObjectName("broadcastSummary")
        self.summary.setWordWrap(True)
        self.stream_label = QLabel(self)
        self.stream_label.setObjectName("pastStream")
        self.stream_label.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("pastStatus")
        self.status.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setObjectName("pastRefresh")
        self.refresh_button.setAccessibleName(self.tr("Refresh the recordings and clips"))
        self.refresh_button.clicked.connect(self.refresh_requested)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAccessibleName(self.tr("Close Past broadcasts"))
        self.close_button.clicked.connect(self.close)
        self._list = QWidget(self)
        self._rows = QVBoxLayout(self._list)
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setObjectName("pastScroll")
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._list)
        buttons = QHBoxLayout()
        buttons.addWidget(self.refresh_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.stream_label)
        layout.addWidget(self.status)
        layout.addWidget(self.key_box)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        self.rows: list[MediaRow] = []

    def set_summary(self, summary: DaySummary) -> None:
        self.summary.setText(summary_words(summary))

    def set_stream(self, name: str | None) -> None:
        self.stream_label.setText(
            self.tr("Stream: {name}").format(name=name)
            if name
            else self.tr("Choose a stream (Your streams) to see its recordings and clips.")
        )

    def set_status(self, text: str, tone: Tone = Tone.NORMAL) -> None:
        self.status.setText(text)
        set_tone(self.status, tone)
        self.status.setVisible(bool(text))

    def set_key_problem(self, text: str, *, can_create: bool) -> None:
        """Private media could not be signed: ``text`` says why ("" hides the note);
        ``can_create`` offers Create signing key (not when the keyring is locked)."""
        self.key_note.setText(text)
        self.key_explanation.setVisible(can_create)
        self.create_key_button.setVisible(can_create)
        self.create_key_button.setEnabled(True)
        self.key_box.setVisible(bool(text))

    def show_media(
        self,
        recordings: list[Media],
        clips: list[Media],
        *,
        links: dict[str, MediaLink | None] | None = None,
        problem: str = "",
    ) -> None:
        """The rows; ``links`` by media ID (RecordingsPanel's, signed where private), and
        ``problem`` for the private ones left without a link."""
        for row in self.rows:
            self._rows.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for media, clip in [(m, False) for m in recordings] + [(m, True) for m in clips]:
            row = MediaRow(
                media,
                clip=clip,
                link=(links or {}).get(media.id),
                problem=problem,
                clipboard=self._clipboard,
                parent=self._list,
            )
            row.mp4_requested.connect(self.mp4_requested)
            row.open_requested.connect(self.open_requested)
            self._rows.insertWidget(self._rows.count() - 1, row)
            self.rows.append(row)
        if not self.rows:
            self.set_status(self.tr("No recordings or clips of this stream yet."))
