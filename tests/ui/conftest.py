"""UI fixtures: a per-test qasync loop, throw-away QSettings, the sandbox and a fake OBS.

pytest-qt does not drive asyncio (pytest-qt#448), so flow tests are plain sync tests that run
coroutines with ``qloop.run_until_complete`` on a qasync.QEventLoop built per test, modelled on
qasync's tests/test_qeventloop.py. The fixture is not named ``event_loop`` so it never meets
pytest-asyncio's machinery (asyncio_mode=auto only touches ``async def`` tests).
"""

from __future__ import annotations

import asyncio
import gc
import sys
import time
from collections.abc import Callable, Iterator
from urllib.parse import parse_qs

import pytest
from PySide6.QtCore import QEvent, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from fastpix_desktop import resources
from fastpix_desktop.core import secrets as secret_names
from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.secrets import SecretStore
from fastpix_desktop.sandbox import (
    DEMO_ACCESS_TOKEN_ID,
    DEMO_SECRET_KEY,
    SandboxApi,
    SandboxTransport,
)
from fastpix_desktop.ui.onair.panel import OnAirOptions
from fastpix_desktop.ui.settings import AppSettings
from fastpix_desktop.ui.window.main_window import MainWindow
from tests.doubles.obs import FakeObsController
from tests.steady_qloop import steady_event_loop

CLEAR_MS = 50


