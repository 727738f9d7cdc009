"""The one way the window runs background work: strong task references, the busy state of the
one-at-a-time job, cancel, and the error ladder (AppError in plain words next to the action,
anything else to the error dialog with redacted details).

In the spirit of Anki's CollectionOp/QueryOp (qt/aqt/operations/), on asyncio: a call site is
one ``runner.run(coro, name=..., say=...)``. Tasks belong to a group (by default their name);
``exclusive=True`` cancels the group's running tasks first, as Textual's exclusive workers do
(a newer refresh replaces an older one), so panels keep no task slots of their own. See
docs/ui-architecture.md.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from fastpix_desktop.core.errors import AppError
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP
from fastpix_desktop.core.redact import redact
from fastpix_desktop.ui.i18n import error_text

log = logging.getLogger(__name__)

UNEXPECTED = QT_TRANSLATE_NOOP(
    "OperationRunner", "Something unexpected went wrong; the details are in the error window."
)

Say = Callable[[str], None]
"""Shows plain words next to the action that failed (an error tone is the caller's choice)."""
Report = Callable[[BaseException], None]
"""Opens the error dialog with the redacted details of an unexpected exception."""


def current_loop() -> asyncio.AbstractEventLoop:
    """The running loop, or the one set for this thread when called from a plain Qt slot."""
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.get_event_loop_policy().get_event_loop()


class OperationRunner(QObject):
    """Runs the window's coroutines; one of them at a time may be the exclusive *job*."""

    busy_changed = Signal(bool)

    def __init__(self, *, say: Say, report: Report, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._say = say
        self._report = report
        self._tasks: set[asyncio.Task[Any]] = set()
        self._groups: dict[str, list[asyncio.Task[Any]]] = {}
        self._job: asyncio.Task[Any] | None = None
        self._job_name = ""

    # ------------------------------------------------------------------ running

    def run(
        self,
        coro: Coroutine[Any, Any, Any],
        *,
        name: str,
        say: Say | None = None,
        group: str | None = None,
        exclusive: bool = False,
    ) -> asyncio.Task[Any]:
        """Start ``coro``; an AppError it raises goes to ``say`` (default: the window's message
        line), anything else to the error dialog. Cancelling is never an error (qasync#126).

        The task joins ``group`` (default: ``name``); ``exclusive`` cancels that group's
        running tasks first."""
        key = group or name
        if exclusive:
            self.cancel_group(key)
        task = current_loop().create_task(self._guarded(coro, say or self._say), name=name)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        members = self._groups.setdefault(key, [])
        members.append(task)
        task.add_done_callback(lambda done: self._leave(key, done))
        # Cancelled before its first step, the task never awaited ``coro``: close it quietly.
        task.add_done_callback(lambda _task: coro.close())
        return task

    def run_job(
        self,
        coro: Coroutine[Any, Any, Any],
        *,
        name: str,
        say: Say | None = None,
    ) -> asyncio.Task[Any] | None:
        """Start the one-at-a-time job (create, retry, restore); None, and ``coro`` closed
        unstarted, while another job runs: a second click must never create a second stream."""
        if self.busy:
            coro.close()
            return None
        task = self.run(coro, name=name, say=say)
        self._job, self._job_name = task, name
        task.add_done_callback(self._job_done)
        self.busy_changed.emit(True)
        return task

    def _leave(self, key: str, task: asyncio.Task[Any]) -> None:
        members = self._groups.get(key)
        if members is not None and task in members:
            members.remove(task)
            if not members:
                del self._groups[key]

    def _job_done(self, task: asyncio.Task[Any]) -> None:
        if self._job is task:
            self._job, self._job_name = None, ""
            with contextlib.suppress(RuntimeError):  # the runner's C++ side is gone on quit
                self.busy_changed.emit(False)

    async def _guarded(self, coro: Coroutine[Any, Any, Any], say: Say) -> Any:
        try:
            return await coro
        except asyncio.CancelledError:
            return None
        except AppError as exc:
            say(error_text(exc))
        except Exception as exc:
            if _outside_the_loop(exc):
                return None
            self.unexpected(exc, say=say)
        return None

    def unexpected(self, exc: BaseException, *, say: Say | None = None) -> None:
        """The bottom rung: a short line next to the action, the details in the error dialog."""
        (say or self._say)(QCoreApplication.translate("OperationRunner", UNEXPECTED))
        self._report(exc)

    # ------------------------------------------------------------------ state

    @property
    def busy(self) -> bool:
        return self._job is not None and not self._job.done()

    @property
    def job(self) -> asyncio.Task[Any] | None:
        return self._job if self.busy else None

    @property
    def job_name(self) -> str:
        return self._job_name if self.busy else ""

    @property
    def pending(self) -> int:
        return sum(1 for t in self._tasks if not t.done())

    def running(self, group: str) -> asyncio.Task[Any] | None:
        """The newest unfinished task of ``group``, or None."""
        members = [t for t in self._groups.get(group, ()) if not t.done()]
        return members[-1] if members else None

    def cancel_group(self, group: str) -> None:
        for task in list(self._groups.get(group, ())):
            task.cancel()

    def cancel_job(self) -> None:
        if self._job is not None:
            self._job.cancel()

    # ------------------------------------------------------------------ shutdown

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    async def shutdown(self) -> None:
        """Cancel every task and wait until they have all finished (also those started by a
        cancelled task's clean-up)."""
        while tasks := [t for t in self._tasks if not t.done()]:
            for task in tasks:
                task.cancel()
            for task in tasks:
                with contextlib.suppress(asyncio.CancelledError, Exception):
                    await task


def _outside_the_loop(exc: Exception) -> bool:
    """qasync's run_until_complete processes Qt events once more after its loop has stopped, so
    a timer due then steps a task with no running loop ("no running event loop"). That is the
    loop ending (quit, or the end of a test's run), not a bug in the task."""
    if not isinstance(exc, RuntimeError):
        return False
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        log.debug("A task step ran after the event loop stopped: %s", exc)
        return True
    return False


def install_loop_exception_handler(loop: asyncio.AbstractEventLoop, report: Report) -> None:
    """Whatever escapes a task or callback the runner does not own (a library's own task, a
    done-callback) reaches the error dialog instead of dying in a log line."""

    def handler(_loop: asyncio.AbstractEventLoop, context: dict[str, Any]) -> None:
        exc = context.get("exception")
        if isinstance(exc, BaseException) and not isinstance(exc, asyncio.CancelledError):
            report(exc)
        else:
            log.error("Event loop error: %s", redact(str(context.get("message", context))))

    loop.set_exception_handler(handler)
