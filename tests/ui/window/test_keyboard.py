"""Keyboard-only use: unique mnemonics, Tab in screen order, the metadata table, Ctrl+Return;
and what assistive technology reads (names, descriptions, masked secrets)."""

from __future__ import annotations

import asyncio
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTabBar,
    QTableWidget,
    QWidget,
)

from fastpix_desktop.core import models as m
from fastpix_desktop.ui.widgets.secret_field import SecretField
from tests.ui.conftest import run_pending

_MNEMONIC = re.compile(r"&([^&])")


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def tab_stops(window, start: QWidget) -> list[QWidget]:
    """The widgets Tab visits from ``start``, as Qt walks the focus chain."""
    stops, widget = [], start
    for _ in range(2000):
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
            and window.isAncestorOf(widget)
        ):
            if stops and widget is stops[0]:
                break
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def create(window, qloop) -> None:
    window.form.name_edit.setText("Friday night")
    window.resize(1024, 700)
    run_pending(qloop)
    qloop.run_until_complete(window.start_create())
    run_pending(qloop)
    assert window.message() == "Stream created."


def test_mnemonics_are_unique(window):
    keys: dict[str, list[str]] = {}
    texts = [b.text() for b in window.findChildren(QAbstractButton) if b.isVisible()]
    texts += [lab.text() for lab in window.findChildren(QLabel) if lab.buddy() is not None]
    texts += [a.text() for a in window.menuBar().actions()]
    for text in texts:
        key = mnemonic(text)
        if key:
            keys.setdefault(key, []).append(text)
    assert {k: v for k, v in keys.items() if len(v) > 1} == {}
    assert mnemonic("Play&back access") == "b"


def test_tab_follows_the_screen_after_a_create(window, qloop):
    create(window, qloop)
    window.details.set_obs_result(ok=False, message="OBS said no.")  # Retry OBS shown
    stops = tab_stops(window, window.form.name_edit)
    names = [w.objectName() or w.accessibleName() for w in stops]
    form_end = names.index("startCheck")
    results = names[form_end + 1 :]
    # The form first, then the results from the top, Retry OBS at their end, then the actions.
    assert names[0] == "nameEdit"
    assert results[0] == "streamNameFieldEdit"
    assert "retryObsButton" in results
    retry = results.index("retryObsButton")
    # Panels under the stream (simulcast, signed links) follow it; the actions come last.
    assert "createButton" in results[retry + 1 :]
    # In the stream key row: the value, Show, then Copy.
    key = results.index("streamKeyFieldEdit")
    assert results[key + 1 : key + 3] == ["Show stream key", "Copy stream key"]
    # No stop on a scroll area or anything hidden.
    assert not [w for w in stops if w.objectName() in ("formScroll", "resultsScroll")]


def test_tab_follows_the_screen_in_one_column(window, qloop):
    window.resize(420, 700)
    run_pending(qloop)
    assert window.columns.one_column
    stops = tab_stops(window, window.columns.tabs.tabBar())
    names = [w.objectName() for w in stops]
    # The columns' tab bar, the form column's own tabs (Your streams / New stream), then the
    # new stream's first field.
    assert stops[1] is window.left_tabs.tabBar()
    assert names[2] == "nameEdit"
    assert names.index("createButton") > names.index("addMetadataButton")


def test_add_puts_the_cursor_in_the_new_row_and_stops_at_the_limit(window, qloop):
    form = window.form
    form.name_edit.setText("Show")  # the name is one of FastPix's 10 metadata entries
    form.add_metadata_button.click()
    run_pending(qloop)
    table: QTableWidget = form.metadata_table
    assert table.rowCount() == 1 and table.currentRow() == 0 and table.currentColumn() == 0
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and table.isAncestorOf(editor)
    QTest.keyClicks(editor, "game")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    run_pending(qloop)  # the delegate commits on a queued call
    assert table.item(0, 0).text() == "game"
    while form.add_metadata_button.isEnabled():
        form.add_metadata_button.click()
    assert table.rowCount() == m.METADATA_MAX_ENTRIES - 1
    assert "at most 10" in form.add_metadata_button.toolTip()
    form.name_edit.clear()  # the name's entry is free again
    assert form.add_metadata_button.isEnabled()
    table.setCurrentCell(0, 0)
    form.remove_metadata_button.click()
    assert table.rowCount() == m.METADATA_MAX_ENTRIES - 2