@pytest.fixture(autouse=True, scope="session")
def garbage_collected_on_the_gui_thread() -> Iterator[None]:
    """Only this thread may run the cyclic collector during UI tests, as in the app (see
    fastpix_desktop/ui/window/gui_gc.py): collected on a worker thread, a QObject dies off its
    thread, its timers stay registered and later fire on freed memory (a segfault in
    QTimerInfoList::activateTimers, seen in full runs here)."""
    gc.collect()
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True, scope="session")
def english_plural_forms(qapp, tmp_path_factory) -> Iterator[None]:
    """The English plural forms ("1 stream" / "2 streams") the app installs at start-up
    (resources.install_translator), compiled from the committed fastpix_desktop_en.ts."""
    from PySide6.QtCore import QTranslator

    from tests.i18n.catalogues import release

    qm = release("en", tmp_path_factory.mktemp("qm"))
    translator = QTranslator(qapp)
    assert translator.load(str(qm)), qm
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def collect_after_each_test() -> Iterator[None]:
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path, qapp) -> Iterator[None]:
    """Any QSettings() built by the code under test lands in tmp_path, never the user's."""
    path = str(tmp_path / "qsettings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, path)
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, path)
    previous = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    yield
    QSettings.setDefaultFormat(previous)


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path, monkeypatch) -> None:
    """ "My channel" (config dir) and the created-streams list (data dir) land in tmp_path."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("APPDATA", str(tmp_path / "appdata"))


@pytest.fixture(autouse=True)
def unexpected_errors(monkeypatch) -> Iterator[list]:
    """sys.excepthook calls (where @asyncSlot failures go, qasync PR #36) fail the test unless
    the test takes this fixture and empties the list itself."""
    seen: list = []
    monkeypatch.setattr(sys, "excepthook", lambda *exc: seen.append(exc))
    yield seen
    assert not seen, f"unexpected exceptions reached sys.excepthook: {seen}"


@pytest.fixture
def qloop(qapp: QApplication) -> Iterator[asyncio.AbstractEventLoop]:
    loop = steady_event_loop(qapp)
    asyncio.set_event_loop(loop)
    errors: list[dict] = []
    loop.set_exception_handler(lambda _loop, context: errors.append(context))
    yield loop
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.close()
    asyncio.set_event_loop(None)
    assert not errors, f"errors in the event loop: {errors}"


@pytest.fixture
def sandbox() -> SandboxApi:
    return SandboxApi(seed=7)


@pytest.fixture
def fastpix(sandbox, qloop) -> Iterator[FastPixClient]:
    client = FastPixClient(
        access_token_id=DEMO_ACCESS_TOKEN_ID,
        secret_key=DEMO_SECRET_KEY,
        transport=SandboxTransport(sandbox),
    )
    yield client
    qloop.run_until_complete(client.aclose())


@pytest.fixture
def obs() -> FakeObsController:
    return FakeObsController()


@pytest.fixture
def secrets() -> Iterator[SecretStore]:
    store = SecretStore(timeout=5.0)
    yield store
    store.close()


@pytest.fixture
def app_settings(tmp_path) -> AppSettings:
    return AppSettings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def stored_credentials(memory_keyring) -> None:
    memory_keyring.set_password(
        secret_names.SERVICE, secret_names.FASTPIX_TOKEN_ID, DEMO_ACCESS_TOKEN_ID
    )
    memory_keyring.set_password(
        secret_names.SERVICE, secret_names.FASTPIX_SECRET_KEY, DEMO_SECRET_KEY
    )


@pytest.fixture
def opened_urls() -> list:
    return []


@pytest.fixture
def make_window(qtbot, qloop, fastpix, obs, secrets, app_settings, opened_urls):
    """Build a MainWindow over the sandbox and the fake OBS; ``start=True`` runs its start-up."""
    windows: list[MainWindow] = []

    def make(*, start: bool = True, **overrides) -> MainWindow:
        kwargs = dict(
            fastpix=fastpix,
            obs=obs,
            secrets=secrets,
            settings=app_settings,
            clipboard_clear_ms=CLEAR_MS,
            open_url=opened_urls.append,
            # Fast polls, and no "my channel" from the user's config folder.
            onair=OnAirOptions(poll_s=0.05, channel=lambda: None),
        )
        kwargs.update(overrides)
        window = MainWindow.with_panels(**kwargs)
        windows.append(window)
        window.show()
        if start:
            qloop.run_until_complete(window.start())
            run_pending(qloop)
        return window

    yield make
    # Not qtbot.addWidget: pytest-qt would delete the windows before this teardown could await
    # their shutdown (cancelled tasks must finish on this test's loop).
    for window in windows:
        window.close()
        qloop.run_until_complete(window.shutdown())
        window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def language(qapp, tmp_path) -> Iterator[Callable[[str], None]]:
    """``language("de")`` installs the committed German catalogue the way the app does."""
    from tests.i18n.catalogues import release

    installed: list[QTranslator] = []

    def install(lang: str) -> None:
        release(lang, tmp_path)
        before = set(qapp.findChildren(QTranslator))
        loaded = resources.install_translator(qapp, locale=QLocale(lang), directory=tmp_path)
        assert loaded is (lang != "en")  # English is the source: only its plural forms load
        installed.extend(t for t in qapp.findChildren(QTranslator) if t not in before)

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)
        translator.setParent(None)


def wait_running(
    loop: asyncio.AbstractEventLoop, condition, timeout: float = 10.0, *, why=None
) -> None:
    """Run the loop until ``condition()`` holds. The loop keeps running the whole time: a
    keyring call finishing on its worker thread while the loop is stopped between two
    run_until_complete calls falls back to session-only storage (seen as a flaky test).
    ``why()``, if given, says what was still going on when the wait timed out."""

    async def until() -> None:
        deadline = time.monotonic() + timeout
        while not condition() and time.monotonic() < deadline:
            await asyncio.sleep(0.01)

    loop.run_until_complete(until())
    if not condition():
        detail = why() if why is not None else ""
        raise AssertionError(f"timed out waiting for the condition {detail}".rstrip())


def pending_tasks(runner) -> str:
    """The window runner's unfinished tasks, each with the chain of awaits it is parked in:
    what a timed-out wait for an idle window prints."""
    lines = []
    for task in list(runner._tasks):
        if task.done():
            continue
        chain, coro = [], task.get_coro()
        while coro is not None and getattr(coro, "cr_frame", None) is not None:
            frame = coro.cr_frame
            chain.append(f"{frame.f_code.co_filename.rsplit('/', 2)[-1]}:{frame.f_lineno}")
            coro = getattr(coro, "cr_await", None)
        if coro is not None:
            # The innermost await: a Future (or its iterator); whether it is already done
            # tells a lost wake-up (done, task not resumed) from a lost settle or timer.
            waited = getattr(task, "_fut_waiter", None)
            state = f"waiter done={waited.done()}" if waited is not None else "no waiter"
            chain.append(f"{type(coro).__name__} ({state})")
        loop = task.get_loop()
        if loop is not asyncio.get_event_loop_policy().get_event_loop():
            chain.append(f"ON ANOTHER LOOP {loop!r}")
        lines.append(f"  {task.get_name()}: {' > '.join(chain) or 'not started'}")
    if lines:
        # qasync keeps each scheduled callback under its Qt timer id until the timer fires.
        loop = asyncio.get_event_loop_policy().get_event_loop()
        timer = getattr(loop, "_timer", None)
        queued = getattr(timer, "_SimpleTimer__callbacks", {}) if timer is not None else {}
        live = [h for h in queued.values() if not h.cancelled()]
        lines.append(f"  qasync timers: {len(queued)} queued, {len(live)} not cancelled")
        lines += [f"    {h!r}"[:160] for h in live[:8]]
    return "(pending:\n" + "\n".join(lines) + ")" if lines else "(no task pending)"


def list_requests(sandbox, monkeypatch, *, limit: str) -> list[tuple[str, str]]:
    """(query, Authorization) of every GET /live/streams with ``limit`` the sandbox answers from
    now on: the credentials check is ``limit="1"``, a library page ``limit="50"``."""
    seen: list[tuple[str, str]] = []
    real_handle = sandbox.handle

    def handle(method, path, query=None, headers=None, body=b""):
        query_text = str(query or "")
        wanted = parse_qs(query_text).get("limit") == [limit]
        if method == "GET" and path.endswith("/live/streams") and wanted:
            seen.append((query_text, (headers or {}).get("authorization", "")))
        return real_handle(method, path, query, headers, body)

    monkeypatch.setattr(sandbox, "handle", handle)
    return seen


def answer_prompt(loop: asyncio.AbstractEventLoop, window, *, accept: bool = True):
    """Wait for the window's non-modal question (e.g. "End the broadcast on <name>?") and
    answer it; returns its text."""
    wait_running(loop, lambda: window.prompt is not None)
    prompt = window.prompt
    text = prompt.text()
    (prompt.accept_button if accept else prompt.reject_button).click()
    return text


def run_pending(loop: asyncio.AbstractEventLoop, rounds: int = 5) -> None:
    """Let already-scheduled callbacks and short tasks run."""
    for _ in range(rounds):
        loop.run_until_complete(asyncio.sleep(0.01))


@pytest.fixture
def window(make_window, stored_credentials) -> MainWindow:
    return make_window()
