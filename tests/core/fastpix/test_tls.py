"""core/fastpix/tls.py: the TLS context made ahead is httpx's own choice for verify=True, handed out
once, and only for the environment it was made for."""

from __future__ import annotations

import ssl

import certifi
import pytest

from fastpix_desktop.core.fastpix import tls


@pytest.fixture(autouse=True)
def nothing_ahead(monkeypatch):
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    monkeypatch.setattr(tls, "_ahead", None)


def test_the_context_made_ahead_is_taken_once() -> None:
    tls.make_ahead()
    assert tls._ahead is not None
    made = tls._ahead[1].result(timeout=10)
    assert tls.take_context() is made
    again = tls.take_context()  # a second client gets its own
    assert again is not made
    assert again.verify_mode is ssl.CERT_REQUIRED and again.check_hostname


def test_certifi_is_the_default_and_ssl_cert_file_wins(monkeypatch) -> None:
    default = tls.new_context()
    assert default.cert_store_stats()["x509_ca"] > 50  # certifi's bundle
    monkeypatch.setenv("SSL_CERT_FILE", "/nonexistent/ca.pem")
    with pytest.raises(OSError):
        tls.new_context()


def test_a_context_made_for_another_environment_is_not_used(monkeypatch) -> None:
    tls.make_ahead()
    monkeypatch.setenv("SSL_CERT_FILE", "/nonexistent/ca.pem")
    with pytest.raises(OSError):  # made anew, for the SSL_CERT_FILE set since
        tls.take_context()


def test_a_failure_made_ahead_is_raised_by_take(monkeypatch) -> None:
    monkeypatch.setenv("SSL_CERT_FILE", "/nonexistent/ca.pem")
    tls.make_ahead()
    with pytest.raises(OSError):
        tls.take_context()
    monkeypatch.setenv("SSL_CERT_FILE", certifi.where())  # fixed: the next client works
    assert tls.take_context().cert_store_stats()["x509_ca"] > 50
