"""The stream settings form: every FastPix create setting, inline validation, 422 field errors."""

from __future__ import annotations

import itertools
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fastpix_desktop.core import models as m
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP
from fastpix_desktop.core.models import (
    AccessPolicy,
    MaxResolution,
    Protocol,
    StreamSettings,
)
from fastpix_desktop.ui.widgets.field_errors import match_fields, sentence
from fastpix_desktop.ui.widgets.theme import Tone, set_tone

CAPTIONS_SRT_NOTE = QT_TRANSLATE_NOOP(
    "StreamForm", "Closed captions need RTMPS: FastPix cannot caption a stream sent over SRT."
)

# Full API paths, then last path components, to form field names (see field_errors).
_PATHS = {
    m.F_RESOLUTION: "resolution",
    m.F_RECONNECT: "reconnect",
    m.F_METADATA: "metadata",
    m.F_MEDIA_POLICY: "media_policy",
    m.F_ACCESS_POLICY: "access_policy",
    m.F_CAPTIONS: "captions",
}
_LEAVES = {
    m.NAME_METADATA_KEY: "name",
    "name": "name",
    "maxResolution": "resolution",
    "reconnectWindow": "reconnect",
    "metadata": "metadata",
    "mediaPolicy": "media_policy",
    "accessPolicy": "access_policy",
    "closedCaptions": "captions",
    "enableDvrMode": "dvr",
    "enableRecording": "recording",
}


