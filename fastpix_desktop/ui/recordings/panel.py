"""Clip that, the recording after End broadcast, and Past broadcasts in the window
(docs/recordings.md). The panel keeps the broadcast log from the on-air monitor's snapshots (its
writes leave the UI thread, one after another) and is the running instance's broadcast clock, so
a second launch's ``clip`` is answered from it too."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout

from fastpix_desktop.core.blocking import run_blocking
from fastpix_desktop.core.errors import (
    AppError,
    ConfigError,
    FastPixError,
    KeyringLockedError,
    SigningKeyError,
    SigningKeyMissingError,
)
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP
from fastpix_desktop.core.recordings.log import BroadcastLog
from fastpix_desktop.core.recordings.recorder import BroadcastRecorder
from fastpix_desktop.core.secrets import SecretStore
from fastpix_desktop.ui.i18n import error_text
from fastpix_desktop.ui.services import PanelContext
from fastpix_desktop.ui.widgets.theme import Tone, set_tone

# Clips, media, signed links and their views are imported on first use (a clip, a recording
# followed, Past broadcasts), not with the window: most starts use none of them, and the window
# keeps only the broadcast clock and log (bench/README.md, issue 21).
if TYPE_CHECKING:
    from fastpix_desktop.core.models import LiveStream
    from fastpix_desktop.core.onair.monitor import OnAirMonitor, OnAirSnapshot
    from fastpix_desktop.core.onair.remote import RemoteReply, RemoteRequest
    from fastpix_desktop.core.recordings.api import MediaApi
    from fastpix_desktop.core.recordings.clips import ClipResult, ManifestFetch
    from fastpix_desktop.core.recordings.media import Media
    from fastpix_desktop.core.recordings.signed import MediaLink
    from fastpix_desktop.core.signing.store import StoredSigningKey
    from fastpix_desktop.ui.recordings.views import ClipResultView, PastBroadcastsDialog

log = logging.getLogger(__name__)

Say = Callable[[str, Tone], None]
ACTIVE = "active"
# FastPix lists a clip a moment after its URL was first asked for.
CLIP_LISTING_TRIES = 5
CLIP_LISTING_EVERY_S = 2.0


@dataclass
class RecordingsOptions:
    """What tests inject: the log file, the clip manifest fetcher, the pace of following."""

    log: BroadcastLog | None = None
    fetch: ManifestFetch | None = None
    follow_every_s: float | None = None  # None: core.recordings.use_cases.FOLLOW_EVERY_S
    listing_every_s: float = CLIP_LISTING_EVERY_S
    now: Callable[[], datetime] | None = None


class _SnapshotBridge(QObject):
    snapshot = Signal(object)


class RecordingsPanel(QObject):
    # Past broadcasts made the app's playback signing key: the Signed links box must know.
    signing_key_created = Signal()

    def __init__(
        self,
        ctx: PanelContext,
        *,
        monitor: OnAirMonitor,
        options: RecordingsOptions | None = None,
    ) -> None:
        super().__init__(ctx.window)
        options = options or RecordingsOptions()
        self._window = ctx.window
        self._services = ctx.services
        self._runner = ctx.runner
        self._say = ctx.say
        self._clipboard = ctx.clipboard
        self._open_url = ctx.open_url
        self._fetch: ManifestFetch | None = options.fetch
        self._follow_every_s = options.follow_every_s
        self._listing_every_s = options.listing_every_s
        self._now = options.now or (lambda: datetime.now(UTC))
        self.log = options.log or BroadcastLog.default()
        self._last_write: asyncio.Task[Any] | None = None
        self.recorder = BroadcastRecorder(self.log, submit=self._submit, now=self._now)
        self._on_air: str | None = None  # the stream FastPix says is active
        self._clipping: asyncio.Task[Any] | None = None
        self._stream_id: str | None = None  # the stream on screen
        self._stream_name: str | None = None
        self.followed: Media | None = None

        self.clip_action = QAction(self.tr("&Clip that"), ctx.window)
        self.clip_action.setObjectName("clipThatAction")
        self.clip_action.setToolTip(self.tr("Clip the last 30 seconds of the broadcast"))
        self.clip_action.triggered.connect(self.clip_that)
        self.clip_button = QPushButton(self.tr("Clip that"), ctx.window)
        self.clip_button.setObjectName("clipThatButton")
        self.clip_button.setToolTip(self.clip_action.toolTip())
        self.clip_button.setAccessibleName(self.clip_action.toolTip())
        # Never the focus: typing (Space, Enter) in the window must not cut a clip by chance.
        self.clip_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clip_button.clicked.connect(self.clip_that)
        self.clip_button.hide()
        self.past_action = QAction(self.tr("Past &broadcasts…"), ctx.window)
        self.past_action.setObjectName("pastBroadcastsAction")
        self.past_action.triggered.connect(self.show_past)

        self.box = QGroupBox(self.tr("Clips and recordings"), ctx.window)
        self.box.setObjectName("recordingsBox")
        self.recording_label = QLabel(self.box)
        self.recording_label.setObjectName("recordingStatus")
        self.recording_label.setWordWrap(True)
        self.recording_label.hide()
        self.clip_status = QLabel(self.box)
        self.clip_status.setObjectName("clipMessage")
        self.clip_status.setWordWrap(True)
        self.clip_status.hide()
        self._clip_view: ClipResultView | None = None  # made when a clip is first shown
        self.past_button = QPushButton(self.tr("Past broadcasts…"), self.box)
        self.past_button.setObjectName("pastBroadcastsButton")
        self.past_button.setAccessibleName(self.tr("Open Past broadcasts"))
        self.past_button.clicked.connect(self.show_past)
        self._layout = layout = QVBoxLayout(self.box)
        layout.addWidget(self.recording_label)
        layout.addWidget(self.clip_status)
        layout.addWidget(self.past_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.box.hide()
        self.dialog: PastBroadcastsDialog | None = None

        self._bridge = _SnapshotBridge(self)
        self._bridge.snapshot.connect(self._on_snapshot)
        self._unlisten = monitor.add_listener(self._bridge.snapshot.emit)
        ctx.runner.busy_changed.connect(lambda _busy: self._sync())
        self._sync()

    @property
    def clip_view(self) -> ClipResultView:
        """The last clip's link, code and status, under the recording's line: made on first use
        (a clip shown here, or a test reading it)."""
        if self._clip_view is None:
            from fastpix_desktop.ui.recordings.views import ClipResultView

            view = ClipResultView(self.box, clipboard=self._clipboard)
            view.open_requested.connect(self.open_link)
            self._layout.insertWidget(self._layout.indexOf(self.past_button), view)
            self._clip_view = view
        return self._clip_view

    # ------------------------------------------------------------------ the broadcast log

    def _submit(self, fn: Callable[..., Any], *args: Any) -> None:
        """One log write off the UI thread, after the one before it (the order matters)."""
        previous = self._last_write

        async def write() -> None:
            if previous is not None and not previous.done():
                with contextlib.suppress(BaseException):
                    await previous
            await run_blocking(fn, *args)
            self._refresh_summary()

        self._last_write = self._runner.run(
            write(), name="broadcast-log", say=lambda text: log.warning("Broadcast log: %s", text)
        )

    def _on_snapshot(self, snapshot: OnAirSnapshot) -> None:
        self.recorder.on_snapshot(snapshot)
        now_on_air = snapshot.stream_id if snapshot.stream_status == ACTIVE else None
        ended = self._on_air if self._on_air and self._on_air != now_on_air else None
        self._on_air = now_on_air
        self._sync()
        if ended is not None:
            self.follow_new_recording(ended)

    def stop(self) -> None:
        self._unlisten()

    # ------------------------------------------------------------------ Clip that

    def _sync(self) -> None:
        clipping = self._clipping is not None and not self._clipping.done()
        enabled = self._on_air is not None and not clipping
        self.clip_action.setEnabled(enabled)
        self.clip_button.setEnabled(enabled)
        self.clip_button.setVisible(self._on_air is not None or clipping)

    def _media(self) -> MediaApi | None:
        from fastpix_desktop.core.fastpix.client import FastPixClient
        from fastpix_desktop.core.recordings.api import MediaApi

        fastpix = self._services.fastpix
        # The media API rides on the real client's one request path; a stand-in has none.
        return MediaApi(cast("FastPixClient", fastpix)) if hasattr(fastpix, "_call") else None

    def clip_that(self) -> asyncio.Task[Any] | None:
        """Cut the last 30 s of the broadcast on air; the result shows in the results column."""
        if self._clipping is not None and not self._clipping.done():
            return None
        self._show_clip_message(self.tr("Asking FastPix for the clip…"), Tone.NORMAL)
        self._clipping = self._runner.run(
            self._clip(),
            name="clip-that",
            say=lambda text: self._show_clip_message(text, Tone.ERROR),
        )
        self._clipping.add_done_callback(lambda _task: self._sync())
        self._sync()
        return self._clipping

    async def _clip(self) -> None:
        from fastpix_desktop.cli.clip_replies import NO_CLOCK, NOT_ON_AIR
        from fastpix_desktop.core.recordings.clips import ClipRequest, fetch_manifest
        from fastpix_desktop.core.recordings.use_cases import clip_now

        stream_id = self._on_air
        if stream_id is None:
            raise ConfigError(NOT_ON_AIR)
        stream = await self._services.fastpix.get_stream(stream_id)
        if stream.status != ACTIVE:
            raise ConfigError(NOT_ON_AIR)
        started_at = self.recorder.started_at(stream_id)
        if started_at is None:
            raise ConfigError(NO_CLOCK)
        media = self._media()
        try:
            result = await clip_now(
                stream=stream,
                started_at=started_at,
                request=ClipRequest(),
                playback_base=self._services.config.hosts.playback_base,
                media=media,
                log=self.log,
                fetch=self._fetch or fetch_manifest,
                now=self._now(),
                run_blocking=self._after_writes,
                key=self._signing_key if self._store() is not None else None,
                expires_in=self._expiry(),
            )
        except SigningKeyMissingError:
            # Where the window's button is, rather than the command line's words.
            raise SigningKeyMissingError(
                self.tr(
                    "This stream's playback is private, so a clip's link must be signed, and "
                    "no playback signing key is stored on this computer yet. Create one under "
                    "Private playback: signed links (Get signed link, then Create signing "
                    "key), then Clip that again."
                )
            ) from None
        self._show_clip(result)
        self._refresh_summary()
        if media is not None:
            await self._clip_status(media, stream_id, result)

    # ------------------------------------------------------------------ signed links

    def open_link(self, url: str) -> None:
        """Open a clip's or recording's link (signed when private) in the system's player."""
        from fastpix_desktop.ui.signing.links_view import NO_BROWSER

        opener = self._open_url or QDesktopServices.openUrl
        if url and opener(QUrl(url)) is False:
            self._say(QCoreApplication.translate("SignedLinksView", NO_BROWSER), Tone.WARNING)

    def _store(self) -> SecretStore | None:
        store = self._services.secrets
        return store if isinstance(store, SecretStore) else None

    async def _signing_key(self) -> StoredSigningKey:
        """The app's signing key, for a private link; plain words when there is none."""
        from fastpix_desktop.core.recordings.signed import signing_key

        store = self._store()
        if store is None:
            raise SigningKeyError(SIGNED_NEED_KEYRING)
        return await signing_key(store)

    def _expiry(self) -> int:
        """How long signed links play: the choice made under Signed links, else 24 hours."""
        from fastpix_desktop.core.recordings.signed import DEFAULT_EXPIRY_S

        return self._services.settings.signed_link_expiry() or DEFAULT_EXPIRY_S

    async def _after_writes(self, fn: Callable[..., Any], *args: Any) -> object:
        # The clip joins the session the recorder's pending writes are still opening.
        if self._last_write is not None and not self._last_write.done():
            with contextlib.suppress(BaseException):
                await self._last_write
        return await run_blocking(fn, *args)

    def show_remote_clip(self, request: RemoteRequest, reply: RemoteReply) -> None:
        """A second launch's ``clip`` the window answered: its clip shows here too."""
        data = reply.json
        if request.command != "clip" or reply.exit_code != 0 or not isinstance(data, dict):
            return
        from fastpix_desktop.core.recordings.clips import ClipRange, ClipResult

        try:
            url = str(data["url"])
            token = _token_of(url) if data.get("signed") else ""
            result = ClipResult(
                url=url,
                range=ClipRange(int(data["start"]), int(data["end"]), bool(data["capped"])),
                segments=int(data["segments"]),
                seconds=float(data["seconds"]),
                playback_id=str(data["playbackId"]),
                media_id=str(data.get("mediaId") or ""),
                token=token,
                expires_at=_epoch(data.get("expiresAt")) if token else None,
            )
        except (KeyError, TypeError, ValueError):
            return
        self._show_clip(result)  # in the window's language (the reply's text is English)
        media = self._media()
        if media is not None and result.media_id:
            self._runner.run(
                self._remote_clip_status(media, result.media_id),
                name="clip-status",
                say=lambda text: self._show_clip_message(text, Tone.ERROR),
            )

    async def _remote_clip_status(self, media: MediaApi, media_id: str) -> None:
        self.clip_view.show_media(await media.get_media(media_id))

    def _show_clip_message(self, text: str, tone: Tone) -> None:
        self.clip_status.setText(text)
        set_tone(self.clip_status, tone)
        self.clip_status.setVisible(bool(text))
        self._show_box()

    def _show_clip(self, result: ClipResult) -> None:
        self._show_clip_message("", Tone.NORMAL)
        self.clip_view.show_clip(result)
        self._show_box()
        self._say(self.tr("Clip ready: its link is under Clips and recordings."), Tone.SUCCESS)

    async def _clip_status(self, media: MediaApi, stream_id: str, result: ClipResult) -> None:
        media_id = result.media_id
        tries = 0
        while not media_id and tries < CLIP_LISTING_TRIES:
            await asyncio.sleep(self._listing_every_s)
            tries += 1
            with contextlib.suppress(FastPixError):
                listed = await media.list_live_clips(stream_id)
                media_id = listed[0].id if listed else ""
        if media_id:
            self.clip_view.show_media(await media.get_media(media_id))

    def _show_box(self) -> None:
        self.box.show()

    # ------------------------------------------------------------------ the recording

    def follow_new_recording(self, stream_id: str) -> asyncio.Task[Any] | None:
        """The broadcast of ``stream_id`` ended: follow its recording until it is ready."""
        media = self._media()
        if media is None:
            return None
        return self._runner.run(
            self._follow(media, stream_id),
            name="follow-recording",
            exclusive=True,  # the newest ended broadcast's recording is the one shown
            say=lambda text: self._show_recording(text, Tone.ERROR),
        )

    async def _follow(self, media: MediaApi, stream_id: str) -> None:
        from fastpix_desktop.core.recordings.use_cases import FOLLOW_EVERY_S, follow_recording
        from fastpix_desktop.ui.recordings.views import status_words

        stream = await self._services.fastpix.get_stream(stream_id)
        if not stream.media_ids:
            return  # recording off for this stream: nothing to follow
        media_id = stream.media_ids[-1]

        def changed(current: Media) -> None:
            self.followed = current
            self._show_recording(
                self.tr("Recording of the last broadcast: {status}").format(
                    status=status_words(current)
                ),
                Tone.ERROR if current.failed else (Tone.SUCCESS if current.ready else Tone.NORMAL),
            )
            if self.dialog is not None and self.dialog.isVisible():
                self.refresh_past()

        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
        every_s = FOLLOW_EVERY_S if self._follow_every_s is None else self._follow_every_s
        await follow_recording(media, media_id, changed, every_s=every_s, sleep=sleep)

    def _show_recording(self, text: str, tone: Tone) -> None:
        self.recording_label.setText(text)
        set_tone(self.recording_label, tone)
        self.recording_label.setVisible(bool(text))
        self._show_box()

    # ------------------------------------------------------------------ Past broadcasts

    def show_stream(self, stream: LiveStream | str | None) -> None:
        """The stream on screen (docs/ui-architecture.md): Past broadcasts lists its media."""
        if stream is None or isinstance(stream, str):
            self._stream_id, self._stream_name = stream, stream
        else:
            self._stream_id, self._stream_name = stream.stream_id, stream.name or stream.stream_id
        if self.dialog is not None and self.dialog.isVisible():
            self.refresh_past()

    def show_past(self) -> PastBroadcastsDialog:
        if self.dialog is None:
            from fastpix_desktop.ui.recordings.views import PastBroadcastsDialog

            self.dialog = PastBroadcastsDialog(self._window, clipboard=self._clipboard)
            self.dialog.refresh_requested.connect(self.refresh_past)
            self.dialog.create_key_requested.connect(self.create_signing_key)
            self.dialog.open_requested.connect(self.open_link)
            self.dialog.mp4_requested.connect(self.make_mp4)
            self.dialog.resize(self._window.width(), max(400, self._window.height() * 3 // 4))
        self.dialog.show()
        self.dialog.raise_()
        self.refresh_past()
        return self.dialog

    def refresh_past(self) -> asyncio.Task[Any] | None:
        dialog = self.dialog
        if dialog is None:
            return None
        return self._runner.run(
            self._refresh(dialog),
            name="past-broadcasts",
            say=lambda text: dialog.set_status(text, Tone.ERROR),
        )

    async def _refresh(self, dialog: PastBroadcastsDialog) -> None:
        dialog.set_summary(await run_blocking(self.log.day_summary, self._now(), self._now()))
        stream_id = self._stream_id or self._on_air
        dialog.set_stream(self._stream_name if self._stream_id else stream_id)
        media = self._media()
        if not stream_id or media is None:
            dialog.show_media([], [])
            dialog.set_status("")
            return
        from fastpix_desktop.core.recordings.use_cases import history

        dialog.set_status(self.tr("Reading from FastPix…"))
        found = await history(fastpix=self._services.fastpix, media=media, stream_id=stream_id)
        if stream_id != (self._stream_id or self._on_air):
            return  # another stream came on screen meanwhile: its own refresh shows it
        dialog.set_status("")
        everything = [*found.recordings, *found.clips]
        links, problem, row_problem, can_create = await self._links(everything)
        if stream_id != (self._stream_id or self._on_air):
            return
        dialog.set_key_problem(problem, can_create=can_create)
        dialog.show_media(
            list(found.recordings), list(found.clips), links=links, problem=row_problem
        )

    async def _links(
        self, media: list[Media]
    ) -> tuple[dict[str, MediaLink | None], str, str, bool]:
        """Each ready media's link (private ones signed; the key read only when one is private),
        what stopped private ones from getting one, the rows' short version, and whether
        Create signing key would help."""
        from fastpix_desktop.core.recordings.signed import media_link, needs_key

        key: StoredSigningKey | None = None
        problem, row_problem, can_create = "", "", False
        if needs_key(media):
            try:
                key = await self._signing_key()
            except KeyringLockedError as error:
                problem = error_text(error)
                row_problem = self.tr("Private: the keyring is locked (see above).")
            except SigningKeyError as error:
                can_create = self._store() is not None
                problem = (
                    self.tr(
                        "Private recordings and clips play only with a signed link, and no "
                        "playback signing key is stored on this computer yet. Create one here."
                    )
                    if can_create
                    else error_text(error)
                )
                row_problem = self.tr("Private: its link needs a signing key (see above).")
        playback_base = self._services.config.hosts.playback_base
        expires_in = self._expiry()
        links: dict[str, MediaLink | None] = {}
        for item in media:
            try:
                links[item.id] = media_link(
                    item, playback_base=playback_base, key=key, expires_in=expires_in
                )
            except SigningKeyError:
                links[item.id] = None
        return links, problem, row_problem, can_create

    def create_signing_key(self) -> asyncio.Task[Any] | None:
        """Past broadcasts' Create signing key (the streamer read what it is): make the key,
        then list again with signed links."""
        from fastpix_desktop.core.fastpix.client import FastPixClient

        dialog, store = self.dialog, self._store()
        fastpix = self._services.fastpix
        if dialog is None or store is None or not isinstance(fastpix, FastPixClient):
            return None

        async def run() -> None:
            from fastpix_desktop.core.signing.api import SigningKeysApi
            from fastpix_desktop.core.signing.use_cases import SignedPlayback

            dialog.create_key_button.setEnabled(False)
            dialog.set_status(self.tr("Creating the signing key…"))
            try:
                await SignedPlayback(api=SigningKeysApi(fastpix), store=store).create_key()
            except AppError:
                dialog.create_key_button.setEnabled(True)
                raise
            self.signing_key_created.emit()
            await self._refresh(dialog)
            dialog.set_status(
                self.tr("Signing key created: private links below are signed."), Tone.SUCCESS
            )

        return self._runner.run(
            run(), name="signing-key-create", say=lambda text: dialog.set_status(text, Tone.ERROR)
        )

    def _refresh_summary(self) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            dialog = self.dialog
            self._runner.run(
                self._summary(dialog),
                name="broadcast-summary",
                say=lambda text: log.warning("Broadcast log: %s", text),
            )

    async def _summary(self, dialog: PastBroadcastsDialog) -> None:
        dialog.set_summary(await run_blocking(self.log.day_summary, self._now(), self._now()))

    def make_mp4(self, media_id: str) -> asyncio.Task[Any] | None:
        media, dialog = self._media(), self.dialog
        if media is None or dialog is None:
            return None

        async def run() -> None:
            dialog.set_status(self.tr("Asking FastPix for the MP4 download…"))
            await media.set_mp4_support(media_id)
            await self._refresh(dialog)
            dialog.set_status(
                self.tr("FastPix prepares the MP4; its link works once it is made."), Tone.SUCCESS
            )

        return self._runner.run(
            run(), name="make-mp4", say=lambda text: dialog.set_status(text, Tone.ERROR)
        )


SIGNED_NEED_KEYRING = QT_TRANSLATE_NOOP(
    "errors", "Signed links need the system keyring, where the playback signing key is kept."
)


def _token_of(url: str) -> str:
    """The ``token`` query value of a signed link ("" when it has none)."""
    from urllib.parse import parse_qs, urlsplit

    values = parse_qs(urlsplit(url).query).get("token") or [""]
    return values[0]


def _epoch(stamp: object) -> int | None:
    """Unix seconds from ``2026-12-07T10:00:00Z`` (what ``clip --json`` says); None otherwise."""
    try:
        return int(
            datetime.strptime(str(stamp), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC).timestamp()
        )
    except ValueError:
        return None
