"""Which FastPix stream OBS points at: from OBS's destination (an RTMPS key or an SRT stream ID
on the configured ingest hosts) to the stream on the account, for start-up and every reconnect.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, urlsplit

from fastpix_desktop.core.errors import FastPixNotFoundError, FastPixValidationError
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.models import LiveStream, ObsServiceSettings, Protocol
from fastpix_desktop.core.restore.point import describe_destination

if TYPE_CHECKING:
    from fastpix_desktop.core.ports import FastPixPort, ObsPort

# FastPix stream keys are observed as "<32 hex>k<streamId>" (see docs/obs-destination.md).
_KEY_SEPARATOR = "k"
# Searching the whole account is the fallback for keys of another shape; 50 is the page maximum.
_PAGE = 50
_MAX_PAGES = 100


@dataclass(frozen=True)
class FastPixIngest:
    """What OBS sends to, when it is a FastPix ingest: the protocol and the identifying value."""

    protocol: Protocol
    server: str
    key: str  # RTMPS stream key, or the SRT stream ID (never shown)
    passphrase: str = ""

    def __repr__(self) -> str:
        return f"FastPixIngest(protocol={self.protocol!s}, server={self.server!r})"


@dataclass(frozen=True)
class Recognised:
    """OBS's destination in words, and the FastPix stream it is, when it is one."""

    description: str  # type and server, never a key
    ingest: FastPixIngest | None = None
    stream: LiveStream | None = None
    # Why a FastPix ingest was not matched to a stream on this account, in plain words.
    note: str = ""

    @property
    def is_fastpix(self) -> bool:
        return self.ingest is not None


def fastpix_ingest_of(service: ObsServiceSettings, hosts: IngestHosts) -> FastPixIngest | None:
    """The FastPix ingest in OBS's settings, or None (pure: no request is made)."""
    if service.service_type != "rtmp_custom":
        return None
    settings = service.settings
    server = str(settings.get("server") or "")
    key = str(settings.get("key") or "")
    if server.rstrip("/") == hosts.rtmps_server.rstrip("/"):
        return FastPixIngest(Protocol.RTMPS, hosts.rtmps_server, key) if key else None
    base, _, query = server.partition("?")
    if base.rstrip("/") != hosts.srt_server.rstrip("/"):
        return None
    passphrase = str(settings.get("password") or "") if settings.get("use_auth") else ""
    if query:  # the one-line form: srt://host:port?streamid=...&passphrase=...
        params = parse_qs(urlsplit(server).query)
        key = key or (params.get("streamid") or [""])[0]
        passphrase = passphrase or (params.get("passphrase") or [""])[0]
    return FastPixIngest(Protocol.SRT, hosts.srt_server, key, passphrase) if key else None


def _stream_id_candidate(ingest: FastPixIngest) -> str:
    if ingest.protocol is Protocol.SRT:
        return ingest.key
    _, sep, tail = ingest.key.rpartition(_KEY_SEPARATOR)
    return tail if sep and len(tail) == 32 else ""


def _matches(stream: LiveStream, ingest: FastPixIngest) -> bool:
    if ingest.protocol is Protocol.SRT:
        return stream.stream_id == ingest.key
    return bool(stream.stream_key) and stream.stream_key == ingest.key


async def find_stream(
    ingest: FastPixIngest,
    fastpix: FastPixPort,
    *,
    known: Iterable[LiveStream] = (),
) -> LiveStream | None:
    """The stream on this account OBS's ingest belongs to (from ``known`` streams, the stream ID
    in the key, or the whole library), or None."""
    for stream in known:
        if _matches(stream, ingest):
            return stream
    candidate = _stream_id_candidate(ingest)
    if candidate:
        found: LiveStream | None
        try:
            found = await fastpix.get_stream(candidate)
        except (FastPixNotFoundError, FastPixValidationError):
            found = None
        if found is not None and _matches(found, ingest):
            return found
        if ingest.protocol is Protocol.SRT:
            return None  # the SRT stream ID is the stream's ID: no other place to look
    offset = 1
    while offset <= _MAX_PAGES:
        page = await fastpix.list_streams(limit=_PAGE, offset=offset)
        for stream in page.streams:
            if _matches(stream, ingest):
                return stream
        if not page.has_next:
            break
        offset += 1
    return None


async def recognise_service(
    service: ObsServiceSettings,
    *,
    fastpix: FastPixPort,
    hosts: IngestHosts,
    known: Iterable[LiveStream] = (),
) -> Recognised:
    description = describe_destination(service)
    ingest = fastpix_ingest_of(service, hosts)
    if ingest is None:
        return Recognised(description)
    stream = await find_stream(ingest, fastpix, known=known)
    if stream is None:
        return Recognised(
            description,
            ingest,
            note="OBS points at a FastPix ingest, but its key is not a stream on this account.",
        )
    note = ""
    if ingest.protocol is Protocol.SRT and ingest.passphrase != stream.srt_secret:
        note = "OBS's SRT passphrase is not this stream's: FastPix will refuse the connection."
    return Recognised(description, ingest, stream, note)


async def recognise(
    *,
    obs: ObsPort,
    fastpix: FastPixPort,
    hosts: IngestHosts | None = None,
    known: Iterable[LiveStream] = (),
) -> Recognised:
    """Read OBS's destination and say which FastPix stream it is (call at start-up, on every
    OBS (re)connect and every CurrentProfileChanged). FastPix and OBS errors propagate."""
    service = await obs.get_service()
    return await recognise_service(
        service, fastpix=fastpix, hosts=hosts or IngestHosts(), known=known
    )