class StreamForm(QWidget):
    """Collects StreamSettings and the ingest protocol; shows problems under each field."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._errors: dict[str, QLabel] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setPlaceholderText(self.tr("e.g. Friday night stream"))
        self.name_edit.setAccessibleName(self.tr("Stream name"))
        self.name_edit.setToolTip(self.tr("Sent to FastPix as metadata livestream_name"))
        form.addRow(
            self._label(self.tr("&Name"), self.name_edit), self._with_error("name", self.name_edit)
        )

        self.protocol_combo = QComboBox(self)
        self.protocol_combo.setObjectName("protocolCombo")
        self.protocol_combo.setAccessibleName(self.tr("Ingest protocol"))
        self.protocol_combo.addItem(self.tr("RTMPS (works everywhere)"), str(Protocol.RTMPS))
        self.protocol_combo.addItem(self.tr("SRT (better on lossy networks)"), str(Protocol.SRT))
        form.addRow(self._label(self.tr("&Protocol"), self.protocol_combo), self.protocol_combo)

        self.resolution_combo = QComboBox(self)
        self.resolution_combo.setObjectName("resolutionCombo")
        self.resolution_combo.setAccessibleName(self.tr("Maximum resolution"))
        for res in MaxResolution:
            self.resolution_combo.addItem(str(res), str(res))
        form.addRow(
            self._label(self.tr("Max &resolution"), self.resolution_combo),
            self._with_error("resolution", self.resolution_combo),
        )

        self.reconnect_spin = QSpinBox(self)
        self.reconnect_spin.setObjectName("reconnectSpin")
        self.reconnect_spin.setAccessibleName(self.tr("Reconnect window in seconds"))
        # Wider than the API's 60–1800 on purpose: out-of-range input gets a message, not a clamp.
        self.reconnect_spin.setRange(0, 86_400)
        self.reconnect_spin.setSuffix(self.tr(" s", "seconds"))
        self.reconnect_spin.setToolTip(
            self.tr(
                "How long FastPix waits for OBS to come back after a drop ({min}–{max} s)"
            ).format(min=m.RECONNECT_WINDOW_MIN, max=m.RECONNECT_WINDOW_MAX)
        )
        form.addRow(
            self._label(self.tr("Reconnect &window"), self.reconnect_spin),
            self._with_error("reconnect", self.reconnect_spin),
        )

        self.access_combo = self._policy_combo(
            "accessPolicyCombo",
            accessible=self.tr("Playback access"),
            private_text=self.tr("Private (signed URLs)"),
        )
        form.addRow(
            self._label(self.tr("Play&back access"), self.access_combo),
            self._with_error("access_policy", self.access_combo),
        )
        self.media_combo = self._policy_combo(
            "mediaPolicyCombo",
            accessible=self.tr("Recording access"),
            private_text=self.tr("Private (signed URLs)"),
        )
        form.addRow(
            self._label(self.tr("Recordin&g access"), self.media_combo),
            self._with_error("media_policy", self.media_combo),
        )

        self.dvr_check = self._check("dvrCheck", self.tr("&DVR (viewers can rewind)"))
        self.recording_check = self._check(
            "recordingCheck", self.tr("R&ecord to a video on demand")
        )
        self.captions_check = self._check("captionsCheck", self.tr("&Closed captions (English)"))
        self.captions_note = QLabel(self.tr(CAPTIONS_SRT_NOTE), self)
        self.captions_note.setObjectName("captionsNote")
        self.captions_note.setWordWrap(True)
        set_tone(self.captions_note, Tone.MUTED)
        options = QWidget(self)
        options_layout = QVBoxLayout(options)
        options_layout.setContentsMargins(0, 0, 0, 0)
        options_layout.setSpacing(2)
        for widget in (self.dvr_check, self.recording_check, self.captions_check):
            options_layout.addWidget(widget)
        options_layout.addWidget(self.captions_note)
        options_layout.addWidget(self._error_label("captions"))
        options_layout.addWidget(self._error_label("dvr"))
        options_layout.addWidget(self._error_label("recording"))
        form.addRow(QLabel(self.tr("Options"), self), options)

        self.metadata_table = QTableWidget(0, 2, self)
        self.metadata_table.setObjectName("metadataTable")
        self.metadata_table.setAccessibleName(self.tr("Extra metadata key and value pairs"))
        self.metadata_table.setHorizontalHeaderLabels([self.tr("Key"), self.tr("Value")])
        self.metadata_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.metadata_table.verticalHeader().hide()
        self.metadata_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.metadata_table.setTabKeyNavigation(False)  # Tab leaves the table, as in a form
        self.add_metadata_button = QPushButton(self.tr("&Add"), self)
        self.add_metadata_button.setObjectName("addMetadataButton")
        self.add_metadata_button.setAccessibleName(self.tr("Add metadata entry"))
        self.remove_metadata_button = QPushButton(self.tr("Remo&ve"), self)
        self.remove_metadata_button.setObjectName("removeMetadataButton")
        self.remove_metadata_button.setAccessibleName(self.tr("Remove selected metadata entry"))
        self.add_metadata_button.clicked.connect(self.add_empty_metadata_row)
        self.remove_metadata_button.clicked.connect(self._remove_selected_metadata)
        meta = QWidget(self)
        meta_layout = QVBoxLayout(meta)
        meta_layout.setContentsMargins(0, 0, 0, 0)
        meta_layout.addWidget(self.metadata_table)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_metadata_button)
        buttons.addWidget(self.remove_metadata_button)
        buttons.addStretch(1)
        meta_layout.addLayout(buttons)
        meta_layout.addWidget(self._error_label("metadata"))
        # Room for a few rows; the table scrolls beyond that instead of eating the window.
        self.metadata_table.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred
        )
        self.metadata_table.setMinimumHeight(self.fontMetrics().height() * 6)
        form.addRow(self._label(self.tr("E&xtra metadata"), self.metadata_table), meta)

        for signal in (
            self.name_edit.textChanged,
            self.protocol_combo.currentIndexChanged,
            self.resolution_combo.currentIndexChanged,
            self.reconnect_spin.valueChanged,
            self.access_combo.currentIndexChanged,
            self.media_combo.currentIndexChanged,
            self.dvr_check.toggled,
            self.recording_check.toggled,
            self.captions_check.toggled,
            self.metadata_table.itemChanged,
        ):
            signal.connect(self._on_changed)
        self.protocol_combo.currentIndexChanged.connect(self._sync_captions)
        self._set_tab_order()
        self.set_values(StreamSettings(), Protocol.RTMPS)

    # ------------------------------------------------------------------ construction helpers

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _error_label(self, field: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(f"{field}Error")
        label.setWordWrap(True)
        label.hide()
        set_tone(label, Tone.ERROR)
        self._errors[field] = label
        return label

    def _with_error(self, field: str, widget: QWidget) -> QWidget:
        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(widget)
        layout.addWidget(self._error_label(field))
        return box

    def _policy_combo(self, name: str, *, accessible: str, private_text: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.addItem(self.tr("Public (anyone with the link)"), str(AccessPolicy.PUBLIC))
        combo.addItem(private_text, str(AccessPolicy.PRIVATE))
        return combo

    def _check(self, name: str, text: str) -> QCheckBox:
        check = QCheckBox(text, self)
        check.setObjectName(name)
        check.setAccessibleName(text.replace("&", ""))
        return check

    def _set_tab_order(self) -> None:
        chain = [
            self.name_edit,
            self.protocol_combo,
            self.resolution_combo,
            self.reconnect_spin,
            self.access_combo,
            self.media_combo,
            self.dvr_check,
            self.recording_check,
            self.captions_check,
            self.metadata_table,
            self.add_metadata_button,
            self.remove_metadata_button,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    @property
    def last_widget(self) -> QWidget:
        return self.remove_metadata_button

    # ------------------------------------------------------------------ values

    def protocol(self) -> Protocol:
        return Protocol(self.protocol_combo.currentData())

    def extra_metadata(self) -> list[tuple[str, str]]:
        rows = []
        for row in range(self.metadata_table.rowCount()):
            key = self.metadata_table.item(row, 0)
            value = self.metadata_table.item(row, 1)
            rows.append(
                ((key.text() if key else "").strip(), (value.text() if value else "").strip())
            )
        return [(k, v) for k, v in rows if k or v]

    def settings(self) -> StreamSettings:
        return StreamSettings(
            name=self.name_edit.text().strip(),
            extra_metadata=dict(self.extra_metadata()),
            max_resolution=MaxResolution(self.resolution_combo.currentData()),
            reconnect_window=self.reconnect_spin.value(),
            access_policy=AccessPolicy(self.access_combo.currentData()),
            media_policy=AccessPolicy(self.media_combo.currentData()),
            enable_dvr=self.dvr_check.isChecked(),
            enable_recording=self.recording_check.isChecked(),
            # Kept ticked while SRT is chosen so switching back restores it; never sent with SRT.
            closed_captions=self.captions_check.isChecked() and self.protocol() is Protocol.RTMPS,
        )

    def set_values(self, settings: StreamSettings, protocol: Protocol) -> None:
        self.blockSignals(True)
        try:
            self.name_edit.setText(settings.name)
            self.name_edit.setCursorPosition(0)  # a long saved title shows its start
            _select(self.protocol_combo, str(protocol))
            _select(self.resolution_combo, str(settings.max_resolution))
            self.reconnect_spin.setValue(settings.reconnect_window)
            _select(self.access_combo, str(settings.access_policy))
            _select(self.media_combo, str(settings.media_policy))
            self.dvr_check.setChecked(settings.enable_dvr)
            self.recording_check.setChecked(settings.enable_recording)
            self.captions_check.setChecked(settings.closed_captions)
            self.metadata_table.setRowCount(0)
            for key, value in settings.extra_metadata.items():
                self.add_metadata_row(key, value)
        finally:
            self.blockSignals(False)
        self._sync_captions()
        self._sync_metadata_buttons()
        self.clear_errors()

    def add_metadata_row(self, key: str, value: str) -> None:
        row = self.metadata_table.rowCount()
        self.metadata_table.insertRow(row)
        self.metadata_table.setItem(row, 0, QTableWidgetItem(key))
        self.metadata_table.setItem(row, 1, QTableWidgetItem(value))
        if not key:
            self.metadata_table.setCurrentCell(row, 0)
        self._on_changed()

    def add_empty_metadata_row(self) -> None:
        """Add: a new row with the typing cursor in its key cell."""
        if not self.add_metadata_button.isEnabled():
            return
        self.add_metadata_row("", "")
        row = self.metadata_table.rowCount() - 1
        self.metadata_table.setFocus()
        self.metadata_table.setCurrentCell(row, 0)
        item = self.metadata_table.item(row, 0)
        if item is not None:
            self.metadata_table.editItem(item)

    def metadata_room(self) -> int:
        """How many more extra entries FastPix takes (the name is one of its entries)."""
        used = self.metadata_table.rowCount() + (1 if self.name_edit.text().strip() else 0)
        return max(0, m.METADATA_MAX_ENTRIES - used)

    def _sync_metadata_buttons(self, *_args: object) -> None:
        room = self.metadata_room()
        self.add_metadata_button.setEnabled(room > 0)
        self.add_metadata_button.setToolTip(
            self.tr("Add a metadata key and value")
            if room
            else self.tr(
                "FastPix takes at most %n metadata entries, the name included",
                "",
                m.METADATA_MAX_ENTRIES,
            )
        )
        self.remove_metadata_button.setEnabled(self.metadata_table.rowCount() > 0)

    def _remove_selected_metadata(self) -> None:
        rows = sorted({i.row() for i in self.metadata_table.selectedIndexes()}, reverse=True)
        if not rows and self.metadata_table.currentRow() >= 0:
            rows = [self.metadata_table.currentRow()]
        for row in rows:
            self.metadata_table.removeRow(row)
        self._on_changed()

    # ------------------------------------------------------------------ validation

    def problems(self) -> dict[str, str]:
        """API-limit problems (StreamSettings.validation_errors) plus form-only ones."""
        errors = {
            field: core_problem(text)
            for field, text in self.settings().validation_errors(self.protocol()).items()
        }
        keys = [k for k, _ in self.extra_metadata()]
        if any(not k for k in keys):
            errors.setdefault("metadata", self.tr("every value needs a key"))
        elif m.NAME_METADATA_KEY in keys:
            errors.setdefault(
                "metadata",
                self.tr("'{key}' is set by the Name field; use another key").format(
                    key=m.NAME_METADATA_KEY
                ),
            )
        elif len(set(keys)) != len(keys):
            errors.setdefault("metadata", self.tr("each key may appear only once"))
        if len(self.name_edit.text().strip()) > m.METADATA_MAX_VALUE_LEN:
            errors["name"] = self.tr("at most %n characters", "", m.METADATA_MAX_VALUE_LEN)
        return errors

    def validate(self) -> bool:
        """Show every problem under its field; True when the settings can be sent."""
        errors = self.problems()
        self.clear_errors()
        self.show_errors(errors)
        return not errors

    def show_errors(self, errors: Mapping[str, str]) -> dict[str, str]:
        """Put each message under its field; returns the messages no field claims."""
        known = {**_PATHS, **{field: field for field in self._errors}}
        matched, unmatched = match_fields(errors, known=known, leaves=_LEAVES)
        for field, messages in matched.items():
            label = self._errors[field]
            label.setText(sentence(messages))
            label.show()
        return unmatched

    def clear_errors(self) -> None:
        for label in self._errors.values():
            label.clear()
            label.hide()

    def field_error(self, field: str) -> str:
        """The message shown under ``field`` ('' when none); used by tests and screen readers."""
        label = self._errors[field]
        return label.text() if not label.isHidden() else ""

    # ------------------------------------------------------------------ reactions

    def _on_changed(self, *_args: object) -> None:
        self._sync_metadata_buttons()
        if self.signalsBlocked():
            return
        # Live validation: fix-as-you-type, so nothing invalid is ever sent.
        self.clear_errors()
        self.show_errors(self.problems())
        self.changed.emit()

    def _sync_captions(self, *_args: object) -> None:
        srt = self.protocol() is Protocol.SRT
        self.captions_check.setEnabled(not srt)
        self.captions_check.setToolTip(self.tr(CAPTIONS_SRT_NOTE) if srt else "")
        self.captions_note.setVisible(srt)


def core_problem(text: str) -> str:
    """A problem from StreamSettings.validation_errors in the UI language."""
    templates = {
        m.RECONNECT_RANGE_PROBLEM: {"min": m.RECONNECT_WINDOW_MIN, "max": m.RECONNECT_WINDOW_MAX},
        m.METADATA_ENTRIES_PROBLEM: {"max": m.METADATA_MAX_ENTRIES},
    }
    parts = []
    for part in text.split("; "):
        for template, values in templates.items():
            if part == template.format(**values):
                part = QCoreApplication.translate("models", template).format(**values)
                break
        else:
            part = QCoreApplication.translate("models", part)
        parts.append(part)
    return "; ".join(parts)


def _select(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    if index >= 0:
        combo.setCurrentIndex(index)
