"""The TLS context the FastPix client verifies the API with, optionally made ahead on a thread:
OpenSSL's set-up and the CA bundle's parse (≈ 30 ms) run without the GIL, so they overlap
the imports that come before the first request (bench/README.md, round 4)."""

from __future__ import annotations

import concurrent.futures
import os
import ssl
import threading

_ENV = ("SSL_CERT_FILE", "SSL_CERT_DIR")
_lock = threading.Lock()
# The context made ahead, with the environment it was made for; taken by the first client.
_ahead: tuple[tuple[str, ...], concurrent.futures.Future[ssl.SSLContext]] | None = None


def _env_key() -> tuple[str, ...]:
    return tuple(os.environ.get(name, "") for name in _ENV)


def new_context() -> ssl.SSLContext:
    """The same choice httpx.create_ssl_context makes for ``verify=True`` (httpx 0.28,
    _config.py): SSL_CERT_FILE, else SSL_CERT_DIR, else certifi's bundle. Raises OSError for a
    file or folder that cannot be read, as httpx would when building its client."""
    cafile = os.environ.get("SSL_CERT_FILE")
    if cafile:
        return ssl.create_default_context(cafile=cafile)
    capath = os.environ.get("SSL_CERT_DIR")
    if capath:
        return ssl.create_default_context(capath=capath)
    import certifi

    return ssl.create_default_context(cafile=certifi.where())


def make_ahead() -> None:
    """Start making the context on a thread; the next ``take_context`` uses it. Not a daemon
    thread: leaving the interpreter while a thread is inside OpenSSL's set-up can crash its
    shutdown (seen with `create`, see FastPixClient.aclose)."""
    global _ahead
    with _lock:
        if _ahead is not None:
            return
        future: concurrent.futures.Future[ssl.SSLContext] = concurrent.futures.Future()
        _ahead = (_env_key(), future)

    def make() -> None:
        try:
            future.set_result(new_context())
        except BaseException as exc:
            future.set_exception(exc)

    threading.Thread(target=make, name="fastpix-tls-setup").start()


def take_context() -> ssl.SSLContext:
    """A context for one client: the one made ahead if it was made for the current
    environment (waiting for it), else a new one. Each context is handed out once, so a
    client never sees another's later changes."""
    global _ahead
    with _lock:
        ahead, _ahead = _ahead, None
    if ahead is not None and ahead[0] == _env_key():
        return ahead[1].result()
    return new_context()
