"""Bench-only launcher: start a window and print a monotonic timestamp at its first paint.

``app`` runs the real start-up path (``fastpix_desktop.cli.main([])`` -> ``run_gui``), with an
event filter put on the main window as ``ui.app.build_window`` returns it; ``baseline`` shows a
bare PySide6 QMainWindow of the size given. Imports happen after the mode is read, so their cost
is measured; time.monotonic() is CLOCK_MONOTONIC, the parent's clock too on Linux.
"""

import os
import sys
import time

MARKER = "BENCH-RESULT "
# BENCH_PROFILE=out.txt: write a pyinstrument profile of start-up to first paint (README).
PROFILE_PATH = os.environ.get("BENCH_PROFILE")
_profiler = None


def _peak_rss_kib() -> int:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def _first_paint_filter():
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted = time.monotonic()
                import json

                size = [watched.width(), watched.height()]
                result = {"paint": painted, "vmhwm_kib": _peak_rss_kib(), "size": size}
                print(MARKER + json.dumps(result), flush=True)
                if _profiler is not None:
                    _profiler.stop()
                    with open(PROFILE_PATH, "w", encoding="utf-8") as out:
                        out.write(_profiler.output_text(unicode=True))
                # The figure is taken; tearing the app down would only slow the bench.
                os._exit(0)
            return False

    return FirstPaint()


def run_baseline(size: str = "900x600") -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv)
    window = QMainWindow()
    # The parent passes the app window's size, so both paint the same area.
    width, height = (int(n) for n in size.split("x"))
    window.resize(width, height)
    paint_filter = _first_paint_filter()
    window.installEventFilter(paint_filter)
    window.show()
    app.exec()


def run_app() -> None:
    from fastpix_desktop.ui import app as ui_app

    build_window = ui_app.build_window
    keep = []

    def build_and_watch(*args, **kwargs):
        # Only the main window is watched: an application-wide filter would run Python code
        # for every event of every widget and slow the app down more than the baseline.
        window = build_window(*args, **kwargs)
        keep.append(_first_paint_filter())
        window.installEventFilter(keep[-1])
        return window

    ui_app.build_window = build_and_watch
    from fastpix_desktop.cli import main

    main([])


if __name__ == "__main__":
    if PROFILE_PATH:
        from pyinstrument import Profiler

        _profiler = Profiler(interval=0.0005)
        _profiler.start()
    {"baseline": run_baseline, "app": run_app}[sys.argv[1]](*sys.argv[2:])
    sys.exit("the window closed before it was painted")
