"""A qasync loop for tests that drive it with ``run_until_complete`` again and again.

qasync 0.28's ``run_until_complete`` processes Qt's events once more after its loop stopped
(qasync/__init__.py, "run loop one last time"), with no asyncio loop running. A callback that
lands in that round resumes a task outside any loop: anyio's checks inside httpx then raise
"no running event loop" (a request against a real HTTP server fails), and a keyring read
finishing on its worker thread fails with a RuntimeError (the store falls back to session-only
storage). The app runs its loop for good and never meets this; tests stop and start it all the
time. Here that last round runs with this loop set as the running one.
"""

from __future__ import annotations

import asyncio
from typing import Any


def steady_event_loop(app: Any) -> asyncio.AbstractEventLoop:
    # Imported here, after fastpix_desktop.ui pinned QT_API=pyside6 (qasync#23).
    import qasync

    class SteadyQEventLoop(qasync.QEventLoop):
        _finishing = False

        def run_until_complete(self, future: Any) -> Any:
            self._finishing = True
            try:
                return super().run_until_complete(future)
            finally:
                self._finishing = False
                asyncio.events._set_running_loop(None)

        def _after_run_forever(self) -> None:
            super()._after_run_forever()
            if self._finishing:  # the last round of events comes next
                asyncio.events._set_running_loop(self)

    return SteadyQEventLoop(app)
