"""Composition root: QApplication, the qasync loop, one SecretStore / FastPixClient / ObsController,
the main window, and an orderly shutdown; plus ``--self-test`` for the frozen build.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import importlib
import logging
import os
import platform
import signal
import sys
import tempfile
from collections.abc import Callable, Coroutine, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# fastpix_desktop.ui/__init__ (run before this module) pins QT_API=pyside6 for qasync (qasync#23).
import qasync
from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QObject, QSettings, QTimer, qVersion
from PySide6.QtWidgets import QApplication

from fastpix_desktop._version import __version__
from fastpix_desktop.core.blocking import run_blocking
from fastpix_desktop.core.config import DEFAULT_OBS_HOST, DEFAULT_OBS_PORT, Config
from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.obs import ObsConnectionInfo, ObsController
from fastpix_desktop.core.redact import install_log_redaction
from fastpix_desktop.core.secrets import SecretStore, keyring_backend_name
from fastpix_desktop.core.session import Session
from fastpix_desktop.core.startup import early_check
from fastpix_desktop.ui.operations import install_loop_exception_handler
from fastpix_desktop.ui.settings import AppSettings
from fastpix_desktop.ui.widgets.error_dialog import install_excepthook
from fastpix_desktop.ui.window.application import APP_NAME, application
from fastpix_desktop.ui.window.first_paint import AfterFirstPaint
from fastpix_desktop.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)

# Every panel MainWindow.build makes, imported once the credentials check is sent.
PANELS_MODULE = "fastpix_desktop.ui.window.parts"
# How long the panels wait for the keyring before they are built anyway (an unlock prompt can
# take as long as the streamer does; the job answers in 50-200 ms otherwise).
KEYRING_WAIT_S = 0.5

__all__ = ["APP_NAME", "application", "demo_client", "first_frame", "run_gui", "run_self_test"]
# Enough for the demo checklist to be visible step by step, short enough not to annoy.
DEMO_LATENCY_MS = 300.0


@dataclass
class Services:
    """The one client per remote system, shared by every part of the window: the process's
    session's (core/session.py), with the window's saved settings."""

    secrets: SecretStore
    fastpix: FastPixClient
    obs: ObsController
    settings: AppSettings
    config: Config
    session: Session


# Demo mode's API root: the sandbox answers in-process, so the host is never looked up. A
# reserved name (RFC 2606 `.invalid`) keeps httpx's "HTTP Request: GET …" log lines from
# reading like calls to the real api.fastpix.com.
DEMO_API_URL = "https://demo-sandbox.invalid/v1"


def demo_client(*, latency_ms: float | None = None) -> FastPixClient:
    """A FastPixClient served in-process by the sandbox: no socket, no network."""
    return FastPixClient(**demo_options(latency_ms=latency_ms))


def demo_options(*, latency_ms: float | None = None) -> dict[str, Any]:
    """FastPixClient's arguments for the in-process sandbox."""
    from fastpix_desktop.sandbox import (
        DEMO_ACCESS_TOKEN_ID,
        DEMO_SECRET_KEY,
        SandboxApi,
        SandboxTransport,
    )

    latency = DEMO_LATENCY_MS if latency_ms is None else latency_ms
    return dict(
        access_token_id=DEMO_ACCESS_TOKEN_ID,
        secret_key=DEMO_SECRET_KEY,
        base_url=DEMO_API_URL,
        transport=SandboxTransport(SandboxApi(latency_ms=latency)),
    )


async def build_services(
    *,
    demo: bool,
    api_url: str | None,
    qsettings: QSettings | None = None,
    settings: AppSettings | None = None,
    session: Session | None = None,
) -> Services:
    """The session's clients for the window (the same configuration as the CLI, core.config:
    the environment first, then the saved settings); the keyring is read later, by the window."""
    # No keyring call here: the keyring may be slow or ask to be unlocked, and the window must
    # show first. MainWindow.start() probes it and reads the credentials and the OBS password.
    session = session or Session.load(api_url=api_url, apply_obs_url=True)
    config = session.config
    settings = settings or AppSettings(qsettings or QSettings(APP_NAME, APP_NAME))
    fastpix = session.build_fastpix(**demo_options()) if demo else session.build_fastpix()
    host = config.obs_host or settings.obs_host()
    port = config.obs_port or settings.obs_port()
    obs = session.build_obs(
        ObsConnectionInfo(host=host, port=port), factory=ObsController, timeout=3.0
    )
    return Services(
        secrets=session.secrets,
        fastpix=fastpix,
        obs=obs,
        settings=settings,
        config=config,
        session=session,
    )


