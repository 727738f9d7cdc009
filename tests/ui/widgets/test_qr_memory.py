"""A long session of created streams does not fill memory with QR codes drawn once (issue 15)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtGui import QPixmapCache
from PySide6.QtWidgets import QApplication, QWidget

from fastpix_desktop.core.models import PlaybackId, Protocol
from fastpix_desktop.ui.create.stream_details import StreamDetails
from tests.doubles import make_stream


def rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError("no VmRSS")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/status")
def test_showing_many_streams_does_not_keep_their_qr_codes(qapp) -> None:
    QPixmapCache.clear()  # a cache already full from earlier tests would hide the growth
    top = QWidget()
    top.resize(900, 700)
    details = StreamDetails(top)
    details.resize(900, 700)
    top.show()

    def show(n: int) -> None:
        # A new playback ID each time, as for every stream a session creates.
        stream = make_stream(playback_ids=(PlaybackId(f"{n:08d}-094e-4986-b89c-2bec49b01266"),))
        details.show_stream(stream, Protocol.RTMPS)
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        QApplication.processEvents()  # paints it, as the window does on screen

    for n in range(20):
        show(n)
    before = rss_kib()
    for n in range(20, 120):
        show(n)
    grown = rss_kib() - before
    top.close()
    # Measured: ~60 KiB per stream while QLabel.setPixmap fed Qt's pixmap cache; ~1 KiB after.
    assert grown < 2500, f"{grown} KiB more after 100 streams"
