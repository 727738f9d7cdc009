"""Managing a stream from the library: edit, enable, disable, End broadcast, delete, playback
links, and "Delete unused streams". FastPix's status rules are said before (the confirmation,
from stream_manage.BEFORE) and after (the Outcome's message) every call."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from fastpix_desktop.core.errors import FastPixRequestError
from fastpix_desktop.core.library import created_streams
from fastpix_desktop.core.library import manage as stream_manage
from fastpix_desktop.core.library import rows as library
from fastpix_desktop.core.library.manage import BEFORE, Action, InUse, Outcome
from fastpix_desktop.core.models import AccessPolicy
from fastpix_desktop.core.ports import FastPixPort
from fastpix_desktop.ui.library.prompts import ChoiceDialog, EditStreamDialog, confirm_prompt
from fastpix_desktop.ui.library.view import LibraryView, manage_text
from fastpix_desktop.ui.services import PanelContext

# Names listed in the "Delete unused streams" question; the rest are counted.
UNUSED_LISTED = 10


class LibraryManager(QObject):
    """Runs one manage action; the panel passes what it knows about OBS and the rows."""

    def __init__(
        self,
        ctx: PanelContext,
        *,
        view: LibraryView,
        in_use: Callable[[], InUse],
        rows: Callable[[], tuple[library.LibraryRow, ...]],
        log: created_streams.CreatedStreamsLog,
    ) -> None:
        window = ctx.window
        services = ctx.services
        prompts = ctx.prompts
        super().__init__(window)
        self._window = window
        self._services = services
        self._prompts = prompts
        self._view = view
        self._in_use = in_use
        self._rows = rows
        self._log = log
        self.dialog: EditStreamDialog | ChoiceDialog | None = None

    @property
    def fastpix(self) -> FastPixPort:
        return self._services.fastpix

    async def _confirm(self, name: str, title: str, text: str, detail: str, accept: str) -> bool:
        prompt = confirm_prompt(
            self._window, name=name, title=title, text=text, detail=detail, accept=accept
        )
        return await self._prompts.ask(prompt)

    async def run(self, key: str, stream_id: str) -> Outcome | None:
        """The action ``key`` (a LibraryView.MANAGE_ENTRIES key) on ``stream_id``; None when the
        streamer said no. FastPix errors propagate (the runner says them in plain words)."""
        row = self._view.model.find(stream_id)
        if row is None:
            return None
        title = row.title
        fastpix = self.fastpix
        if key == "update":
            dialog = EditStreamDialog(self._window, row, explanation=BEFORE[Action.UPDATE])
            self.dialog = dialog
            if not await dialog.ask():
                return None
            values = dialog.values()
            return await stream_manage.update_stream(
                fastpix,
                stream_id,
                name=values.name,
                metadata=values.metadata,
                reconnect_window=values.reconnect_window,
            )
        if key == "enable":
            return await stream_manage.enable_stream(fastpix, stream_id)
        if key == "disable":
            if not await self._confirm(
                "disableStreamPrompt",
                self.tr("Disable stream"),
                self.tr("Disable {name}?").format(name=title),
                BEFORE[Action.DISABLE],
                self.tr("Disable"),
            ):
                return None
            return await stream_manage.disable_stream(fastpix, stream_id)
        if key == "finish":
            if not await self.confirm_finish(title):
                return None
            return await stream_manage.finish_stream(fastpix, stream_id)
        if key in ("add_playback_public", "add_playback_private"):
            policy = AccessPolicy.PUBLIC if key == "add_playback_public" else AccessPolicy.PRIVATE
            return await stream_manage.add_playback_id(fastpix, stream_id, policy)
        if key == "remove_playback":
            return await self._remove_playback(stream_id, title)
        if key == "delete":
            return await self._delete(stream_id, title)
        return None

    async def confirm_finish(self, title: str) -> bool:
        return await self._confirm(
            "finishStreamPrompt",
            self.tr("End broadcast"),
            self.tr("End the broadcast on {name}?").format(name=title),
            BEFORE[Action.FINISH],
            self.tr("End broadcast"),
        )

    async def _remove_playback(self, stream_id: str, title: str) -> Outcome | None:
        row = self._view.model.find(stream_id)
        if row is None or not row.playback_ids:
            return None
        dialog = ChoiceDialog(
            self._window,
            title=self.tr("Remove a playback link"),
            text=self.tr("Which playback link of {name} should be removed? {rule}").format(
                name=title, rule=BEFORE[Action.REMOVE_PLAYBACK]
            ),
            choices=[(p.id, f"{p.id} ({p.access_policy})") for p in row.playback_ids],
        )
        self.dialog = dialog
        if not await dialog.ask():
            return None
        return await stream_manage.remove_playback_id(self.fastpix, stream_id, dialog.value())

    async def _delete(self, stream_id: str, title: str) -> Outcome | None:
        if not await self._confirm(
            "deleteStreamPrompt",
            self.tr("Delete stream"),
            self.tr("Delete {name}?").format(name=title),
            BEFORE[Action.DELETE],
            self.tr("Delete"),
        ):
            return None
        in_use = self._in_use()
        try:
            outcome = await stream_manage.delete_stream(self.fastpix, stream_id, in_use=in_use)
        except FastPixRequestError as exc:
            if exc.status is not None:  # FastPix refused it, not the local in-use rule
                raise
            if not await self._confirm(
                "deleteInUsePrompt",
                self.tr("Delete a stream in use?"),
                manage_text(exc.message),
                "",
                self.tr("Delete anyway"),
            ):
                return None
            outcome = await stream_manage.delete_stream(
                self.fastpix, stream_id, in_use=in_use, confirmed=True
            )
        await self._log.aforget([stream_id])
        return outcome

    def nothing_unused(self) -> str:
        # Never "Delete 0 streams": with the library not loaded (FastPix unreachable) nothing
        # can be listed, so nothing is offered.
        return self.tr(
            "No stream in Your streams is marked as created here and never used; "
            "nothing was deleted."
        )

    async def delete_unused(self) -> str | None:
        unused = [r for r in self._rows() if r.unused]
        if not unused:
            return self.nothing_unused()
        shown = [f"• {r.title}" for r in unused[:UNUSED_LISTED]]
        if len(unused) > UNUSED_LISTED:
            shown.append(self.tr("… and %n more", "", len(unused) - UNUSED_LISTED))
        if not await self._confirm(
            "deleteUnusedPrompt",
            self.tr("Delete unused streams"),
            self.tr("Delete %n stream(s) created here that OBS never used?", "", len(unused)),
            "\n".join([*shown, "", BEFORE[Action.DELETE]]),
            self.tr("Delete them"),
        ):
            return None
        result = await created_streams.delete_unused(
            self.fastpix, self._log, obs_stream_id=self._in_use().obs_stream_id
        )
        return result.message


def rows_after(
    rows: tuple[library.LibraryRow, ...], stream_id: str, outcome: Outcome
) -> tuple[library.LibraryRow, ...]:
    """The library rows once ``outcome`` happened to ``stream_id``."""
    if outcome.stream is not None:
        return library.replace_row(rows, outcome.stream)
    return library.without_row(rows, stream_id)
