"""The streamer's "my channel" in the library panel: one stream ID in the file the CLI shares
(core/library/my_channel.py); with it, the primary action reads "Go live on <name>"."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton

from fastpix_desktop.core.blocking import run_blocking
from fastpix_desktop.core.library import my_channel
from fastpix_desktop.ui.library.view import LibraryView
from fastpix_desktop.ui.services import PanelContext
from fastpix_desktop.ui.widgets.text_fit import soft_breaks
from fastpix_desktop.ui.widgets.theme import Tone, set_tone

Say = Callable[[str, Tone], None]
NAME_IN_LABEL = 80  # the channel line; the tooltip has the whole name
NAME_IN_BUTTON = 24  # characters of a stream name on the primary button; the tooltip has it all


class ChannelControl(QObject):
    """The "Make this my channel" button, the channel line and the "Go live on" button."""

    changed = Signal(str)  # the channel's name ("" = no channel)
    chosen = Signal(str)  # the streamer made a stream their channel, or none ("")

    def __init__(self, ctx: PanelContext, *, view: LibraryView) -> None:
        window = ctx.window
        runner = ctx.runner
        say = ctx.say
        super().__init__(window)
        self.view = view
        self._runner = runner
        self._say = say
        self.stream_id: str | None = None
        self.name = ""
        self.label = QLabel(window)
        self.label.setObjectName("myChannelLabel")
        self.label.setWordWrap(True)
        set_tone(self.label, Tone.MUTED)
        self.button = QPushButton(self.tr("Make this my channel"), window)
        self.button.setObjectName("myChannelButton")
        self.button.setToolTip(
            self.tr(
                "Remember this stream (its ID and name, never its key) as yours: the main button "
                "then goes live on it."
            )
        )
        self.button.setEnabled(False)
        self.button.setAccessibleName(self.tr("Make the selected stream my channel"))
        self.go_live_button = QPushButton(window)
        self.go_live_button.setObjectName("goLiveButton")
        self.go_live_button.setAccessibleName(self.tr("Go live on my channel"))
        self.go_live_button.hide()
        # It starts a broadcast: never by a space typed while the focus happened to be here
        # (issue 26, item 3); the OBS menu's Go live reaches it without the mouse.
        self.go_live_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.toggle)

    def toggle(self) -> asyncio.Task[Any] | None:
        stream_id = self.view.selected_stream_id()
        if not stream_id:
            return None
        return self._runner.run(self._toggle(stream_id), name="my-channel")

    async def _toggle(self, stream_id: str) -> None:
        if stream_id == self.stream_id:
            await run_blocking(my_channel.clear)
            self.set(None, "")
            self.chosen.emit("")
            self._say(self.tr("This stream is no longer your channel."), Tone.NORMAL)
            return
        row = self.view.model.find(stream_id)
        # The name too, so that buttons never show a bare ID when FastPix cannot be asked.
        await run_blocking(lambda: my_channel.save(stream_id, name=row.name if row else ""))
        self.set(stream_id, row.name if row is not None else "")
        self.chosen.emit(self.name)
        self._say(
            self.tr("{name} is your channel: Go live on it with one click.").format(name=self.name),
            Tone.SUCCESS,
        )

    def set(self, stream_id: str | None, name: str) -> None:
        self.stream_id = stream_id
        self.name = (name or stream_id or "") if stream_id else ""
        if stream_id:
            shown = self.name
            if len(shown) > NAME_IN_BUTTON:
                shown = shown[: NAME_IN_BUTTON - 1] + "…"
            text = self.tr("Go live on {name}").format(name=shown)
            self.go_live_button.setText(text.replace("&", "&&"))
            self.go_live_button.setAccessibleName(
                self.tr("Go live on {name}").format(name=self.name)
            )
            self.go_live_button.setToolTip(
                self.tr(
                    "Points OBS at {name} if it does not already, then starts streaming."
                ).format(name=self.name)
            )
            # A 255-character name wraps (soft breaks) instead of widening the window; in the
            # text colour, not the disabled grey: it is a fact, not an inactive control.
            text = self.tr("Your channel: {name}").format(name=self.name)
            named = self.name
            if len(named) > NAME_IN_LABEL:
                named = named[: NAME_IN_LABEL - 1] + "…"
            self.label.setText(soft_breaks(self.tr("Your channel: {name}").format(name=named)))
            self.label.setToolTip(text)
            set_tone(self.label, Tone.NORMAL)
        else:
            self.label.setText(
                self.tr("No channel chosen: select your usual stream and make it your channel.")
            )
            self.label.setToolTip("")
            set_tone(self.label, Tone.MUTED)
        self.go_live_button.setVisible(bool(stream_id))
        self.go_live_button.setDefault(bool(stream_id))
        self.update_button()
        self.changed.emit(self.name)

    def update_button(self) -> None:
        selected = self.view.selected_stream_id()
        self.button.setEnabled(bool(selected))
        self.button.setText(
            self.tr("Not my channel")
            if selected and selected == self.stream_id
            else self.tr("Make this my channel")
        )
