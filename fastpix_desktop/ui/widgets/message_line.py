"""The plain-words line above the primary action, where every panel's outcome is told.

It keeps one height whatever it says (or when it says nothing), so the buttons below it never
move under the pointer: a message longer than its lines ends in "…" and is whole in the tooltip
and the accessible name.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from fastpix_desktop.ui.widgets.theme import Tone, set_tone

LINES = 2  # beside OBS (420 px) most outcomes fit in two lines


def fit_lines(text: str, font: QFont, width: int, lines: int) -> tuple[str, bool]:
    """``text`` in at most ``lines`` lines of ``width`` px: (the text to show, whether it was
    cut). Line ends are explicit, so the label wraps exactly where this measured."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    spans: list[tuple[int, int]] = []
    layout.beginLayout()
    while len(spans) <= lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        spans.append((line.textStart(), line.textLength()))
    layout.endLayout()
    shown = [text[start : start + length].rstrip() for start, length in spans[:lines]]
    cut = len(spans) > lines
    if cut:
        rest = text[spans[lines - 1][0] :].replace("\n", " ")
        elided = QFontMetrics(font).elidedText(rest, Qt.TextElideMode.ElideRight, width)
        shown[-1] = elided
    return "\n".join(shown), cut


class MessageLine(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionMessage")
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._full = ""
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        policy.setRetainSizeWhenHidden(True)  # hidden or not, the buttons stay put
        self.setSizePolicy(policy)
        self._fix_height()
        self.hide()

    def say(self, text: str, tone: Tone = Tone.NORMAL) -> None:
        self._full = text
        self.setAccessibleName(text)
        set_tone(self, tone)
        self._fit()
        self.setVisible(bool(text))

    def error(self, text: str) -> None:
        """The runner's default ``say``: an AppError's words in the error tone."""
        self.say(text, Tone.ERROR)

    def message(self) -> str:
        return self._full if not self.isHidden() else ""

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fix_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fix_height(self) -> None:
        margins = self.contentsMargins()
        height = LINES * self.fontMetrics().lineSpacing() + margins.top() + margins.bottom()
        if self.height() != height or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def _fit(self) -> None:
        width = max(1, self.contentsRect().width() - 2 * self.margin())
        shown, cut = fit_lines(self._full, self.font(), width, LINES)
        self.setText(shown)
        self.setToolTip(self._full if cut else "")
