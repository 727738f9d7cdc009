"""Two processes: a running window (the real app, offscreen, demo mode, on air) answers a second
launch's ``clip`` from its own broadcast clock, and says so in its message line."""

from __future__ import annotations

import json
import subprocess
import sys
import time

from tests.conftest import PROJECT_ROOT
from tests.ui.onair.test_onair_window_remote import _cli, _env, _read_until

DRIVER = str(PROJECT_ROOT / "tests" / "ui" / "clip_driver.py")


def test_a_second_launch_clips_the_broadcast_of_the_running_window(tmp_path):
    env = _env(tmp_path)
    env["XDG_DATA_HOME"] = str(tmp_path / "data")  # the broadcast log of this test only
    stderr = (tmp_path / "stderr.txt").open("w", encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, DRIVER],
        cwd=PROJECT_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=stderr,
        text=True,
    )
    try:
        stream_id, playback_id = _read_until(proc, "STREAM ", timeout=60).split()
        # The broadcast has just started: wait for a second of it to clip (a condition).
        deadline = time.monotonic() + 30
        while True:
            clip = _cli(env, "clip", "--last", "20s", "--json")
            if clip.returncode == 0 or time.monotonic() > deadline:
                break
            assert "nothing to clip yet" in clip.stdout + clip.stderr, clip.stdout + clip.stderr
            time.sleep(0.5)
        assert clip.returncode == 0, clip.stdout + clip.stderr
        data = json.loads(clip.stdout)
        assert data["streamId"] == stream_id and data["playbackId"] == playback_id
        assert data["url"].startswith(f"https://stream.fastpix.com/{playback_id}.m3u8?start=")
        assert data["approximate"] is True and data["segments"] >= 1
        # The window shows the clip (link, QR) as if its own button had cut it.
        assert _read_until(proc, "CLIP ", timeout=10) == data["url"]
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        stderr.close()
    assert proc.returncode == 0, (tmp_path / "stderr.txt").read_text(encoding="utf-8")
    log = (tmp_path / "data" / "fastpix-desktop" / "broadcasts.json").read_text(encoding="utf-8")
    assert stream_id in log and '"clips"' in log
