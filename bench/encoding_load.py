"""The "OBS encoding" condition: a second real OBS (tests/integration/obs_harness.py) rendering a
moving 1080p30 test pattern (ffmpeg's testsrc2, looped by OBS's media source) and encoding it
with x264 at OBS's Simple-mode default preset (veryfast, 2,500 kb/s) to a local nginx-rtmp, as a
streamer's machine does while they use the app. Its CPU share is reported with the figures."""

from __future__ import annotations

import contextlib
import os
import subprocess
import time
from pathlib import Path
from typing import Any

from floors import wait_stream_active

WIDTH, HEIGHT, FPS = 1920, 1080, 30
BASIC_INI = f"""\
[General]
Name=CI

[Video]
BaseCX={WIDTH}
BaseCY={HEIGHT}
OutputCX={WIDTH}
OutputCY={HEIGHT}
FPSType=1
FPSInt={FPS}

[Audio]
SampleRate=48000
ChannelSetup=Stereo

[Output]
Mode=Simple

[SimpleOutput]
VBitrate=2500
ABitrate=160
StreamEncoder=x264
Preset=veryfast
"""


def test_pattern(workdir: Path) -> Path:
    """A 4 s 1080p30 clip of ffmpeg's moving test pattern (made once per bench run)."""
    clip = workdir / "testsrc2-1080p30.mp4"
    if not clip.exists():
        subprocess.run(
            [
                *("ffmpeg", "-v", "error", "-y", "-f", "lavfi", "-i"),
                f"testsrc2=size={WIDTH}x{HEIGHT}:rate={FPS}:duration=4",
                *("-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", str(clip)),
            ],
            check=True,
            timeout=120,
        )
    return clip


def _scene(clip: Path) -> dict[str, Any]:
    media = {
        "id": "ffmpeg_source",
        "versioned_id": "ffmpeg_source",
        "name": "test-pattern",
        "enabled": True,
        "settings": {"local_file": str(clip), "is_local_file": True, "looping": True},
    }
    item = {"name": "test-pattern", "id": 1, "visible": True, "pos": {"x": 0.0, "y": 0.0}}
    scene = {
        "id": "scene",
        "versioned_id": "scene",
        "name": "Scene",
        "enabled": True,
        "settings": {"custom_size": False, "id_counter": 1, "items": [item]},
    }
    return {
        "name": "CI",
        "current_scene": "Scene",
        "current_program_scene": "Scene",
        "scene_order": [{"name": "Scene"}],
        "sources": [media, scene],
        "groups": [],
        "transitions": [],
        "modules": {},
    }


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class EncodingLoad:
    """Start with ``start()``, stop with ``stop()``; ``cpu_percent()`` since the start."""

    def __init__(self, workdir: Path, server: str) -> None:
        self.clip = test_pattern(workdir)
        self.server = server
        self.obs: Any = None
        self._client: Any = None
        self._since = (0.0, 0.0)

    def start(self) -> None:
        import json

        import obsws_python

        from tests.integration.obs_harness import HeadlessObs

        clip = self.clip

        class EncodingObs(HeadlessObs):
            def _write_config(self) -> None:
                super()._write_config()
                (self.profile_dir / "basic.ini").write_text(BASIC_INI)
                scenes = self.config_home / "obs-studio" / "basic" / "scenes" / "CI.json"
                scenes.write_text(json.dumps(_scene(clip)))

        self.obs = EncodingObs(private_ca_store=False, width=WIDTH, height=HEIGHT, fps=FPS)
        self.obs.start()
        self._client = obsws_python.ReqClient(
            host=self.obs.host, port=self.obs.port, password=self.obs.password, timeout=5
        )
        self._client.set_stream_service_settings(
            "rtmp_custom", {"server": self.server, "key": "bench-load", "use_auth": False}
        )
        self._client.start_stream()
        wait_stream_active(self._client, True)
        time.sleep(1.0)  # x264's lookahead fills; the figure should see steady encoding
        self._since = (time.monotonic(), _cpu_seconds(self.obs.pid))

    def cpu_percent(self) -> float | None:
        if self.obs is None or self.obs.pid is None:
            return None
        wall, cpu = self._since
        return round(100 * (_cpu_seconds(self.obs.pid) - cpu) / (time.monotonic() - wall), 1)

    def still_encoding(self) -> bool:
        return bool(self._client and self._client.get_stream_status().output_active)

    def stop(self) -> None:
        if self._client is not None:
            with contextlib.suppress(Exception):
                self._client.stop_stream()
            self._client.disconnect()
            self._client = None
        if self.obs is not None:
            self.obs.stop()
            self.obs = None
