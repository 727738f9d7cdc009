"""SecretStore: the OS keyring, called off the UI thread with a timeout, with a session fallback.

When no keyring backend exists (headless Linux) or it is locked or hangs, secrets are kept in
memory for this run only, never written in plain text, and ``fallback_reason`` says why.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import logging
import queue
import sys
import threading
from collections.abc import Callable
from typing import Any, TypeVar

from fastpix_desktop.core.errors import (
    KeyringLockedError,
    KeyringUnavailableError,
    SecretTooLargeError,
)
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP, marked
from fastpix_desktop.core.redact import register_secret

log = logging.getLogger(__name__)

SERVICE = "fastpix-desktop"
# Entry names: one secret per entry (Windows caps an entry near 1280 UTF-16 chars, keyring#355).
FASTPIX_TOKEN_ID = "fastpix-access-token-id"
FASTPIX_SECRET_KEY = "fastpix-secret-key"
OBS_PASSWORD = "obs-websocket-password"
OBS_SNAPSHOT = "obs-previous-destination"
_IN_WORDS = {
    FASTPIX_TOKEN_ID: "The Access Token ID",
    FASTPIX_SECRET_KEY: "The Secret Key",
    OBS_PASSWORD: "The OBS WebSocket password",
    OBS_SNAPSHOT: "OBS's current stream destination (kept so it can be restored)",
}
# Long-lived secrets: masked for the whole session, however many streams come and go.
CREDENTIALS = frozenset({FASTPIX_SECRET_KEY, OBS_PASSWORD})
# Windows Credential Manager: 2560 bytes of UTF-16 (keyring#540). Check everywhere for parity.
MAX_SECRET_CHARS = 1280

_T = TypeVar("_T")

if sys.platform != "darwin":
    # keyring imports every backend to rank them; its macOS one loads the Security framework
    # through ctypes.util.find_library, which on Linux runs ldconfig/gcc in subprocesses
    # (~16 ms, on every start) only to fail, and the backend refuses non-Darwin systems anyway
    # (keyring/backends/macOS/__init__.py: ``priority`` raises "macOS required"). A None in
    # sys.modules makes its guarded ``from . import api`` fail at once, with the same result.
    sys.modules.setdefault("keyring.backends.macOS.api", None)  # type: ignore[arg-type]


def keyring_backend_name() -> str:
    """The resolved keyring backend's class, e.g. 'keyring.backends.SecretService.Keyring'."""
    import keyring

    backend = keyring.get_keyring()
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


# Backends that keep secrets in a file anyone who can read it can use (keyrings.alt's plain
# text and "encrypted" file, whose password is asked on the terminal): keyring picks them by
# itself when they are installed and no system keyring answers (docs/faults.md, "Keyrings").
_PLAINTEXT_MODULES = ("keyrings.alt",)
_PLAINTEXT_NAMES = ("Plaintext", "Encrypted")


def _stores_nothing(backend: Any) -> bool:
    from keyring.backends import fail

    if isinstance(backend, fail.Keyring) or "null" in type(backend).__module__:
        return True
    return getattr(backend, "priority", 1) <= 0  # ChainerBackend with nothing behind it


def _plaintext(backend: Any) -> bool:
    kind = type(backend)
    inner = getattr(backend, "backends", None)  # keyring's ChainerBackend
    if isinstance(inner, list | tuple) and any(_plaintext(b) for b in inner):
        return True
    return kind.__module__.startswith(_PLAINTEXT_MODULES) or any(
        n in kind.__name__ for n in _PLAINTEXT_NAMES
    )


def chosen_explicitly(environ: Any = None) -> str | None:
    """Where the user named the keyring backend (PYTHON_KEYRING_BACKEND or keyring's own
    config file), or None when keyring picked it by itself."""
    import os

    env = os.environ if environ is None else environ
    if env.get("PYTHON_KEYRING_BACKEND"):
        return "PYTHON_KEYRING_BACKEND"
    try:
        from keyring.core import load_config

        if load_config() is not None:
            return QT_TRANSLATE_NOOP("errors", "keyring's config file")
    except Exception:  # a broken config file: keyring itself ignores it with a warning
        return None
    return None


