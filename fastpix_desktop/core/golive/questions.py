"""What a go-live may have to ask the streamer, as one object: the window answers with
dialogs, scripts and the command line with fixed answers (``Never``, ``Always``, flags).

A new question is one method here (on the protocol and on each answer set), then one dialog in
the window's answers (ui/dialogs).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Protocol

from fastpix_desktop.core.errors import RestorePointError


class Questions(Protocol):
    async def stop_live_obs(self) -> bool:
        """OBS is live to another destination: stop it and go on? (No: nothing changes.)"""
        ...

    async def no_restore_point(self, error: RestorePointError) -> bool:
        """OBS's destination cannot be saved for obs-restore (``error`` says why): change OBS
        anyway? (No: OBS is left as it was.)"""
        ...

    async def replace_hand_set(self, destination: str) -> bool:
        """OBS holds ``destination`` (type and server, never a key), set in OBS by hand since
        this app's change: replace it? (No: nothing is changed; core/restore/hand_set.py)"""
        ...


class Never:
    """No to every question: nothing is stopped, and OBS is never changed without a restore
    point (scripts, a stream deck, a go-live without flags)."""

    async def stop_live_obs(self) -> bool:
        return False

    async def no_restore_point(self, error: RestorePointError) -> bool:
        return False

    async def replace_hand_set(self, destination: str) -> bool:
        return False


class Always:
    """Yes to every question (tests and unattended set-ups that chose so)."""

    async def stop_live_obs(self) -> bool:
        return True

    async def no_restore_point(self, error: RestorePointError) -> bool:
        return True

    async def replace_hand_set(self, destination: str) -> bool:
        return True


@dataclass(frozen=True)
class Flags(Never):
    """The command line's answers: No, except where a flag said yes (``--no-restore-point``).
    A remote go-live handed to the window passes the window's own question about a destination
    set by hand (``ask_hand_set``); without it the answer is the flag."""

    no_restore_point_ok: bool = False
    replace_hand_set_ok: bool = False  # --force
    ask_hand_set: Callable[[str], Awaitable[bool]] | None = None

    async def no_restore_point(self, error: RestorePointError) -> bool:
        return self.no_restore_point_ok

    async def replace_hand_set(self, destination: str) -> bool:
        if self.replace_hand_set_ok:
            return True
        return self.ask_hand_set is not None and await self.ask_hand_set(destination)


NEVER = Never()
