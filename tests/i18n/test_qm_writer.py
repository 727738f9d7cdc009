"""The plain-Python catalogue compiler (core/qm_writer.py) writes what Qt's lrelease writes, and
QTranslator reads it: the package build and a machine without lrelease get the same languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from fastpix_desktop.core import catalogue_build
from fastpix_desktop.core.catalogue_build import compile_catalogues
from fastpix_desktop.core.qm_writer import CatalogueError, compile_ts
from tests.i18n.catalogues import release, update_module

LANGUAGES = ("de", "es", "en")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_compiled_catalogue_is_byte_for_byte_what_lrelease_writes(tmp_path, lang):
    ts = update_module().catalogue(lang)
    expected = release(lang, tmp_path).read_bytes()
    assert compile_ts(ts, tmp_path / "python" / f"{ts.stem}.qm").read_bytes() == expected


def _loaded(qm: Path) -> QTranslator:
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator


def test_qtranslator_reads_plurals_disambiguations_and_the_language(qapp, tmp_path):
    de = _loaded(compile_ts(update_module().catalogue("de"), tmp_path / "de.qm"))
    assert de.language() == "de_DE"
    assert de.translate("LibraryView", "%n stream(s)", None, 1) == "%n Stream"
    assert de.translate("LibraryView", "%n stream(s)", None, 3) == "%n Streams"
    assert de.translate("CreatePanel", "Create stream") == "Stream erstellen"
    # A disambiguated message is found with its disambiguation and without it (as lrelease).
    assert de.translate("StreamForm", " s", "seconds") == " s"
    en = _loaded(compile_ts(update_module().catalogue("en"), tmp_path / "en.qm"))
    assert en.translate("LibraryView", "%n stream(s)", None, 2) == "%n streams"


EDGES = (
    '<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS><TS version="2.1" language="de_DE">'
    "<context><name>C</name>"
    "<message><source>Done</source><translation>Fertig &amp; gut</translation></message>"
    '<message><source>Half</source><translation type="unfinished">Halb</translation></message>'
    "<message><source>None</source><translation></translation></message>"
    '<message><source>Gone</source><translation type="vanished">Weg</translation></message>'
    '<message><source>Old</source><translation type="obsolete">Alt</translation></message>'
    "<message><source>Same</source><comment>a</comment><translation>A</translation></message>"
    "<message><source>Same</source><comment>b</comment><translation>B</translation></message>"
    "<message><source>Same</source><translation>Ohne</translation></message>"
    '<message numerus="yes"><source>%n file(s)</source><translation>'
    "<numerusform>%n Datei</numerusform><numerusform></numerusform></translation></message>"
    "</context><context><name>D</name>"
    "<message><source>Zeile\nzwei</source><translation>Line\ntwo ✓</translation></message>"
    "</context></TS>"
)


def test_edge_cases_match_lrelease_and_read_back_as_qt_does(qapp, tmp_path):
    """Unfinished, empty, vanished and obsolete messages, a disambiguation that is needed,
    an empty plural form, escapes and non-ASCII text: byte for byte what lrelease writes."""
    import subprocess

    ts = tmp_path / "x_de.ts"
    ts.write_text(EDGES, encoding="utf-8")
    lrelease = tmp_path / "lrelease.qm"
    subprocess.run(
        [update_module().tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(lrelease)],
        check=True,
    )
    written = compile_ts(ts, tmp_path / "x_de.qm")
    assert written.read_bytes() == lrelease.read_bytes()
    translator = _loaded(written)
    assert translator.translate("C", "Done") == "Fertig & gut"
    assert translator.translate("C", "Half") == "Halb"  # lrelease ships unfinished ones too
    assert translator.translate("C", "None") == ""
    assert translator.translate("C", "Gone") == ""
    assert translator.translate("C", "Same", "b") == "B"
    assert translator.translate("C", "Same") == "Ohne"
    assert translator.translate("D", "Zeile\nzwei") == "Line\ntwo ✓"


def test_a_language_without_known_plural_rules_is_refused(tmp_path):
    ts = tmp_path / "x_pl.ts"
    ts.write_text('<?xml version="1.0"?><TS version="2.1" language="pl_PL"></TS>', "utf-8")
    with pytest.raises(CatalogueError, match="pl_PL"):
        compile_ts(ts, tmp_path / "x_pl.qm")
    broken = tmp_path / "y_de.ts"
    broken.write_text("<TS", "utf-8")
    with pytest.raises(CatalogueError):
        compile_ts(broken, tmp_path / "y_de.qm")


def test_without_lrelease_the_first_start_compiles_in_python(tmp_path, monkeypatch):
    folder = tmp_path / "translations"
    folder.mkdir()
    ts = update_module().catalogue("de")
    (folder / ts.name).write_bytes(ts.read_bytes())
    monkeypatch.setattr(catalogue_build, "lrelease", lambda: None)
    assert compile_catalogues(folder, "fastpix_desktop") == folder
    assert (folder / "fastpix_desktop_de.qm").read_bytes() == (release("de", tmp_path).read_bytes())
