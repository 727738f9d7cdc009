"""The stream library in the window: every stream on the account (LibraryView), its details in
the results panel, "Use this stream", "My channel" (then "Go live on <name>"), what OBS points
at (re-read on every OBS (re)connect and profile switch), and managing a stream.

The results panel and the checklist belong to CreatePanel; this panel asks for a stream to be
shown through ``show_stream`` and runs its jobs through the checklist job it is handed
(docs/ui-architecture.md).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fastpix_desktop.core.blocking import run_blocking
from fastpix_desktop.core.destination import picture as obs_picture
from fastpix_desktop.core.errors import FastPixError
from fastpix_desktop.core.golive import obs_words
from fastpix_desktop.core.golive.steps import steps_for
from fastpix_desktop.core.library import my_channel
from fastpix_desktop.core.library import rows as library
from fastpix_desktop.core.library.created_streams import CreatedStreamsLog
from fastpix_desktop.core.library.manage import InUse
from fastpix_desktop.core.models import LiveStream, Protocol
from fastpix_desktop.core.ports import FastPixPort
from fastpix_desktop.ui.i18n import error_text, golive_text
from fastpix_desktop.ui.jobs import ChecklistJob
from fastpix_desktop.ui.library.channel import ChannelControl
from fastpix_desktop.ui.library.manage import LibraryManager, rows_after
from fastpix_desktop.ui.library.use import run_use
from fastpix_desktop.ui.library.view import LibraryView, manage_text
from fastpix_desktop.ui.services import PanelContext
from fastpix_desktop.ui.widgets.theme import Tone

if TYPE_CHECKING:
    from fastpix_desktop.core.golive import Questions

log = logging.getLogger(__name__)

Say = Callable[[str, Tone], None]


class _Bridge(QObject):
    """OBS listeners run on the loop; the queued signal lands in the UI thread either way."""

    obs_changed = Signal()


class LibraryPanel(QObject):
    """Signals out: ``show_stream(stream, protocol, obs_message, obs_ok)`` for the results panel
    (``obs_message`` "" = say nothing about OBS); ``obs_picture_changed(ObsPicture)`` after every
    read of OBS's destination; ``my_channel_changed(name)`` ("" = no channel)."""

    show_stream = Signal(object, object, str, bool)
    obs_picture_changed = Signal(object)
    my_channel_changed = Signal(str)
    channel_chosen = Signal(str)  # the streamer chose a channel (its name) or none ("")
    loaded = Signal(int)  # a load finished with this many streams

    def __init__(
        self,
        ctx: PanelContext,
        *,
        job: ChecklistJob,
        start_streaming: Callable[[], bool],
        current_stream: Callable[[], LiveStream | None],
        obs_live: Callable[[], bool],
        questions: Questions,
        end_live: Callable[[], object] | None = None,
        created_log: CreatedStreamsLog | None = None,
    ) -> None:
        window = ctx.window
        services = ctx.services
        runner = ctx.runner
        say = ctx.say
        super().__init__(window)
        self._window = window
        self._services = services
        self._runner = runner
        self._say = say
        self._job = job
        self._start_streaming = start_streaming
        self._current_stream = current_stream
        self._obs_live = obs_live
        self._questions = questions  # the create panel's: the same dialogs
        # The on-air End broadcast (stops OBS, then finishes): for the stream OBS is live on.
        self._end_live = end_live
        self.created_log = created_log or CreatedStreamsLog.default()
        self.rows: tuple[library.LibraryRow, ...] = ()
        self._page_count: int | None = None
        self._complete = False  # the last load listed every stream on the account
        self._started = False
        self.picture: obs_picture.ObsPicture | None = None
        self.obs_stream_id: str | None = None

        self.view = LibraryView(window)
        self._name_view_controls()
        self.channel = ChannelControl(ctx, view=self.view)
        self.channel.changed.connect(self.my_channel_changed)
        self.channel.chosen.connect(self.channel_chosen)
        self.widget = QWidget(window)
        self.widget.setObjectName("libraryPanel")
        layout = QVBoxLayout(self.widget)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        # The channel line above its button: beside it, a long name wrapped into a column a
        # few words wide (a 255-character name was cut off at the bottom).
        layout.addWidget(self.channel.label)
        channel_row = QHBoxLayout()
        channel_row.addStretch(1)
        channel_row.addWidget(self.channel.button)
        layout.addLayout(channel_row)

        self.manager = LibraryManager(
            ctx,
            view=self.view,
            in_use=self.in_use,
            rows=lambda: self.rows,
            log=self.created_log,
        )
        self.view.refresh_requested.connect(self.start_refresh)
        self.view.selected.connect(self._on_selected)
        self.view.use_requested.connect(self.start_use)
        self.view.manage_requested.connect(self.start_manage)
        self.view.delete_unused_requested.connect(self.start_delete_unused)
        self.go_live_button.clicked.connect(self.start_go_live)
        runner.busy_changed.connect(self._set_busy)
        self._bridge = _Bridge(self)
        self._bridge.obs_changed.connect(lambda: self.start_picture(show=True))
        self._unsubscribe = obs_picture.refresh_on_obs_changes(
            services.obs, self._bridge.obs_changed.emit
        )

    def _name_view_controls(self) -> None:
        """Accessible names for the view's buttons (screen readers read these)."""
        view = self.view
        view.refresh_button.setAccessibleName(self.tr("Refresh the stream list"))
        view.use_button.setAccessibleName(self.tr("Use this stream: point OBS at it"))
        view.manage_button.setAccessibleName(self.tr("Manage the selected stream"))
        view.delete_unused_button.setAccessibleName(
            self.tr("Delete the streams created here that OBS never used")
        )
        for button in view.search.findChildren(QToolButton):
            button.setAccessibleName(self.tr("Clear the search"))

    # The channel's widgets and state, by the names MainWindow and the tests use.
    @property
    def my_channel_id(self) -> str | None:
        return self.channel.stream_id

    @property
    def my_channel_button(self) -> QPushButton:
        return self.channel.button

    @property
    def go_live_button(self) -> QPushButton:
        return self.channel.go_live_button

    @property
    def fastpix(self) -> FastPixPort:
        return self._services.fastpix

    def in_use(self) -> InUse:
        return InUse(obs_stream_id=self.obs_stream_id, obs_live=self._obs_live())

    # ------------------------------------------------------------------ start-up

    def start(self) -> asyncio.Task[Any]:
        """After the credentials are loaded: the library, my channel, what OBS points at."""
        self._started = True
        self.start_refresh()
        return self._runner.run(self._start(), name="library-start", say=self._note)

    async def _start(self) -> None:
        stream_id = await run_blocking(my_channel.load)
        channel: LiveStream | None = None
        if stream_id:
            try:
                channel = await self.fastpix.get_stream(stream_id)  # its keys, fetched now
            except FastPixError as exc:
                self.view.show_error(
                    self.tr("Your channel could not be loaded: {error}").format(
                        error=error_text(exc)
                    )
                )
            self.channel.set(stream_id, channel.name if channel else "")
        else:
            self.channel.set(None, "")
        shown = await self._read_picture(show=True) if self._services.obs.connected else False
        if not shown and channel is not None and not self._runner.busy:
            self.show_stream.emit(channel, self._protocol_for(channel), "", True)

    def _note(self, text: str) -> None:
        self.view.show_error(text)

    # ------------------------------------------------------------------ loading

    def reload(self) -> None:
        """The credentials changed: the library and my channel belong to another account."""
        if self._started:
            self.start()

    def start_refresh(self) -> asyncio.Task[Any]:
        return self._runner.run(
            self._refresh(), name="library-refresh", say=self.view.show_error, exclusive=True
        )

    async def _refresh(self) -> None:
        self.view.set_loading(True)
        try:
            unused = await self.created_log.aunused_ids()
            load = await library.load_library(
                self.fastpix,
                unused_ids=unused,
                expected_pages=self._page_count,
                on_first_rows=lambda rows, total: self.view.set_rows(rows, total=total),
            )
        finally:
            self.view.set_loading(False)
        self.rows, self._page_count = load.rows, load.page_count
        self._complete = load.complete
        self.view.set_rows(load.rows, total=load.total_records)
        if not load.complete:
            self.view.show_error(
                self.tr("Some streams could not be loaded: {error}").format(
                    error=error_text(load.error) if load.error else ""
                )
            )
        elif load.cut:  # FastPix claimed more pages than the app reads (core/library/rows.py)
            self.view.show_error(
                self.tr(
                    "Only the newest {count} streams are shown: FastPix says there are {total}."
                ).format(count=len(load.rows), total=load.total_records)
            )
        else:
            await self.created_log.akeep_only([r.stream_id for r in load.rows])
            # A create cancelled or past its deadline: its stream, found by name and time.
            joined = await self.created_log.aresolve_pending(
                (r.stream_id, r.name, r.created_at) for r in load.rows
            )
            if joined:
                self.rows = library.with_unused(self.rows, await self.created_log.aunused_ids())
                self.view.set_rows(self.rows, total=load.total_records)
        self.loaded.emit(len(load.rows))

    def stream_on_screen(self, stream: LiveStream | None) -> None:
        """The results panel shows ``stream``: a new one (a create) joins the library. Once the
        library is loaded in full it joins as one row, newest first, not by fetching every page
        again (20 requests for 1,000 streams); before that, a load brings it."""
        if stream is None or any(r.stream_id == stream.stream_id for r in self.rows):
            return
        loading = self._runner.running("library-refresh") is not None
        if not self._complete or loading:
            self.start_refresh()
            return
        self.rows = library.replace_row(self.rows, stream)
        self.view.set_rows(self.rows)

    def refresh_marks(self) -> None:
        """A job ended (a create, Use this stream, a restore): the "created here, never used"
        marks as the created-streams log now says (a create notes its stream there at its end)."""
        if self._complete:
            self._runner.run(self._refresh_marks(), name="library-marks", say=self.view.show_error)

    async def _refresh_marks(self) -> None:
        rows = library.with_unused(self.rows, await self.created_log.aunused_ids())
        if rows != self.rows:
            self.rows = rows
            self.view.set_rows(rows)

    def show_status(self, stream_id: str, status: str) -> None:
        """A fresh FastPix status from the on-air monitor: the row follows it (a broadcast
        started here turns it "live", so Manage offers End broadcast without a Refresh)."""
        for row in self.rows:
            if row.stream_id == stream_id and row.status != status:
                self.rows = tuple(
                    replace(r, status=status) if r.stream_id == stream_id else r for r in self.rows
                )
                self.view.set_rows(self.rows)
                return

    def drop_deleted(self, stream_id: str) -> None:
        """FastPix says the stream no longer exists (deleted elsewhere while it was on air):
        its row, with its last status, goes (issue 26, item 7)."""
        if any(row.stream_id == stream_id for row in self.rows):
            self.rows = library.without_row(self.rows, stream_id)
            self.view.set_rows(self.rows)

    # ------------------------------------------------------------------ details

    def _pinned(self, stream_id: str) -> bool:
        """While OBS is live on the stream on screen, nothing else replaces it there."""
        return self._obs_live() and self.obs_stream_id not in (None, stream_id)

    def _on_selected(self, stream_id: str) -> None:
        self.channel.update_button()
        if not stream_id:
            return
        if self._pinned(stream_id):
            self.view.show_message(
                self.tr(
                    "OBS is live: the live stream stays on screen. Stop streaming to see "
                    "another stream's details."
                )
            )
            return
        self._runner.run(
            self._show_selected(stream_id),
            name="library-details",
            say=self.view.show_error,
            exclusive=True,
        )

    async def _show_selected(self, stream_id: str) -> None:
        stream = await self.fastpix.get_stream(stream_id)  # the keys are not in the rows
        if self._pinned(stream_id) or self._runner.busy:
            return  # went live meanwhile, or a run owns the results panel
        here = stream_id == self.obs_stream_id
        note = self.tr("OBS points at this stream.") if here else ""
        self.show_stream.emit(stream, self._protocol_for(stream), note, True)

    def _protocol_for(self, stream: LiveStream) -> Protocol:
        picture = self.picture
        ingest = picture.destination.ingest if picture is not None else None
        shown = picture.stream if picture is not None else None
        if ingest is not None and shown is not None and shown.stream_id == stream.stream_id:
            return ingest.protocol
        return self._services.settings.protocol()

    # ------------------------------------------------------------------ what OBS points at

    def start_picture(self, *, show: bool) -> asyncio.Task[Any] | None:
        if not self._started:
            return None  # start() reads it once the credentials are in
        return self._runner.run(
            self._read_picture(show=show),
            name="obs-picture",
            say=lambda text: log.info("Could not read OBS's destination: %s", text),
            exclusive=True,
        )

    async def _read_picture(self, *, show: bool) -> bool:
        """Read OBS's destination; True when it is a stream on this account (then shown)."""
        if not self._services.obs.connected:
            return False
        current = self._current_stream()
        picture = await obs_picture.read_obs_picture(
            obs=self._services.obs,
            fastpix=self.fastpix,
            secrets=self._services.secrets,
            hosts=self._services.config.hosts,
            known=[current] if current is not None else [],
        )
        self.picture = picture
        stream = picture.stream
        self.obs_stream_id = stream.stream_id if stream is not None else None
        self.obs_picture_changed.emit(picture)
        if stream is None or not show or self._runner.busy:
            return stream is not None
        ingest = picture.destination.ingest
        protocol = ingest.protocol if ingest is not None else Protocol.RTMPS
        note = picture.destination.note or self.tr("OBS points at this stream.")
        self.show_stream.emit(stream, protocol, note, not picture.destination.note)
        return True

    # ------------------------------------------------------------------ use, go live

    def start_use(self, stream_id: str) -> asyncio.Task[Any] | None:
        return self._start_use_job(stream_id, channel=False)

    def start_go_live(self) -> asyncio.Task[Any] | None:
        if not self.my_channel_id:
            return None
        return self._start_use_job(self.my_channel_id, channel=True)

    def _start_use_job(self, stream_id: str, *, channel: bool) -> asyncio.Task[Any] | None:
        start = channel or self._start_streaming()
        return self._job.start(
            self._use_flow(stream_id, start=start, channel=channel),
            name="go-live-on-channel" if channel else "use-stream",
            steps=steps_for(create=False, obs=True, start=start),
        )

    async def _use_flow(self, stream_id: str, *, start: bool, channel: bool) -> None:
        result = await run_use(
            services=self._services,
            job=self._job,
            say=self._say,
            stream_id=stream_id,
            start=start,
            channel=channel,
            questions=self._questions,
        )
        if result is None:
            return
        words = obs_words(result)
        message = golive_text(words.text)
        self.show_stream.emit(result.stream, result.protocol, message, words.ok)
        self._say(message, Tone(words.mood.value))
        if result.obs_configured:
            self.obs_stream_id = stream_id
            await self.created_log.amark_used(stream_id)
            self.rows = library.with_unused(
                self.rows, {r.stream_id for r in self.rows if r.unused} - {stream_id}
            )
            self.view.set_rows(self.rows)

    # ------------------------------------------------------------------ my channel

    # ------------------------------------------------------------------ manage

    def start_manage(self, key: str, stream_id: str) -> asyncio.Task[Any]:
        return self._runner.run(
            self._manage(key, stream_id), name=f"library-{key}", say=self.view.show_error
        )

    async def _manage(self, key: str, stream_id: str) -> None:
        live_here = self._obs_live() and stream_id == self.obs_stream_id
        if key == "finish" and live_here and self._end_live is not None:
            # Finishing on FastPix alone would leave OBS sending: it would start a new
            # broadcast on its next reconnect. The on-air End broadcast stops OBS first.
            row = self.view.model.find(stream_id)
            if await self.manager.confirm_finish(row.title if row else stream_id):
                self._end_live()
            return
        outcome = await self.manager.run(key, stream_id)
        if outcome is None:
            return
        self.rows = rows_after(self.rows, stream_id, outcome)
        self.view.set_rows(self.rows)
        self.view.show_message(manage_text(outcome.message))
        current = self._current_stream()
        on_screen = current is not None and current.stream_id == stream_id
        if outcome.stream is not None and on_screen and not self._runner.busy:
            here = stream_id == self.obs_stream_id
            note = self.tr("OBS points at this stream.") if here else ""
            self.show_stream.emit(outcome.stream, self._protocol_for(outcome.stream), note, True)

    def start_delete_unused(self) -> asyncio.Task[Any]:
        return self._runner.run(
            self._delete_unused(), name="library-delete-unused", say=self.view.show_error
        )

    async def _delete_unused(self) -> None:
        if not any(r.unused for r in self.rows):
            self.view.show_message(self.manager.nothing_unused())
            return
        message = await self.manager.delete_unused()
        if message is None:
            return
        await self._refresh()
        self.view.show_message(message)

    # ------------------------------------------------------------------ state

    def _set_busy(self, busy: bool) -> None:
        self.go_live_button.setEnabled(not busy)
        if not busy:
            # A run may have changed OBS's destination and the restore point: re-read both,
            # without replacing the stream the run left on screen.
            self.start_picture(show=False)

    def stop(self) -> None:
        self._unsubscribe()
        self._unsubscribe = lambda: None
