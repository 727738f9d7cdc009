"""Applying one of the guard's fixes. An OBS profile change is saved in the profile's restore
point first (the value the profile had, or "not set"), exactly like the destination before a
push, so Restore puts it back; then it is written and read back."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from fastpix_desktop.core.errors import ObsVerifyError
from fastpix_desktop.core.guard.report import FixKind, GuardFix
from fastpix_desktop.core.restore.point import keep_profile_values

if TYPE_CHECKING:
    from fastpix_desktop.core.ports import FastPixPort, ObsPort, SecretStorePort


@dataclass(frozen=True)
class FixResult:
    applied: GuardFix
    profile: str = ""
    # Said when OBS uses the new value only after it reloads the profile.
    needs_profile_reload: bool = False


async def apply_fix(
    fix: GuardFix,
    *,
    obs: ObsPort,
    secrets: SecretStorePort,
    fastpix: FastPixPort | None = None,
    stream_id: str | None = None,
) -> FixResult:
    """Apply ``fix``. Raises RestorePointError (OBS unchanged) when the profile's own values
    cannot be saved first, ObsVerifyError when OBS did not keep what was written, and the
    FastPix errors of update_stream for a reconnect-window fix."""
    if fix.kind is FixKind.STREAM_WINDOW:
        if fastpix is None or not stream_id or fix.reconnect_window_s is None:
            raise ValueError("a reconnect-window fix needs the FastPix client and the stream")
        await fastpix.update_stream(
            stream_id, metadata=None, reconnect_window=fix.reconnect_window_s
        )
        return FixResult(fix)
    profile = await obs.get_current_profile()
    own = {c.key: await obs.get_profile_value(c.category, c.name) for c in fix.changes}
    await keep_profile_values(secrets, profile, own)
    for change in fix.changes:
        await obs.set_profile_parameter(change.category, change.name, change.value)
        if await obs.get_profile_value(change.category, change.name) != change.value:
            raise ObsVerifyError(f"OBS did not keep the setting {change.key}.")
    return FixResult(fix, profile, fix.needs_profile_reload)
