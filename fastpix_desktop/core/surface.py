"""A package's surface without its import cost: the names its ``__init__`` re-exports are loaded
on first use (PEP 562), so importing one module of a feature package does not import its
siblings, and the window's first frame and ``--version`` stay as light as before."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping


def lazy_surface(package: str, exports: Mapping[str, tuple[str, ...]]) -> Callable[[str], object]:
    """The module ``__getattr__`` for ``package``: ``exports`` maps a submodule to its names."""
    where = {name: module for module, names in exports.items() for name in names}

    def __getattr__(name: str) -> object:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{package}.{module}"), name)
        globals_of_package = importlib.import_module(package).__dict__
        globals_of_package[name] = value  # later look-ups skip this function
        return value

    return __getattr__
