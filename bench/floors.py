"""The floor of click-to-configured: one FastPix API round trip on an open connection plus
OBS's Set + Get stream service settings on an open connection, each with a bare client."""

from __future__ import annotations

import time
from dataclasses import dataclass

import httpx
from common import median

# The same body the app sends for default settings (StreamSettings().to_request()).
CREATE_BODY = {
    "playbackSettings": {"accessPolicy": "public"},
    "inputMediaSettings": {
        "maxResolution": "1080p",
        "reconnectWindow": 60,
        "mediaPolicy": "public",
        "enableDvrMode": False,
        "enableRecording": True,
    },
}


@dataclass(frozen=True)
class ObsAddress:
    host: str
    port: int
    password: str


def api_round_trip_ms(*, api_url: str, auth: tuple[str, str], runs: int) -> float:
    """Median of POST /live/streams with a bare httpx client whose connection is already open."""
    samples = []
    with httpx.Client(base_url=api_url.rstrip("/") + "/", auth=auth, timeout=10) as client:
        client.get("live/streams", params={"limit": 1}).raise_for_status()  # open the connection
        for _ in range(runs):
            start = time.perf_counter()
            response = client.post("live/streams", json=CREATE_BODY)
            samples.append((time.perf_counter() - start) * 1000)
            if response.status_code != 201:
                raise RuntimeError(f"sandbox create answered {response.status_code}")
    return median(samples)


def obs_set_get_ms(obs: ObsAddress, *, runs: int) -> float:
    """Median of SetStreamServiceSettings + GetStreamServiceSettings on an open obsws client."""
    import obsws_python

    settings = {
        "server": "rtmps://live.fastpix.com:443/live",
        "key": "bench-floor-key",
        "use_auth": False,
        "username": "",
        "password": "",
    }
    client = obsws_python.ReqClient(host=obs.host, port=obs.port, password=obs.password, timeout=5)
    try:
        client.get_version()
        samples = []
        for _ in range(runs):
            start = time.perf_counter()
            client.set_stream_service_settings("rtmp_custom", settings)
            client.get_stream_service_settings()
            samples.append((time.perf_counter() - start) * 1000)
    finally:
        client.disconnect()
    return median(samples)
