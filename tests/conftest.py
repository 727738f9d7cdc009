"""Root fixtures. Every test gets a private in-memory keyring so no test ever touches (or
prompts for) the real OS keyring — the approach Vorta's tests/conftest.py takes with its DB keyring.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from fastpix_desktop.core.redact import forget_secrets
from tests.doubles.keyring import InMemoryKeyring
from tests.secret_service import locked_secret_service, secret_service  # noqa: F401 (fixtures)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Qt's plain Unix event dispatcher, not the GLib one. Under GLib, after a hundred or so tests
# (each stopping and restarting a new qasync loop many times), some of qasync's Qt timers
# stopped firing: a 5 s wait_for deadline and a worker thread's result stayed queued for over
# 20 s while the test's own 10 ms timers fired, and a window never went idle. Three runs of
# tests/integration in a row failed that way, one with QT_NO_GLIB=1 passed. The app, whose loop
# runs for good, keeps Qt's default; docs/ui-architecture.md, "Testing a panel", has more.
os.environ.setdefault("QT_NO_GLIB", "1")

PROJECT_ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[InMemoryKeyring]:
    previous = keyring.get_keyring()
    backend = InMemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def private_state_dir(tmp_path, monkeypatch) -> None:
    """The state folder (instance lock, OBS's push lock and note) is this test's own, unless
    the test names one."""
    if not os.environ.get("FASTPIX_DESKTOP_STATE_DIR"):
        monkeypatch.setenv("FASTPIX_DESKTOP_STATE_DIR", str(tmp_path / "state"))


@pytest.fixture(autouse=True)
def fresh_redaction_registry() -> Iterator[None]:
    """Secrets registered by one test (e.g. a parsed OBS password) must not mask another's text."""
    yield
    forget_secrets()


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """No usable keyring backend, as on a headless Linux box without Secret Service."""
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def in_ci() -> bool:
    return os.environ.get("CI", "").lower() in ("1", "true", "yes")
