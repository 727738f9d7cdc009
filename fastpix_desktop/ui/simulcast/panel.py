"""The simulcast targets of the stream on screen: the SimulcastTargetsView, its group box, and
the use cases of core/simulcast/use_cases.py run through the OperationRunner.

The list follows the stream the window shows (a create, a library selection) and is read again
when OBS goes live or stops, so FastPix's idle-only rule for adding is explained from FastPix's
own status instead of a request that would fail. Rules and sources: docs/simulcast.md.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QGroupBox, QVBoxLayout

from fastpix_desktop.core.errors import AppError
from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.models import LiveStream
from fastpix_desktop.core.obs.output_state import OutputState
from fastpix_desktop.core.onair.monitor import OnAirSnapshot
from fastpix_desktop.core.redact import redact
from fastpix_desktop.core.simulcast import use_cases as simulcast
from fastpix_desktop.core.simulcast.targets import NOT_IDLE_RULE, TargetListing
from fastpix_desktop.core.simulcast.use_cases import SimulcastClient
from fastpix_desktop.ui.i18n import error_text
from fastpix_desktop.ui.services import PanelContext
from fastpix_desktop.ui.simulcast.targets_view import SimulcastTargetsView

log = logging.getLogger(__name__)

Say = Callable[[str], None]


class SimulcastTargetsPanel(QObject):
    """Owns ``box`` (a group box holding ``view``) for MainWindow to place; hidden without a
    stream. Every request runs through the runner; failures are shown under the form."""

    def __init__(
        self,
        ctx: PanelContext,
        *,
        obs_live_on: Callable[[str], bool] = lambda _stream_id: False,
    ) -> None:
        window = ctx.window
        services = ctx.services
        runner = ctx.runner
        clipboard = ctx.clipboard
        super().__init__(window)
        self._services = services
        # Whether OBS is live and sending to this stream: FastPix turns it active within
        # seconds, so new targets are explained away before FastPix's own status says so.
        self._obs_live_on = obs_live_on
        self._runner = runner
        self.stream_id: str | None = None
        self._status = ""  # FastPix's status of the stream at the last listing
        self._rule: str | None = None  # FastPix's refusal at the last listing
        # OBS stopped, FastPix still holds the broadcast: seconds until it turns idle.
        self._idle_in: int | None = None
        self._requests = 0  # requests in flight: the view takes no second one meanwhile
        self.box = QGroupBox(self.tr("Simulcast targets"), window)
        self.box.setObjectName("simulcastBox")
        self.view = SimulcastTargetsView(self.box, clipboard=clipboard)
        self.view.heading.hide()  # the box's title says it
        layout = QVBoxLayout(self.box)
        layout.addWidget(self.view)
        self.box.hide()

        self.view.add_requested.connect(self.add_target)
        self.view.enabled_requested.connect(self.set_enabled)
        self.view.remove_requested.connect(self.remove_target)

    # ------------------------------------------------------------------ following the window

    def show_stream(
        self, stream: LiveStream | str | None, *, created: bool = False
    ) -> asyncio.Task[Any] | None:
        """The stream on screen changed (a LiveStream, a stream ID, or None for none).
        ``created``: the LiveStream is a create's answer, so it has no targets: nothing is
        fetched (the create's answer has its status)."""
        stream_id = stream.stream_id if isinstance(stream, LiveStream) else (stream or None)
        if stream_id != self.stream_id:
            self.view.set_targets([])
            self.view.show_error("")
            self.view.clear_form()
            self._idle_in = None
        self.stream_id = stream_id
        self.box.setVisible(stream_id is not None)
        if created and isinstance(stream, LiveStream):
            self._show_listing(
                TargetListing.of_new_stream(stream.stream_id, stream.status, stream.trial)
            )
            return None
        return self.refresh()

    def obs_live_changed(self, live: bool) -> asyncio.Task[Any] | None:
        """OBS went live or stopped: FastPix's status (and so the add rule) follows it."""
        if live and self.stream_id is not None and self._obs_live_on(self.stream_id):
            self.view.set_add_rule(NOT_IDLE_RULE)
        return self.refresh()

    def stream_status_changed(self, status: str) -> None:
        """A fresh FastPix status for the stream on screen (the live monitor's poll)."""
        if status != self._status:
            self.refresh()

    def show_onair(self, snapshot: OnAirSnapshot) -> None:
        """The on-air model: only what it says about the stream on screen counts here."""
        if self.stream_id is None or snapshot.stream_id != self.stream_id:
            return
        idle_in = snapshot.idle_in_s if snapshot.state is OutputState.OFF else None
        if idle_in != self._idle_in:
            self._idle_in = idle_in
            self._show_rule()
        if snapshot.stream_status and snapshot.stream_status != self._status:
            self.refresh()

    def _show_rule(self) -> None:
        rule = self._rule
        if rule == NOT_IDLE_RULE and self._idle_in is not None:
            # Issue 26, item 10: when, and how to make it possible now.
            rule = self.tr(
                "OBS stopped, but FastPix keeps the broadcast open for the stream's reconnect "
                "window: targets can be added when it turns idle, in about {seconds} s. End "
                "broadcast makes it idle at once."
            ).format(seconds=self._idle_in)
        self.view.set_add_rule(rule)

    def refresh(self) -> asyncio.Task[Any] | None:
        if self.stream_id is None:
            return None
        return self._start(self._refresh(self.stream_id), "simulcast-list")

    # ------------------------------------------------------------------ requests

    def add_target(self, url: str, key: str, name: str) -> asyncio.Task[Any] | None:
        stream_id = self.stream_id
        if stream_id is None:
            return None

        async def add(client: SimulcastClient) -> None:
            await simulcast.add_target(client, stream_id, url=url, stream_key=key, name=name)
            log.info("Added a simulcast target to stream %s", stream_id)
            if stream_id == self.stream_id:
                self.view.clear_form()

        return self._start(self._then_refresh(stream_id, add), "simulcast-add")

    def set_enabled(self, simulcast_id: str, enabled: bool) -> asyncio.Task[Any] | None:
        stream_id = self.stream_id
        if stream_id is None:
            return None

        async def toggle(client: SimulcastClient) -> None:
            await simulcast.set_target_enabled(client, stream_id, simulcast_id, enabled)

        return self._start(self._then_refresh(stream_id, toggle), "simulcast-enable")

    def remove_target(self, simulcast_id: str) -> asyncio.Task[Any] | None:
        stream_id = self.stream_id
        if stream_id is None:
            return None

        async def remove(client: SimulcastClient) -> None:
            await simulcast.remove_target(client, stream_id, simulcast_id)

        return self._start(self._then_refresh(stream_id, remove), "simulcast-remove")

    # ------------------------------------------------------------------ internals

    def _client(self) -> SimulcastClient | None:
        client = self._services.fastpix  # replaced when the demo starts: read it every time
        return client if isinstance(client, FastPixClient) else None

    def _start(self, coro: Any, name: str) -> asyncio.Task[Any]:
        self._requests += 1
        self.view.set_busy(True)
        task = self._runner.run(coro, name=name, say=self._show_error)
        task.add_done_callback(self._request_done)
        return task

    def _request_done(self, _task: asyncio.Task[Any]) -> None:
        self._requests -= 1
        if self._requests == 0:
            with contextlib.suppress(RuntimeError):  # the window's C++ side is gone on quit
                self.view.set_busy(False)

    def _show_error(self, text: str) -> None:
        self.view.show_error(redact(text))

    async def _then_refresh(self, stream_id: str, action: Any) -> None:
        client = self._client()
        if client is None:
            self._show_error(self.tr("Simulcast needs a FastPix connection."))
            return
        self.view.show_error("")
        failed = False
        try:
            await action(client)
        except AppError as error:
            self._show_error(error_text(error))
            failed = True
        if stream_id == self.stream_id:
            # Either way, show what FastPix now has (a failed pause stays "Enabled").
            await self._refresh(stream_id, clear_error=not failed)

    async def _refresh(self, stream_id: str, *, clear_error: bool = True) -> None:
        client = self._client()
        if client is None:
            self._show_error(self.tr("Simulcast needs a FastPix connection."))
            return
        listing = await simulcast.list_targets(client, stream_id)
        if stream_id != self.stream_id:  # another stream came on screen meanwhile
            return
        self._show_listing(listing, clear_error=clear_error)

    def _show_listing(self, listing: TargetListing, *, clear_error: bool = True) -> None:
        stream_id = listing.stream_id
        self._status = listing.stream_status
        self.view.set_targets(listing.targets)
        rule = listing.refusal
        if rule is None and self._obs_live_on(stream_id):
            rule = NOT_IDLE_RULE
        self._rule = rule
        self._show_rule()
        if clear_error:
            self.view.show_error("")
