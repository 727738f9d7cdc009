"""The way back: per OBS profile, the streamer's own stream destination, kept in the keyring apart
from the destinations this app set, so Restore always brings back the streamer's own one.

The rules, and why, are in docs/restore-point.md.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from fastpix_desktop.core import secrets as secret_names
from fastpix_desktop.core.errors import (
    ObsLiveError,
    ObsVerifyError,
    RestorePointError,
    SecretTooLargeError,
)
from fastpix_desktop.core.ingest import IngestHosts
from fastpix_desktop.core.models import ObsServiceSettings

if TYPE_CHECKING:
    from fastpix_desktop.core.ports import ObsPort, SecretStorePort

log = logging.getLogger(__name__)

# One keyring entry per OBS profile (profile names are free text: the entry name uses a digest).
ENTRY_PREFIX = "obs-restore-point:"
# Before restore points were per profile, one entry held the last snapshot; adopted once.
LEGACY_ENTRY = secret_names.OBS_SNAPSHOT
# How many of the app's own pushes are remembered per profile (fingerprints, ~20 chars each).
MAX_PUSHED = 8
FORMAT_VERSION = 2
# The fields that identify a destination (OBS adds others, e.g. bwtest, on its own).
IDENTITY_FIELDS = ("service", "server", "key", "use_auth", "username", "password")


@dataclass(frozen=True)
class RestorePoint:
    """One OBS profile's record: the streamer's own destination and what this app pushed there."""

    profile: str
    own: ObsServiceSettings | None = None
    pushed: tuple[str, ...] = ()  # fingerprints, newest last
    legacy: bool = False  # adopted from the single pre-profile snapshot

    def is_app_destination(self, service: ObsServiceSettings, hosts: IngestHosts) -> bool:
        """True when this app set ``service`` in this profile.

        A legacy record has no fingerprints, so there a FastPix ingest counts as the app's.
        """
        if fingerprint(service) in self.pushed:
            return True
        return self.legacy and is_fastpix_ingest(service, hosts)

    def to_json(self) -> str:
        data: dict[str, Any] = {
            "v": FORMAT_VERSION,
            "profile": self.profile,
            "own": self.own.to_dict() if self.own is not None else None,
            "pushed": list(self.pushed[-MAX_PUSHED:]),
        }
        return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


class SaveOutcome(StrEnum):
    SAVED = "saved"  # OBS's destination is now the restore point
    KEPT_EARLIER = "kept_earlier"  # OBS held the app's (or a FastPix) destination: older one kept
    NOTHING_TO_KEEP = "nothing_to_keep"  # OBS held a destination this app set, and no own one

    @property
    def detail(self) -> str:
        """The checklist's note for this outcome."""
        return {
            SaveOutcome.SAVED: "",
            SaveOutcome.KEPT_EARLIER: "kept your earlier destination",
            SaveOutcome.NOTHING_TO_KEEP: "OBS held a destination this app set",
        }[self]


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


def fingerprint(service: ObsServiceSettings) -> str:
    """A short digest of a destination's identity (no secret can be read back from it)."""
    # Empty and absent are the same to OBS (an empty password or use_auth=false may not be
    # written back after a restart), so they count the same here.
    fields = [service.service_type, *(service.settings.get(n) or None for n in IDENTITY_FIELDS)]
    raw = json.dumps(fields, default=str, ensure_ascii=False).encode()
    return hashlib.sha256(raw).hexdigest()[:20]


def same_destination(a: ObsServiceSettings, b: ObsServiceSettings) -> bool:
    return fingerprint(a) == fingerprint(b)


def is_fastpix_ingest(service: ObsServiceSettings, hosts: IngestHosts) -> bool:
    """True when OBS sends to one of the configured FastPix ingest servers."""
    server = str(service.settings.get("server", "")).rstrip("/")
    return service.service_type == "rtmp_custom" and server in (
        hosts.rtmps_server.rstrip("/"),
        hosts.srt_server.rstrip("/"),
    )


