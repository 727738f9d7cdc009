"""No secret (stream key, SRT passphrase, API secret, OBS password) in any log record written
while the window creates streams and configures OBS."""

from __future__ import annotations

import logging

from fastpix_desktop.sandbox import DEMO_SECRET_KEY
from fastpix_desktop.ui.widgets.secret_field import SecretField
from tests.ui.conftest import run_pending


def test_no_secret_in_log_records(window, qloop, sandbox, obs, caplog):
    caplog.set_level(logging.DEBUG)
    window.start_check.setChecked(True)
    qloop.run_until_complete(window.start_create())  # RTMPS
    qloop.run_until_complete(window.obs_panel.stop_streaming())
    window.form.protocol_combo.setCurrentIndex(window.form.protocol_combo.findData("srt"))
    qloop.run_until_complete(window.start_create())  # SRT
    passphrase = window.findChild(SecretField, "srtPassphraseField")
    passphrase.set_revealed(True)
    passphrase.copy_button.click()
    qloop.run_until_complete(window.obs_panel.start_restore())
    run_pending(qloop)

    secrets = {DEMO_SECRET_KEY, "live_previous_key_123"}
    for record in sandbox.streams.values():
        secrets |= {record.stream_key, record.srt_secret}
    assert len(caplog.records) > 0
    for record in caplog.records:
        text = record.getMessage() + (record.exc_text or "")
        leaked = [s for s in secrets if s in text]
        assert not leaked, f"{record.name}: {text}"
