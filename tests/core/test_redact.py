"""redact() and RedactingFilter keep keys, passphrases and auth headers out of text and logs."""

from __future__ import annotations

import logging
import sys

import pytest

from fastpix_desktop.core.redact import (
    MASK,
    RedactingFilter,
    install_log_redaction,
    redact,
    register_secret,
)

# A FastPix-shaped key (<32hex>k<32hex>) and a secret that only registration can catch.
SHAPED_KEY = "ba016466451c770511d5992ec54bb271k91b8484250e5a1ed03fd4e100b807082"
REGISTERED = "RedactTest-Reg1stered-Secret"


def test_registered_secret_is_masked() -> None:
    register_secret(REGISTERED)
    assert redact(f"the secret is {REGISTERED}!") == f"the secret is {MASK}!"


def test_unregistered_text_is_untouched() -> None:
    text = "Creating stream 'Friday show' at 1080p"
    assert redact(text) == text
    assert redact("") == ""


def test_too_short_or_empty_values_are_not_registered() -> None:
    register_secret("abc")
    register_secret("")
    register_secret(None)
    assert redact("abc def") == "abc def"


def test_longer_secret_wins_over_its_prefix() -> None:
    register_secret("OverlapSecret")
    register_secret("OverlapSecret-and-more")
    assert redact("x OverlapSecret-and-more y") == f"x {MASK} y"


def test_fastpix_key_shape_is_masked_without_registration() -> None:
    assert redact(f"key {SHAPED_KEY} end") == f"key {MASK} end"


def test_passphrase_in_url_is_masked() -> None:
    url = "srt://live.fastpix.com:778?streamid=abc123&passphrase=n0t-Registered-pass"
    masked = redact(url)
    assert "n0t-Registered-pass" not in masked
    assert masked.startswith("srt://live.fastpix.com:778?")
    assert f"passphrase={MASK}" in masked


def test_basic_auth_header_is_masked() -> None:
    masked = redact("Authorization: Basic dXNlcjpub3RyZWdpc3RlcmVk")
    assert "dXNlcjpub3RyZWdpc3RlcmVk" not in masked
    assert masked.startswith("Authorization: Basic ")


def test_key_assignments_in_dicts_and_json_are_masked() -> None:
    text = "{'server': 'rtmps://x/live', 'key': 'plain-key-1', \"password\": \"plain-pw-2\"}"
    masked = redact(text)
    assert "plain-key-1" not in masked
    assert "plain-pw-2" not in masked
    assert "rtmps://x/live" in masked


def _record(msg: str, args: tuple = (), exc_info=None) -> logging.LogRecord:
    return logging.LogRecord("test", logging.INFO, __file__, 1, msg, args, exc_info)


def test_filter_masks_secrets_passed_as_args() -> None:
    register_secret(REGISTERED)
    record = _record("connecting with %s and %s", (REGISTERED, SHAPED_KEY))
    assert RedactingFilter().filter(record) is True
    assert record.getMessage() == f"connecting with {MASK} and {MASK}"
    assert record.args is None


def test_filter_masks_the_traceback() -> None:
    register_secret(REGISTERED)
    try:
        raise RuntimeError(f"failed with {REGISTERED}")
    except RuntimeError:
        record = _record("boom", exc_info=sys.exc_info())
    RedactingFilter().filter(record)
    assert record.exc_info is None
    assert record.exc_text and "RuntimeError" in record.exc_text
    assert REGISTERED not in record.exc_text
    formatted = logging.Formatter().format(record)
    assert "RuntimeError" in formatted
    assert REGISTERED not in formatted


def test_filter_survives_a_bad_format_string() -> None:
    record = _record("%d items", ("not a number",))
    assert RedactingFilter().filter(record) is True
    assert record.getMessage() == "%d items"


def test_filter_through_a_real_logger(caplog: pytest.LogCaptureFixture) -> None:
    register_secret(REGISTERED)
    logger = logging.getLogger("fastpix_desktop.test_redact")
    logger.addFilter(RedactingFilter())
    try:
        with caplog.at_level(logging.INFO, logger=logger.name):
            logger.info("secret=%s", REGISTERED)
            try:
                raise ValueError(REGISTERED)
            except ValueError:
                logger.exception("it failed")
    finally:
        logger.filters.clear()
    assert REGISTERED not in caplog.text
    assert "ValueError" in caplog.text


def test_install_log_redaction_filters_every_root_handler(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    root = logging.getLogger()
    handler = logging.StreamHandler()
    monkeypatch.setattr(root, "handlers", [handler])
    obsws = logging.getLogger("obsws_python")
    monkeypatch.setattr(obsws, "level", obsws.level)
    monkeypatch.setattr(obsws, "filters", list(obsws.filters))

    install_log_redaction()
    install_log_redaction()  # twice adds nothing

    assert sum(isinstance(f, RedactingFilter) for f in handler.filters) == 1
    assert obsws.level == logging.WARNING
