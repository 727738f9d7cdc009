"""An error shown in the window goes through ``ui.i18n.error_text`` (the core's marked message in
the UI language), never ``str(exc)``: ``str()`` gives the English text, so a German window
would show that one error in English. An AST walk over ``ui/`` finds an exception (a name bound
by ``except ... as``, or a name / attribute called ``exc``, ``err``, ``error``, ``problem``
or ``*_error``) turned into text by ``str()``, ``format()``, an f-string, ``%`` or
``.format()``. Log lines (``log.*``, ``logger.*``) and ``print`` (the self-test's stderr) stay
English by design and are not checked."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
UI = ROOT / "fastpix_desktop" / "ui"
TRANSLATOR = UI / "i18n.py"  # error_text itself starts from str(exc)

_ERROR_NAME = re.compile(r"^(exc|err|error|problem|failure)$|_error$")
_LOGGERS = {"log", "logger", "logging"}


def _error_like(node: ast.expr, bound: set[str]) -> bool:
    if isinstance(node, ast.Name):
        return node.id in bound or bool(_ERROR_NAME.search(node.id))
    if isinstance(node, ast.Attribute):
        return bool(_ERROR_NAME.search(node.attr))
    return False


def _renders(node: ast.AST, bound: set[str]) -> ast.expr | None:
    """The exception ``node`` turns into text, if it does."""
    if isinstance(node, ast.Call):
        func = node.func
        shown = isinstance(func, ast.Name) and func.id in {"str", "format"} and node.args
        if shown and _error_like(node.args[0], bound):
            return node.args[0]
        if isinstance(func, ast.Attribute) and func.attr == "format":
            for arg in [*node.args, *(k.value for k in node.keywords)]:
                if _error_like(arg, bound):
                    return arg
    if isinstance(node, ast.FormattedValue) and _error_like(node.value, bound):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod):
        right = node.right
        for arg in right.elts if isinstance(right, ast.Tuple) else [right]:
            if _error_like(arg, bound):
                return arg
    return None


def _is_log_or_print(call: ast.Call) -> bool:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id == "print"
    return (
        isinstance(func, ast.Attribute)
        and isinstance(func.value, ast.Name)
        and func.value.id in _LOGGERS
    )


def _walk(node: ast.AST, bound: set[str]) -> Iterator[ast.expr]:
    if isinstance(node, ast.Call) and _is_log_or_print(node):
        return
    if isinstance(node, ast.ExceptHandler) and node.name:
        bound = bound | {node.name}
    found = _renders(node, bound)
    if found is not None:
        yield found
    for child in ast.iter_child_nodes(node):
        yield from _walk(child, bound)


def english_errors(source: str) -> list[tuple[int, str]]:
    """(line, expression) for each exception shown as ``str()`` text in ``source``."""
    return [(n.lineno, ast.unparse(n)) for n in _walk(ast.parse(source), set())]


def test_the_window_words_every_error_through_error_text() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{line}: {expr}"
        for path in sorted(UI.rglob("*.py"))
        if path != TRANSLATOR
        for line, expr in english_errors(path.read_text(encoding="utf-8"))
    ]
    assert not found, "Show errors with ui.i18n.error_text(exc), not str(exc):\n" + "\n".join(found)


def test_the_check_finds_each_way_of_turning_an_error_into_text() -> None:
    source = """
try:
    pass
except ValueError as boom:
    label.setText(str(boom))
    say(f"failed: {boom}")
    say("failed: %s" % boom)
    say(tr("failed: {e}").format(e=boom))
    log.warning("failed: %s", boom)
    print(f"{boom}")
status.set_disconnected(str(obs.last_error))
details.set(message=format(result.obs_error))
say(error_text(boom))
say(str(count))
"""
    assert [line for line, _ in english_errors(source)] == [5, 6, 7, 8, 11, 12]
