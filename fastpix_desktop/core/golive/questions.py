"""What a go-live may have to ask the streamer, as one object: the window answers with
dialogs, scripts and the command line with fixed answers (``Never``, ``Always``, flags).

A new question is one method here (on the protocol and on each answer set), then one dialog in
the window's answers (ui/dialogs).
"""

from __future__ import annotations

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


class Never:
    """No to every question: nothing is stopped, and OBS is never changed without a restore
    point (scripts, a stream deck, a go-live without flags)."""

    async def stop_live_obs(self) -> bool:
        return False

    async def no_restore_point(self, error: RestorePointError) -> bool:
        return False


class Always:
    """Yes to every question (tests and unattended set-ups that chose so)."""

    async def stop_live_obs(self) -> bool:
        return True

    async def no_restore_point(self, error: RestorePointError) -> bool:
        return True


@dataclass(frozen=True)
class Flags(Never):
    """The command line's answers: No, except where a flag said yes (``--no-restore-point``)."""

    no_restore_point_ok: bool = False

    async def no_restore_point(self, error: RestorePointError) -> bool:
        return self.no_restore_point_ok


NEVER = Never()
