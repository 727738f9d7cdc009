"""A source checkout that never ran resources/translations/update.py still speaks every
language: the real entry point compiles the missing catalogues on first use
(fastpix_desktop/core/catalogue_build.py), or, when the checkout is read-only, into the user's data
folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from fastpix_desktop.core import catalogue_build
from fastpix_desktop.core.catalogue_build import compile_catalogues
from tests.i18n.catalogues import ROOT

IGNORED = shutil.ignore_patterns("*.qm", "__pycache__", "*.pyc")


def fresh_checkout(tmp_path: Path) -> Path:
    """The package and its resources as a clone has them: .ts catalogues, no .qm files."""
    copy = tmp_path / "checkout"
    for folder in ("fastpix_desktop", "resources"):
        shutil.copytree(ROOT / folder, copy / folder, ignore=IGNORED)
    assert not list((copy / "resources" / "translations").glob("*.qm"))
    return copy


def self_test(checkout: Path, home: Path, language: str) -> str:
    home.mkdir(parents=True, exist_ok=True)
    environment = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("LC_", "LANG", "QT_SCALE", "XDG_", "PYTHON"))
    }
    environment.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        PYTHONPATH=str(checkout),
        PYTHONDONTWRITEBYTECODE="1",
        LANGUAGE=language,
        LANG=f"{language}_{language.upper() if language != 'en' else 'US'}.UTF-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "fastpix_desktop", "--self-test"],
        cwd=home,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_a_fresh_checkout_speaks_german_without_an_extra_step(tmp_path):
    checkout = fresh_checkout(tmp_path)
    out = self_test(checkout, tmp_path / "home", "de")
    assert "primary action: Stream erstellen" in out
    assert "library: 0 Streams" in out
    assert (checkout / "resources" / "translations" / "fastpix_desktop_de.qm").is_file()


def test_english_plural_forms_need_no_extra_step_either(tmp_path):
    out = self_test(fresh_checkout(tmp_path), tmp_path / "home", "en")
    assert "library: 0 streams" in out


def test_a_read_only_install_compiles_into_the_users_data_folder(tmp_path):
    """Where the .qm cannot be written beside its .ts (here a folder is in the way, which
    stops root too), the catalogues go to the given user folder, which is then loaded."""
    checkout = fresh_checkout(tmp_path)
    translations = checkout / "resources" / "translations"
    (translations / "fastpix_desktop_es.qm").mkdir()
    user = tmp_path / "data" / "translations"
    folder = compile_catalogues(translations, "fastpix_desktop", cache=lambda: user)
    assert folder == user
    assert sorted(p.name for p in user.glob("*.qm")) == [
        "fastpix_desktop_de.qm",
        "fastpix_desktop_en.qm",
        "fastpix_desktop_es.qm",
    ]
    # Compiled once: a second start finds them up to date and runs nothing.
    before = {p: p.stat().st_mtime_ns for p in user.glob("*.qm")}
    assert compile_catalogues(translations, "fastpix_desktop", cache=lambda: user) == user
    assert before == {p: p.stat().st_mtime_ns for p in user.glob("*.qm")}


def test_without_lrelease_the_catalogues_are_compiled_in_python(tmp_path, monkeypatch):
    """No Qt tool found: core/qm_writer.py compiles every catalogue (byte for byte as lrelease
    would: tests/i18n/test_qm_writer.py)."""
    checkout = fresh_checkout(tmp_path)
    translations = checkout / "resources" / "translations"
    monkeypatch.setattr(catalogue_build, "lrelease", lambda: None)
    assert compile_catalogues(translations, "fastpix_desktop") == translations
    assert sorted(qm.name for qm in translations.glob("*.qm")) == [
        "fastpix_desktop_de.qm",
        "fastpix_desktop_en.qm",
        "fastpix_desktop_es.qm",
    ]
