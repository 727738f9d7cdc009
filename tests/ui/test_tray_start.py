"""A start with the system (``--tray``) opens in the tray without showing the window; the
tray's Show window opens it; with no system tray the window shows (never invisible with no way
back); and a slow update feed delays neither start-up nor quitting. Each runs the real entry
point in a process of its own, offscreen (with a tray stand-in where a tray is needed)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from tests.conftest import PROJECT_ROOT
from tests.core.updates.feed_server import feed_server, release  # noqa: F401 (fixture)

DRIVER = str(PROJECT_ROOT / "tests" / "ui" / "tray_start_driver.py")


def _run(
    how: str, tmp_path, feed: str = "http://127.0.0.1:1/releases"
) -> tuple[subprocess.CompletedProcess[str], dict[str, dict]]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        OBS_WEBSOCKET_PORT="1",  # nothing listens there: OBS is simply not running
        PYTHONPATH=str(PROJECT_ROOT),
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path),
        FASTPIX_DESKTOP_STATE_DIR=str(tmp_path / "state"),
        LANGUAGE="en",
        # Never the real feed: by default a closed port, so a check (if one ran) fails at once.
        FASTPIX_DESKTOP_UPDATE_FEED=feed,
    )
    done = subprocess.run(
        [sys.executable, DRIVER, how],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    lines = {}
    for line in done.stdout.splitlines():
        tag, _, rest = line.partition(" ")
        if tag in ("STARTED", "SHOWN"):
            lines[tag] = json.loads(rest)
    return done, lines


def test_a_start_with_the_system_opens_in_the_tray_and_the_tray_opens_the_window(tmp_path):
    done, lines = _run("tray", tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert lines["STARTED"] == {"window_visible": False, "tray_visible": True, "built": True}
    assert lines["SHOWN"] == {"window_visible": True}


def test_without_a_system_tray_the_window_shows(tmp_path):
    done, lines = _run("no-tray", tmp_path)
    assert done.returncode == 0, done.stderr
    assert lines["STARTED"]["window_visible"] is True
    assert lines["STARTED"]["tray_visible"] is False


def test_a_slow_update_feed_delays_neither_start_up_nor_quitting(tmp_path, feed_server):  # noqa: F811
    url = feed_server.serve("/releases", [release("v99.0.0")], delay_s=30)
    settings = tmp_path / "fastpix-desktop" / "fastpix-desktop.conf"  # QSettings on Linux
    settings.parent.mkdir(parents=True)
    settings.write_text("[updates]\ncheck_daily=true\n", encoding="utf-8")
    started = time.monotonic()
    done, lines = _run("slow-feed", tmp_path, feed=url)
    assert done.returncode == 0, done.stderr
    assert lines["STARTED"]["window_visible"] is True
    assert len(feed_server.requests) == 1  # the check was under way ...
    assert time.monotonic() - started < 25  # ... and the app quit without waiting for it