def describe_destination(service: ObsServiceSettings) -> str:
    """The service type and its host only: paths and queries can hold keys or passphrases."""
    settings = service.settings
    if settings.get("service"):
        return f"{service.service_type}, {settings['service']}"
    try:
        parts = urlsplit(str(settings.get("server") or ""))
        scheme, host, port = parts.scheme, parts.hostname, parts.port
    except ValueError:  # e.g. a port out of range or a broken IPv6 address typed in by hand
        scheme, host, port = "", None, None
    where = f"{scheme}://{host}" if scheme and host else ""
    if where and port:
        where += f":{port}"
    return f"{service.service_type}, {where}" if where else service.service_type


def entry_name(profile: str) -> str:
    return ENTRY_PREFIX + hashlib.sha256(profile.encode()).hexdigest()[:16]


async def current_profile(obs: ObsPort) -> str:
    return await obs.get_current_profile()


def plain_reason(store: SecretStorePort, error: BaseException | None = None) -> str:
    """Why the keyring could not keep it, in words that complete "... because <reason>"."""
    if isinstance(error, SecretTooLargeError):
        return (
            f"it is too large: the system keyring holds at most {secret_names.MAX_SECRET_CHARS} "
            "characters"
        )
    reason = store.fallback_reason or "the system keyring failed"
    if getattr(store, "locked", False) or "locked" in reason.lower():
        return (
            "the system keyring is locked (unlock it, for example with your login password in "
            "your desktop's Passwords and Keys app, then try again)"
        )
    if "InitError" in reason:  # Secret Service: no default collection, and no prompt to make one
        return (
            "the system keyring could not be opened (it needs a default keyring that is set up "
            "and unlocked)"
        )
    if "Timeout" in reason:
        return "the system keyring did not answer in time (it may be waiting for an unlock prompt)"
    return reason


async def _read(store: SecretStorePort, name: str) -> str | None:
    raw = await store.get(name)
    if store.session_only and raw is None:
        # Not "nothing saved": the keyring could not be asked (missing, locked, failing, hung).
        raise RestorePointError(plain_reason(store), reading=True)
    return raw


async def load(store: SecretStorePort, profile: str) -> RestorePoint:
    """This profile's record (empty when none). Raises RestorePointError if the keyring failed."""
    raw = await _read(store, entry_name(profile))
    if raw:
        return _parse(raw, profile)
    legacy = await _read(store, LEGACY_ENTRY)
    if legacy:
        try:
            own = ObsServiceSettings.from_dict(json.loads(legacy))
        except (ValueError, KeyError, TypeError, AttributeError):
            log.warning("Ignoring an unreadable OBS snapshot in the keyring")
        else:
            return RestorePoint(profile=profile, own=own, legacy=True)
    return RestorePoint(profile=profile)


def _parse(raw: str, profile: str) -> RestorePoint:
    try:
        data: Any = json.loads(raw)
        own_data = data.get("own")
        own = ObsServiceSettings.from_dict(own_data) if isinstance(own_data, Mapping) else None
        pushed = tuple(str(p) for p in data.get("pushed") or ())
    except (ValueError, KeyError, TypeError, AttributeError):
        log.warning("Ignoring an unreadable OBS restore point in the keyring")
        return RestorePoint(profile=profile)
    return RestorePoint(profile=profile, own=own, pushed=pushed)


async def _write(store: SecretStorePort, point: RestorePoint) -> None:
    """Store ``point`` durably or raise RestorePointError (memory alone is not a way back)."""
    if store.session_only:
        raise RestorePointError(plain_reason(store))
    try:
        await store.set(entry_name(point.profile), point.to_json())
    except SecretTooLargeError as exc:
        if len(point.pushed) <= 1:
            raise RestorePointError(plain_reason(store, exc)) from None
        # The streamer's destination matters more than the memory of older app pushes.
        await _write(store, replace(point, pushed=point.pushed[-1:]))
        return
    if store.session_only:  # the write failed, hung or found no backend: only memory has it
        raise RestorePointError(plain_reason(store))
    if point.legacy:
        await store.delete(LEGACY_ENTRY)


