"""Where the app's modules are in the tree the bench measures: the feature packages of issue 21
(``core/fastpix/client.py`` …) or the flat layout before them (``core/fastpix.py`` …), so that
``compare.py`` can measure both with the same bench code.

Found on disk, not by importing: the launcher must not import any app module before the app's
own start-up does (bench/README.md). Standard library only (``os``), as the launcher is.
"""

from __future__ import annotations

import os
import sys

# What the bench touches in the app -> its module, first in the feature packages, then in the
# flat layout before them (c172c13).
MODULES: dict[str, tuple[str, ...]] = {
    "fastpix_client": ("fastpix_desktop.core.fastpix.client", "fastpix_desktop.core.fastpix"),
    "golive_steps": ("fastpix_desktop.core.golive.steps", "fastpix_desktop.core.golive"),
    "checklist": ("fastpix_desktop.ui.widgets.checklist", "fastpix_desktop.ui.checklist"),
    "window_app": ("fastpix_desktop.ui.window.app", "fastpix_desktop.ui.app"),
    "main_window": ("fastpix_desktop.ui.window.main_window", "fastpix_desktop.ui.main_window"),
    "onair_host": ("fastpix_desktop.cli.onair_host", "fastpix_desktop.onair_host"),
    "library_rows": ("fastpix_desktop.core.library.rows", "fastpix_desktop.core.library"),
    "library_model": ("fastpix_desktop.ui.library.model", "fastpix_desktop.ui.library_model"),
    "library_view": ("fastpix_desktop.ui.library.view", "fastpix_desktop.ui.library_view"),
    "gui_gc": ("fastpix_desktop.ui.window.gui_gc", "fastpix_desktop.ui.gui_gc"),
    "golive_use_cases": ("fastpix_desktop.core.golive.use_cases", "fastpix_desktop.core.golive"),
    "cli_entry": ("fastpix_desktop.cli.entry", "fastpix_desktop.cli"),
    "cli_create": ("fastpix_desktop.cli.create", "fastpix_desktop.commands"),
    "bounded_http": (
        "fastpix_desktop.core.fastpix.bounded_http",
        "fastpix_desktop.core.bounded_http",
    ),
    "obs_controller": ("fastpix_desktop.core.obs.controller",),
    "restore_save": ("fastpix_desktop.core.restore.save", "fastpix_desktop.core.restore_save"),
}


def app_root() -> str:
    """The folder holding the ``fastpix_desktop`` package that ``import`` would find here."""
    for entry in sys.path:
        folder = entry or os.getcwd()
        if os.path.isfile(os.path.join(folder, "fastpix_desktop", "__init__.py")):
            return folder
    raise RuntimeError("bench: no fastpix_desktop package on sys.path")


def _exists(root: str, dotted: str) -> bool:
    base = os.path.join(root, *dotted.split("."))
    return os.path.isfile(base + ".py") or os.path.isfile(os.path.join(base, "__init__.py"))


_found: dict[tuple[str, str], str] = {}  # (root, role) -> module, looked up once per process


def module(role: str, root: str | None = None) -> str:
    """The dotted name of ``role``'s module in the tree at ``root`` (default: the one ``import``
    finds); an error naming every place looked at if neither layout has it (a figure that
    cannot be measured says so, never skips)."""
    root = root or app_root()
    if (root, role) in _found:
        return _found[root, role]
    for dotted in MODULES[role]:
        if _exists(root, dotted):
            _found[root, role] = dotted
            return dotted
    raise RuntimeError(f"bench: {role} is in none of {', '.join(MODULES[role])} under {root}")


def name(root: str | None = None) -> str:
    """``packages`` (issue 21's feature packages) or ``flat`` (the modules before them)."""
    return "packages" if module("fastpix_client", root).endswith(".client") else "flat"
