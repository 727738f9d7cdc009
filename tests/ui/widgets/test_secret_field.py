"""SecretField: masked by default, reveal toggles, copy puts the full value on the clipboard,
and a copied secret is cleared later only if the clipboard still holds it."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from fastpix_desktop.ui.widgets.clipboard import CLEAR_AFTER_MS, SecretClipboard, secret_mime_data
from fastpix_desktop.ui.widgets.secret_field import CopyField, SecretField

SECRET = "ba016466451c770511d5992ec54bb271k91b8484250e5a1ed03fd4e100b807082"


@pytest.fixture
def clipboard(qapp):
    helper = SecretClipboard(clear_after_ms=50)
    yield helper
    helper.clear_now()
    QGuiApplication.clipboard().clear()


@pytest.fixture
def field(qtbot, clipboard) -> SecretField:
    widget = SecretField("Stream key", object_name="streamKeyField", clipboard=clipboard)
    qtbot.addWidget(widget)
    widget.setValue(SECRET)
    return widget


def test_masked_until_revealed(field):
    assert field.value() == SECRET
    assert SECRET not in field.displayed_text()
    assert not field.is_revealed()
    field.reveal_button.click()
    assert field.is_revealed()
    assert field.displayed_text() == SECRET
    assert field.reveal_button.text() == "Hide"
    field.reveal_button.click()
    assert SECRET not in field.displayed_text()


def test_copy_then_clear_after_delay(field, qtbot):
    field.copy_button.click()
    clipboard = QGuiApplication.clipboard()
    assert clipboard.text() == SECRET
    assert field.clipboard.pending == 1
    qtbot.waitUntil(lambda: clipboard.text() == "", timeout=2000)
    assert field.clipboard.pending == 0


def test_newer_clipboard_content_is_left_alone(field, qtbot):
    field.copy_button.click()
    QGuiApplication.clipboard().setText("something the user copied later")
    qtbot.waitUntil(lambda: field.clipboard.pending == 0, timeout=2000)
    assert QGuiApplication.clipboard().text() == "something the user copied later"


def test_clear_now_on_quit(field):
    field.clipboard.clear_after_ms = 60_000
    field.copy_button.click()
    field.clipboard.clear_now()
    assert QGuiApplication.clipboard().text() == ""


def test_copied_secret_is_marked_for_clipboard_managers(qapp):
    # Built directly: reading QClipboard.mimeData() back from Python crashed PySide6 6.12 later
    # in the run (the wrapper outlived the clipboard's object).
    mime = secret_mime_data(SECRET)
    assert mime.text() == SECRET
    assert mime.hasFormat("x-kde-passwordManagerHint")


def test_default_delay_is_thirty_seconds():
    assert CLEAR_AFTER_MS == 30_000


def test_copy_field_is_plain_and_not_cleared(qtbot, clipboard):
    widget = CopyField("Playback link", object_name="playbackUrlField", clipboard=clipboard)
    qtbot.addWidget(widget)
    widget.setValue("https://stream.fastpix.com/abc.m3u8")
    widget.copy_button.click()
    assert QGuiApplication.clipboard().text() == "https://stream.fastpix.com/abc.m3u8"
    assert clipboard.pending == 0
    assert widget.edit.displayText() == widget.value()


def test_editable_secret_input(qtbot):
    widget = SecretField("Secret key", editable=True)
    qtbot.addWidget(widget)
    qtbot.keyClicks(widget.edit, "typed-secret")
    assert widget.value() == "typed-secret"
    assert "typed-secret" not in widget.displayed_text()
    assert widget.copy_button.isHidden()


def test_accessible_names(field):
    assert field.edit.accessibleName() == "Stream key"
    assert field.copy_button.accessibleName() == "Copy stream key"
    assert field.reveal_button.accessibleName() == "Show stream key"
    field.set_revealed(True)
    assert field.reveal_button.accessibleName() == "Hide stream key"
