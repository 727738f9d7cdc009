"""A headless running instance: the remote control, the OBS connection and the on-air monitor.

What the window hosts, without the window: ``python -m fastpix_desktop.cli.onair_host`` takes
``go-live``, ``end`` and ``status`` from other launches, and prints one JSON line per
notification on stdout (tests and unattended machines read them). Qt-free.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import faulthandler
import json
import signal
import sys
from collections.abc import Sequence

from fastpix_desktop.cli import support as cli_support
from fastpix_desktop.core.onair.notify import Notification
from fastpix_desktop.core.session import Session


class PrintingNotifier:
    """Each notification as one JSON line on stdout."""

    def notify(self, notification: Notification) -> None:
        line = {"notify": str(notification.kind), "title": notification.title}
        print(json.dumps(line), flush=True)


async def serve(args: argparse.Namespace, session: Session) -> int:
    """Host the remote control over the session's clients until SIGINT / SIGTERM."""
    from fastpix_desktop.cli.live_replies import LiveCommands
    from fastpix_desktop.core.errors import AppError
    from fastpix_desktop.core.golive import GoLiveOptions
    from fastpix_desktop.core.onair.monitor import OnAirMonitor
    from fastpix_desktop.core.onair.remote import RemoteControlServer

    try:
        obs = session.build_obs(await cli_support.obs_connection(args.obs, session))
        await obs.start()  # connects in the background and stays connected
        fastpix = None
        fastpix_error: AppError | None = None
        try:
            fastpix = await cli_support.open_fastpix(session)
        except AppError as error:
            fastpix_error = error
        hosts = session.config.hosts
        monitor = OnAirMonitor(obs=obs, fastpix=fastpix, notifier=PrintingNotifier(), hosts=hosts)
        commands = LiveCommands(
            obs=obs,
            fastpix=fastpix,
            secrets=session.secrets,
            hosts=hosts,
            monitor=monitor,
            options=GoLiveOptions(allow_start=not args.demo),  # demo: never start streaming
            fastpix_error=fastpix_error,
        )
        from fastpix_desktop.core.recordings import BroadcastLog
        from fastpix_desktop.core.recordings.recorder import BroadcastRecorder

        commands.recorder = BroadcastRecorder(BroadcastLog.default())
        monitor.add_listener(commands.recorder.on_snapshot)
        server = RemoteControlServer(commands.handle, loop=asyncio.get_running_loop())
        # An unsafe state folder is an AppError in plain words.
        if not server.start():
            print("fastpix-desktop: another instance is already running.", file=sys.stderr)
            return 1
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.add_signal_handler(signum, stop.set)
        monitor.start()
        print(json.dumps({"ready": True}), flush=True)
        try:
            await stop.wait()
        finally:
            server.close()
            await monitor.close()
        return 0
    finally:
        await session.aclose()  # the HTTP client, the OBS connection, the keyring's thread


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fastpix_desktop.cli.onair_host")
    parser.add_argument("--obs", metavar="HOST:PORT")
    parser.add_argument("--api-url")
    parser.add_argument("--demo", action="store_true", help="never start streaming")
    args = parser.parse_args(argv)
    if hasattr(signal, "SIGUSR1"):
        # `kill -USR1` prints every thread's stack to stderr: an unattended host that does not
        # stop or answer can be looked into without a debugger.
        faulthandler.register(signal.SIGUSR1, all_threads=True)
    from fastpix_desktop.cli.exit_codes import exit_code_for
    from fastpix_desktop.core.errors import AppError

    # The process's one session: configuration read once, clients built once.
    session = Session.load(api_url=args.api_url)
    try:
        return asyncio.run(serve(args, session))
    except AppError as error:
        print(f"fastpix-desktop: {error}", file=sys.stderr)
        return exit_code_for(error)


if __name__ == "__main__":
    sys.exit(main())
