"""The .ts catalogues match the sources and are fully translated; tr() calls are extractable.

Re-run ``python resources/translations/update.py`` after changing a UI string, translate what it
reports (docs/translations.md), and commit the .ts files.
"""

from __future__ import annotations

import re

import pytest

from tests.i18n.catalogues import update_module

update = update_module()
LANGS = (*update.LANGUAGES, *update.PLURAL_ONLY)


@pytest.mark.parametrize("lang", LANGS)
def test_catalogue_holds_exactly_the_strings_of_the_sources(lang):
    committed = set(update.messages(update.catalogue(lang)))
    now = update.fresh_messages(lang, plural_only=lang in update.PLURAL_ONLY)
    missing = sorted(f"[{c}] {s!r}" for c, s, _ in now - committed)
    gone = sorted(f"[{c}] {s!r}" for c, s, _ in committed - now)
    assert not missing and not gone, (
        f"{update.catalogue(lang).name} is stale; run resources/translations/update.py and "
        f"translate the new strings.\nnot in the catalogue: {missing}\nno longer in the "
        f"sources: {gone}"
    )


@pytest.mark.parametrize("lang", LANGS)
def test_every_message_is_translated(lang):
    missing = [f"[{c}] {s!r}" for c, s, _ in update.unfinished(update.catalogue(lang))]
    assert not missing, f"untranslated in {update.catalogue(lang).name}: {missing}"


def test_the_full_languages_translate_every_ui_string():
    assert len(update.messages(update.catalogue("de"))) > 250  # the window, not a sample


_PLACEHOLDER = re.compile(r"\{\w*\}|%n|%\d")


def _translations(message):
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("lang", update.LANGUAGES)
def test_translations_keep_placeholders_and_one_mnemonic(lang):
    problems = []
    for (context, source, _), message in update.messages(update.catalogue(lang)).items():
        wanted = sorted(_PLACEHOLDER.findall(source))
        mnemonic = source.replace("&&", "").count("&")
        for text in _translations(message):
            if sorted(_PLACEHOLDER.findall(text)) != wanted:
                problems.append(f"[{context}] {source!r} -> {text!r}: placeholders differ")
            if text.replace("&&", "").count("&") != mnemonic:
                problems.append(f"[{context}] {source!r} -> {text!r}: mnemonic count differs")
    assert not problems, "\n".join(problems)
