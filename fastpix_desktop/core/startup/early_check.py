"""The start-up work that needs no window: the keyring job, the HTTP client's build and the check
of the stored FastPix credentials, begun before the window's panels exist so that the check's
round trip overlaps their build (docs/start-up.md)."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
from dataclasses import dataclass

from fastpix_desktop.core import secrets as secret_names
from fastpix_desktop.core.config import Config
from fastpix_desktop.core.ports import FastPixPort, SecretStorePort

# What the window's panels read from the keyring first: one job reads them all (begin).
START_UP_SECRETS = (
    secret_names.FASTPIX_TOKEN_ID,
    secret_names.FASTPIX_SECRET_KEY,
    secret_names.OBS_PASSWORD,
)


class EarlyCheck:
    """The credentials check in flight for one pair; ``is_for`` tells whether a pair is that
    one (compared by digest: the pair itself is not kept here, nor shown by ``repr``)."""

    def __init__(self, task: asyncio.Task[None], access_token_id: str, secret_key: str) -> None:
        self.task = task
        self._digest = _digest(access_token_id, secret_key)
        # Never awaited when nobody adopts it (the window closed first): no "exception was
        # never retrieved" at exit.
        task.add_done_callback(_retrieve)

    def is_for(self, access_token_id: str, secret_key: str) -> bool:
        return hmac.compare_digest(self._digest, _digest(access_token_id, secret_key))

    def __repr__(self) -> str:
        return f"EarlyCheck(done={self.task.done()})"


@dataclass
class StartUp:
    """What ``begin`` did: the keyring job (its result: whether the keyring is usable; still
    running when the keyring was slow to answer) and the check it sent (None when no
    credentials were stored, in demo mode, or when the keyring was slow)."""

    keyring_job: asyncio.Future[bool]
    check: EarlyCheck | None

    @property
    def keyring_usable(self) -> bool:
        return (
            self.keyring_job.done()
            and not self.keyring_job.cancelled()
            and bool(self.keyring_job.result())
        )


async def begin(
    fastpix: FastPixPort,
    secrets: SecretStorePort,
    config: Config,
    *,
    demo: bool,
    names: tuple[str, ...] = START_UP_SECRETS,
    keyring_wait_s: float | None = None,
) -> StartUp:
    """Build the HTTP client on its thread while one keyring job finds the backend and reads
    ``names``; then, with the credentials from the environment or the keyring, send the check.
    Nothing is shown and nothing fails here: the window's panels read the same sources again
    and say what they find.

    With ``keyring_wait_s``, a keyring that has not answered by then (an unlock prompt, a
    stuck D-Bus) is not waited for: the job goes on, the panels read the keyring after it on
    the store's one worker, and no check is sent from here."""
    warm_up = getattr(fastpix, "warm_up", None)
    if callable(warm_up):
        warm_up()
    job = asyncio.ensure_future(secrets.probe_and_prime(names))
    if keyring_wait_s is not None:
        await asyncio.wait([job], timeout=keyring_wait_s)
        if not job.done():
            return StartUp(job, None)
    await job
    if demo:  # the in-process sandbox: the window's own check costs no round trip
        return StartUp(job, None)
    token, secret = await _stored_credentials(secrets, config)
    if not (token and secret):
        return StartUp(job, None)
    fastpix.set_credentials(token, secret)
    task = asyncio.ensure_future(fastpix.verify_credentials())
    return StartUp(job, EarlyCheck(task, token, secret))


async def _stored_credentials(secrets: SecretStorePort, config: Config) -> tuple[str, str]:
    if config.credentials is not None:
        return config.credentials.access_token_id, config.credentials.secret_key
    if secrets.session_only:
        return "", ""
    token = await secrets.get(secret_names.FASTPIX_TOKEN_ID)
    secret = await secrets.get(secret_names.FASTPIX_SECRET_KEY)
    return token or "", secret or ""


def _digest(access_token_id: str, secret_key: str) -> bytes:
    return hashlib.sha256(f"{access_token_id}\0{secret_key}".encode()).digest()


def _retrieve(task: asyncio.Task[None]) -> None:
    with contextlib.suppress(asyncio.CancelledError, Exception):
        task.exception()
