"""The go-live checklist: one row per step, each pending, running, done, failed or skipped."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from fastpix_desktop.core.golive.steps import STEP_LABELS, StepId, StepState, StepUpdate
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP, MarkedText
from fastpix_desktop.ui.widgets.text_fit import plain, soft_breaks
from fastpix_desktop.ui.widgets.theme import Tone, set_tone

# Text marks, not colour alone, carry the state (readable for colour-blind users and screen
# readers, and at any scale).
_MARKS = {
    StepState.PENDING: ("○", Tone.MUTED),
    StepState.RUNNING: ("…", Tone.NORMAL),
    StepState.DONE: ("✓", Tone.SUCCESS),
    StepState.FAILED: ("✗", Tone.ERROR),
    StepState.SKIPPED: ("–", Tone.MUTED),
}
_STATE_WORDS = {
    StepState.PENDING: QT_TRANSLATE_NOOP("Checklist", "waiting"),
    StepState.RUNNING: QT_TRANSLATE_NOOP("Checklist", "in progress"),
    StepState.DONE: QT_TRANSLATE_NOOP("Checklist", "done"),
    StepState.FAILED: QT_TRANSLATE_NOOP("Checklist", "failed"),
    StepState.SKIPPED: QT_TRANSLATE_NOOP("Checklist", "skipped"),
}


def step_title(step: StepId) -> str:
    """The step's title in the UI language (core marks the English titles for extraction)."""
    return QCoreApplication.translate("golive", STEP_LABELS.get(step, str(step)))


def detail_text(detail: str) -> str:
    """A step's detail in the UI language: golive's own marked texts, or a core error's
    message (an ID or OBS's own words stay as they are)."""
    if isinstance(detail, MarkedText):  # built from a template: translated, values put back
        for context in ("golive", "errors"):
            template = QCoreApplication.translate(context, detail.template)
            if template != detail.template:
                return template.format(**detail.values)
        return str(detail)
    translated = QCoreApplication.translate("golive", detail) if detail else detail
    return translated if translated != detail else QCoreApplication.translate("errors", detail)


class _Row:
    def __init__(self, parent: QWidget, step: StepId) -> None:
        self.step = step
        self.mark = QLabel(parent)
        self.fit_mark()
        self.label = QLabel(step_title(step), parent)
        self.detail = QLabel(parent)
        self.detail.setWordWrap(True)
        self.detail.setObjectName(f"step_{step}_detail")
        # The detail sits beside its step, always shown (empty or not): a row that grew when
        # its detail appeared re-laid out and repainted the whole results column mid-flow.
        self.state = StepState.PENDING
        self._tones: tuple[Tone, Tone] | None = None

    def fit_mark(self) -> None:
        """A fixed size that fits every mark: then a new mark changes nothing around it. Qt
        skips the parent layout's invalidation for a widget fixed in both directions
        (QWidgetPrivate::updateGeometry_helper); a mark that changed width re-laid out the
        whole checklist and the columns around it, repainting them all (~3 ms per step on
        the path to "configured", bench/README.md round 3)."""
        metrics = self.mark.fontMetrics()
        width = max(metrics.horizontalAdvance(mark) for mark, _ in _MARKS.values())
        margins = self.mark.contentsMargins()
        extra = 2 * self.mark.margin() + 2 * self.mark.frameWidth()
        self.mark.setFixedSize(
            width + extra + margins.left() + margins.right(),
            metrics.height() + extra + margins.top() + margins.bottom(),
        )

    def widgets(self) -> tuple[QLabel, QLabel, QLabel]:
        return self.mark, self.label, self.detail

    def set(self, state: StepState, detail: str) -> None:
        self.state = state
        mark, tone = _MARKS[state]
        self.mark.setText(mark)
        # Long words (a stream ID, a URL) may break anywhere: the column stays narrow.
        self.detail.setText(soft_breaks(detail))
        self.detail.setToolTip(detail)
        tones = (tone, Tone.ERROR if state is StepState.FAILED else Tone.MUTED)
        if tones != self._tones:  # a new palette repaints the label: only when it changes
            self._tones = tones
            set_tone(self.mark, tones[0])
            set_tone(self.detail, tones[1])
        state_word = QCoreApplication.translate("Checklist", _STATE_WORDS[state])
        words = QCoreApplication.translate("Checklist", "{step}: {state}").format(
            step=self.label.text(), state=state_word
        )
        if detail:
            words = QCoreApplication.translate("Checklist", "{words}. {detail}").format(
                words=words, detail=detail
            )
        self.label.setAccessibleName(words)
        self.mark.setAccessibleName(words)


class Checklist(QWidget):
    """Shows the steps of one run; ``apply`` takes the StepUpdates golive reports."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checklist")
        self.setAccessibleName(self.tr("Progress"))
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setColumnStretch(2, 1)
        self._rows: dict[StepId, _Row] = {}

    def reset(self, steps: list[StepId]) -> None:
        """Start a new run: every step pending, in order.

        The same steps as the last run reuse their rows: only their text changes, so a click
        re-lays out nothing.
        """
        if list(self._rows) != steps:
            self._rebuild(steps)
        for row in self._rows.values():
            row.set(StepState.PENDING, "")

    def _rebuild(self, steps: list[StepId]) -> None:
        old = self._rows
        self._rows = {}
        while self._grid.count():
            self._grid.takeAt(0)
        for index, step in enumerate(steps):
            row = old.pop(step, None) or _Row(self, step)
            self._grid.addWidget(row.mark, index, 0, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(row.label, index, 1, Qt.AlignmentFlag.AlignTop)
            self._grid.addWidget(row.detail, index, 2, Qt.AlignmentFlag.AlignTop)
            self._rows[step] = row
        for row in old.values():
            for widget in row.widgets():
                widget.deleteLater()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            for row in self._rows.values():
                row.fit_mark()
        super().changeEvent(event)

    def apply(self, update: StepUpdate) -> None:
        row = self._rows.get(update.step)
        if row is None:  # a step this run did not announce: show it rather than drop it
            self._rebuild([*self._rows, update.step])
            row = self._rows[update.step]
        row.set(update.state, detail_text(update.detail))

    def mark_unfinished(self, state: StepState, detail: str = "") -> None:
        """After a cancel: the running step gets ``detail``; every unfinished step ``state``."""
        for row in self._rows.values():
            if row.state is StepState.RUNNING:
                row.set(state, detail)
            elif row.state is StepState.PENDING:
                row.set(StepState.SKIPPED, "")

    def state(self, step: StepId) -> StepState | None:
        row = self._rows.get(step)
        return row.state if row else None

    def detail(self, step: StepId) -> str:
        row = self._rows.get(step)
        return plain(row.detail.text()) if row else ""

    def steps(self) -> list[StepId]:
        return list(self._rows)
