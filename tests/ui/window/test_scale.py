"""QT_SCALE_FACTOR=2 on a 1600x1000 screen (800x500 device-independent pixels): the first
window fits the screen, and after a create with a 93-character title every Copy button can be
seen without horizontal scrolling, at the first size and maximised."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import PROJECT_ROOT


def run_driver(tmp_path: Path, *, scale: str, width: int, height: int) -> dict:
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"
    env["QT_SCALE_FACTOR"] = scale
    env["PYTHONPATH"] = str(PROJECT_ROOT)
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")
    proc = subprocess.run(
        [sys.executable, "-m", "tests.ui.scale_driver"],
        cwd=PROJECT_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    line = next(x for x in proc.stdout.splitlines() if x.startswith("REPORT "))
    return json.loads(line.removeprefix("REPORT "))


def test_at_200_percent_everything_fits(tmp_path):
    report = run_driver(tmp_path, scale="2", width=1600, height=1000)
    assert report["scale"] == 2.0
    assert report["area"][2:] == [800, 500]
    assert report["first_fits"], report
    for state in ("normal", "maximised"):
        seen = report[state]
        assert seen["message"] == "Stream created."
        assert seen["fits"], seen
        assert seen["scrollbars"] == [], seen
        assert seen["out_of_view"] == [], seen
        # The stream key field shows a useful part of the key, not six characters.
        assert seen["key_chars"] >= 16, seen