def test_ctrl_return_runs_the_primary_action(window, qloop, sandbox, qtbot):
    window.raise_()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.form.name_edit.setFocus()
    QTest.keyClick(window.form.name_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.create_panel.last_result is None and window.busy  # it started at once

    async def created() -> None:
        while window.busy:
            await asyncio.sleep(0.01)

    qloop.run_until_complete(asyncio.wait_for(created(), 10))
    assert window.message() == "Stream created."
    assert len(sandbox.streams) == 1


def controls(window) -> list[QWidget]:
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QTableWidget)
    return [
        w
        for kind in kinds
        for w in window.findChildren(kind)
        if not w.objectName().startswith("qt_")  # Qt's own parts (a spin box's line edit)
        and not isinstance(w.parent(), QAbstractSpinBox | QComboBox)
        and not (isinstance(w, QLineEdit) and isinstance(w.parent(), QTableWidget))
        and not isinstance(w.parent(), QTabBar)  # its scroll arrows, shown only when needed
        and w.isVisible()
    ]


def test_every_control_has_an_accessible_name_and_description(window, qloop):
    create(window, qloop)
    found = controls(window)
    assert len(found) > 25
    text = QAccessible.Text
    missing = []
    for widget in found:
        iface = QAccessible.queryAccessibleInterface(widget)
        assert iface is not None
        if not iface.text(text.Name).strip():
            missing.append(f"name: {type(widget).__name__} {widget.objectName()}")
        if not iface.text(text.Description).strip():
            missing.append(f"description: {type(widget).__name__} {widget.objectName()}")
    assert missing == [], "\n".join(missing)


def test_masked_secrets_expose_bullets_not_the_secret(window, qloop):
    create(window, qloop)
    field = window.details.findChild(SecretField, "streamKeyField")
    secret = field.value()
    assert len(secret) > 8
    iface = QAccessible.queryAccessibleInterface(field.edit)
    text = QAccessible.Text
    value = iface.text(text.Value)
    assert secret not in value and set(value) <= {"●", "•", "*"}
    assert secret not in iface.text(text.Name) and secret not in iface.text(text.Description)
    text_iface = iface.textInterface()
    shown = text_iface.text(0, text_iface.characterCount())
    assert secret not in shown and set(shown) <= {"●", "•", "*"}
    assert secret not in field.edit.toolTip()
    field.set_revealed(True)
    assert iface.text(text.Value) == secret  # revealed on purpose: now it is read out
    field.set_revealed(False)
    assert secret not in iface.text(text.Value)


def test_dialog_controls_have_names_and_descriptions_and_mask_the_secret(window, qloop):
    from fastpix_desktop.ui.credentials.dialog import CredentialsDialog

    window.credentials_panel.credentials_action.trigger()
    run_pending(qloop)
    dialog = window.findChild(CredentialsDialog, "credentialsDialog")
    dialog.secret_key_field.edit.setText("typed-secret-value")
    text = QAccessible.Text
    missing = []
    for widget in controls(dialog):
        iface = QAccessible.queryAccessibleInterface(widget)
        for kind in (text.Name, text.Description):
            if not iface.text(kind).strip():
                missing.append(f"{kind.name}: {type(widget).__name__} {widget.objectName()}")
        assert "typed-secret-value" not in iface.text(text.Value)
    dialog.reject()
    assert missing == [], "\n".join(missing)


def test_obs_dialog_controls_have_names_and_descriptions(window, qloop):
    from fastpix_desktop.ui.obs.connection_dialog import ObsConnectionDialog

    window.obs_panel.connection_action.trigger()
    run_pending(qloop)
    dialog = window.findChild(ObsConnectionDialog, "obsConnectionDialog")
    assert dialog is not None
    text = QAccessible.Text
    missing = [
        f"{kind.name}: {type(w).__name__} {w.objectName()}"
        for w in controls(dialog)
        for kind in (text.Name, text.Description)
        if not QAccessible.queryAccessibleInterface(w).text(kind).strip()
    ]
    dialog.reject()
    assert missing == [], "\n".join(missing)