def keyring_verdict() -> tuple[bool, str]:
    """Whether the resolved backend may hold secrets, and the warning or reason in words.

    Refused: backends that store nothing (fail, null), and a plain-text one keyring picked
    by itself. A plain-text one the user chose explicitly is used, with a warning."""
    import keyring

    backend = keyring.get_keyring()
    if _stores_nothing(backend):
        return False, QT_TRANSLATE_NOOP("errors", "no system keyring is available on this computer")
    if _plaintext(backend):
        name = f"{type(backend).__module__}.{type(backend).__qualname__}"
        where = chosen_explicitly()
        if where is None:
            return False, marked(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "the only keyring found ({name}) would write secrets in plain text to a "
                    "file; it is not used (choose it with PYTHON_KEYRING_BACKEND to use it "
                    "anyway)",
                ),
                name=name,
            )
        return True, marked(
            QT_TRANSLATE_NOOP(
                "errors", "secrets are kept in plain text by {name}, chosen with {where}"
            ),
            name=name,
            where=marked(where),  # "keyring's config file" is marked where it is said
        )
    return True, ""


def keyring_usable() -> bool:
    return keyring_verdict()[0]


class SecretStore:
    """Async facade over ``keyring`` on one dedicated worker thread."""

    def __init__(self, *, service: str = SERVICE, timeout: float = 5.0) -> None:
        self.service = service
        self.timeout = timeout
        self._memory: dict[str, str] = {}
        # Read by probe_and_prime, answered once by the next get of that name.
        self._primed: dict[str, str | None] = {}
        self._worker = _DaemonWorker("keyring")
        self.fallback_reason: str | None = None
        # Set when the backend said the keyring is locked (as opposed to absent or broken).
        self.locked = False
        # Set when secrets go to a plain-text keyring the user chose (shown, and logged).
        self.warning: str | None = None
        # Written or deleted while the keyring was locked (memory only), saved once unlocked.
        self._unsaved: dict[str, str | None] = {}
        self._listeners: list[Callable[[], None]] = []

    def add_listener(self, fn: Callable[[], None]) -> Callable[[], None]:
        """``fn()`` after the store falls back to memory or gets its keyring back (a locked
        one unlocked): the window's keyring line follows. Called on the caller's loop."""
        self._listeners.append(fn)
        return lambda: self._listeners.remove(fn) if fn in self._listeners else None

    def _changed(self) -> None:
        for fn in list(self._listeners):
            try:
                fn()
            except Exception:
                log.exception("A keyring listener failed")

    @property
    def session_only(self) -> bool:
        """True when secrets live only in memory for this run."""
        return self.fallback_reason is not None

    async def _run(self, fn: Callable[[], _T]) -> _T:
        return await asyncio.wait_for(
            asyncio.wrap_future(self._worker.submit(fn)), timeout=self.timeout
        )

    def hold_until(self, event: threading.Event) -> None:
        """Start no keyring call queued after this one until ``event`` is set (at most
        ``timeout`` seconds): `create` holds the keyring's import and calls back until its
        create request is out, so they do not take the CPU from the HTTP client's build
        (bench/README.md, round 4). Calls already queued run first."""
        self._worker.submit(lambda: event.wait(self.timeout))

    async def probe(self) -> bool:
        """Resolve the backend once (off the UI thread); switch to session-only if unusable."""
        if self.session_only:
            return False
        try:
            usable, words = await self._run(keyring_verdict)
        except Exception as exc:
            self._fall_back(
                marked(
                    QT_TRANSLATE_NOOP("errors", "the keyring could not be opened ({kind})"),
                    kind=type(exc).__name__,
                )
            )
            return False
        self._judged(usable, words)
        return usable

    def _judged(self, usable: bool, words: str) -> None:
        if not usable:
            self._fall_back(words)
        elif words and self.warning is None:
            self.warning = words
            log.warning("Warning: %s", words)

    def _failed(self, what: str, exc: Exception) -> None:
        if _is_locked(exc):
            self.locked = True
            self._fall_back(QT_TRANSLATE_NOOP("errors", "the system keyring is locked"))
        else:
            self.locked = False  # broken now, not locked: not asked again this session
            self._fall_back(
                marked(
                    QT_TRANSLATE_NOOP("errors", "{what} ({kind})"),
                    what=what,
                    kind=type(exc).__name__,
                )
            )

    def _fall_back(self, reason: str) -> None:
        if self.fallback_reason is None:
            log.warning("Keyring unavailable, keeping secrets for this session only: %s", reason)
        changed = reason != self.fallback_reason
        self.fallback_reason = reason
        if changed:
            self._changed()

    @property
    def _retry_locked(self) -> bool:
        """A locked keyring is asked again on each use: the streamer may have unlocked it since
        (their login keyring, a password manager), and each use is their own action, so an
        unlock prompt then is expected. An absent or broken one is not asked again."""
        return self.locked

    def _recovered(self) -> None:
        """The locked keyring answered again: back to it, and say so."""
        log.warning("The system keyring is unlocked again; secrets are saved in it again")
        self.fallback_reason, self.locked = None, False
        self._changed()

    async def _retry(self, job: Callable[[], _T]) -> tuple[bool, _T | None]:
        """Run ``job`` on the locked keyring, first saving what was kept in memory meanwhile;
        (True, result) when the keyring answered (the store is back to it)."""
        unsaved = dict(self._unsaved)

        def flush_then_job() -> _T:
            import keyring

            for name, value in unsaved.items():
                if value is None:
                    from keyring.errors import PasswordDeleteError

                    with contextlib.suppress(PasswordDeleteError):
                        keyring.delete_password(self.service, name)
                else:
                    keyring.set_password(self.service, name, value)
            return job()

        try:
            result = await self._run(flush_then_job)
        except Exception as exc:
            self._failed(marked(QT_TRANSLATE_NOOP("errors", "reading the keyring failed")), exc)
            return False, None
        for name in unsaved:
            if self._unsaved.get(name, object()) == unsaved[name]:
                del self._unsaved[name]
        self._recovered()
        return True, result

    async def probe_and_prime(self, names: tuple[str, ...]) -> bool:
        """``probe``, then read ``names``, in ONE job on the worker (start-up: one hop instead of
        four, while the loop does other work). The next ``get`` of each name is answered from
        that read once, without asking the keyring again. Returns what ``probe`` returns."""
        if self.session_only:
            return False

        def job() -> tuple[tuple[bool, str], dict[str, str | None], Exception | None]:
            verdict = keyring_verdict()  # imports keyring here, on the worker (~30-60 ms)
            if not verdict[0]:
                return verdict, {}, None
            import keyring

            from fastpix_desktop.core.secret_service_reads import read_together

            values: dict[str, str | None] = {}
            try:
                together = read_together(keyring.get_keyring(), self.service, names)
                if together is not None:
                    return verdict, {name: _text(v) for name, v in together.items()}, None
                for name in names:
                    values[name] = _text(keyring.get_password(self.service, name))
            except Exception as exc:  # the failing read is reported; the rest asked again
                return verdict, values, exc
            return verdict, values, None

        try:
            (usable, words), values, error = await self._run(job)
        except Exception as exc:
            self._fall_back(
                marked(
                    QT_TRANSLATE_NOOP("errors", "the keyring could not be opened ({kind})"),
                    kind=type(exc).__name__,
                )
            )
            return False
        self._judged(usable, words)
        if not usable:
            return False
        self._primed.update(values)
        # As get does: a keyring that fails later in the session loses nothing already read.
        self._memory.update({name: value for name, value in values.items() if value is not None})
        if error is not None:
            self._failed(marked(QT_TRANSLATE_NOOP("errors", "reading the keyring failed")), error)
        return True

    async def get(self, name: str, *, secret: bool = True) -> str | None:
        """The stored value; ``secret=False`` for a value kept here that is not itself a secret
        (an ID), so it is not masked wherever it is shown."""
        if name in self._primed and not self.session_only:
            return self._keep(name, self._primed.pop(name), secret=secret)

        def _get() -> str | None:
            import keyring  # on the worker: its import (≈ 10 ms) must not block the loop

            return _text(keyring.get_password(self.service, name))

        if self._retry_locked:
            answered, value = await self._retry(_get)
            if answered and name not in self._unsaved:
                return self._keep(name, value, secret=secret)
            return self._memory.get(name)
        if self.session_only:
            return self._memory.get(name)

        try:
            value = await self._run(_get)
        except Exception as exc:
            self._failed(marked(QT_TRANSLATE_NOOP("errors", "reading the keyring failed")), exc)
            return self._memory.get(name)
        return self._keep(name, value, secret=secret)

    def _keep(self, name: str, value: str | None, *, secret: bool) -> str | None:
        if secret:
            register_secret(value, keep=name in CREDENTIALS)
        if value is not None:
            # Kept so that a keyring that fails later in the session loses nothing already read.
            self._memory[name] = value
        return value

    async def set(self, name: str, value: str, *, secret: bool = True) -> None:
        if len(value) > MAX_SECRET_CHARS:
            what = _IN_WORDS.get(name, f"The value '{name}'")
            raise SecretTooLargeError(
                f"{what} could not be saved: it is {len(value)} characters long, and the "
                f"system keyring holds at most {MAX_SECRET_CHARS}."
            )
        self._primed.pop(name, None)
        if secret:
            register_secret(value, keep=name in CREDENTIALS)
        self._memory[name] = value  # also kept in memory so a later keyring failure loses nothing

        def _set() -> None:
            import keyring  # on the worker, as in get

            keyring.set_password(self.service, name, value)

        if self._retry_locked:
            self._unsaved[name] = value  # saved first thing once the keyring answers
            await self._retry(lambda: None)
            return
        if self.session_only:
            return
        try:
            await self._run(_set)
        except Exception as exc:
            self._failed(marked(QT_TRANSLATE_NOOP("errors", "writing to the keyring failed")), exc)
            if self.locked:
                self._unsaved[name] = value

    async def delete(self, name: str) -> None:
        self._memory.pop(name, None)
        self._primed.pop(name, None)
        if self._retry_locked:
            self._unsaved[name] = None
            await self._retry(lambda: None)
            return
        if self.session_only:
            return

        def _delete() -> None:
            import keyring  # on the worker, as in get
            from keyring.errors import PasswordDeleteError

            with contextlib.suppress(PasswordDeleteError):  # nothing stored under that name
                keyring.delete_password(self.service, name)

        try:
            await self._run(_delete)
        except Exception as exc:
            self._failed(
                marked(QT_TRANSLATE_NOOP("errors", "deleting from the keyring failed")), exc
            )
            if self.locked:
                self._unsaved[name] = None

    def require_backend(self) -> None:
        """Raise when secrets cannot be persisted (for callers that must not silently lose)."""
        if self.locked:
            raise KeyringLockedError()
        if self.session_only:
            raise KeyringUnavailableError()

    def close(self) -> None:
        self._worker.shutdown()


