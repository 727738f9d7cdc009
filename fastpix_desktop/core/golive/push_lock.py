"""One fastpix-desktop at a time changes an OBS's destination: a lock file per OBS address in
the state folder, held from the restore point's save to the repeat read-back, and a note of the
last push (which stream, which run), so a run that finds OBS changed under it can say by whom.

Two `create` runs at once (two commands, or the window and a command) each read OBS before
either pushed; without this, the second overwrote the first and both said "configured"
(issue 28). The loser now leaves OBS alone and says where OBS sends (ObsTakenError, exit 11).
The files hold no secret: an OBS address, a stream ID and name, and a digest of the pushed
destination from which no key can be read back (core/restore/record.py ``fingerprint``).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from fastpix_desktop.core import localfiles
from fastpix_desktop.core.blocking import run_blocking
from fastpix_desktop.core.localfiles.errors import why

log = logging.getLogger(__name__)

# Long enough for another run's keyring save, push and read-backs (a keyring call is bounded
# by SecretStore's 5 s), short enough for the 30 s a command may take.
WAIT_S = 12.0
POLL_S = 0.05
NOTE_MAX_BYTES = 4096


@dataclass(frozen=True)
class PushNote:
    """The last push through the lock: which run set OBS to which stream, and when."""

    run: str
    fingerprint: str
    stream_id: str
    stream_name: str
    at: float

    @classmethod
    def from_json(cls, data: Any) -> PushNote | None:
        if not isinstance(data, dict):
            return None
        fields = ("run", "fingerprint", "streamId", "streamName")
        if not all(isinstance(data.get(k), str) for k in fields):
            return None
        at = data.get("at")
        if not isinstance(at, int | float) or isinstance(at, bool):
            return None
        return cls(
            data["run"][:64],
            data["fingerprint"][:64],
            data["streamId"][:128],
            data["streamName"][:256],
            float(at),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "run": self.run,
            "fingerprint": self.fingerprint,
            "streamId": self.stream_id,
            "streamName": self.stream_name,
            "at": self.at,
        }


class ObsPushLock:
    """The lock files for every OBS in ``directory`` (the state folder by default)."""

    def __init__(self, directory: Path | None = None, *, wait_s: float = WAIT_S) -> None:
        self._directory = directory
        self.wait_s = wait_s

    @property
    def directory(self) -> Path:
        if self._directory is None:
            from fastpix_desktop.core import config

            return config.state_dir()
        return self._directory

    async def hold(self, obs_address: str) -> HeldPush | None:
        """The lock for the OBS at ``obs_address``, waiting up to ``wait_s`` for another run to
        finish. None when another run kept it that long. A state folder that cannot be used
        safely (core/localfiles) is logged and the run goes on unlocked (never worse than
        before the lock existed: the repeat read-back still catches a rival push)."""
        run = secrets.token_hex(8)
        digest = hashlib.sha256(obs_address.encode("utf-8")).hexdigest()[:12]
        directory = self.directory
        lock_path = directory / f"obs-push-{digest}.lock"
        note_path = directory / f"obs-push-{digest}.json"
        try:
            handle = await run_blocking(_open, lock_path)
        except localfiles.LocalFileError as exc:
            log.warning("OBS's push lock is not used: %s", exc)
            return HeldPush(run, note_path, None, started=time.time())
        started = time.time()
        deadline = time.monotonic() + self.wait_s
        while not localfiles.try_lock(handle):
            if time.monotonic() >= deadline:
                handle.close()
                return None
            await asyncio.sleep(POLL_S)
        return HeldPush(run, note_path, handle, started=started)


class HeldPush:
    """A held push lock (``handle`` None: the state folder could not be used); ``release``
    is idempotent and also happens when the process ends, however it ends."""

    def __init__(
        self, run: str, note_path: Path, handle: IO[bytes] | None, *, started: float
    ) -> None:
        self.run, self._note_path, self._handle, self.started = run, note_path, handle, started

    @property
    def locked(self) -> bool:
        return self._handle is not None

    async def last_note(self) -> PushNote | None:
        """The note of the last push through this lock (None: none, or not readable)."""
        if self._handle is None:
            return None
        try:
            data = await run_blocking(self._read_note)
        except localfiles.LocalFileError as exc:  # corrupt or planted: as if there were none
            log.warning("%s", exc)
            return None
        return PushNote.from_json(data)

    async def record(self, fingerprint: str, stream_id: str, stream_name: str) -> None:
        """Note this run's push; a failure is logged, never fails the run."""
        if self._handle is None:
            return
        note = PushNote(self.run, fingerprint, stream_id, stream_name, time.time())
        try:
            await run_blocking(self._write_note, note)
        except localfiles.LocalFileError as exc:
            log.warning("%s", exc)

    def _read_note(self) -> object:
        return localfiles.read_json(
            self._note_path, what="the note of OBS's last push", max_bytes=NOTE_MAX_BYTES
        )

    def _write_note(self, note: PushNote) -> None:
        localfiles.write_json(self._note_path, note.to_json(), what="the note of OBS's last push")

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is not None:
            with contextlib.suppress(OSError):
                handle.close()  # closing the file releases the OS lock


def _open(path: Path) -> IO[bytes]:
    localfiles.shared_private_dir(path.parent)
    localfiles.refuse_link(path, what="OBS's push lock")
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags, 0o600)
    except OSError as exc:
        raise localfiles.LocalFileError(
            f"Cannot open OBS's push lock {path}: {why(exc)}.", path=path
        ) from None
    return os.fdopen(fd, "r+b")
