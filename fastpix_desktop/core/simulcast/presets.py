"""The services a streamer usually simulcasts to, with the RTMP(S) ingest URL each documents.

Plain data for the window and the command line; where each URL comes from is in
docs/simulcast.md ("Service presets"). A preset only fills in the URL: the key always comes
from the service's own dashboard.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ServicePreset:
    id: str
    label: str
    url: str  # empty for the custom preset
    key_hint: str  # where the streamer finds the key
    url_hint: str = ""  # when the documented URL may differ per account or region


PRESETS: tuple[ServicePreset, ...] = (
    ServicePreset(
        id="twitch",
        label="Twitch",
        url="rtmp://live.twitch.tv/app",
        key_hint="Twitch dashboard → Settings → Stream → Primary Stream key",
        url_hint="A nearer Twitch ingest server (rtmp://<server>/app) can replace this one.",
    ),
    ServicePreset(
        id="youtube",
        label="YouTube",
        url="rtmps://a.rtmps.youtube.com:443/live2",
        key_hint="YouTube Studio → Go live → Stream → Stream key",
    ),
    ServicePreset(
        id="kick",
        label="Kick",
        url="rtmps://fa723fc1b171.global-contribute.live-video.net:443/app",
        key_hint="Kick dashboard → Settings → Stream URL & Key → Stream Key",
        url_hint="Kick shows the Stream URL next to the key; use that one if it differs.",
    ),
    ServicePreset(
        id="facebook",
        label="Facebook Live",
        url="rtmps://live-api-s.facebook.com:443/rtmp/",
        key_hint="Facebook Live Producer → Streaming software → Stream key",
    ),
    ServicePreset(
        id="custom",
        label="Custom RTMP(S) server",
        url="",
        key_hint="The stream key or stream name your service gives you",
    ),
)

CUSTOM = PRESETS[-1]


def preset(preset_id: str) -> ServicePreset:
    """The preset with this id; KeyError for an unknown one."""
    for candidate in PRESETS:
        if candidate.id == preset_id:
            return candidate
    raise KeyError(preset_id)


def preset_for_url(url: str) -> ServicePreset:
    """The preset whose service this URL belongs to (by host), else the custom one."""
    lowered = url.lower()
    hosts = {
        "twitch": ("twitch.tv", ".contribute.live-video.net"),
        "youtube": ("youtube.com",),
        # Kick's ingest is also Amazon IVS, on the global-contribute host (not ".contribute").
        "kick": ("global-contribute.live-video.net",),
        "facebook": ("facebook.com",),
    }
    for preset_id, needles in hosts.items():
        if any(n in lowered for n in needles):
            return preset(preset_id)
    return CUSTOM
