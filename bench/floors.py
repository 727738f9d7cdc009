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


def api_round_trip_new_connection_ms(*, api_url: str, auth: tuple[str, str], runs: int) -> float:
    """Median of the credentials check (GET /live/streams?limit=1) on a new connection, with a
    bare httpx client built beforehand: what "usable" waits for at start-up."""
    samples = []
    for _ in range(runs):
        with httpx.Client(base_url=api_url.rstrip("/") + "/", auth=auth, timeout=10) as client:
            start = time.perf_counter()
            client.get("live/streams", params={"limit": 1}).raise_for_status()
            samples.append((time.perf_counter() - start) * 1000)
    return median(samples)


def obs_handshake_ms(obs: ObsAddress, *, runs: int) -> float:
    """Median of a bare obsws-python connection: TCP, WebSocket upgrade, Hello/Identify."""
    import obsws_python

    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        client = obsws_python.ReqClient(
            host=obs.host, port=obs.port, password=obs.password, timeout=5
        )
        samples.append((time.perf_counter() - start) * 1000)
        client.disconnect()
    return median(samples)


def wait_stream_active(client, active: bool, *, timeout: float = 20.0, poll_s: float = 0.005):
    deadline = time.monotonic() + timeout
    while client.get_stream_status().output_active is not active:
        if time.monotonic() > deadline:
            raise RuntimeError(f"OBS did not {'start' if active else 'stop'} streaming")
        time.sleep(poll_s)


def start_stream_to_active_ms(obs: ObsAddress, *, server: str, key: str, runs: int) -> float:
    """Median of StartStream until OBS reports its output active (connected to the ingest),
    with the destination set beforehand; OBS is stopped again after each run."""
    import obsws_python

    client = obsws_python.ReqClient(host=obs.host, port=obs.port, password=obs.password, timeout=5)
    try:
        client.set_stream_service_settings(
            "rtmp_custom", {"server": server, "key": key, "use_auth": False}
        )
        samples = []
        for _ in range(runs):
            start = time.perf_counter()
            client.start_stream()
            wait_stream_active(client, True)
            samples.append((time.perf_counter() - start) * 1000)
            client.stop_stream()
            wait_stream_active(client, False)
    finally:
        client.disconnect()
    return median(samples)
