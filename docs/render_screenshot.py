"""Render the main window offscreen, just after a demo stream was created, to docs/main-window.png.

Uses the in-process FastPix sandbox, the shared fake OBS of tests/doubles (OBS 29.0.2), an
in-memory keyring and a throw-away settings file, so it never touches the network, OBS or your
settings.

    python docs/render_screenshot.py [--srt] [--dark] [--scale 2] [--size 420x700]
                                     [--lang de] [--clip | --past] [--out PATH]
    python docs/render_screenshot.py --all [--with-german]
    python docs/render_screenshot.py --first [--size 420x700] [--lang de]   # newcomer, no OBS
    python docs/render_screenshot.py --channel NAME --size 420x700 --lang de  # my channel
    python docs/render_screenshot.py --scale 2 --screen 1600x1000 --maximised

``--all`` writes the README's pictures into docs/: the default size, compact beside OBS
(420x700), 200 % scale on a 1600x1000 screen, and dark mode; ``--with-german`` adds the German
one (once the German translation is in the app). Each runs in a process of its own, because
QT_SCALE_FACTOR and the language must be set before QApplication exists.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
TITLE = (
    "Friday Night Elden Ring - Road to Malenia, no-hit run attempt #47 | !discord !merch !socials"
)
LONG_CHANNEL = ("Sonntagsstream mit Freunden — Speedrun-Marathon für den guten Zweck " * 5)[:255]
# (file, extra arguments): the pictures README.md shows.
PICTURES = [
    ("main-window.png", []),
    ("main-window-compact.png", ["--size", "420x700"]),
    ("main-window-200.png", ["--scale", "2", "--screen", "1600x1000"]),
    ("main-window-dark.png", ["--dark"]),
    ("main-window-library.png", ["--library"]),
    ("clip-that-compact.png", ["--clip", "--size", "420x700"]),
    ("clip-that-200.png", ["--clip", "--scale", "2", "--screen", "1600x1000"]),
    ("past-broadcasts-compact.png", ["--past", "--size", "420x700"]),
    ("past-broadcasts-200.png", ["--past", "--scale", "2", "--screen", "1600x1000"]),
    # The first ten minutes (issue 27): a newcomer's demo without OBS, a 255-character channel
    # name beside OBS in German, and 200 % maximised.
    ("first-window-demo.png", ["--first"]),
    ("beside-obs-channel-de.png", ["--channel", LONG_CHANNEL, "--size", "420x700", "--lang", "de"]),
    ("main-window-200-maximised.png", ["--scale", "2", "--screen", "1600x1000", "--maximised"]),
]
# The broadcast the --clip and --past pictures show: an hour on air (OBS's outputDuration).
ON_AIR_S = 3723
LIBRARY = [
    ("Main channel", False),
    ("Tuesday speedruns", False),
    ("Charity marathon 2025", True),
    ("Test stream (delete me)", False),
]
GERMAN = ("main-window-de.png", ["--lang", "de"])


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "main-window.png")
    parser.add_argument("--srt", action="store_true", help="create an SRT stream")
    parser.add_argument("--dark", action="store_true", help="use a dark palette")
    parser.add_argument("--scale", type=float, default=1.0, help="QT_SCALE_FACTOR, e.g. 2")
    parser.add_argument("--live", action="store_true", help="start streaming (live strip)")
    parser.add_argument("--size", default="1180x720", help="window size, e.g. 420x700")
    parser.add_argument("--screen", default="", help="offscreen screen size, e.g. 1600x1000")
    parser.add_argument("--lang", default="", help="UI language, e.g. de (sets LANGUAGE)")
    parser.add_argument("--title", default=TITLE, help="the stream's name")
    parser.add_argument(
        "--library", action="store_true", help="a returning streamer's streams (Your streams tab)"
    )
    parser.add_argument(
        "--clip", action="store_true", help="on air, after Clip that (docs/recordings.md)"
    )
    parser.add_argument(
        "--past", action="store_true", help="after End broadcast: the Past broadcasts dialog"
    )
    parser.add_argument(
        "--private",
        action="store_true",
        help="with --clip / --past: private playback, links signed with a new signing key",
    )
    parser.add_argument(
        "--first",
        action="store_true",
        help="a newcomer's first window: demo mode, OBS not running, nothing created",
    )
    parser.add_argument(
        "--channel", default="", help="a stream of this name as my channel (nothing created)"
    )
    parser.add_argument("--maximised", action="store_true", help="show the window maximised")
    parser.add_argument("--all", action="store_true", help="write every README picture")
    parser.add_argument("--with-german", action="store_true", help="with --all: German too")
    return parser.parse_args()


def render_all(with_german: bool) -> int:
    pictures = PICTURES + ([GERMAN] if with_german else [])
    for name, extra in pictures:
        command = [sys.executable, __file__, "--out", str(DOCS / name), *extra]
        result = subprocess.run(command, check=False)
        if result.returncode:
            return result.returncode
    return 0


def use_screen(size: str, folder: Path) -> None:
    """An offscreen screen of ``size`` device pixels (Qt's offscreen platform config file)."""
    width, height = (int(part) for part in size.lower().split("x"))
    config = folder / "screen.json"
    screen = {"name": "shot", "x": 0, "y": 0, "width": width, "height": height}
    screen.update({"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1})
    config.write_text(json.dumps({"screens": [screen]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


class Clock:
    """Wall time that the --clip and --past pictures move on by hand."""

    def __init__(self) -> None:
        from datetime import UTC, datetime

        # A morning of today: the picture's hour and a half on air stays within one day, so
        # Past broadcasts' "Today" line has the broadcast whatever time the picture is made.
        self.now = datetime.now(UTC).replace(hour=9, minute=0, second=0, microsecond=0)

    def __call__(self):  # type: ignore[no-untyped-def]
        return self.now

    def advance(self, seconds: float) -> None:
        from datetime import timedelta

        self.now += timedelta(seconds=seconds)


async def until(condition, timeout: float = 10.0) -> None:  # type: ignore[no-untyped-def]
    for _ in range(int(timeout / 0.05)):
        if condition():
            return
        await asyncio.sleep(0.05)
    raise SystemExit("the picture's state never came")


async def clip_and_end(window, sandbox, clock, *, past: bool, private: bool = False):  # type: ignore[no-untyped-def]
    """On air for an hour, Clip that; with ``past``, End broadcast, the recording processed,
    and Past broadcasts open (returned: the widget to grab). ``private``: the stream's playback
    and recording are private, and a signing key signs their links."""
    from fastpix_desktop.sandbox.media import PROCESSING_S

    stream_id = window.create_panel.stream.stream_id
    if private:
        record = sandbox.streams[stream_id]
        record.media_policy = "private"
        for playback in record.playback_ids:
            playback.access_policy = "private"
        await window.signed_links_panel.create_key()
    sandbox.set_status(stream_id, "active")
    await window.obs.start_streaming_and_wait()  # demo mode never starts OBS: the fake does
    panel = window.recordings_panel
    window.onair_panel.monitor.ask_fastpix_soon()
    await window.onair_panel.poll()
    await until(panel.clip_action.isEnabled)
    clock.advance(ON_AIR_S)  # an hour later
    await panel.clip_that()
    if not panel.clip_view.isVisible():
        raise SystemExit(f"no clip: {panel.clip_status.text()}")
    if not past:
        window.columns.show_results()
        column = window.columns.results_column
        top = panel.box.mapTo(column.widget(), panel.box.rect().topLeft()).y()
        column.verticalScrollBar().setValue(top)  # the clip's box from its title down
        return window
    clock.advance(ON_AIR_S // 3)
    await window.onair_panel.end_broadcast(confirmed=True)  # the picture answers "End" itself
    window.onair_panel.monitor.ask_fastpix_soon()
    await window.onair_panel.poll()
    await until(lambda: panel.followed is not None)
    clock.advance(PROCESSING_S + 1)
    await until(lambda: panel.followed is not None and panel.followed.ready)
    dialog = panel.show_past()
    await until(lambda: len(dialog.rows) == 2)
    dialog.rows[0].qr_button.setChecked(True)
    return dialog


def main() -> int:
    args = parse_args()
    if args.all:
        return render_all(args.with_german)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    if args.lang:
        os.environ["LANGUAGE"] = args.lang
        os.environ["LC_ALL"] = os.environ["LANG"] = f"{args.lang}_{args.lang.upper()}.UTF-8"
    screen_dir = tempfile.TemporaryDirectory()
    # "My channel" and the created-streams list land in the throw-away folder, never yours.
    for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "APPDATA"):
        os.environ[variable] = str(Path(screen_dir.name) / variable.lower())
    if args.screen:
        use_screen(args.screen, Path(screen_dir.name))
    sys.path.insert(0, str(ROOT))

    import keyring
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QWidget

    from fastpix_desktop.core.errors import ObsNotRunningError
    from fastpix_desktop.core.fastpix.client import FastPixClient
    from fastpix_desktop.core.library import my_channel
    from fastpix_desktop.core.models import ObsStreamStatus, StreamSettings
    from fastpix_desktop.core.recordings import BroadcastLog
    from fastpix_desktop.core.secrets import SecretStore
    from fastpix_desktop.sandbox import (
        DEMO_ACCESS_TOKEN_ID,
        DEMO_SECRET_KEY,
        SandboxApi,
        SandboxTransport,
    )
    from fastpix_desktop.ui.recordings import RecordingsOptions
    from fastpix_desktop.ui.settings import AppSettings
    from fastpix_desktop.ui.window.app import DEMO_API_URL, application, demo_client
    from fastpix_desktop.ui.window.main_window import MainWindow
    from tests.doubles import FakeObsController, InMemoryKeyring

    class ScreenshotObs(FakeObsController):
        """The shared fake OBS, with believable live numbers once streaming."""

        async def get_stream_status(self) -> ObsStreamStatus:
            if not self.live:
                return await super().get_stream_status()
            self.polls += 1  # ~6 Mbit/s at 10 polls a second
            return ObsStreamStatus(
                True,
                False,
                1_842_000_000 + self.polls * 75_000,
                3_723_000,
                0.02,
                12,
                223_380,
                "01:02:03",
            )

    # Only now, after fastpix_desktop.ui pinned PySide6 for it (qasync#23).
    qasync = importlib.import_module("qasync")
    keyring.set_keyring(InMemoryKeyring())
    app = application()
    if args.dark:
        palette = QPalette()
        for role, color in (
            (QPalette.ColorRole.Window, "#2b2b2b"),
            (QPalette.ColorRole.WindowText, "#e8e8e8"),
            (QPalette.ColorRole.Base, "#1f1f1f"),
            (QPalette.ColorRole.AlternateBase, "#2f2f2f"),
            (QPalette.ColorRole.Text, "#e8e8e8"),
            (QPalette.ColorRole.Button, "#3a3a3a"),
            (QPalette.ColorRole.ButtonText, "#e8e8e8"),
            (QPalette.ColorRole.Highlight, "#3d7cc9"),
            (QPalette.ColorRole.HighlightedText, "#ffffff"),
            # A palette built on the light default keeps its near-black placeholder, which
            # vanishes on the dark Base (the library's search field looked empty); a real
            # dark theme sets this role as well.
            (QPalette.ColorRole.PlaceholderText, "#9a9a9a"),
        ):
            palette.setColor(role, QColor(color))
        for role in (
            QPalette.ColorRole.WindowText,
            QPalette.ColorRole.ButtonText,
            QPalette.ColorRole.Text,
        ):  # disabled controls (Cancel while nothing runs) must look disabled
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
        app.setPalette(palette)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    async def write(window: QWidget) -> None:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        if not window.grab().save(str(args.out)):
            raise SystemExit(f"could not write {args.out}")

    async def render() -> None:
        with tempfile.TemporaryDirectory() as tmp:
            settings = AppSettings(
                QSettings(str(Path(tmp) / "settings.ini"), QSettings.Format.IniFormat)
            )
            secrets = SecretStore()
            # --clip / --past: the demo sandbox on a clock the picture moves an hour on, so the
            # broadcast has an hour of (synthetic) video to clip; the log in the temp folder.
            clock = Clock()
            sandbox = SandboxApi(latency_ms=0, clock=clock)
            fastpix = (
                FastPixClient(
                    access_token_id=DEMO_ACCESS_TOKEN_ID,
                    secret_key=DEMO_SECRET_KEY,
                    base_url=DEMO_API_URL,
                    transport=SandboxTransport(sandbox),
                )
                if args.clip or args.past
                else demo_client(latency_ms=0)
            )

            obs = ScreenshotObs()
            if args.first:  # what a newcomer trying the demo without OBS sees
                obs.connect_error = ObsNotRunningError(
                    "Nothing answers at 127.0.0.1:4455, and OBS does not seem to be running on "
                    "this computer."
                )
            if args.channel:
                channel = await fastpix.create_stream(StreamSettings(name=args.channel))
                my_channel.save(channel.stream_id)

            async def fetch(url: str) -> str:  # demo mode's playback host is the sandbox's
                path, _, query = url.removeprefix("https://stream.fastpix.com").partition("?")
                return sandbox.handle("GET", path, query=query).body.decode()

            recordings = RecordingsOptions(
                log=BroadcastLog(Path(tmp) / "broadcasts.json"),
                fetch=fetch,
                now=clock,
                follow_every_s=0.1,
                listing_every_s=0.1,
            )
            window = MainWindow.with_panels(
                fastpix=fastpix,
                obs=obs,
                secrets=secrets,
                settings=settings,
                demo=True,
                recordings=recordings,
            )
            if args.library:  # streams from earlier sessions, one of them disabled
                for name, disable in LIBRARY:
                    made = await fastpix.create_stream(StreamSettings(name=name))
                    if disable:
                        await fastpix.disable_stream(made.stream_id)
            if args.maximised:
                window.showMaximized()
            else:
                window.show()
            await window.start()
            if args.first or args.channel:
                width, height = (int(part) for part in args.size.lower().split("x"))
                if not args.maximised and not args.screen:
                    window.resize(width, height)
                await asyncio.sleep(0.5)  # the library's first page, my channel
                if args.channel:  # the library with the channel line, in one column its tab
                    window.left_tabs.setCurrentIndex(0)
                    window.columns.show_form()
                    await asyncio.sleep(0.05)
                await write(window)
                window.close()
                await window.shutdown()
                await fastpix.aclose()
                secrets.close()
                return
            form = window.form
            form.name_edit.setText(args.title)
            form.dvr_check.setChecked(True)
            form.add_metadata_row("show", "episode-42")
            if args.srt:
                form.protocol_combo.setCurrentIndex(form.protocol_combo.findData("srt"))
            width, height = (int(part) for part in args.size.lower().split("x"))
            if args.screen or args.maximised:  # as big as the window may open on that screen
                width, height = window.width(), window.height()
            window.resize(width, height)
            await asyncio.sleep(0.05)
            await window.start_create()
            if args.library:
                window.left_tabs.setCurrentIndex(0)
                await window.library_panel.start_refresh()
                window.library_panel.view.select(window.create_panel.stream.stream_id)
                await asyncio.sleep(0.1)  # the selection's details
                window.columns.show_form()  # in one column, the library's tab
            if args.live:  # demo mode never starts streaming: the fake OBS is started here
                await window.obs.start_streaming_and_wait()
            shot = window
            if args.clip or args.past:
                shot = await clip_and_end(
                    window, sandbox, clock, past=args.past, private=args.private
                )
                if shot is not window:
                    shot.resize(width, height)
            await asyncio.sleep(0.3 if args.live else 0.05)
            await write(shot)
            window.close()
            await window.shutdown()
            await fastpix.aclose()
            secrets.close()

    loop.run_until_complete(render())
    screen_dir.cleanup()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
