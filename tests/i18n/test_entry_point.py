"""The real entry point under LANGUAGE=de shows the German primary action; a language chosen in
Settings → Language wins over the system's."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.i18n.catalogues import ROOT, update_module


@pytest.fixture(scope="module", autouse=True)
def compiled_catalogues() -> None:
    # What a source checkout runs after `python resources/translations/update.py`.
    update_module().release()


def _self_test(tmp_path: Path, **env: str) -> str:
    environment = {
        k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "QT_SCALE"))
    }
    environment.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        **env,
    )
    result = subprocess.run(
        [sys.executable, "-m", "fastpix_desktop", "--self-test"],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_language_de_shows_the_german_primary_action(tmp_path):
    out = _self_test(tmp_path, LANGUAGE="de", LANG="de_DE.UTF-8")
    assert "primary action: Stream erstellen" in out


def test_english_system_shows_english(tmp_path):
    out = _self_test(tmp_path, LANGUAGE="en", LANG="en_US.UTF-8")
    assert "primary action: Create stream" in out


def test_the_language_chosen_in_settings_wins(tmp_path):
    conf = tmp_path / "config" / "fastpix-desktop" / "fastpix-desktop.conf"
    conf.parent.mkdir(parents=True)
    conf.write_text("[ui]\nlanguage=es\n", encoding="utf-8")
    out = _self_test(tmp_path, LANGUAGE="de", LANG="de_DE.UTF-8")
    assert "primary action: Crear transmisión" in out
