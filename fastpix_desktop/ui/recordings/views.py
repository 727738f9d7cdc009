"""The recordings feature's pure views: the last clip (link, QR, "approximate", its media's
status), one recording or clip as a row, and the Past broadcasts dialog. Signals out, setters
in; RecordingsPanel runs what they ask for."""

from __future__ import annotations

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
from fastpix_desktop.ui.widgets.clipboard import SecretClipboard
from fastpix_desktop.ui.widgets.qr import QrCodeLabel, qr_pixmap
from fastpix_desktop.ui.widgets.secret_field import CopyField
from fastpix_desktop.ui.widgets.text_fit import soft_breaks
from fastpix_desktop.ui.widgets.theme import Tone, set_tone

MP4_FILE = {"capped_4k": "capped-4k.mp4", "audioOnly": "audio.m4a"}


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


def _qr(parent: QWidget, url: str, name: str) -> QrCodeLabel:
    label = QrCodeLabel(parent)
    label.setAccessibleName(name)
    label.setPixmap(qr_pixmap(url, device_pixel_ratio=parent.devicePixelRatioF()))
    return label


class ClipResultView(QWidget):
    """The clip just cut: its link with Copy, a QR code, its range (approximate) and status."""

    def __init__(self, parent: QWidget, *, clipboard: SecretClipboard | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clipResult")
        self.range_label = QLabel(self)
        self.range_label.setObjectName("clipRange")
        self.range_label.setWordWrap(True)
        self.link = CopyField(
            self.tr("Clip link"), object_name="clipLink", parent=self, clipboard=clipboard
        )
        self.qr = QrCodeLabel(self)
        self.qr.setObjectName("clipQr")
        self.qr.setAccessibleName(self.tr("QR code of the clip link"))
        self.approximate = QLabel(
            self.tr(
                "Times are approximate: FastPix does not document where a broadcast's seconds "
                "start after a reconnect."
            ),
            self,
        )
        self.approximate.setObjectName("clipApproximate")
        self.approximate.setWordWrap(True)
        set_tone(self.approximate, Tone.WARNING)
        self.status = QLabel(self)
        self.status.setObjectName("clipStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.range_label)
        layout.addWidget(self.link)
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.approximate)
        layout.addWidget(self.status)
        self.hide()

    def show_clip(self, result: ClipResult) -> None:
        text = self.tr("Clip of {start}–{end} of the broadcast").format(
            start=hms(result.range.start_s), end=hms(result.range.end_s)
        )
        if result.range.capped:
            text += " " + self.tr("(shortened to 30 s, FastPix's documented limit)")
        self.range_label.setText(text)
        self.link.setValue(result.url)
        self.qr.setPixmap(qr_pixmap(result.url, device_pixel_ratio=self.devicePixelRatioF()))
        self.status.setText(self.tr("FastPix has not listed the clip yet."))
        set_tone(self.status, Tone.NORMAL)
        self.show()

    def show_media(self, media: Media) -> None:
        self.status.setText(self.tr("Clip on FastPix: {status}").format(status=status_words(media)))
        set_tone(self.status, Tone.ERROR if media.failed else Tone.NORMAL)


class MediaRow(QFrame):
    """One recording or clip: kind, status, duration, link (Copy, QR) and its MP4 download."""

    mp4_requested = Signal(str)  # media ID

    def __init__(
        self,
        media: Media,
        *,
        clip: bool,
        playback_base: str,
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
        self.mp4_link: CopyField | None = None
        self.mp4_button: QPushButton | None = None
        self.note: QLabel | None = None
        playback = media.playback
        if playback is None or not media.ready:
            return
        base = playback_base.rstrip("/")
        if playback.access_policy != "public":
            self.note = QLabel(
                soft_breaks(
                    self.tr("Private: make a link under Signed links (playback ID {id}).").format(
                        id=playback.id
                    )
                ),
                self,
            )
            self.note.setObjectName("mediaPrivate")
            self.note.setWordWrap(True)
            layout.addWidget(self.note)
            return
        url = f"{base}/{playback.id}.m3u8"
        self.link = CopyField(
            self.tr("Link"), object_name="mediaLink", parent=self, clipboard=clipboard
        )
        self.link.setValue(url)
        row = QHBoxLayout()
        row.addWidget(self.link, 1)
        layout.addLayout(row)
        self.qr = _qr(self, url, self.tr("QR code of the link"))
        self.qr.setObjectName("mediaQr")
        self.qr.setVisible(False)  # one click away: a list of QR codes is too tall beside OBS
        self.qr_button = QPushButton(self.tr("QR code"), self)
        self.qr_button.setObjectName("mediaQrButton")
        self.qr_button.setCheckable(True)
        self.qr_button.setAccessibleName(self.tr("Show the QR code of the link"))
        self.qr_button.toggled.connect(self.qr.setVisible)
        buttons = QHBoxLayout()
        buttons.addWidget(self.qr_button)
        file = MP4_FILE.get(media.mp4_support.split(",")[-1])
        if file:
            self.mp4_link = CopyField(
                self.tr("MP4 download"), object_name="mediaMp4", parent=self, clipboard=clipboard
            )
            self.mp4_link.setValue(f"{base}/{playback.id}/{file}")
        else:
            self.mp4_button = QPushButton(self.tr("Make MP4 downloadable"), self)
            self.mp4_button.setObjectName("mediaMp4Button")
            self.mp4_button.setAccessibleName(self.mp4_button.text())
            self.mp4_button.clicked.connect(lambda: self.mp4_requested.emit(media.id))
            buttons.addWidget(self.mp4_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.qr, 0, Qt.AlignmentFlag.AlignLeft)
        if self.mp4_link is not None:
            layout.addWidget(self.mp4_link)


class PastBroadcastsDialog(QDialog):
    """The stream on screen's recordings and clips, newest first, and today's broadcast log.
    Not modal (shown, never exec'd): the window and OBS stay usable beside it."""

    refresh_requested = Signal()
    mp4_requested = Signal(str)

    def __init__(
        self, parent: QWidget, *, playback_base: str, clipboard: SecretClipboard | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pastBroadcastsDialog")
        self.setWindowTitle(self.tr("Past broadcasts"))
        self._playback_base = playback_base
        self._clipboard = clipboard
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

    def show_media(self, recordings: list[Media], clips: list[Media]) -> None:
        for row in self.rows:
            self._rows.removeWidget(row)
            row.deleteLater()
        self.rows = []
        for media, clip in [(m, False) for m in recordings] + [(m, True) for m in clips]:
            row = MediaRow(
                media,
                clip=clip,
                playback_base=self._playback_base,
                clipboard=self._clipboard,
                parent=self._list,
            )
            row.mp4_requested.connect(self.mp4_requested)
            self._rows.insertWidget(self._rows.count() - 1, row)
            self.rows.append(row)
        if not self.rows:
            self.set_status(self.tr("No recordings or clips of this stream yet."))
