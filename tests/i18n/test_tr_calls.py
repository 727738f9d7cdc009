"""tr() texts must be literals: lupdate extracts only literal source texts, and a text built by
an f-string, ``+``, ``%`` or ``.format`` inside tr() never matches a translation at run time
(format AFTER tr: ``self.tr("Go live on {name}").format(name=...)``). Bare user-visible
literals passed to Qt text setters are flagged too (they would never be translated)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
UI = ROOT / "fastpix_desktop" / "ui"
CORE = ROOT / "fastpix_desktop" / "core"
LIVE_COMMANDS = (
    ROOT / "fastpix_desktop" / "cli" / "live_replies.py"
)  # its replies show in the window

# Where the text argument sits: tr(text, ...), translate(context, text, ...),
# QT_TRANSLATE_NOOP(context, text), QT_TR_NOOP(text).
_TEXT_ARG = {"tr": 0, "translate": 1, "QT_TRANSLATE_NOOP": 1, "QT_TR_NOOP": 0}
# Qt calls whose first string argument is shown to the user.
_SHOWN = {
    "setText",
    "setToolTip",
    "setAccessibleName",
    "setAccessibleDescription",
    "setPlaceholderText",
    "setWindowTitle",
    "setStatusTip",
    "setWhatsThis",
    "setTitle",
    "addItem",
    "addMenu",
    "addAction",
    "addButton",
    "setInformativeText",
    "addRow",
    "addTab",
    "insertTab",
    "setTabText",
    "setTabToolTip",
    "setSuffix",
    "setPrefix",
    "setSpecialValueText",
    "showMessage",
    "QLabel",
    "QPushButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QToolButton",
}


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _files(*folders: Path) -> list[Path]:
    return [p for folder in folders for p in sorted(folder.rglob("*.py"))]


def _calls(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Call):
            yield node


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', '?')}"


def _built_text(arg: ast.expr) -> str | None:
    """Why ``arg`` is not an extractable text, or None when it is fine."""
    if isinstance(arg, ast.JoinedStr):
        return "f-string"
    if isinstance(arg, ast.BinOp):
        return "concatenation or %-formatting"
    if isinstance(arg, ast.Call) and _name(arg.func) == "format":
        return ".format()"
    return None


def test_no_formatting_inside_tr_or_translate():
    problems = []
    for path in [*_files(UI, CORE), LIVE_COMMANDS]:
        for call in _calls(path):
            index = _TEXT_ARG.get(_name(call.func))
            if index is None or len(call.args) <= index:
                continue
            if _name(call.func) == "translate" and not _is_qt_translate(call):
                continue
            why = _built_text(call.args[index])
            if why:
                problems.append(f"{_where(path, call)}: {why} inside {_name(call.func)}()")
    assert not problems, "\n".join(problems)


def test_no_translation_wrappers_called_with_literals():
    """lupdate knows tr(), translate() and the NOOP markers by name: a literal handed to a
    home-made wrapper (``_t("Save")``) is never extracted, so it is never translated."""
    problems = [
        f"{_where(path, call)}: {_name(call.func)}({call.args[0].value!r}) is not extracted; "
        "call QCoreApplication.translate(context, text) or self.tr(text)"
        for path in _files(UI)
        for call in _calls(path)
        if _name(call.func).lstrip("_") in {"t", "tr", "translate", "i18n", "gettext"}
        and not _is_extracted_call(call)
        and call.args
        and isinstance(call.args[0], ast.Constant)
        and isinstance(call.args[0].value, str)
        and _looks_like_words(call.args[0].value)
    ]
    assert not problems, "\n".join(problems)


def _is_extracted_call(call: ast.Call) -> bool:
    func = call.func
    if _name(func) == "tr":
        return isinstance(func, ast.Attribute)  # self.tr / Class.tr, not a bare tr()
    return _name(func) == "translate" and _is_qt_translate(call)


def test_counts_go_through_tr_not_translate():
    """lupdate marks a message numerus only for tr(text, disambiguation, n); a count passed to
    QCoreApplication.translate() is extracted as a plain message and gets no plural forms."""
    problems = [
        f"{_where(path, call)}: a %n count in translate(); use self.tr(text, '', n)"
        for path in _files(UI)
        for call in _calls(path)
        if _name(call.func) == "translate" and _is_qt_translate(call) and len(call.args) > 3
    ]
    assert not problems, "\n".join(problems)


def _is_qt_translate(call: ast.Call) -> bool:
    func = call.func
    return isinstance(func, ast.Attribute) and _name(func.value) in {
        "QCoreApplication",
        "QApplication",
        "QGuiApplication",
    }


def _looks_like_words(text: str) -> bool:
    # An example URL ("obsws://host:4455/password") is not prose to translate.
    return any(c.isalpha() for c in text) and "://" not in text


def test_shown_texts_in_ui_go_through_translation():
    problems = []
    for path in _files(UI):
        for call in _calls(path):
            if _name(call.func) not in _SHOWN:
                continue
            for arg in call.args[:1]:
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    if _looks_like_words(arg.value):
                        problems.append(f"{_where(path, call)}: {arg.value!r} is not translated")
                elif isinstance(arg, ast.JoinedStr):
                    problems.append(f"{_where(path, call)}: an f-string is shown untranslated")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("source", "why"),
    [
        ('self.tr(f"Go live on {name}")', "f-string"),
        ('self.tr("Go live on " + name)', "concatenation or %-formatting"),
        ('self.tr("Go live on %s" % name)', "concatenation or %-formatting"),
        ('self.tr("Go live on {name}".format(name=n))', ".format()"),
        ('QCoreApplication.translate("W", f"{n} streams")', "f-string"),
        ('QCoreApplication.translate("W", "a" + b)', "concatenation or %-formatting"),
    ],
)
def test_the_check_catches_built_texts(source, why):
    call = ast.parse(source).body[0].value
    assert isinstance(call, ast.Call)
    index = _TEXT_ARG[_name(call.func)]
    assert _built_text(call.args[index]) == why


def test_the_check_accepts_formatting_after_tr():
    call = ast.parse('self.tr("Go live on {name}").format(name=n)').body[0].value
    assert isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute)
    inner = call.func.value
    assert isinstance(inner, ast.Call) and _built_text(inner.args[0]) is None
