"""Keeps strong references to the window's asyncio tasks and routes their failures.

The event loop holds only weak references to tasks, so an unreferenced one can be garbage
collected mid-flight (qasync keeps a set for the same reason); cancellation is not an error
(qasync#126), anything else goes to the error dialog.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable, Coroutine
from typing import Any


def current_loop() -> asyncio.AbstractEventLoop:
    """The running loop, or the one set for this thread when called from a plain Qt slot."""
    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.get_event_loop_policy().get_event_loop()


class TaskRunner:
    def __init__(self, on_error: Callable[[BaseException], None]) -> None:
        self._on_error = on_error
        self._tasks: set[asyncio.Task[Any]] = set()

    def start(self, coro: Coroutine[Any, Any, Any], *, name: str | None = None) -> asyncio.Task:
        task = current_loop().create_task(coro, name=name)
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            self._on_error(exc)

    @property
    def pending(self) -> int:
        return sum(1 for t in self._tasks if not t.done())

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    async def shutdown(self) -> None:
        """Cancel every task and wait until they have all finished (used on quit)."""
        tasks = [t for t in self._tasks if not t.done()]
        for task in tasks:
            task.cancel()
        for task in tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
