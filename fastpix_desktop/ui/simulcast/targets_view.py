"""The simulcast targets of one stream: a pure view with signals out and setters in.

It never talks to FastPix: the window connects ``add_requested``, ``enabled_requested`` and
``remove_requested`` to core/simulcast/use_cases.py's use cases and feeds results back through
``set_targets``, ``set_live`` / ``set_add_rule``, ``set_busy``, ``show_error`` and
``clear_form``. Local checks (URL scheme, key)
and FastPix's idle-only rule for adding are applied here so nothing doomed is ever requested.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fastpix_desktop.core.errors import FastPixValidationError
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP
from fastpix_desktop.core.simulcast.presets import PRESETS, ServicePreset, preset, preset_for_url
from fastpix_desktop.core.simulcast.targets import (
    NOT_IDLE_RULE,
    SimulcastTarget,
    check_target_key,
    check_target_name,
    check_target_url,
)
from fastpix_desktop.ui.i18n import error_text
from fastpix_desktop.ui.widgets.clipboard import SecretClipboard
from fastpix_desktop.ui.widgets.secret_field import SecretField

NO_STATUS_NOTE = QT_TRANSLATE_NOOP(
    "SimulcastTargetsView",
    "FastPix relays your stream to each enabled target. It does not report whether a service "
    "is receiving it, so check the service's own dashboard.",
)


class TargetRow(QFrame):
    """One target: name, URL, enabled/paused, the key masked, Pause/Resume and Remove."""

    def __init__(
        self,
        target: SimulcastTarget,
        *,
        clipboard: SecretClipboard | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.target = target
        self.setObjectName(f"target-{target.simulcast_id}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        service = preset_for_url(target.url)
        title = target.name or service.label
        # Plain text: names and URLs come from the user and FastPix, never rendered as HTML.
        self.title = QLabel(title, self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-weight: bold;")
        self.url_label = QLabel(target.url, self)
        self.url_label.setTextFormat(Qt.TextFormat.PlainText)
        self.url_label.setObjectName("targetUrl")
        # "Enabled" / "Paused" only: FastPix gives no per-target delivery status.
        self.state_label = QLabel(
            self.tr("Enabled") if target.is_enabled else self.tr("Paused"), self
        )
        self.state_label.setObjectName("targetState")
        self.key_field = SecretField(
            self.tr("{title} stream key").format(title=title),
            object_name="targetKey",
            clipboard=clipboard,
            parent=self,
        )
        self.key_field.setValue(target.stream_key)
        enabled = target.is_enabled
        self.toggle_button = QPushButton(self.tr("Pause") if enabled else self.tr("Resume"), self)
        self.toggle_button.setObjectName("toggleTarget")
        toggle_name = self.tr("Pause {title}") if enabled else self.tr("Resume {title}")
        self.toggle_button.setAccessibleName(toggle_name.format(title=title))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("removeTarget")
        self.remove_button.setAccessibleName(self.tr("Remove {title}").format(title=title))

        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.state_label)
        top.addStretch(1)
        top.addWidget(self.toggle_button)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.url_label)
        layout.addWidget(self.key_field)


class SimulcastTargetsView(QWidget):
    """Targets list plus an add form with service presets. Signals out, setters in; no I/O."""

    add_requested = Signal(str, str, str)  # url, stream key, name
    enabled_requested = Signal(str, bool)  # simulcast ID, enabled (False = pause)
    remove_requested = Signal(str)  # simulcast ID

    def __init__(
        self, parent: QWidget | None = None, *, clipboard: SecretClipboard | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("simulcastPanel")
        self._clipboard = clipboard
        self._add_rule: str | None = None
        self._busy = False
        self.rows: dict[str, TargetRow] = {}

        # A window that puts the panel in a titled box hides this heading.
        self.heading = heading = QLabel(self.tr("<b>Simulcast targets</b>"), self)
        note = QLabel(self.tr(NO_STATUS_NOTE), self)
        note.setWordWrap(True)
        self.empty_label = QLabel(self.tr("No simulcast targets yet."), self)
        self.empty_label.setObjectName("noTargets")
        self._rows_box = QVBoxLayout()

        self.preset_combo = QComboBox(self)
        self.preset_combo.setObjectName("presetCombo")
        self.preset_combo.setAccessibleName(self.tr("Service"))
        for service in PRESETS:
            self.preset_combo.addItem(service.label, service.id)
        self.url_edit = QLineEdit(self)
        self.url_edit.setObjectName("targetUrlEdit")
        self.url_edit.setAccessibleName(self.tr("Server URL"))
        self.url_edit.setPlaceholderText("rtmps://server.example:443/app")
        self.key_field = SecretField(
            self.tr("Stream key"), object_name="newTargetKey", clipboard=clipboard, editable=True
        )
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("targetNameEdit")
        self.name_edit.setAccessibleName(self.tr("Target name"))
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("presetHint")
        self.hint_label.setWordWrap(True)
        self.add_button = QPushButton(self.tr("Add target"), self)
        self.add_button.setObjectName("addTarget")
        self.add_button.setAccessibleName(self.tr("Add simulcast target"))
        self.live_label = QLabel(NOT_IDLE_RULE, self)
        self.live_label.setObjectName("liveRule")
        self.live_label.setWordWrap(True)
        self.live_label.hide()
        self.error_label = QLabel(self)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        self.error_label.setObjectName("simulcastError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #c62828;")
        self.error_label.hide()

        form = QFormLayout()
        form.addRow(self.tr("Service"), self.preset_combo)
        form.addRow(self.tr("Server URL"), self.url_edit)
        form.addRow(self.tr("Stream key"), self.key_field)
        form.addRow(self.tr("Name"), self.name_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(note)
        layout.addWidget(self.empty_label)
        layout.addLayout(self._rows_box)
        layout.addLayout(form)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.live_label)
        layout.addWidget(self.add_button)
        layout.addWidget(self.error_label)
        layout.addStretch(1)

        self.preset_combo.currentIndexChanged.connect(self._apply_preset)
        self.add_button.clicked.connect(self._on_add)
        self._apply_preset()

    # ------------------------------------------------------------------ methods in

    def set_targets(self, targets: Sequence[SimulcastTarget]) -> None:
        """Show exactly these targets (replaces the list)."""
        for row in self.rows.values():
            self._rows_box.removeWidget(row)
            row.deleteLater()
        self.rows = {}
        for target in targets:
            row = TargetRow(target, clipboard=self._clipboard, parent=self)
            row.toggle_button.clicked.connect(
                lambda _=False, t=target: self.enabled_requested.emit(
                    t.simulcast_id, not t.is_enabled
                )
            )
            row.remove_button.clicked.connect(
                lambda _=False, t=target: self.remove_requested.emit(t.simulcast_id)
            )
            self._rows_box.addWidget(row)
            self.rows[target.simulcast_id] = row
        self.empty_label.setVisible(not targets)
        self._update_enabled()

    def set_live(self, live: bool) -> None:
        """While live FastPix refuses new targets: say so; pausing and removing still work."""
        self.set_add_rule(NOT_IDLE_RULE if live else None)

    def set_add_rule(self, rule: str | None) -> None:
        """Why FastPix would refuse a new target now (``TargetListing.refusal``: live, disabled
        or trial), shown above Add and instead of any add request; None allows adding."""
        self._add_rule = rule
        self.live_label.setText(rule or "")
        self.live_label.setVisible(rule is not None)

    def set_busy(self, busy: bool) -> None:
        """While a request runs, no second one can be started from here."""
        self._busy = busy
        self._update_enabled()

    def show_error(self, text: str) -> None:
        """Show a failure (from a use case) under the form; an empty text hides it."""
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))

    def clear_form(self) -> None:
        """After a target was added: forget the key, keep the chosen service."""
        self.key_field.setValue("")
        self.show_error("")
        self._apply_preset()

    # ------------------------------------------------------------------ internals

    def current_preset(self) -> ServicePreset:
        return preset(str(self.preset_combo.currentData()))

    def _apply_preset(self) -> None:
        service = self.current_preset()
        self.url_edit.setText(service.url)
        self.url_edit.setReadOnly(False)
        self.name_edit.setText("" if service.id == "custom" else service.label)
        hint = self.tr("Key: {hint}.").format(hint=service.key_hint)
        if service.url_hint:
            hint = self.tr("{key_hint} {url_hint}").format(key_hint=hint, url_hint=service.url_hint)
        self.hint_label.setText(hint)

    def _update_enabled(self) -> None:
        self.add_button.setEnabled(not self._busy)
        for row in self.rows.values():
            row.toggle_button.setEnabled(not self._busy)
            row.remove_button.setEnabled(not self._busy)

    def _on_add(self) -> None:
        if self._add_rule is not None:
            # FastPix would answer 400; explain its rule instead of sending the request.
            self.show_error(self._add_rule)
            return
        try:
            url = check_target_url(self.url_edit.text())
            key = check_target_key(self.key_field.value())
            name = check_target_name(self.name_edit.text())
        except FastPixValidationError as problem:
            self.show_error(error_text(problem))
            return
        self.show_error("")
        self.add_requested.emit(url, key, name)
