"""Where OBS sends video (RTMPS or SRT ingest targets) and where viewers watch (playback URLs).

FastPix's API returns keys but no ingest addresses, so the hosts live here as settings with the
documented defaults (docs/fastpix-api.md); tests point them at local listeners.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fastpix_desktop.core.models import LiveStream, ObsServiceSettings, PlaybackId, Protocol

DEFAULT_RTMPS_SERVER = "rtmps://live.fastpix.com:443/live"
DEFAULT_SRT_SERVER = "srt://live.fastpix.com:778"
DEFAULT_PLAYBACK_BASE = "https://stream.fastpix.com"


@dataclass(frozen=True)
class IngestHosts:
    """Configurable ingest and playback hosts (defaults are FastPix's production hosts)."""

    rtmps_server: str = DEFAULT_RTMPS_SERVER
    srt_server: str = DEFAULT_SRT_SERVER
    playback_base: str = DEFAULT_PLAYBACK_BASE


@dataclass(frozen=True)
class IngestTarget:
    """What an encoder needs: server plus the secret part (key, or SRT streamid + passphrase)."""

    protocol: Protocol
    server: str
    key: str = field(repr=False)
    passphrase: str = field(default="", repr=False)

    def obs_service(self) -> ObsServiceSettings:
        """The full rtmp_custom object; always every field, since same-type updates merge."""
        settings: dict[str, Any]
        if self.protocol is Protocol.SRT:
            # OBS 29 (tested on 29.0.2): key is sent as the SRT streamid, password (use_auth) as the
            # passphrase. Keeps secrets out of the URL, which OBS logs on failure.
            settings = {
                "server": self.server,
                "key": self.key,
                "use_auth": True,
                "username": "",
                "password": self.passphrase,
            }
        else:
            settings = {
                "server": self.server,
                "key": self.key,
                "use_auth": False,
                "username": "",
                "password": "",
            }
        return ObsServiceSettings("rtmp_custom", settings)

    def one_line_url(self) -> str:
        """A single URL for encoders without separate fields (SRT: streamid + passphrase)."""
        if self.protocol is Protocol.SRT:
            # Raw values, no percent-encoding: OBS and ffmpeg do not decode them (restreamer#752).
            sep = "&" if "?" in self.server else "?"
            return f"{self.server}{sep}streamid={self.key}&passphrase={self.passphrase}"
        return f"{self.server.rstrip('/')}/{self.key}"


def ingest_target(
    stream: LiveStream, protocol: Protocol, hosts: IngestHosts | None = None
) -> IngestTarget:
    hosts = hosts or IngestHosts()
    if protocol is Protocol.SRT:
        return IngestTarget(
            protocol=protocol,
            server=hosts.srt_server,
            key=stream.stream_id,
            passphrase=stream.srt_secret,
        )
    return IngestTarget(protocol=protocol, server=hosts.rtmps_server, key=stream.stream_key)


def playback_url(
    playback_id: PlaybackId | str, *, dvr: bool = False, hosts: IngestHosts | None = None
) -> str:
    hosts = hosts or IngestHosts()
    pid = playback_id.id if isinstance(playback_id, PlaybackId) else playback_id
    url = f"{hosts.playback_base.rstrip('/')}/{pid}.m3u8"
    return url + "?dvrMode=true" if dvr else url
