"""``fastpix-desktop create --start`` until OBS really streams, against its floor: one API round
trip + OBS Set/Get stream settings + StartStream until OBS's output is active. A real OBS
streams to a local nginx-rtmp (tests/integration/listeners.py) that admits any key."""

from __future__ import annotations

import contextlib
import subprocess
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from common import APP_ROOT, median, python
from floors import ObsAddress, start_stream_to_active_ms, wait_stream_active


class _AnyKey(set):
    """The listener's accepted keys: every key the sandbox hands out."""

    def __contains__(self, key: object) -> bool:
        return True


@contextlib.contextmanager
def rtmp_ingest() -> Iterator[str]:
    """rtmp://127.0.0.1:P/live, accepting any stream key."""
    from tests.integration.listeners import NginxRtmpListener, make_localhost_cert

    with tempfile.TemporaryDirectory(prefix="fastpix-bench-rtmp-") as tmp:
        workdir = Path(tmp)
        listener = NginxRtmpListener(workdir / "nginx", cert=make_localhost_cert(workdir))
        listener.auth.accepted_keys = _AnyKey()
        listener.start()
        try:
            yield listener.rtmp_server
        finally:
            listener.stop()


def _go_live_once(env: dict[str, str], obs: ObsAddress, watcher) -> tuple[float, float]:
    """(ms from spawn until OBS reports its output active, ms until the command exited)."""
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
    argv = [python(), "-m", "fastpix_desktop", "create", "--start", "--json"]
    argv += ["--obs", f"{obs.host}:{obs.port}"]
    spawned = time.monotonic()
    done = subprocess.run(
        argv, env=env, cwd=APP_ROOT, capture_output=True, text=True, timeout=60, check=False
    )
    exited = time.monotonic()
    thread.join(10)
    stop.set()
    if done.returncode != 0 or not active_at:
        raise RuntimeError(f"create --start failed ({done.returncode}): {done.stderr[-2000:]}")
    watcher.stop_stream()
    wait_stream_active(watcher, False)
    return (active_at[0] - spawned) * 1000, (exited - spawned) * 1000


def go_live(
    *,
    runs: int,
    env: dict[str, str],
    obs: ObsAddress | None,
    api_ms: float,
    obs_set_get: float,
    deck_runs: int = 0,
    api_url: str = "",
    auth: tuple[str, str] = ("", ""),
) -> dict[str, Any]:
    """``create --start``'s figure, and with ``deck_runs`` the stream deck's (bench/deck.py)."""
    if obs is None:
        return {
            "go_live_ratio": None,
            "deck_go_live_ratio": None,
            "go_live_note": "needs a real OBS (obs + Xvfb)",
        }
    import obsws_python

    with rtmp_ingest() as server:
        start_ms = start_stream_to_active_ms(obs, server=server, key="bench-floor", runs=runs)
        cli_env = {
            **env,
            "FASTPIX_RTMPS_SERVER": server,
            "OBS_WEBSOCKET_PASSWORD": obs.password,
        }
        watcher = obsws_python.ReqClient(
            host=obs.host, port=obs.port, password=obs.password, timeout=5
        )
        try:
            samples = [_go_live_once(cli_env, obs, watcher) for _ in range(runs + 1)][1:]
        finally:
            watcher.disconnect()
        deck: dict[str, Any] = {}
        if deck_runs:
            from deck import deck_go_live

            deck = deck_go_live(
                runs=deck_runs,
                env=env,
                obs=obs,
                api_url=api_url,
                auth=auth,
                server=server,
                floor_ms=api_ms + obs_set_get + start_ms,
            )
    live = median([active for active, _ in samples])
    floor = api_ms + obs_set_get + start_ms
    return {
        "go_live_ms": round(live, 1),
        "go_live_range_ms": [
            round(min(a for a, _ in samples), 1),
            round(max(a for a, _ in samples), 1),
        ],
        "go_live_exit_ms": round(median([exited for _, exited in samples]), 1),
        "go_live_floor_ms": round(floor, 1),
        "start_stream_to_active_ms": round(start_ms, 1),
        "go_live_ratio": round(live / floor, 3),
        **deck,
    }