@dataclass(frozen=True)
class PreparedSave:
    """What ``save_before_push`` will write, read and classified before the new destination is
    known (so it can run while the create request is in flight); ``commit`` writes it."""

    point: RestorePoint
    current: ObsServiceSettings
    outcome: SaveOutcome
    own: ObsServiceSettings | None

    async def commit(self, secrets: SecretStorePort, wanted: ObsServiceSettings) -> SaveOutcome:
        """The one durable write (own destination + the fingerprint of ``wanted``), or raise
        RestorePointError: then OBS must not be changed."""
        mark = fingerprint(wanted)
        pushed = (*(p for p in self.point.pushed if p != mark), mark)
        point = replace(self.point, own=self.own, pushed=pushed[-MAX_PUSHED:])
        await _write(secrets, point)
        return self.outcome


async def prepare_save(
    *,
    current: ObsServiceSettings,
    profile: str,
    secrets: SecretStorePort,
    hosts: IngestHosts,
) -> PreparedSave:
    """Read this profile's record and classify OBS's ``current`` destination (rule 2 of
    docs/restore-point.md); writes nothing. Raises RestorePointError if the keyring failed."""
    try:
        point = await load(secrets, profile)
    except RestorePointError as exc:  # the keyring failed: this destination cannot be saved
        raise RestorePointError(exc.reason) from None
    if point.is_app_destination(current, hosts):
        outcome = SaveOutcome.KEPT_EARLIER if point.own else SaveOutcome.NOTHING_TO_KEEP
        own = point.own
    elif point.own is not None and is_fastpix_ingest(current, hosts):
        # A FastPix key typed in by hand never replaces the streamer's own destination: that
        # stream stays on FastPix, while their Twitch or YouTube settings would be lost for good.
        outcome, own = SaveOutcome.KEPT_EARLIER, point.own
    else:
        outcome, own = SaveOutcome.SAVED, current
    return PreparedSave(point=point, current=current, outcome=outcome, own=own)


async def save_before_push(
    *,
    current: ObsServiceSettings,
    wanted: ObsServiceSettings,
    profile: str,
    secrets: SecretStorePort,
    hosts: IngestHosts,
) -> SaveOutcome:
    """Keep OBS's ``current`` destination as the way back before the app pushes ``wanted``.

    Raises RestorePointError when it cannot be kept durably: then OBS must not be changed.
    """
    prepared = await prepare_save(current=current, profile=profile, secrets=secrets, hosts=hosts)
    return await prepared.commit(secrets, wanted)


async def restore_status(
    *, obs: ObsPort, secrets: SecretStorePort, profile: str | None = None
) -> RestoreStatus:
    """Whether Restore would change anything now (re-ask after every OBS (re)connect, every
    CurrentProfileChanged and every run). Raises RestorePointError if the keyring failed."""
    profile = await current_profile(obs) if profile is None else profile
    point = await load(secrets, profile)
    if point.own is None:
        return RestoreStatus(False, profile, _nothing_message(profile))
    current = await obs.get_service()
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
    if point.own is None:
        return RestoreResult(RestoreOutcome.NOTHING_TO_RESTORE, profile, _nothing_message(profile))
    own = point.own
    status = await obs.get_stream_status()
    if status.active:
        raise ObsLiveError(
            "OBS is live right now, so its stream destination was not restored. "
            "Stop streaming first."
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
    kept = RestorePoint(profile=point.profile, own=None, pushed=point.pushed)
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
    if got.service_type != own.service_type or _without_neutral(got.settings) != _without_neutral(
        own.settings
    ):
        raise ObsVerifyError("OBS did not take back its previous stream settings exactly.")


# Settings whose values here are OBS's own defaults (rtmp-services): sending them changes nothing.
NEUTRAL_SETTINGS: dict[str, Any] = {"bwtest": False}


def _without_neutral(settings: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in settings.items() if NEUTRAL_SETTINGS.get(k, object()) != v}


def _intermediate_service(avoid_type: str) -> ObsServiceSettings:
    # Non-empty settings: obs-websocket rejects an empty object (403).
    if avoid_type == "rtmp_custom":
        return ObsServiceSettings("rtmp_common", dict(NEUTRAL_SETTINGS))
    return ObsServiceSettings("rtmp_custom", {"server": "", "key": ""})
