"""Opens the window on a screen set by the test (QT_QPA_PLATFORM=offscreen:configfile=…) at
the scale the test set (QT_SCALE_FACTOR must be set before QApplication exists, hence a
process of its own), creates a demo stream with a 93-character title, and prints one JSON line:
what fits and what does not. ``argv[1]``, when given, is where to save a picture.
"""

from __future__ import annotations

import asyncio
import importlib
import json
import sys
import tempfile
from pathlib import Path

import keyring
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit

from fastpix_desktop.core.secrets import SecretStore
from fastpix_desktop.ui.settings import AppSettings
from fastpix_desktop.ui.window.app import application, demo_client
from fastpix_desktop.ui.window.main_window import MainWindow
from tests.doubles import FakeObsController, InMemoryKeyring
from tests.ui.layout_checks import LONG_TITLE, copy_buttons_out_of_view, visible_scrollbars


def rect(r) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def key_chars(window) -> float:
    """How many average characters the stream key field shows."""
    edit = window.details.findChild(QLineEdit, "streamKeyFieldEdit")
    return round(edit.width() / edit.fontMetrics().averageCharWidth(), 1)


async def drive(app, picture: str | None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        settings = AppSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        secrets = SecretStore()
        fastpix = demo_client(latency_ms=0)
        window = MainWindow.with_panels(
            fastpix=fastpix, obs=FakeObsController(), secrets=secrets, settings=settings, demo=True
        )
        window.show()
        await window.start()
        area = window.screen().availableGeometry()
        report: dict = {
            "scale": window.devicePixelRatioF(),
            "area": rect(area),
            "first_window": rect(window.frameGeometry()),
            "first_fits": area.contains(window.frameGeometry()),
        }
        window.form.name_edit.setText(LONG_TITLE)
        await window.start_create()
        await asyncio.sleep(0.05)
        for state in ("normal", "maximised"):
            if state == "maximised":
                window.showMaximized()
                await asyncio.sleep(0.1)
            report[state] = {
                "window": rect(window.frameGeometry()),
                "fits": area.contains(window.frameGeometry()),
                "scrollbars": visible_scrollbars(window),
                "out_of_view": copy_buttons_out_of_view(window),
                "message": window.message(),
                "key_chars": key_chars(window),
            }
        if picture:
            window.showNormal()
            await asyncio.sleep(0.1)
            window.grab().save(picture)
        window.close()
        await window.shutdown()
        await fastpix.aclose()
        secrets.close()
    return report


def main() -> int:
    qasync = importlib.import_module("qasync")  # after fastpix_desktop.ui pinned PySide6
    keyring.set_keyring(InMemoryKeyring())
    app = application()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    report = loop.run_until_complete(drive(app, sys.argv[1] if len(sys.argv) > 1 else None))
    print("REPORT", json.dumps(report), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
