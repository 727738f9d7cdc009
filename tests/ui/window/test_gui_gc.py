"""The app collects cyclic garbage on the GUI thread only (see
fastpix_desktop/ui/window/gui_gc.py)."""

from __future__ import annotations

import gc
import threading
import weakref

from fastpix_desktop.ui.window.app import application
from fastpix_desktop.ui.window.gui_gc import GuiThreadGarbageCollector


def test_the_app_installs_the_gui_thread_collector(qapp):
    application()
    assert qapp.findChild(GuiThreadGarbageCollector) is not None
    assert not gc.isenabled()


def test_collection_happens_on_the_gui_thread_from_the_timer(qapp):
    gc.enable()
    collector = GuiThreadGarbageCollector()
    try:
        assert not gc.isenabled()  # automatic collection could run on any thread

        class Cycle:
            pass

        for _ in range(gc.get_threshold()[0] + 10):
            a, b = Cycle(), Cycle()
            a.other, b.other = b, a
        collected_on: list[str] = []
        probe = Cycle()
        probe.me = probe
        probe_ref = weakref.ref(
            probe, lambda _: collected_on.append(threading.current_thread().name)
        )
        del probe, a, b
        assert collector.check() is not None
        assert collected_on == [threading.current_thread().name]
        assert probe_ref() is None
    finally:
        collector.stop()
        collector.deleteLater()
        gc.disable()  # as the UI test session keeps it (tests/ui/conftest.py)
