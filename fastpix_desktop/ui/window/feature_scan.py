"""A cheaper form of the check PySide6 runs on every module imported after it: whether the
module's source mentions PySide6 (PYSIDE-2029, napari/napari#8584; docs/start-up.md)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType
from typing import Any

_MARK = "_fastpix_cheap"


def make_feature_scan_cheap() -> bool:
    """Answer the same question by reading a ``.py`` file's bytes; anything else (a builtin,
    an extension, a frozen module) still goes to PySide6's own check. False when this PySide6
    has no such check (a later release may drop it), and nothing is changed then."""
    feature: Any = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(upstream):
        return False
    if getattr(upstream, _MARK, False):
        return True
    feature._mod_uses_pyside = _cheap(upstream)
    return True


def _cheap(upstream: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def mod_uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return upstream(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return upstream(module)

    setattr(mod_uses_pyside, _MARK, True)
    mod_uses_pyside.__wrapped__ = upstream  # type: ignore[attr-defined]
    return mod_uses_pyside
