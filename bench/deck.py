"""``deck_go_live_ratio``: a stream deck's key press, i.e. a second launch of ``fastpix-desktop
go-live STREAM_ID`` while a running instance (the headless host, ``cli.onair_host``: the window's
remote control without the window) holds OBS and FastPix, from process spawn until OBS reports
its output active; floor: API round trip + OBS Set/Get stream settings + StartStream → active."""

from __future__ import annotations

import contextlib
import json
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from typing import Any

import httpx
import layout
from common import APP_ROOT, median, python
from floors import CREATE_BODY, ObsAddress, wait_stream_active


@contextlib.contextmanager
def running_host(env: dict[str, str], obs: ObsAddress) -> Iterator[subprocess.Popen[str]]:
    proc = subprocess.Popen(
        [
            python(),
            "-m",
            layout.module("onair_host", str(APP_ROOT)),
            "--obs",
            f"{obs.host}:{obs.port}",
        ],
        env=env,
        cwd=APP_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    ready = threading.Event()

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            with contextlib.suppress(ValueError):
                if json.loads(line).get("ready"):
                    ready.set()

    threading.Thread(target=read, daemon=True).start()
    try:
        if not ready.wait(30):
            raise RuntimeError("the headless host did not start: " + proc.stderr.read()[-1000:])
        yield proc
    finally:
        proc.terminate()
        proc.wait(15)


def _press_once(env: dict[str, str], stream_id: str, watcher: Any) -> float:
    active_at: list[float] = []
    stop = threading.Event()

    def watch() -> None:
        while not stop.is_set():
            if watcher.get_stream_status().output_active:
                active_at.append(time.monotonic())
                return
            time.sleep(0.005)

    thread = threading.Thread(target=watch, daemon=True)
    thread.start()
    argv = [python(), "-m", "fastpix_desktop", "go-live", stream_id, "--json"]
    spawned = time.monotonic()
    done = subprocess.run(
        argv, env=env, cwd=APP_ROOT, capture_output=True, text=True, timeout=60, check=False
    )
    thread.join(10)
    stop.set()
    if done.returncode != 0 or not active_at:
        detail = f"{done.stdout} {done.stderr[-1500:]}"
        raise RuntimeError(f"go-live failed ({done.returncode}): {detail}")
    watcher.stop_stream()
    wait_stream_active(watcher, False)
    return (active_at[0] - spawned) * 1000


def deck_go_live(
    *,
    runs: int,
    env: dict[str, str],
    obs: ObsAddress,
    api_url: str,
    auth: tuple[str, str],
    server: str,
    floor_ms: float,
) -> dict[str, Any]:
    import obsws_python

    with httpx.Client(base_url=api_url.rstrip("/") + "/", auth=auth, timeout=10) as client:
        created = client.post("live/streams", json=CREATE_BODY).json()
    stream_id = created["data"]["streamId"]
    with tempfile.TemporaryDirectory(prefix="fastpix-bench-state-") as state:
        host_env = {
            **env,
            "FASTPIX_DESKTOP_STATE_DIR": state,
            "FASTPIX_RTMPS_SERVER": server,
            "OBS_WEBSOCKET_PASSWORD": obs.password,
        }
        watcher = obsws_python.ReqClient(
            host=obs.host, port=obs.port, password=obs.password, timeout=5
        )
        try:
            with running_host(host_env, obs):
                # The first press after the host's start is kept out, as for the other figures.
                samples = [_press_once(host_env, stream_id, watcher) for _ in range(runs + 1)][1:]
        finally:
            watcher.disconnect()
    deck = median(samples)
    return {
        "deck_go_live_ms": round(deck, 1),
        "deck_go_live_range_ms": [round(min(samples), 1), round(max(samples), 1)],
        "deck_go_live_floor_ms": round(floor_ms, 1),
        "deck_go_live_ratio": round(deck / floor_ms, 3),
    }
