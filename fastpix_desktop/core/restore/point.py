"""The way back: per OBS profile, the streamer's own stream destination, kept in the keyring apart
from the destinations this app set, so Restore always brings back the streamer's own one.

The record and its keyring entry live in core/restore/record.py, saving before a push in
core/restore/save.py; this module restores, and is the one the rest of the app imports.
The rules, and why, are in docs/restore-point.md.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from fastpix_desktop.core.errors import ObsLiveError, ObsVerifyError, RestorePointError
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP, marked
from fastpix_desktop.core.models import ObsServiceSettings
from fastpix_desktop.core.restore.record import (
    ENTRY_PREFIX,
    FORMAT_VERSION,
    IDENTITY_FIELDS,
    LEGACY_ENTRY,
    MAX_PUSHED,
    RestorePoint,
    _write,
    describe_destination,
    differing_fields,
    entry_name,
    fingerprint,
    is_fastpix_ingest,
    load,
    plain_reason,
    same_destination,
)
from fastpix_desktop.core.restore.save import (
    PreparedSave,
    SaveOutcome,
    prepare_save,
    save_before_push,
)

if TYPE_CHECKING:
    from fastpix_desktop.core.ports import ObsPort, SecretStorePort

log = logging.getLogger(__name__)

__all__ = [
    "ENTRY_PREFIX",
    "FORMAT_VERSION",
    "IDENTITY_FIELDS",
    "LEGACY_ENTRY",
    "MAX_PUSHED",
    "NEUTRAL_SETTINGS",
    "PreparedSave",
    "RestoreOutcome",
    "RestorePoint",
    "RestoreResult",
    "RestoreStatus",
    "SaveOutcome",
    "current_profile",
    "describe",
    "describe_destination",
    "differing_fields",
    "entry_name",
    "fingerprint",
    "is_fastpix_ingest",
    "keep_profile_values",
    "load",
    "plain_reason",
    "prepare_save",
    "put_back",
    "put_back_params",
    "restore",
    "restore_status",
    "same_destination",
    "save_before_push",
]


class RestoreOutcome(StrEnum):
    RESTORED = "restored"
    NOTHING_TO_RESTORE = "nothing_to_restore"
    ALREADY_THERE = "already_there"  # OBS already uses the streamer's own destination
    NEEDS_CONFIRMATION = "needs_confirmation"  # OBS holds one set by hand after the app's push


@dataclass(frozen=True)
class RestoreResult:
    """What Restore did; ``message`` is the plain sentence to show (type and server, no key)."""

    outcome: RestoreOutcome
    profile: str
    message: str
    restored: ObsServiceSettings | None = None  # the streamer's own destination
    current: ObsServiceSettings | None = None  # what OBS held before (hand-set case)


@dataclass(frozen=True)
class RestoreStatus:
    """Whether Restore has something to do now, for enabling the window's menu item."""

    available: bool
    profile: str
    message: str  # what Restore would bring back, or why there is nothing to restore
    own: ObsServiceSettings | None = None


async def current_profile(obs: ObsPort) -> str:
    return await obs.get_current_profile()


async def restore_status(
    *, obs: ObsPort, secrets: SecretStorePort, profile: str | None = None
) -> RestoreStatus:
    """Whether Restore would change anything now (re-ask after every OBS (re)connect, every
    CurrentProfileChanged and every run). Raises RestorePointError if the keyring failed."""
    profile = await current_profile(obs) if profile is None else profile
    point = await load(secrets, profile)
    params_message = "Restore brings back OBS's own " + ", ".join(
        key for key, _ in point.profile_params
    )
    if point.own is None:
        if point.profile_params:
            return RestoreStatus(True, profile, f"{params_message}.")
        return RestoreStatus(False, profile, _nothing_message(profile))
    current = await obs.get_service()
    if same_destination(current, point.own) and point.profile_params:
        return RestoreStatus(True, profile, f"{params_message}.")
    if same_destination(current, point.own):
        return RestoreStatus(
            False, profile, f"OBS already uses its own destination ({describe(point.own)})."
        )
    return RestoreStatus(
        True, profile, f"Restore brings back {describe(point.own)}.", own=point.own
    )


def describe(service: ObsServiceSettings) -> str:
    return describe_destination(service)


def _nothing_message(profile: str) -> str:
    return (
        f"There is nothing to restore: no earlier OBS destination is saved for OBS profile "
        f"'{profile}'."
    )


async def restore(
    *,
    obs: ObsPort,
    secrets: SecretStorePort,
    hosts: IngestHosts | None = None,
    force: bool = False,
) -> RestoreResult:
    """Bring back the streamer's own destination for OBS's current profile, exactly.

    Returns NEEDS_CONFIRMATION (changing nothing) when OBS holds a destination set by hand after
    the app's push, unless ``force``. Raises ObsLiveError while OBS streams, ObsVerifyError when
    OBS did not take it back, RestorePointError when the keyring could not be read.
    """
    hosts = hosts or IngestHosts()
    profile = await current_profile(obs)
    point = await load(secrets, profile)
    result = await _restore_destination(obs, secrets, point, hosts, force)
    if not point.profile_params or result.outcome is RestoreOutcome.NEEDS_CONFIRMATION:
        return result
    # Profile parameters the broadcast guard changed (core/guard) come back too, after the
    # destination: each is put back and read back, then forgotten.
    names = await put_back_params(obs, point.profile_params)
    kept = replace(await load(secrets, profile), profile_params=())
    try:
        await _write(secrets, kept)
    except RestorePointError:
        log.warning("The restored OBS profile settings could not be cleared from the keyring")
    said = f"Restored OBS's own {', '.join(names)} in profile '{profile}'."
    if result.outcome is RestoreOutcome.NOTHING_TO_RESTORE:
        return RestoreResult(RestoreOutcome.RESTORED, profile, said)
    return replace(result, message=f"{result.message} {said}")


