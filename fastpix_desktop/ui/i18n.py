"""Showing core text in the UI language, and the languages the app offers.

The core is Qt-free: it marks fixed strings with ``core.i18n.QT_TRANSLATE_NOOP`` and the UI
translates them here, at display time. docs/translations.md has the workflow.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from fastpix_desktop.core.i18n import MarkedText
from fastpix_desktop.core.onair.reconnect_advice import ADVICE_CONTEXT, ReconnectAdvice
from fastpix_desktop.ui.settings import AppSettings

# Contexts the core uses in QT_TRANSLATE_NOOP (lupdate extracts the strings into them).
ERRORS_CONTEXT = "errors"


def error_text(exc: BaseException) -> str:
    """``str(exc)`` in the UI language when the core marked that message (or the template it
    was built from) for translation; otherwise (a server's own text) the English text as is."""
    text = str(exc)
    template = getattr(exc, "template", None)
    values = getattr(exc, "template_values", {})
    if template and text == template.format(**values):
        # A value that is itself marked (a phrase like "create the stream") is translated too.
        shown = {key: _value_text(ERRORS_CONTEXT, value) for key, value in values.items()}
        return QCoreApplication.translate(ERRORS_CONTEXT, template).format(**shown)
    return QCoreApplication.translate(ERRORS_CONTEXT, text)


def core_text(context: str, text: str) -> str:
    """A core message in the UI language: a fixed marked text, or one built by
    ``core.i18n.marked`` (its template translated, then its values put back in)."""
    if not text:
        return text
    if isinstance(text, MarkedText):
        template = text.template
        values = {key: _value_text(context, value) for key, value in text.values.items()}
        return QCoreApplication.translate(context, template).format(**values)
    return QCoreApplication.translate(context, text)


def _value_text(context: str, value: object) -> object:
    # A value that is itself a marked text (a note inside a reply) or a core error is shown in
    # the UI language too; names, numbers and servers' words are left as they are.
    if isinstance(value, BaseException):
        return error_text(value)
    if isinstance(value, MarkedText):
        return core_text(context, value)
    return value


def advice_text(advice: ReconnectAdvice) -> str:
    """One finding of core.onair.reconnect_advice in the UI language, values in place."""
    return core_text(advice.context or ADVICE_CONTEXT, advice.message)


def golive_text(text: str) -> str:
    """A go-live result's words or step detail (core/golive/words.py) in the UI
    language."""
    return core_text("golive", text)


def onair_text(text: str) -> str:
    """An on-air notice or banner from the core (core.onair.watchdog, core.onair.notify,
    core.onair) in the UI language."""
    return core_text("onair", text)


# (code, name) in the language's own words, so a user who cannot read the current UI language
# still finds theirs; "" follows the system locale.
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("de", "Deutsch"),
    ("es", "Español"),
)


class LanguageMenu(QMenu):
    """Settings → Language: System default, or one of LANGUAGES; applies at the next start
    (the translator is installed before any widget exists)."""

    def __init__(self, parent: QWidget, *, settings: AppSettings, say: Callable[[str], object]):
        super().__init__(self.tr("&Language"), parent)
        self.setObjectName("languageMenu")
        self._settings = settings
        self._say = say
        group = QActionGroup(self)
        group.setExclusive(True)
        current = settings.language()
        self.language_actions: dict[str, QAction] = {}
        for code, name in (("", self.tr("System default")), *LANGUAGES):
            action = QAction(name, self)
            action.setObjectName(f"languageAction_{code or 'system'}")
            action.setCheckable(True)
            action.setChecked(code == current)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            group.addAction(action)
            self.addAction(action)
            self.language_actions[code] = action

    def choose(self, code: str) -> None:
        if code == self._settings.language():
            return
        self._settings.set_language(code)
        self.language_actions[code].setChecked(True)
        self._say(self.tr("The language changes the next time fastpix-desktop starts."))
