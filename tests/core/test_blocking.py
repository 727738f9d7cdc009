"""run_blocking: the call runs off the loop's thread, its result or error comes back, and the
thread never holds up the interpreter's exit."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading

import pytest

from fastpix_desktop.core.blocking import run_blocking


def test_the_call_runs_on_another_thread_and_returns_its_result():
    async def main():
        return await run_blocking(lambda a, b: (threading.get_ident(), a + b), 2, 3)

    ident, total = asyncio.run(main())
    assert total == 5 and ident != threading.get_ident()


def test_an_error_reaches_the_awaiting_task():
    def fail():
        raise OSError(13, "Permission denied")

    with pytest.raises(OSError, match="Permission denied"):
        asyncio.run(run_blocking(fail))


def test_a_call_still_running_does_not_keep_the_process_alive():
    code = (
        "import asyncio, time\n"
        "from fastpix_desktop.core.blocking import run_blocking\n"
        "async def main():\n"
        "    task = asyncio.ensure_future(run_blocking(time.sleep, 60))\n"
        "    await asyncio.sleep(0.05)\n"
        "    task.cancel()\n"
        "asyncio.run(main())\n"
        "print('exited')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=20)
    assert done.returncode == 0 and "exited" in done.stdout, done.stderr
