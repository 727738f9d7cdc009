"""Import rules as checks, not habits: the core, the sandbox and the CLI (outside the GUI path)
import with PySide6, shiboken6 and qasync blocked; and no module of the package imports itself
back through another (counting lazy and TYPE_CHECKING imports too)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from tests.conftest import PROJECT_ROOT

PACKAGE = PROJECT_ROOT / "fastpix_desktop"
QT_FREE = ["core", "sandbox"]
QT_FREE_TOP_LEVEL = [
    "cli",
    "cli_support",
    "exit_codes",
    "_version",
    "__main__",
    "second_launch",
    "catalogue_build",
]

BLOCKER = """
import importlib, importlib.abc, sys
BLOCKED = ("PySide6", "shiboken6", "qasync")

class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in BLOCKED:
            raise ImportError(f"{name} is blocked: this module must stay Qt-free")
        return None

sys.meta_path.insert(0, Block())
for name in sys.argv[1:]:
    importlib.import_module(name)
print("imported", len(sys.argv) - 1)
"""


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PROJECT_ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _qt_free_modules() -> list[str]:
    names = [
        _module_name(path)
        for package in QT_FREE
        for path in sorted((PACKAGE / package).rglob("*.py"))
    ]
    names += [f"fastpix_desktop.{name}" for name in QT_FREE_TOP_LEVEL if name != "__main__"]
    names += [_module_name(p) for p in sorted(PACKAGE.glob("commands*.py"))]
    return names


def test_core_sandbox_and_cli_import_without_qt():
    modules = _qt_free_modules()
    assert "fastpix_desktop.core.golive" in modules and "fastpix_desktop.sandbox.api" in modules
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER, *modules],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert f"imported {len(modules)}" in result.stdout


def test_the_cli_answers_version_with_qt_blocked():
    code = BLOCKER.replace("for name in sys.argv[1:]:", "for name in []:") + (
        "\nfrom fastpix_desktop.cli import main\nraise SystemExit(main(['--version']))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "fastpix-desktop" in result.stdout


# --------------------------------------------------------------------------- import cycles


def _imports(path: Path, modules: set[str]) -> set[str]:
    """The package modules ``path`` imports anywhere in its body (lazy imports included)."""
    this = _module_name(path)
    package = this if path.name == "__init__.py" else this.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return {name for name in found if name in modules and name != this}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    visiting: list[str] = []
    done: set[str] = set()

    def visit(node: str) -> list[str] | None:
        if node in visiting:
            return [*visiting[visiting.index(node) :], node]
        if node in done:
            return None
        visiting.append(node)
        for target in sorted(graph[node]):
            if (found := visit(target)) is not None:
                return found
        visiting.pop()
        done.add(node)
        return None

    for start in sorted(graph):
        if (found := visit(start)) is not None:
            return found
    return None


def test_no_import_cycle_between_modules():
    paths = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    modules = set(paths)
    # A package's __init__ re-exporting its own submodules is not a cycle between modules.
    graph = {
        name: {
            target
            for target in _imports(path, modules)
            if not (paths[target].name == "__init__.py" and name.startswith(target + "."))
            and not (path.name == "__init__.py" and target.startswith(name + "."))
        }
        for name, path in paths.items()
    }
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])
