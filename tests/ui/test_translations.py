"""The window in German and Spanish: a user sees translated buttons, menus and checklist steps,
and every mnemonic is unique within the window (the translations choose their own letters)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu, QTabWidget

from fastpix_desktop.core.errors import FastPixAuthError, ObsAuthError
from fastpix_desktop.core.golive.steps import StepId
from tests.ui.conftest import run_pending, wait_running


def _mnemonics(window) -> list[str]:
    """The Alt+letter keys of the window's visible buttons, labels and menu bar."""
    texts = [a.text() for a in window.menuBar().actions()]
    texts += [b.text() for b in window.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    texts += [t.tabText(i) for t in window.findChildren(QTabWidget) for i in range(t.count())]
    texts += [
        label.text()
        for label in window.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(window)
    ]
    keys = []
    for text in texts:
        plain = text.replace("&&", "")
        if "&" in plain:
            keys.append(plain[plain.index("&") + 1].casefold())
    return keys


def test_german_window_shows_german_primary_action_menus_and_form(
    language, make_window, stored_credentials
):
    language("de")
    window = make_window()
    window.show()
    assert window.create_button.text() in ("Stream erstellen", "Erstellen && OBS einrichten")
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Datei", "&Einstellungen", "&OBS", "H&ilfe"]
    settings_menu = window.menuBar().actions()[1].menu()
    assert isinstance(settings_menu, QMenu)
    assert "&Sprache" in [a.text() for a in settings_menu.actions()]
    assert window.form.add_metadata_button.text() == "&Hinzufügen"
    assert window.start_check.text() == "Streaming in OBS starten, wenn bereit"
    assert "Noch kein Stream" in window.details.empty_label.text()


def test_german_checklist_and_results_after_a_create(
    language, make_window, stored_credentials, qloop
):
    language("de")
    window = make_window()
    qloop.run_until_complete(window.start_create())
    run_pending(qloop)
    assert window.message() == "Stream erstellt."
    titles = {row.step: row.label.text() for row in window.checklist._rows.values()}
    assert titles[StepId.CREATE] == "FastPix-Stream erstellen"
    shown = [b.text() for b in window.details.findChildren(QAbstractButton)]
    assert "Kopieren" in shown and "Anzeigen" in shown
    # The reconnect advice is built from values (OBS's retries, the stream's window) and still
    # reads in German, values in place.
    advice = window.onair_panel.advice_label
    wait_running(qloop, lambda: bool(advice.text()))
    assert advice.text().startswith("Die Wiederverbindungsversuche von OBS beginnen 42 s ")
    assert "die Übertragung 60 s offen hält" in advice.text()


def test_core_error_messages_are_shown_translated(language, qapp):
    from fastpix_desktop.ui.i18n import error_text

    language("es")
    assert error_text(ObsAuthError()).startswith("OBS rechazó la contraseña WebSocket.")
    # A message built from values keeps its template: translated, then formatted again.
    assert error_text(FastPixAuthError(status=401)) == (
        "FastPix rechazó estas credenciales (401). Revisa el ID del token de acceso y la clave "
        "secreta."
    )
    # A server's own words have no translation: they stay as the core received them.
    assert error_text(ObsAuthError("OBS said no (x)")) == "OBS said no (x)"


@pytest.mark.parametrize("lang", ["en", "de", "es"])
def test_mnemonics_are_unique_in_the_window(language, make_window, stored_credentials, lang):
    language(lang)
    window = make_window()
    window.show()
    duplicates = [key for key, count in Counter(_mnemonics(window)).items() if count > 1]
    assert not duplicates, f"{lang}: Alt+{duplicates} used twice: {_mnemonics(window)}"


def test_plural_forms(language, qapp):
    from fastpix_desktop.ui.library.view import LibraryView

    assert QCoreApplication.translate("LibraryView", "%n stream(s)", "", 1) == "1 stream"
    assert QCoreApplication.translate("LibraryView", "%n stream(s)", "", 2) == "2 streams"
    language("de")
    assert QCoreApplication.translate("LibraryView", "%n stream(s)", "", 1) == "1 Stream"
    assert QCoreApplication.translate("LibraryView", "%n stream(s)", "", 3) == "3 Streams"
    assert LibraryView  # the context these texts belong to


def test_settings_language_menu_saves_the_choice_for_the_next_start(window, app_settings):
    menu = window.language_menu
    assert menu.language_actions[""].isChecked()  # follows the system by default
    menu.language_actions["de"].trigger()
    assert app_settings.language() == "de"
    assert menu.language_actions["de"].isChecked()
    assert "next time" in window.statusBar().currentMessage()
    menu.language_actions[""].trigger()
    assert app_settings.language() == ""


def test_german_field_problems_under_the_form(language, make_window, stored_credentials):
    language("de")
    window = make_window()
    window.form.reconnect_spin.setValue(5)
    assert window.form.field_error("reconnect") == "Muss zwischen 60 und 1800 Sekunden liegen"


def test_signed_link_expiry_choices_read_like_the_core_in_english_and_translate(language, qtbot):
    from fastpix_desktop.core.signing.tokens import EXPIRY_CHOICES, describe_expiry
    from fastpix_desktop.ui.signing.links_view import SignedLinksView

    panel = SignedLinksView()
    qtbot.addWidget(panel)
    for seconds in (*EXPIRY_CHOICES.values(), 90 * 60, 61, 3 * 86_400):
        assert panel.expiry_words(seconds) == describe_expiry(seconds)
    language("de")
    shown = [panel.expiry_words(s) for s in EXPIRY_CHOICES.values()]
    assert shown == ["1 Stunde", "24 Stunden", "7 Tage"]


TITLE_93 = (
    "Friday Night Elden Ring - Road to Malenia, no-hit run attempt #47 | !discord !merch !socials"
)


@pytest.mark.parametrize("lang", ["de", "es"])
def test_translations_fit_the_compact_beside_obs_window(
    language, make_window, stored_credentials, qloop, lang
):
    """German and Spanish texts are longer: before and after a create they must not widen the
    420 px compact window (step titles, combo items and option texts were shortened for it)."""
    language(lang)
    window = make_window()
    window.resize(420, 700)
    window.show()
    assert window.minimumSizeHint().width() <= 420
    window.form.name_edit.setText(TITLE_93)
    qloop.run_until_complete(window.start_create())
    run_pending(qloop)
    assert window.details.stream is not None
    assert window.minimumSizeHint().width() <= 420
    assert window.width() == 420


def test_on_air_texts_built_from_values_are_translated(language, qapp):
    from fastpix_desktop.core.obs.output_state import OutputState
    from fastpix_desktop.core.onair.watchdog import Verdict, Watchdog
    from fastpix_desktop.ui.i18n import onair_text

    now = [0.0]
    dog = Watchdog(clock=lambda: now[0])
    dog.observe_state(OutputState.LIVE)
    dog.observe_bytes(1000)
    now[0] = 12.0
    report = dog.report()
    assert report.verdict is Verdict.STALLED
    # The core, the log and the CLI keep the English text, seconds in place.
    assert report.message.startswith(
        "OBS says it is live, but it has sent next to nothing for 12 s"
    )
    language("de")
    assert onair_text(report.message).startswith(
        "OBS meldet, dass es live ist, hat aber seit 12 s so gut wie nichts gesendet."
    )


def test_end_broadcast_from_the_window_answers_in_german(
    language, make_window, stored_credentials, qloop
):
    language("de")
    window = make_window()
    task = window.onair_panel.end_broadcast()
    qloop.run_until_complete(task)
    # The reply the CLI prints in English, its note inside it, both in the window's language.
    assert window.message() == "OBS hat nicht gestreamt. OBS ist nicht auf FastPix ausgerichtet."


def test_library_manage_outcomes_built_from_values_are_translated(language, fastpix, qloop):
    from fastpix_desktop.core.library import manage as stream_manage
    from fastpix_desktop.core.models import StreamSettings
    from fastpix_desktop.ui.library.view import manage_text

    stream = qloop.run_until_complete(fastpix.create_stream(StreamSettings(name="Show")))
    outcome = qloop.run_until_complete(
        stream_manage.update_stream(
            fastpix, stream.stream_id, name="Café live", reconnect_window=120
        )
    )
    # English for the CLI and the log.
    assert outcome.message == "Saved. Name: Café live. Reconnect window: 120 s."
    language("es")
    # The outer template and the marked value inside it, both in Spanish, values in place.
    assert manage_text(outcome.message) == (
        "Guardado. Nombre: Café live. Ventana de reconexión: 120 s."
    )


def test_plaintext_keyring_warning_and_refusal_read_in_german(
    language, make_window, sandbox, monkeypatch
):
    """Issue 28: the plain-text keyring's warning (a backend the user chose) was English only;
    the refusal (a keyring picked by itself) reads in German too, and the log keeps English."""
    import keyring

    from fastpix_desktop.core import secrets as secrets_module
    from fastpix_desktop.core.fastpix.client import FastPixClient
    from tests.core.failing_keyrings import PlaintextKeyring

    language("de")
    name = "tests.core.failing_keyrings.PlaintextKeyring"
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", name)
    keyring.set_keyring(PlaintextKeyring())
    chosen = make_window(
        fastpix=FastPixClient(access_token_id="", secret_key="", transport=sandbox.mock_transport())
    )
    assert not chosen.secrets.session_only
    assert chosen.keyring_banner.isVisible()
    assert chosen.keyring_banner.text() == (
        "Warnung: Dieser Schlüsselbund ist nicht sicher, weil Geheimnisse als Klartext von "
        f"{name} gespeichert werden, gewählt mit PYTHON_KEYRING_BACKEND."
    )
    assert chosen.secrets.warning.startswith("secrets are kept in plain text")  # the log's

    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    monkeypatch.setattr(secrets_module, "chosen_explicitly", lambda environ=None: None)
    refused = make_window(
        fastpix=FastPixClient(access_token_id="", secret_key="", transport=sandbox.mock_transport())
    )
    assert refused.secrets.session_only
    assert refused.keyring_banner.text().startswith(
        "Kein nutzbarer Schlüsselbund im System, weil der einzige gefundene Schlüsselbund "
        f"({name}) Geheimnisse als Klartext in eine Datei schreiben würde;"
    )
    assert "plain text" not in refused.keyring_banner.text()


def test_keyring_fallback_reasons_read_in_spanish(language, qloop):
    import keyring

    from fastpix_desktop.core.secrets import SecretStore
    from fastpix_desktop.ui.i18n import ERRORS_CONTEXT, core_text
    from tests.core.failing_keyrings import LockedKeyring, RaisingOnRead

    reasons = []
    for backend in (LockedKeyring(), RaisingOnRead()):
        keyring.set_keyring(backend)
        store = SecretStore(timeout=5.0)
        try:
            qloop.run_until_complete(store.get("x"))
        finally:
            store.close()
        reasons.append(store.fallback_reason or "")
    assert reasons == ["the system keyring is locked", "reading the keyring failed (KeyringError)"]
    language("es")
    assert [core_text(ERRORS_CONTEXT, r) for r in reasons] == [
        "el llavero del sistema está bloqueado",
        "falló la lectura del llavero (KeyringError)",
    ]
