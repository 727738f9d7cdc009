"""Signed links for the private playback IDs of the stream on screen: the SignedLinksView view,
its group box, and core.signing.use_cases.SignedPlayback run through the OperationRunner.

The wiring follows docs/signed-playback.md ("Wiring the window"): the start-up check of the
stored key, the key made only after the streamer read what it is, links minted off the UI
thread. Tokens stay masked in the view; copies go through the window's SecretClipboard.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtWidgets import QGroupBox, QVBoxLayout

from fastpix_desktop.core.errors import AppError, SigningKeyMissingError
from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.models import LiveStream
from fastpix_desktop.core.secrets import SecretStore
from fastpix_desktop.core.signing.api import SigningKeysApi
from fastpix_desktop.core.signing.use_cases import KeyCheck, SignedPlayback
from fastpix_desktop.ui.i18n import error_text
from fastpix_desktop.ui.services import PanelContext
from fastpix_desktop.ui.signing.links_view import SignedLinksView
from fastpix_desktop.ui.widgets.theme import Tone

log = logging.getLogger(__name__)

Say = Callable[[str, Tone], None]


class SignedPlaybackPanel(QObject):
    """Owns ``box`` (shown only for a stream with private playback IDs) holding ``view``."""

    def __init__(
        self,
        ctx: PanelContext,
    ) -> None:
        window = ctx.window
        services = ctx.services
        runner = ctx.runner
        say = ctx.say
        clipboard = ctx.clipboard
        open_url = ctx.open_url
        super().__init__(window)
        self._services = services
        self._runner = runner
        self._say = say
        self.stream_id: str | None = None
        self.check_message = ""  # what the start-up check told the streamer, if anything
        self.creating_key = False  # quitting now could leave a key on FastPix nobody holds
        self.box = QGroupBox(self.tr("Private playback: signed links"), window)
        self.box.setObjectName("signedLinksBox")
        self.view = SignedLinksView(
            self.box,
            clipboard=clipboard,
            open_url=_opener(open_url) if open_url is not None else None,
        )
        QVBoxLayout(self.box).addWidget(self.view)
        self.box.hide()

        self.view.set_expiry_seconds(services.settings.signed_link_expiry())
        self.view.expiry_chosen.connect(services.settings.set_signed_link_expiry)
        self.view.create_key_requested.connect(self.create_key)
        self.view.link_requested.connect(self.make_link)

    def quit_question(self) -> str:
        """For the QuitGuard: why quitting now would lose something, or ""."""
        if not self.creating_key:
            return ""
        return self.tr(
            "A playback signing key is being created. Quitting now may leave it on FastPix "
            "without its private half on this computer (fastpix-desktop signing-keys delete "
            "removes it)."
        )

    # ------------------------------------------------------------------ start-up

    def start(self) -> asyncio.Task[Any]:
        """Once, in the background: does FastPix still have the stored key? (404 -> forgotten)"""
        return self._runner.run(
            self._check(),
            name="signing-key-check",
            say=lambda text: log.info("Could not check the signing key: %s", text),
        )

    async def _check(self) -> None:
        service = self._service()
        if service is None:
            return
        result = await service.check()
        if result.status in (KeyCheck.FORGOTTEN, KeyCheck.DAMAGED):
            self.check_message = result.message
            self._say(result.message, Tone.WARNING)
            self.view.set_key_exists(False)
        elif result.status is KeyCheck.UNKNOWN:
            log.info("%s", result.message)

    # ------------------------------------------------------------------ following the window

    def show_stream(self, stream: LiveStream | str | None) -> asyncio.Task[Any] | None:
        """The stream on screen changed: a LiveStream, a stream ID (read from FastPix), or None."""
        if stream is None or stream == "":
            self.stream_id = None
            self.view.set_playback_ids([], key_exists=False)
            self.box.hide()
            return None
        stream_id = stream.stream_id if isinstance(stream, LiveStream) else stream
        if stream_id != self.stream_id:
            self.view.set_playback_ids([], key_exists=False)
            self.box.hide()
        self.stream_id = stream_id
        return self._runner.run(
            self._show(stream), name="signed-links-stream", say=self.view.show_error
        )

    async def _show(self, stream: LiveStream | str) -> None:
        if isinstance(stream, str):
            stream = await self._services.fastpix.get_stream(stream)
        if stream.stream_id != self.stream_id:
            return
        private = [p.id for p in stream.playback_ids if p.is_private]
        service = self._service()
        key_exists = bool(private) and service is not None and await service.key_exists()
        if stream.stream_id != self.stream_id:
            return
        self.view.set_playback_ids(private, key_exists=key_exists)
        self.box.setVisible(bool(private))

    # ------------------------------------------------------------------ requests

    def create_key(self) -> asyncio.Task[Any]:
        """The streamer read what a signing key is and agreed."""
        return self._runner.run(self._create_key(), name="signing-key-create")

    async def _create_key(self) -> None:
        service = self._service()
        if service is None:
            self.view.show_error(self.tr("Signed links need a FastPix connection."))
            return
        self.creating_key = True
        try:
            key_id = await service.create_key()
        except AppError as error:
            self.view.show_error(error_text(error))
            return
        finally:
            self.creating_key = False
        log.info("Playback signing key %s is ready", key_id)
        self.view.set_key_exists(True)  # the link asked for before follows by itself

    def key_created_elsewhere(self) -> None:
        """Past broadcasts made the key: a Get signed link here no longer explains and offers
        to create one, and a start-up warning that the key was gone is no longer true."""
        self.check_message = ""
        self.view.set_key_exists(True)

    def make_link(self, playback_id: str, seconds: int) -> asyncio.Task[Any]:
        return self._runner.run(self._make_link(playback_id, seconds), name="signed-link")

    async def _make_link(self, playback_id: str, seconds: int) -> None:
        service = self._service()
        if service is None:
            self.view.show_error(self.tr("Signed links need a FastPix connection."))
            return
        try:
            links = await service.links([playback_id], seconds)
        except SigningKeyMissingError as error:
            self.view.set_key_exists(False)
            self.view.show_error(error_text(error))
            return
        except AppError as error:
            self.view.show_error(error_text(error))
            return
        self.view.show_links(links)

    # ------------------------------------------------------------------ internals

    def _service(self) -> SignedPlayback | None:
        """Built per call: the demo mode replaces the FastPix client."""
        client, store = self._services.fastpix, self._services.secrets
        if not isinstance(client, FastPixClient) or not isinstance(store, SecretStore):
            return None
        config = self._services.config
        return SignedPlayback(
            api=SigningKeysApi(client),
            store=store,
            playback_base=config.hosts.playback_base,
            images_base=config.images_base,
        )


def _opener(open_url: Callable[[QUrl], object]) -> Callable[[QUrl], bool]:
    """The window's opener as the view wants it: only an explicit False means "no browser"."""

    def open_link(url: QUrl) -> bool:
        return open_url(url) is not False

    return open_link
