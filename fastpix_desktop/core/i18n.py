"""Marking core strings for translation without importing Qt.

The core stays Qt-free, so it cannot call ``tr()``. A string the UI shows as is (a go-live step
title, a fixed message) is wrapped in ``QT_TRANSLATE_NOOP(context, text)``: at run time it
returns ``text`` unchanged; ``pyside6-lupdate`` recognises the name and extracts ``text`` into
``context``, and the UI translates it at display time with
``QCoreApplication.translate(context, text)``. docs/translations.md has the workflow.
"""

from __future__ import annotations

# lupdate finds these calls by name: keep the name and the (context, text) argument order.


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Return ``text`` unchanged; marks it for extraction into ``context``."""
    del context
    return text


class MarkedText(str):
    """A message built from a marked template and its values: the English text itself (so
    logs, the CLI and comparisons see a plain string), plus what the UI needs to show it in
    its language, values in place (``ui.i18n``)."""

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, values: dict[str, object]) -> MarkedText:
        text = super().__new__(cls, template.format(**values))
        text.template = template
        text.values = values
        return text


def marked(template: str, **values: object) -> str:
    """``template.format(**values)`` that remembers its template; wrap the template in
    QT_TRANSLATE_NOOP so lupdate extracts it."""
    return MarkedText(template, values)
