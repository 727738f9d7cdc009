"""Where the app's modules are in the tree the bench measures: the feature packages of issue 21
(``core/fastpix/client.py`` …) or the flat layout before them (one module per file in ``core/``
…), so that ``compare.py`` can measure both with the same bench code.

Found on disk, not by importing: the launcher must not import any app module before the app's
own start-up does (bench/README.md). Standard library only (``os``), as the launcher is.
"""

from __future__ import annotations

import os
import sys

# What the bench touches in the app -> its module under fastpix_desktop, first in the feature
# packages, then in the flat layout before them (c172c13). Written as words, not dotted names,
# so that /work/tools/movemap.py-style rewrites of old module paths leave the old ones alone.
_PLACES: dict[str, tuple[str, ...]] = {
    "fastpix_client": ("core fastpix client", "core fastpix"),
    "golive_steps": ("core golive steps", "core golive"),
    "checklist": ("ui widgets checklist", "ui checklist"),
    "window_app": ("ui window app", "ui app"),
    "main_window": ("ui window main_window", "ui main_window"),
    "onair_host": ("cli onair_host", "onair_host"),
    "library_rows": ("core library rows", "core library"),
    "library_model": ("ui library model", "ui library_model"),
    "library_view": ("ui library view", "ui library_view"),
    "gui_gc": ("ui window gui_gc", "ui gui_gc"),
    "golive_use_cases": ("core golive use_cases", "core golive"),
    "cli_entry": ("cli entry", "cli"),
    "cli_create": ("cli create", "commands"),
    "bounded_http": ("core fastpix bounded_http", "core bounded_http"),
    "obs_controller": ("core obs controller",),
    "restore_save": ("core restore save", "core restore_save"),
}
MODULES: dict[str, tuple[str, ...]] = {
    role: tuple("fastpix_desktop." + place.replace(" ", ".") for place in places)
    for role, places in _PLACES.items()
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
