"""The library's questions, all awaited without a modal exec() (qasync#59): yes/no prompts for
PromptHost, and two small non-modal dialogs (edit a stream, pick a playback link)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fastpix_desktop.core.errors import RestorePointError
from fastpix_desktop.core.library.rows import LibraryRow
from fastpix_desktop.core.models import NAME_METADATA_KEY
from fastpix_desktop.ui.i18n import ERRORS_CONTEXT, core_text
from fastpix_desktop.ui.widgets.prompt import AsyncPrompt, answer
from fastpix_desktop.ui.widgets.theme import Tone, set_tone

# FastPix's reconnect window bounds, in seconds (docs/stream-library.md).
RECONNECT_MIN_S, RECONNECT_MAX_S = 60, 1800


def no_restore_point_prompt(parent: QWidget | None, error: RestorePointError) -> AsyncPrompt:
    """ "OBS's current destination cannot be saved because <reason>; change OBS anyway?" (No)."""
    return AsyncPrompt(
        parent,
        object_name="noRestorePointPrompt",
        title=QCoreApplication.translate("LibraryPrompts", "OBS's destination cannot be saved"),
        text=QCoreApplication.translate(
            "LibraryPrompts",
            "OBS's current destination cannot be saved because {reason}; change OBS anyway?",
        ).format(reason=core_text(ERRORS_CONTEXT, error.reason)),
        detail=QCoreApplication.translate(
            "LibraryPrompts",
            "Without a saved copy, Restore previous OBS settings cannot bring back what OBS "
            "sends to now.",
        ),
        accept_text=QCoreApplication.translate("LibraryPrompts", "Change OBS anyway"),
        reject_text=QCoreApplication.translate("LibraryPrompts", "No"),
    )


def confirm_prompt(
    parent: QWidget | None, *, name: str, title: str, text: str, detail: str, accept: str
) -> AsyncPrompt:
    return AsyncPrompt(
        parent, object_name=name, title=title, text=text, detail=detail, accept_text=accept
    )


class _AsyncDialog(QDialog):
    """A non-modal dialog whose ``await ask()`` is True when accepted."""

    def __init__(self, parent: QWidget | None, *, object_name: str, title: str) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    async def ask(self) -> bool:
        try:
            return await answer(self, lambda result: result == QDialog.DialogCode.Accepted)
        finally:
            self.deleteLater()


@dataclass(frozen=True)
class EditValues:
    name: str
    reconnect_window: int
    metadata: dict[str, str]


class EditStreamDialog(_AsyncDialog):
    """Rename, edit the other metadata (one KEY=VALUE a line) and the reconnect window."""

    def __init__(self, parent: QWidget | None, row: LibraryRow, *, explanation: str) -> None:
        super().__init__(
            parent,
            object_name="editStreamDialog",
            title=QCoreApplication.translate("LibraryPrompts", "Edit stream"),
        )
        layout = QVBoxLayout(self)
        note = QLabel(explanation, self)
        note.setWordWrap(True)
        layout.addWidget(note)
        form = QFormLayout()
        self.name_edit = QLineEdit(row.name, self)
        self.name_edit.setObjectName("editName")
        self.name_edit.setMaxLength(255)
        self.window_spin = QSpinBox(self)
        self.window_spin.setObjectName("editReconnectWindow")
        self.window_spin.setRange(RECONNECT_MIN_S, RECONNECT_MAX_S)
        self.window_spin.setSuffix(QCoreApplication.translate("LibraryPrompts", " s"))
        self.window_spin.setValue(min(max(row.reconnect_window, RECONNECT_MIN_S), RECONNECT_MAX_S))
        self.metadata_edit = QPlainTextEdit(self)
        self.metadata_edit.setObjectName("editMetadata")
        self.metadata_edit.setPlainText(
            "\n".join(f"{k}={v}" for k, v in row.metadata if k != NAME_METADATA_KEY)
        )
        form.addRow(QCoreApplication.translate("LibraryPrompts", "Name"), self.name_edit)
        form.addRow(
            QCoreApplication.translate("LibraryPrompts", "Reconnect window"), self.window_spin
        )
        form.addRow(
            QCoreApplication.translate("LibraryPrompts", "Other metadata (KEY=VALUE a line)"),
            self.metadata_edit,
        )
        layout.addLayout(form)
        # A value typed outside the bounds (47 s) is said here and OK waits; QSpinBox alone
        # would keep its previous value without a word.
        self.problem = QLabel(self)
        self.problem.setObjectName("editProblem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

    def accept(self) -> None:
        spin = self.window_spin
        if not spin.hasAcceptableInput():
            self.problem.setText(
                QCoreApplication.translate(
                    "LibraryPrompts",
                    "The reconnect window must be {low} to {high} seconds; {typed} is not.",
                ).format(low=RECONNECT_MIN_S, high=RECONNECT_MAX_S, typed=spin.cleanText() or "0")
            )
            set_tone(self.problem, Tone.ERROR)
            self.problem.show()
            spin.setFocus()
            spin.selectAll()
            return
        spin.interpretText()
        super().accept()

    def values(self) -> EditValues:
        metadata: dict[str, str] = {}
        for line in self.metadata_edit.toPlainText().splitlines():
            key, sep, value = line.partition("=")
            if sep and key.strip() and key.strip() != NAME_METADATA_KEY:
                metadata[key.strip()] = value.strip()
        return EditValues(self.name_edit.text().strip(), self.window_spin.value(), metadata)


class ChoiceDialog(_AsyncDialog):
    """Pick one of several values (a playback link to remove)."""

    def __init__(
        self, parent: QWidget | None, *, title: str, text: str, choices: Sequence[tuple[str, str]]
    ) -> None:
        super().__init__(parent, object_name="choiceDialog", title=title)
        layout = QVBoxLayout(self)
        label = QLabel(text, self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.combo = QComboBox(self)
        self.combo.setObjectName("choiceCombo")
        for value, shown in choices:
            self.combo.addItem(shown, value)
        layout.addWidget(self.combo)
        layout.addWidget(self.buttons)

    def value(self) -> str:
        return str(self.combo.currentData())
