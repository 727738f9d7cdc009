"""PySide6's per-import check (does this module use PySide6?) answered from the file's bytes:
the same answers as PySide6's own, without keeping every later module's source in memory."""

from __future__ import annotations

import importlib
import linecache
import sys

import shibokensupport.feature as feature  # type: ignore[import-not-found]

import fastpix_desktop.ui  # noqa: F401  (installs the cheap check)
from fastpix_desktop.ui.window.feature_scan import make_feature_scan_cheap


def test_the_cheap_check_is_installed_once():
    installed = feature._mod_uses_pyside
    assert installed.__wrapped__ is not None
    assert make_feature_scan_cheap()
    assert feature._mod_uses_pyside is installed  # not wrapped twice


def test_it_answers_as_pyside6_does():
    cheap, upstream = feature._mod_uses_pyside, feature._mod_uses_pyside.__wrapped__
    for name in (
        "fastpix_desktop.ui.window.main_window",
        "fastpix_desktop.core.models",
        "json",
        "sys",
    ):
        module = importlib.import_module(name)
        assert cheap(module) == upstream(module), name
    assert cheap(sys.modules["fastpix_desktop.ui.window.main_window"])
    assert not cheap(sys.modules["fastpix_desktop.core.models"])


def test_a_later_import_is_classified_and_its_source_not_kept(tmp_path, monkeypatch):
    (tmp_path / "uses_qt_here.py").write_text("import PySide6.QtCore\n", encoding="utf-8")
    (tmp_path / "plain_here.py").write_text("VALUE = 1\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    linecache.clearcache()

    import plain_here  # noqa: F401
    import uses_qt_here  # noqa: F401

    assert feature.pyside_feature_dict["uses_qt_here"] == 0  # uses PySide: "no feature" yet
    assert feature.pyside_feature_dict["plain_here"] == -1  # ignored by the feature switch
    assert not any(str(tmp_path) in path for path in linecache.cache)
