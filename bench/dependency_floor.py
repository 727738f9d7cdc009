"""Bench child: the memory floor of the app's dependency stack, with no app code.

A bare QMainWindow of the app's size on a qasync loop that imports what the app imports and
builds the same clients: one httpx.AsyncClient request to the sandbox, an obsws-python
connection to OBS (on a thread, as the app does), a keyring read through the same backend and
one QR code. Prints its peak RSS (VmHWM) as BENCH-RESULT; usage: ``launch.py deps WxH``, with
BENCH_API_URL, BENCH_OBS (HOST:PORT or "fake") and BENCH_OBS_PASSWORD set.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys


async def _use_the_clients() -> None:
    import httpx
    import keyring
    import segno

    async with httpx.AsyncClient(base_url=os.environ["BENCH_API_URL"], timeout=10) as client:
        await client.get("live/streams", params={"limit": 1})
    obs = os.environ.get("BENCH_OBS", "fake")
    if obs != "fake":
        import obsws_python

        host, _, port = obs.rpartition(":")

        def connect() -> None:
            password = os.environ.get("BENCH_OBS_PASSWORD", "")
            ws = obsws_python.ReqClient(host=host, port=int(port), password=password, timeout=5)
            ws.get_version()
            ws.disconnect()

        await asyncio.to_thread(connect)
    await asyncio.to_thread(keyring.get_password, "fastpix-desktop", "fastpix-secret-key")
    segno.make_qr("https://stream.fastpix.com/floor.m3u8", error="m", mask=2)


def run(size: str = "900x600") -> None:
    import qasync
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    width, height = (int(n) for n in size.split("x"))
    window.resize(width, height)
    window.show()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with loop:
        loop.run_until_complete(asyncio.sleep(0.05))  # the window paints
        loop.run_until_complete(_use_the_clients())
    with open("/proc/self/status", encoding="ascii") as status:
        hwm = next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))
    print("BENCH-RESULT " + json.dumps({"vmhwm_kib": hwm}), flush=True)
    os._exit(0)