def build_window(services: Services, window: MainWindow) -> MainWindow:
    """The panels into ``window``'s frame (shown already or not), over ``services``."""
    for _ in _window_steps(services, window):
        pass
    return window


async def build_shown_window(services: Services, window: MainWindow) -> MainWindow:
    """``build_window`` for a window on screen: Qt paints and answers between the steps."""
    for _ in _window_steps(services, window):
        await asyncio.sleep(0)
    return window


def _window_steps(services: Services, window: MainWindow) -> Iterator[None]:
    return window.build_steps(
        fastpix=services.fastpix,
        obs=services.obs,
        secrets=services.secrets,
        config=services.config,
        demo_client_factory=demo_client,
    )


async def close_services(window: MainWindow, services: Services) -> None:
    """Cancel the window's tasks, close httpx and OBS, stop the keyring thread (qasync#112)."""
    await window.shutdown()
    with contextlib.suppress(Exception):
        await window.fastpix.aclose()  # the window may have swapped in the demo client
    with contextlib.suppress(Exception):
        await services.fastpix.aclose()
    with contextlib.suppress(Exception):
        await services.obs.close()
    await services.session.aclose()


async def _gui_main(
    app: QApplication, *, demo: bool, api_url: str | None, frame: MainWindow | None
) -> int:
    # The frame is shown and painted already when the app came through ui.window.start.run_gui.
    window = frame or MainWindow(AppSettings(QSettings(APP_NAME, APP_NAME)), demo=demo)
    closed = asyncio.Event()
    window.closing.connect(closed.set)  # before the build: the frame can be closed meanwhile
    # The process's one session: configuration read once, clients built once (core/session.py).
    session = Session.load(api_url=api_url, apply_obs_url=True)
    services = await build_services(
        demo=demo, api_url=api_url, settings=window.settings, session=session
    )
    if frame is None:
        begun = None
        build_window(services, window)
    else:
        # The keyring job and the HTTP client first, then the credentials check sent: its round
        # trip overlaps the panels' imports (off the UI thread) and build (docs/start-up.md).
        begun = await early_check.begin(
            services.fastpix,
            services.secrets,
            services.config,
            demo=demo,
            keyring_wait_s=KEYRING_WAIT_S,
        )
        await run_blocking(importlib.import_module, PANELS_MODULE)
        await build_shown_window(services, window)
        # The panels' first paint before OBS's connection thread competes with it for the GIL
        # (a window started in the tray is not painted until the streamer opens it).
        if window.isVisible():
            await first_frame(window)
    if closed.is_set():  # closed while the panels were made: nothing was started yet
        await close_services(window, services)
        return 0
    install_excepthook(window.error_reporter)
    install_loop_exception_handler(
        asyncio.get_running_loop(), window.error_reporter.report_exception
    )
    # QApplication.quit() (a session logout, Cmd+Q on macOS) cannot be refused: close now.
    app.aboutToQuit.connect(window.quit_now)
    previous = _close_on_signals(window)
    try:
        if frame is None:
            window.show()
            await first_frame(window)
        _drop_import_sources()
        await window.start(begun=begun)
        # Start-up's objects (modules, classes, the window's widgets) live as long as the app:
        # kept out of later full collections, which otherwise scan them all on the UI thread
        # (a 29 ms stall in the first click; bench/README.md, round 6).
        gc.freeze()
        # Asks once, or checks for a newer version in the background; never delays the above.
        window.system_panel.start()
        # The remote control a second launch (a stream deck's go-live / end / status) talks
        # to; closed in the window's closeEvent, before the clients are.
        window.onair_panel.start_remote()
        await closed.wait()
        window.hide()
        await close_services(window, services)
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    return 0


def _drop_import_sources() -> None:
    """Free the source text PySide6's import hook left in linecache: it reads the source of
    every module imported after PySide6 (to look for ``from __feature__ import``; pyzo/pyzo#851)
    and linecache keeps it, ~1.3 MB of lines here. A traceback reads a file again when needed."""
    import linecache

    linecache.clearcache()


async def first_frame(window: QObject, *, timeout_s: float = 0.5) -> None:
    """Return once the shown ``window`` has painted its first frame, or after ``timeout_s`` (a
    window the platform never paints, e.g. started minimised)."""
    painted: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def done() -> None:
        if not painted.done():
            painted.set_result(None)

    watcher = AfterFirstPaint(window, done)
    try:
        await asyncio.wait_for(painted, timeout_s)
    except TimeoutError:
        log.debug("No first paint within %.1f s; starting anyway", timeout_s)
    finally:
        watcher.remove()