async def keep_profile_values(
    secrets: SecretStorePort, profile: str, values: Mapping[str, str | None]
) -> None:
    """Remember OBS profile parameters' own values ("Category/Name" -> value, None for "not
    set") before the broadcast guard changes them; a value already kept stays (it is the
    profile's own). Raises RestorePointError when the keyring cannot keep them: then OBS must
    not be changed."""
    point = await load(secrets, profile)
    kept = dict(point.profile_params)
    for key, value in values.items():
        kept.setdefault(key, value)
    if kept != dict(point.profile_params):
        await _write(secrets, replace(point, profile_params=tuple(kept.items())))


async def put_back_params(obs: ObsPort, params: tuple[tuple[str, str | None], ...]) -> list[str]:
    """Set each "Category/Name" back to the profile's own value (None: not set, so OBS's
    default applies again) and read it back; returns the names put back."""
    names: list[str] = []
    for key, value in params:
        category, _, name = key.partition("/")
        # obs-websocket refuses to remove a value that is not there (code 600).
        if value is not None or await obs.get_profile_value(category, name) is not None:
            await obs.set_profile_parameter(category, name, value)
        if await obs.get_profile_value(category, name) != value:
            raise ObsVerifyError(f"OBS did not take back its previous setting {category}/{name}.")
        names.append(f"{category}/{name}")
    return names


async def _restore_destination(
    obs: ObsPort,
    secrets: SecretStorePort,
    point: RestorePoint,
    hosts: IngestHosts,
    force: bool,
) -> RestoreResult:
    profile = point.profile
    if point.own is None:
        return RestoreResult(RestoreOutcome.NOTHING_TO_RESTORE, profile, _nothing_message(profile))
    own = point.own
    status = await obs.get_stream_status()
    if status.active:
        raise ObsLiveError(
            QT_TRANSLATE_NOOP(
                "errors",
                "OBS is live right now, so its stream destination was not restored. "
                "Stop streaming first.",
            )
        )
    current = await obs.get_service()
    if same_destination(current, own):
        await _forget_own(secrets, point)
        return RestoreResult(
            RestoreOutcome.ALREADY_THERE,
            profile,
            f"OBS already uses its own destination ({describe(own)}); nothing was changed.",
            restored=own,
        )
    if not force and not point.is_app_destination(current, hosts):
        return RestoreResult(
            RestoreOutcome.NEEDS_CONFIRMATION,
            profile,
            f"OBS now sends to {describe(current)}, which was set in OBS after this app's "
            f"change. Restoring replaces it with {describe(own)}.",
            restored=own,
            current=current,
        )
    await put_back(obs, own)
    await _forget_own(secrets, point)
    return RestoreResult(
        RestoreOutcome.RESTORED,
        profile,
        f"Restored OBS's own stream destination ({describe(own)}) in profile '{profile}'.",
        restored=own,
    )


async def _forget_own(store: SecretStorePort, point: RestorePoint) -> None:
    """The own destination is back in OBS; the app's fingerprints stay to recognise its pushes."""
    kept = RestorePoint(
        profile=point.profile,
        own=None,
        pushed=point.pushed,
        profile_params=point.profile_params,
    )
    try:
        await _write(store, kept)
    except RestorePointError:
        log.warning("The restored OBS destination could not be cleared from the keyring")
    if point.legacy:
        await store.delete(LEGACY_ENTRY)


async def put_back(obs: ObsPort, own: ObsServiceSettings) -> None:
    """Set ``own`` in OBS exactly (no merged leftovers), then check OBS kept it."""
    current = await obs.get_service()
    if current.service_type == own.service_type:
        # A same-type update merges onto the current settings (obs-websocket
        # RequestHandler_Config.cpp), so fields the app added (use_auth, password) would
        # survive. Switching type first makes OBS build a fresh service from ``own`` alone.
        await obs.set_service(_intermediate_service(own.service_type))
    # A fresh OBS profile has no settings at all, but obs-websocket refuses an empty object
    # (403), so the settings' default values stand in for "nothing set".
    await obs.set_service(
        ObsServiceSettings(own.service_type, dict(own.settings) or dict(NEUTRAL_SETTINGS))
    )
    got = await obs.get_service()
    # Judged by the fields that define the destination: a newer OBS than the one the snapshot
    # was taken on adds fields of its own (issue 22: OBS 30+ adds multitrack_video_*, protocol,
    # stream_key_link to a Twitch destination), and those are kept, not a failure.
    differing = differing_fields(own, got)
    if differing:
        raise ObsVerifyError(
            marked(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "OBS did not take back its previous stream settings exactly ({fields} differ).",
                ),
                fields=", ".join(differing),
            )
        )


# Settings whose values here are OBS's own defaults (rtmp-services): sending them changes nothing.
NEUTRAL_SETTINGS: dict[str, Any] = {"bwtest": False}


def _intermediate_service(avoid_type: str) -> ObsServiceSettings:
    # Non-empty settings: obs-websocket rejects an empty object (403).
    if avoid_type == "rtmp_custom":
        return ObsServiceSettings("rtmp_common", dict(NEUTRAL_SETTINGS))
    return ObsServiceSettings("rtmp_custom", {"server": "", "key": ""})
