"""Small blocking calls (a settings file read or write) awaited from the event loop, each on a
daemon thread of its own.

Not ``asyncio.to_thread``: under qasync the loop's default executor is a pool of QThreads, and a
QThread still alive when the interpreter exits aborts the process ("QThread: Destroyed while
thread is still running") unless the loop was closed first. A daemon thread never holds up, or
breaks, the exit.
"""

from __future__ import annotations

import asyncio
import contextlib
import threading
from collections.abc import Callable
from typing import Any, TypeVar

_T = TypeVar("_T")


async def run_blocking(fn: Callable[..., _T], *args: Any) -> _T:
    """``fn(*args)`` on a daemon thread; its result or exception comes back here."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future[_T] = loop.create_future()

    def settle(result: _T | None, error: BaseException | None) -> None:
        if future.cancelled():
            return
        if error is not None:
            future.set_exception(error)
        else:
            future.set_result(result)  # type: ignore[arg-type]

    def work() -> None:
        try:
            outcome: tuple[Any, BaseException | None] = (fn(*args), None)
        except BaseException as exc:
            outcome = (None, exc)
        # RuntimeError: the loop closed meanwhile, so nobody is waiting any more.
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(settle, *outcome)

    threading.Thread(target=work, name=getattr(fn, "__name__", "blocking"), daemon=True).start()
    return await future