def _close_on_signals(window: MainWindow) -> dict[int, Any]:
    """Ctrl+C in the terminal closes the window like File → Quit (asking when it should; a
    second Ctrl+C does not wait for the answer); SIGTERM closes it without asking. Both go
    through the same orderly shutdown, exit code 0.

    Python only runs signal handlers when it gets control, and Qt's loop may sleep in C++ for
    long stretches, so a light timer hands control back twice a second.
    """
    previous: dict[int, Any] = {
        signal.SIGINT: signal.signal(signal.SIGINT, lambda *_: window.interrupt()),
        signal.SIGTERM: signal.signal(signal.SIGTERM, lambda *_: window.quit_now()),
    }
    timer = QTimer(window)
    timer.timeout.connect(lambda: None)
    timer.start(500)
    return previous


# QApplication.quit() ends Qt's loop (and so qasync's run_forever) before the main coroutine has
# finished its orderly shutdown; the loop is run again for it, a bounded number of times
# (the pattern of qasync#55).
_MAX_RESUMES = 5


def _run(coro_factory: Callable[[QApplication], Coroutine[Any, Any, int]]) -> int:
    app = application()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        main: asyncio.Task[int] = loop.create_task(coro_factory(app), name="main")
        for _ in range(_MAX_RESUMES):
            with contextlib.suppress(RuntimeError):  # "Event loop stopped before Future ..."
                loop.run_until_complete(main)
            if main.done():
                break
        return main.result()
    finally:
        _close_loop(loop)


def _close_loop(loop: asyncio.AbstractEventLoop) -> None:
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for task in pending:
        task.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    loop.run_until_complete(loop.shutdown_asyncgens())
    loop.close()
    asyncio.set_event_loop(None)


def run_gui(
    demo: bool = False, api_url: str | None = None, *, window: MainWindow | None = None
) -> int:
    """``fastpix-desktop [--demo] [--api-url URL]``: the window, until the user closes it.

    ``window`` is the frame ui.window.start.run_gui has shown; without one, it is made here."""
    install_log_redaction()
    return _run(lambda app: _gui_main(app, demo=demo, api_url=api_url, frame=window))


# --------------------------------------------------------------------------- self-test


async def _self_test_main(app: QApplication) -> int:
    """Build the real window against the in-process sandbox; no network, no OBS connection."""
    with tempfile.TemporaryDirectory(prefix="fastpix-self-test-") as tmp:
        qsettings = QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
        session = Session(Config())
        await session.secrets.probe()
        services = Services(
            secrets=session.secrets,
            fastpix=session.build_fastpix(**demo_options(latency_ms=0)),
            # Never connected: the self-test must not touch OBS.
            obs=session.build_obs(
                ObsConnectionInfo(host=DEFAULT_OBS_HOST, port=DEFAULT_OBS_PORT), timeout=1.0
            ),
            settings=AppSettings(qsettings),
            config=session.config,
            session=session,
        )
        window = build_window(services, MainWindow(services.settings, demo=True))
        window.show()
        await services.fastpix.verify_credentials()  # one request through the sandbox
        await asyncio.sleep(0.05)  # let the loop paint once
        if window.grab().isNull():
            raise RuntimeError("the main window did not render")
        # The primary action's text in the UI language (tests read it under LANGUAGE=de).
        print(f"primary action: {window.create_button.text()}")
        # A plural form: "0 streams" needs the compiled catalogue even in English.
        print(f"library: {window.library_panel.view.count_text(0)}")
        window.close()
        await close_services(window, services)
        qsettings.sync()
    return 0


def _distribution_version(name: str) -> str:
    import importlib.metadata  # only the self-test needs it; ~5 ms off every start-up

    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:  # frozen builds may drop the metadata
        return "unknown"


def run_self_test() -> int:
    """``fastpix-desktop --self-test``: offscreen window + one coroutine; prints versions."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        result = _run(_self_test_main)
        backend = keyring_backend_name()
        from fastpix_desktop.core.signing.tokens import self_test as tokens_self_test

        tokens = tokens_self_test()  # proves PyJWT and cryptography made it into the bundle
    except Exception as exc:
        print(f"self-test FAILED: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    print(f"fastpix-desktop {__version__}")
    print(f"Python {platform.python_version()} ({sys.executable})")
    print(f"Qt {qVersion()}")
    print(f"PySide6 {pyside_version}")
    print(f"qasync {_distribution_version('qasync')}")
    print(f"keyring backend: {backend}")
    print(tokens)
    print(f"Qt platform: {os.environ.get('QT_QPA_PLATFORM', 'default')}")
    print("self-test: OK" if result == 0 else "self-test: FAILED")
    return result
