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
QT_FREE = ["core", "sandbox", "cli"]
QT_FREE_TOP_LEVEL = ["_version", "resources", "__main__"]

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
    return names


def test_core_sandbox_and_cli_import_without_qt():
    modules = _qt_free_modules()
    assert (
        "fastpix_desktop.core.golive.use_cases" in modules
        and "fastpix_desktop.sandbox.api" in modules
    )
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


# --------------------------------------------------------------------------- feature packages


def _package_of(module: str) -> str:
    path = PROJECT_ROOT.joinpath(*module.split("."))
    return module if (path / "__init__.py").is_file() else module.rpartition(".")[0]


def _private_imports(source: str, here: str, modules: set[str]) -> list[str]:
    """``from pkg.mod import _name`` and ``mod._name`` where ``mod`` is in another package than
    ``here`` (the importing module's package)."""
    tree = ast.parse(source)
    aliases: dict[str, str] = {}
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            for alias in node.names:
                full = f"{node.module}.{alias.name}"
                if full in modules:
                    aliases[alias.asname or alias.name] = full
                elif (
                    node.module in modules
                    and alias.name.startswith("_")
                    and not alias.name.startswith("__")
                    and _package_of(node.module) != here
                ):
                    found.append(f"from {node.module} import {alias.name}")
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.asname and alias.name in modules:
                    aliases[alias.asname] = alias.name
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Name)
            and node.value.id in aliases
            and node.attr.startswith("_")
            and not node.attr.startswith("__")
            and _package_of(aliases[node.value.id]) != here
        ):
            found.append(f"{aliases[node.value.id]}.{node.attr}")
    return found


def test_no_module_imports_another_packages_private_names():
    paths = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    modules = set(paths)
    found = {
        name: hits
        for name, path in paths.items()
        if (hits := _private_imports(path.read_text("utf-8"), _package_of(name), modules))
    }
    assert found == {}, "make the name public or move the code into its package"


def test_the_private_name_check_sees_both_forms_and_allows_siblings():
    source = (
        "from fastpix_desktop.core.golive.steps import _Reporter\n"
        "from fastpix_desktop.core.restore import record\n"
        "record._write\n"
    )
    modules = {_module_name(p) for p in PACKAGE.rglob("*.py")}
    assert _private_imports(source, "fastpix_desktop.cli", modules) == [
        "from fastpix_desktop.core.golive.steps import _Reporter",
        "fastpix_desktop.core.restore.record._write",
    ]
    assert _private_imports(source, "fastpix_desktop.core.restore", modules) == [
        "from fastpix_desktop.core.golive.steps import _Reporter"
    ]


FEATURE_FAMILIES = ("golive", "restore", "signing", "simulcast", "onair", "library", "obs_")
ENTRY_POINTS = {"__init__.py", "__main__.py", "_version.py", "resources.py"}


def test_core_root_holds_shared_modules_only_and_the_package_root_entry_points_only():
    core_root = sorted(p.name for p in (PACKAGE / "core").glob("*.py"))
    assert [n for n in core_root if n.startswith(FEATURE_FAMILIES)] == []
    assert sorted(p.name for p in PACKAGE.glob("*.py")) == sorted(ENTRY_POINTS)


def test_every_package_surface_name_resolves():
    surfaces = [p for p in PACKAGE.rglob("__init__.py") if "__all__" in p.read_text("utf-8")]
    assert len(surfaces) >= 10
    code = (
        "import importlib, sys\n"
        "for name in sys.argv[1:]:\n"
        "    package = importlib.import_module(name)\n"
        "    for attr in package.__all__:\n"
        "        getattr(package, attr)\n"
        "print('ok')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, *(_module_name(p) for p in surfaces)],
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0 and "ok" in result.stdout, result.stderr
