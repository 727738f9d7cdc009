"""A restore point as the keyring holds it: one record per OBS profile (the streamer's own
destination and the fingerprints of this app's pushes), read and written durably.

The rules, and why, are in docs/restore-point.md; core/restore/point.py is the way in.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from fastpix_desktop.core import secrets as secret_names
from fastpix_desktop.core.errors import RestorePointError, SecretTooLargeError
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP, marked
from fastpix_desktop.core.models import ObsServiceSettings

if TYPE_CHECKING:
    from fastpix_desktop.core.ports import SecretStorePort

log = logging.getLogger("fastpix_desktop.core.restore.point")

# One keyring entry per OBS profile (profile names are free text: the entry name uses a digest).
ENTRY_PREFIX = "obs-restore-point:"
# Before restore points were per profile, one entry held the last snapshot; adopted once.
LEGACY_ENTRY = secret_names.OBS_SNAPSHOT
# How many of the app's own pushes are remembered per profile (fingerprints, ~20 chars each).
MAX_PUSHED = 8
FORMAT_VERSION = 2
# The fields that define a destination. OBS adds others on its own: bwtest, and from OBS 30
# `multitrack_video_*`, `protocol` and `stream_key_link` for a named service (Twitch); those are
# kept as OBS has them and never judged (docs/restore-point.md, "Across OBS versions").
IDENTITY_FIELDS = ("service", "server", "key", "use_auth", "username", "password")


@dataclass(frozen=True)
class RestorePoint:
    """One OBS profile's record: the streamer's own destination and what this app pushed there."""

    profile: str
    own: ObsServiceSettings | None = None
    pushed: tuple[str, ...] = ()  # fingerprints, newest last
    legacy: bool = False  # adopted from the single pre-profile snapshot
    # Written before a push whose fingerprint is not known yet (the new stream's key comes with
    # the create's answer); the fingerprint's own write clears it (rule 3, docs/restore-point.md).
    pending: bool = False
    # OBS profile parameters the broadcast guard changed ("Category/Name" -> the profile's own
    # value before, None when the profile did not set it); Restore puts them back.
    profile_params: tuple[tuple[str, str | None], ...] = ()

    def is_app_destination(self, service: ObsServiceSettings, hosts: IngestHosts) -> bool:
        """True when this app set ``service`` in this profile.

        A legacy record has no fingerprints, and a pending push has none yet, so there a
        FastPix ingest counts as the app's.
        """
        if fingerprint(service) in self.pushed:
            return True
        return (self.legacy or self.pending) and is_fastpix_ingest(service, hosts)

    def to_json(self) -> str:
        data: dict[str, Any] = {
            "v": FORMAT_VERSION,
            "profile": self.profile,
            "own": self.own.to_dict() if self.own is not None else None,
            "pushed": list(self.pushed[-MAX_PUSHED:]),
        }
        if self.pending:
            data["pending"] = True
        if self.profile_params:
            data["params"] = dict(self.profile_params)
        return json.dumps(data, separators=(",", ":"), ensure_ascii=False)


def fingerprint(service: ObsServiceSettings) -> str:
    """A short digest of a destination's identity (no secret can be read back from it)."""
    # Empty and absent are the same to OBS (an empty password or use_auth=false may not be
    # written back after a restart), so they count the same here.
    fields = [service.service_type, *(service.settings.get(n) or None for n in IDENTITY_FIELDS)]
    raw = json.dumps(fields, default=str, ensure_ascii=False).encode()
    return hashlib.sha256(raw).hexdigest()[:20]


def same_destination(a: ObsServiceSettings, b: ObsServiceSettings) -> bool:
    return fingerprint(a) == fingerprint(b)


def differing_fields(wanted: ObsServiceSettings, got: ObsServiceSettings) -> list[str]:
    """The defining fields where ``got`` (what OBS reports) is not ``wanted`` (what was sent):
    the service type, then each of IDENTITY_FIELDS; empty and absent count the same, as in
    fingerprint(). Fields outside IDENTITY_FIELDS (added by OBS) never count."""
    differing = ["type"] if got.service_type != wanted.service_type else []
    differing += [
        name
        for name in IDENTITY_FIELDS
        if (wanted.settings.get(name) or None) != (got.settings.get(name) or None)
    ]
    return differing


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


def plain_reason(store: SecretStorePort, error: BaseException | None = None) -> str:
    """Why the keyring could not keep it, in words that complete "... because <reason>"."""
    if isinstance(error, SecretTooLargeError):
        return marked(
            QT_TRANSLATE_NOOP(
                "errors", "it is too large: the system keyring holds at most {count} characters"
            ),
            count=secret_names.MAX_SECRET_CHARS,
        )
    reason = store.fallback_reason or marked(
        QT_TRANSLATE_NOOP("errors", "the system keyring failed")
    )
    if getattr(store, "locked", False) or "locked" in reason.lower():
        return marked(
            QT_TRANSLATE_NOOP(
                "errors",
                "the system keyring is locked (unlock it, for example with your login password "
                "in your desktop's Passwords and Keys app, then try again)",
            )
        )
    if "InitError" in reason:  # Secret Service: no default collection, and no prompt to make one
        return marked(
            QT_TRANSLATE_NOOP(
                "errors",
                "the system keyring could not be opened (it needs a default keyring that is set "
                "up and unlocked)",
            )
        )
    if "Timeout" in reason:
        return marked(
            QT_TRANSLATE_NOOP(
                "errors",
                "the system keyring did not answer in time (it may be waiting for an unlock "
                "prompt)",
            )
        )
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
    """The record in ``raw``, field by field: one field of the wrong type (``"pushed": 5``)
    loses that field only, never the streamer's own destination (issue 28)."""
    try:
        data: Any = json.loads(raw)
    except (ValueError, RecursionError):
        data = None
    if not isinstance(data, Mapping):
        log.warning("Ignoring an unreadable OBS restore point in the keyring")
        return RestorePoint(profile=profile)
    own = _own(data.get("own"))
    pushed_data = data.get("pushed")
    pushed = (
        tuple(p for p in pushed_data if isinstance(p, str))[-MAX_PUSHED:]
        if isinstance(pushed_data, list)
        else ()
    )
    if pushed_data is not None and not isinstance(pushed_data, list):
        log.warning("Ignoring the unreadable list of this app's pushes in the restore point")
    params_data = data.get("params")
    params = (
        tuple(
            (str(k), None if v is None else str(v))
            for k, v in params_data.items()
            if v is None or isinstance(v, str | int | float | bool)
        )
        if isinstance(params_data, Mapping)
        else ()
    )
    if params_data is not None and not isinstance(params_data, Mapping):
        log.warning("Ignoring the unreadable profile parameters in the restore point")
    return RestorePoint(
        profile=profile,
        own=own,
        pushed=pushed,
        pending=data.get("pending") is True,
        profile_params=params,
    )


def _own(data: Any) -> ObsServiceSettings | None:
    if data is None:
        return None
    if (
        isinstance(data, Mapping)
        and isinstance(data.get("type"), str)
        and isinstance(data.get("settings", {}), Mapping | None)
    ):
        return ObsServiceSettings.from_dict(data)
    log.warning("Ignoring an unreadable own destination in the OBS restore point")
    return None


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