def _text(value: Any) -> str | None:
    """A keyring's answer as text: some backends hand back bytes (UTF-8 decoded here); any
    other type, or bytes that are not UTF-8, count as nothing stored."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bytes | bytearray):
        try:
            return bytes(value).decode("utf-8")
        except UnicodeDecodeError:
            pass
    log.warning("Ignoring a keyring value of type %s", type(value).__name__)
    return None


def locked_credentials_error() -> KeyringLockedError:
    """What to say when the FastPix credentials cannot be read because the keyring is locked
    (never "no credentials": they are there, behind the lock). For the CLI and the window."""
    return KeyringLockedError(
        QT_TRANSLATE_NOOP(
            "errors",
            "The system keyring is locked, so the FastPix credentials saved in it cannot be read. "
            "Unlock it (log in to the desktop, or open Passwords and Keys and unlock the Login "
            "keyring) and try again, or set FASTPIX_USERNAME and FASTPIX_PASSWORD.",
        )
    )


def _is_locked(exc: Exception) -> bool:
    """Whether the backend failed because the keyring is locked (Secret Service: KeyringLocked,
    raised when the unlock prompt is dismissed or cannot be shown)."""
    from keyring.errors import KeyringLocked

    return isinstance(exc, KeyringLocked)


class _DaemonWorker:
    """Runs blocking calls one at a time on a daemon thread.

    Not a ThreadPoolExecutor: Python joins its workers at exit, so a keyring call stuck on an
    unlock prompt or a hung D-Bus would keep the app alive after its window closed.
    """

    def __init__(self, name: str) -> None:
        self._name = name
        self._queue: queue.SimpleQueue[
            tuple[Callable[[], Any], concurrent.futures.Future[Any]] | None
        ] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None

    def submit(self, fn: Callable[[], _T]) -> concurrent.futures.Future[_T]:
        future: concurrent.futures.Future[_T] = concurrent.futures.Future()
        if self._thread is None:  # started on first use, not at construction
            self._thread = threading.Thread(target=self._serve, name=self._name, daemon=True)
            self._thread.start()
        self._queue.put((fn, future))
        return future

    def _serve(self) -> None:
        while (item := self._queue.get()) is not None:
            fn, future = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn())
            except BaseException as exc:
                future.set_exception(exc)

    def shutdown(self) -> None:
        self._queue.put(None)
