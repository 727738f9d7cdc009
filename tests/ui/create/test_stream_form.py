"""The settings form: every create setting, inline validation with the API's limits, 422 paths
on the right fields, captions disabled for SRT, nothing invalid ever sent."""

from __future__ import annotations

import pytest

from fastpix_desktop.core.models import AccessPolicy, MaxResolution, Protocol, StreamSettings
from fastpix_desktop.ui.create.stream_form import CAPTIONS_SRT_NOTE, StreamForm


@pytest.fixture
def form(qtbot) -> StreamForm:
    widget = StreamForm()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_every_setting_reaches_stream_settings(form):
    form.name_edit.setText("  Concert  ")
    form.add_metadata_row("team", "audio")
    form.resolution_combo.setCurrentIndex(form.resolution_combo.findData("720p"))
    form.reconnect_spin.setValue(600)
    form.access_combo.setCurrentIndex(form.access_combo.findData("private"))
    form.media_combo.setCurrentIndex(form.media_combo.findData("private"))
    form.dvr_check.setChecked(True)
    form.recording_check.setChecked(False)
    form.captions_check.setChecked(True)

    settings = form.settings()
    assert settings == StreamSettings(
        name="Concert",
        extra_metadata={"team": "audio"},
        max_resolution=MaxResolution.R720P,
        reconnect_window=600,
        access_policy=AccessPolicy.PRIVATE,
        media_policy=AccessPolicy.PRIVATE,
        enable_dvr=True,
        enable_recording=False,
        closed_captions=True,
    )
    body = settings.to_request()
    assert body["inputMediaSettings"]["metadata"] == {"team": "audio", "livestream_name": "Concert"}
    assert form.validate()


def test_reconnect_window_outside_api_limits(form):
    form.reconnect_spin.setValue(30)
    assert "between 60 and 1800" in form.field_error("reconnect").lower()  # live, while typing
    assert not form.validate()
    form.reconnect_spin.setValue(1800)
    assert form.field_error("reconnect") == ""
    form.reconnect_spin.setValue(1801)
    assert not form.validate()


def test_metadata_limits(form):
    for index in range(10):  # ten extra keys + the name = eleven entries
        form.add_metadata_row(f"k{index}", "v")
    form.name_edit.setText("show")
    assert not form.validate()
    assert "at most 10" in form.field_error("metadata").lower()

    form.metadata_table.setRowCount(0)
    form.add_metadata_row("long", "x" * 256)
    assert not form.validate()
    assert "255" in form.field_error("metadata")


def test_metadata_form_rules(form):
    form.add_metadata_row("", "value without key")
    assert "needs a key" in form.field_error("metadata")
    form.metadata_table.setRowCount(0)
    form.add_metadata_row("livestream_name", "x")
    assert "Name field" in form.field_error("metadata")
    form.metadata_table.setRowCount(0)
    form.add_metadata_row("a", "1")
    form.add_metadata_row("a", "2")
    assert "only once" in form.field_error("metadata")
    form.metadata_table.selectRow(1)
    form.remove_metadata_button.click()
    assert form.validate()


def test_name_length_limit(form):
    form.name_edit.setText("n" * 256)
    assert not form.validate()
    assert "255" in form.field_error("name")


def test_captions_disabled_for_srt_with_explanation(form):
    form.captions_check.setChecked(True)
    form.protocol_combo.setCurrentIndex(form.protocol_combo.findData("srt"))
    assert form.protocol() is Protocol.SRT
    assert not form.captions_check.isEnabled()
    assert form.captions_note.isVisible()
    assert form.captions_note.text() == CAPTIONS_SRT_NOTE
    assert form.settings().closed_captions is False  # never sent with SRT
    assert form.validate()
    form.protocol_combo.setCurrentIndex(form.protocol_combo.findData("rtmps"))
    assert form.captions_check.isEnabled() and form.captions_check.isChecked()
    assert not form.captions_note.isVisible()
    assert form.settings().closed_captions is True


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("inputMediaSettings.reconnectWindow", "reconnect"),
        ("reconnectWindow", "reconnect"),
        ("inputMediaSettings.maxResolution", "resolution"),
        ("playbackSettings.accessPolicy", "access_policy"),
        ("inputMediaSettings.mediaPolicy", "media_policy"),
        ("inputMediaSettings.metadata", "metadata"),
        ("inputMediaSettings.metadata.livestream_name", "name"),
        ("inputMediaSettings[0].enableDvrMode", "dvr"),
    ],
)
def test_api_field_paths_map_to_fields(form, path, field):
    unmatched = form.show_errors({path: "rejected by FastPix"})
    assert unmatched == {}
    assert form.field_error(field) == "Rejected by FastPix"


def test_unknown_paths_are_returned(form):
    assert form.show_errors({"somethingElse": "x"}) == {"somethingElse": "x"}


def test_invalid_settings_are_never_sent(window, qloop, sandbox):
    window.form.reconnect_spin.setValue(5)
    assert window.start_create() is None
    qloop.run_until_complete(__import__("asyncio").sleep(0.05))
    assert len(sandbox.streams) == 0
    assert "Fix the highlighted settings" in window.message()
    assert window.create_button.isEnabled()


def test_every_control_has_an_accessible_name(window):
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractSpinBox,
        QComboBox,
        QLineEdit,
        QTableWidget,
    )

    controls = [
        w
        for kind in (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTableWidget)
        for w in window.findChildren(kind)
        if not w.objectName().startswith("qt_")  # Qt's own internals (spin box line edits)
        and not isinstance(w.parent(), QAbstractSpinBox | QComboBox)
    ]
    assert len(controls) > 15
    nameless = [f"{type(w).__name__}:{w.objectName()}" for w in controls if not w.accessibleName()]
    assert nameless == []


def test_stable_object_names(window):
    from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton

    assert window.findChild(QLineEdit, "nameEdit") is window.form.name_edit
    assert window.findChild(QComboBox, "protocolCombo") is window.form.protocol_combo
    assert window.findChild(QPushButton, "createButton") is window.create_button


def test_tab_order_follows_the_layout(window):
    expected = [
        "nameEdit",
        "protocolCombo",
        "resolutionCombo",
        "reconnectSpin",
        "accessPolicyCombo",
        "mediaPolicyCombo",
        "dvrCheck",
        "recordingCheck",
        "captionsCheck",
        "metadataTable",
        "addMetadataButton",
        "removeMetadataButton",
        "startCheck",
        "cancelButton",
        "createButton",
    ]
    seen = []
    widget = window.form.name_edit
    for _ in range(200):
        if widget.objectName() in expected and widget.objectName() not in seen:
            seen.append(widget.objectName())
        if len(seen) == len(expected):
            break
        widget = widget.nextInFocusChain()
    assert seen == expected
