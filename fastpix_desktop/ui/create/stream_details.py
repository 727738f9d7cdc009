"""The results panel: a created stream's IDs, ingest settings, playback links and QR codes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fastpix_desktop.core.fastpix.ingest import IngestHosts, ingest_target, playback_url
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP
from fastpix_desktop.core.models import NAME_METADATA_KEY, LiveStream, Protocol
from fastpix_desktop.ui.widgets.clipboard import SecretClipboard
from fastpix_desktop.ui.widgets.qr import QrCodeLabel, qr_pixmap
from fastpix_desktop.ui.widgets.secret_field import CopyField, SecretField
from fastpix_desktop.ui.widgets.text_fit import soft_breaks
from fastpix_desktop.ui.widgets.theme import Tone, set_tone

_CONTEXT = "StreamDetails"
# English source texts, shown through QCoreApplication.translate("StreamDetails", ...).
TRIAL_NOTE = QT_TRANSLATE_NOOP(
    "StreamDetails", "Trial stream: FastPix ends trial streams after 5 minutes."
)
PRIVATE_NOTE = QT_TRANSLATE_NOOP(
    "StreamDetails",
    "Playback is private: these links only play with a signed token, so they are not offered "
    'to open or scan. Make a signed link under "Private playback: signed links".',
)
_STATUS_WORDS = {
    "idle": QT_TRANSLATE_NOOP("StreamDetails", "idle (waiting for OBS to connect)"),
    "preparing": QT_TRANSLATE_NOOP("StreamDetails", "preparing (OBS connected, starting up)"),
    "active": QT_TRANSLATE_NOOP("StreamDetails", "active (live)"),
    "disabled": QT_TRANSLATE_NOOP("StreamDetails", "disabled"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(_CONTEXT, text)


def duration_words(seconds: int | None) -> str:
    """``28800`` -> ``8 h``; 0 or None -> no limit (FastPix sends 0 for unbounded)."""
    if not seconds:
        return QCoreApplication.translate("StreamDetails", "no limit")
    hours, rest = divmod(int(seconds), 3600)
    minutes, secs = divmod(rest, 60)
    parts = [
        QCoreApplication.translate("StreamDetails", "{n} h").format(n=hours) if hours else "",
        QCoreApplication.translate("StreamDetails", "{n} min").format(n=minutes) if minutes else "",
        QCoreApplication.translate("StreamDetails", "{n} s").format(n=secs) if secs else "",
    ]
    return " ".join(p for p in parts if p)


def status_words(status: str) -> str:
    words = _STATUS_WORDS.get(status)
    return _tr(words) if words else status


class StreamDetails(QWidget):
    """Renders one LiveStream for the protocol it was created for; rebuilt on every stream."""

    retry_obs_requested = Signal()
    # No browser opened a playback link: the words to show (the window's message line).
    open_failed = Signal(str)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        clipboard: SecretClipboard | None = None,
        hosts: IngestHosts | None = None,
        open_url: Callable[[QUrl], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("streamDetails")
        self.clipboard = clipboard
        self.hosts = hosts or IngestHosts()
        # Injectable so tests can check the URL without a browser opening.
        self.open_url = open_url or QDesktopServices.openUrl
        self.stream: LiveStream | None = None
        self.protocol: Protocol = Protocol.RTMPS
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._content: QWidget | None = None

        self.empty_label = QLabel(
            self.tr(
                "No stream yet. Fill in the settings and press Create; the stream key, "
                "playback links and QR codes appear here."
            ),
            self,
        )
        self.empty_label.setWordWrap(True)
        set_tone(self.empty_label, Tone.MUTED)
        self._layout.addWidget(self.empty_label)

        self.obs_row = QWidget(self)
        obs_layout = QHBoxLayout(self.obs_row)
        obs_layout.setContentsMargins(0, 0, 0, 0)
        self.obs_result_label = QLabel(self.obs_row)
        self.obs_result_label.setObjectName("obsResultLabel")
        self.obs_result_label.setWordWrap(True)
        self.retry_obs_button = QPushButton(self.tr("Retry OBS"), self.obs_row)
        self.retry_obs_button.setObjectName("retryObsButton")
        self.retry_obs_button.setAccessibleName(self.tr("Retry configuring OBS for this stream"))
        self.retry_obs_button.clicked.connect(self.retry_obs_requested)
        obs_layout.addWidget(self.obs_result_label, 1)
        obs_layout.addWidget(self.retry_obs_button)
        self._layout.addWidget(self.obs_row)
        self.obs_row.hide()

    # ------------------------------------------------------------------ public

    def clear(self) -> None:
        self.stream = None
        if self._content is not None:
            self._content.deleteLater()
            self._content = None
        self.empty_label.show()
        self.obs_row.hide()

    def show_stream(self, stream: LiveStream, protocol: Protocol) -> None:
        self.stream = stream
        self.protocol = protocol
        if self._content is not None:
            self._content.deleteLater()
        self.empty_label.hide()
        self._content = self._build(stream, protocol)
        self._layout.insertWidget(1, self._content)
        self.obs_row.hide()

    def status_label(self) -> QLabel | None:
        """The status line of the stream on screen. Looked up in the current content only: a
        replaced one is deleted later (deleteLater), and until then a search of the whole
        widget may find its label first, so an update would land on the dying copy."""
        if self._content is None:
            return None
        return self._content.findChild(QLabel, "statusLabel")

    def update_status(self, status: str) -> None:
        label = self.status_label()
        if label is not None:
            label.setText(status_words(status))

    def set_obs_result(self, *, ok: bool, message: str) -> None:
        """Under the stream: what happened in OBS; Retry OBS appears only when it failed."""
        self.obs_result_label.setText(message)
        set_tone(self.obs_result_label, Tone.SUCCESS if ok else Tone.ERROR)
        self.retry_obs_button.setVisible(not ok)
        self.obs_row.setVisible(bool(message))

    def set_retry_enabled(self, enabled: bool) -> None:
        self.retry_obs_button.setEnabled(enabled)

    # ------------------------------------------------------------------ building

    def _build(self, stream: LiveStream, protocol: Protocol) -> QWidget:
        content = QWidget(self)
        form = QFormLayout(content)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # In a narrow column a label goes above its field rather than pushing it out of view.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        if stream.name:
            # A field, not a label: a 255-character title is clipped inside the column (the
            # whole of it in the tooltip and the copy) instead of widening the window.
            name = self._copy(
                content, label=self.tr("Stream name"), name="streamNameField", value=stream.name
            )
            _row(form, self.tr("Name"), name)
        stream_id = self._copy(
            content,
            label=self.tr("FastPix stream ID"),
            name="streamIdField",
            value=stream.stream_id,
        )
        _row(form, self.tr("FastPix stream ID"), stream_id)
        status = QLabel(status_words(stream.status), content)
        status.setObjectName("statusLabel")
        status.setAccessibleName(self.tr("FastPix stream status"))
        _row(form, self.tr("Status"), status)
        limits = QLabel(
            self.tr("Max duration: {duration}").format(
                duration=duration_words(stream.max_duration)
            ),
            content,
        )
        limits.setObjectName("maxDurationLabel")
        _row(form, self.tr("Limits"), limits)
        extra = [(k, v) for k, v in stream.metadata.items() if k != NAME_METADATA_KEY]
        for key, value in extra:
            meta = QLabel(self.tr("{key}: {value}").format(key=key, value=value), content)
            meta.setObjectName(f"metadataLabel_{key}")
            meta.setWordWrap(True)
            meta.setText(soft_breaks(meta.text()))
            meta.setToolTip(self.tr("{key}: {value}").format(key=key, value=value))
            _row(form, self.tr("Metadata") if key == extra[0][0] else "", meta)
        if stream.trial:
            _row(
                form,
                "",
                self._note(content, name="trialNote", text=_tr(TRIAL_NOTE), tone=Tone.WARNING),
            )

        target = ingest_target(stream, protocol, self.hosts)
        heading = (
            self.tr("OBS / encoder (RTMPS)")
            if protocol is Protocol.RTMPS
            else self.tr("OBS / encoder (SRT)")
        )
        form.addRow(self._heading(content, heading))
        _row(
            form,
            self.tr("Server"),
            self._copy(
                content, label=self.tr("Server URL"), name="serverUrlField", value=target.server
            ),
        )
        if protocol is Protocol.RTMPS:
            _row(
                form,
                self.tr("Stream key"),
                self._secret(
                    content, label=self.tr("Stream key"), name="streamKeyField", value=target.key
                ),
            )
        else:
            _row(
                form,
                self.tr("SRT stream ID"),
                self._copy(
                    content,
                    label=self.tr("SRT stream ID"),
                    name="srtStreamIdField",
                    value=target.key,
                ),
            )
            _row(
                form,
                self.tr("Passphrase"),
                self._secret(
                    content,
                    label=self.tr("SRT passphrase"),
                    name="srtPassphraseField",
                    value=target.passphrase,
                ),
            )
            _row(
                form,
                self.tr("One-line URL"),
                self._secret(
                    content,
                    label=self.tr("SRT URL for other encoders"),
                    name="srtUrlField",
                    value=target.one_line_url(),
                ),
            )

        form.addRow(self._heading(content, self.tr("Playback")))
        if not stream.playback_ids:
            _row(
                form,
                "",
                self._note(
                    content, name="noPlaybackNote", text=self.tr("No playback ID."), tone=Tone.MUTED
                ),
            )
        for index, pid in enumerate(stream.playback_ids):
            suffix = "" if index == 0 else str(index + 1)
            url = playback_url(pid, hosts=self.hosts)
            _row(
                form,
                self.tr("HLS link")
                if index == 0
                else self.tr("HLS link {number}").format(number=index + 1),
                self._playback_row(content, url=url, suffix=suffix, private=pid.is_private),
            )
            if stream.enable_dvr:
                dvr = playback_url(pid, dvr=True, hosts=self.hosts)
                _row(
                    form,
                    self.tr("DVR link"),
                    self._copy(
                        content,
                        label=self.tr("DVR playback link"),
                        name=f"dvrUrlField{suffix}",
                        value=dvr,
                    ),
                )
        if any(p.is_private for p in stream.playback_ids):
            _row(
                form,
                "",
                self._note(content, name="privateNote", text=_tr(PRIVATE_NOTE), tone=Tone.WARNING),
            )
        return content

    def _heading(self, parent: QWidget, text: str) -> QLabel:
        label = QLabel(text, parent)
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        label.setContentsMargins(0, 6, 0, 0)
        return label

    def _note(self, parent: QWidget, *, name: str, text: str, tone: Tone) -> QLabel:
        label = QLabel(text, parent)
        label.setObjectName(name)
        label.setWordWrap(True)
        set_tone(label, tone)
        return label

    def _copy(self, parent: QWidget, *, label: str, name: str, value: str) -> CopyField:
        field = CopyField(label, object_name=name, parent=parent, clipboard=self.clipboard)
        field.setValue(value)
        return field

    def _secret(self, parent: QWidget, *, label: str, name: str, value: str) -> SecretField:
        field = SecretField(label, object_name=name, parent=parent, clipboard=self.clipboard)
        field.setValue(value)
        return field

    def _open(self, url: str) -> None:
        # QDesktopServices.openUrl returns False when no browser is set up: say so, or the
        # click would do nothing at all.
        if self.open_url(QUrl(url)) is False:
            self.open_failed.emit(
                self.tr(
                    "No web browser opened the link. Copy it instead, or scan the QR code "
                    "with a phone."
                )
            )

    def _playback_row(self, parent: QWidget, *, url: str, suffix: str, private: bool) -> QWidget:
        row = QWidget(parent)
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        field = self._copy(
            row, label=self.tr("Playback link"), name=f"playbackUrlField{suffix}", value=url
        )
        if private:
            # Without ?token= FastPix refuses this link (403): nothing to open or to scan.
            grid.addWidget(field, 0, 0)
            grid.setColumnStretch(0, 1)
            return row
        open_button = QPushButton(self.tr("Open in browser"), row)
        open_button.setObjectName(f"openPlaybackButton{suffix}")
        open_button.setAccessibleName(self.tr("Open playback link in browser"))
        open_button.clicked.connect(lambda: self._open(url))
        qr = QrCodeLabel(row)
        qr.setObjectName(f"playbackQr{suffix}")
        qr.setPixmap(qr_pixmap(url, device_pixel_ratio=self.devicePixelRatioF()))
        qr.setAccessibleName(self.tr("QR code of the playback link"))
        qr.setToolTip(url)
        grid.addWidget(field, 0, 0)
        grid.addWidget(open_button, 1, 0)
        grid.addWidget(qr, 0, 1, 3, 1)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(2, 1)
        return row


def _row(form: QFormLayout, label: str, field: QWidget) -> None:
    """``form.addRow(label, field)`` with the label made here, in Python. Made by Qt (the
    string overload), a label gets a Python wrapper the first time the window walks its
    children (tab order, descriptions), and that wrapper outlived the label when the stream
    shown changed: a few dead wrappers per stream shown, for the whole session (issue 28's
    soak). A label made in Python is released with its widget."""
    caption = QLabel(label, field.parentWidget())
    caption.setBuddy(field)
    form.addRow(caption, field)
