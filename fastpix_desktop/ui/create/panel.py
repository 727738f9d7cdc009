"""Create a stream and point OBS at it: the form, the Create and Cancel buttons, the checklist,
the stream's details, and Retry OBS. A created stream is never dropped from the screen."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton

from fastpix_desktop.core.blocking import run_blocking
from fastpix_desktop.core.errors import (
    AppError,
    CredentialsMissingError,
    FastPixAuthError,
    FastPixValidationError,
    ObsLiveError,
)
from fastpix_desktop.core.golive import GoLiveRequest, headline, obs_words
from fastpix_desktop.core.golive.steps import StepId, StepState, StepUpdate, steps_for
from fastpix_desktop.core.golive.use_cases import GoLiveResult, settled
from fastpix_desktop.core.golive.words import DEMO_NEVER_STARTS
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP
from fastpix_desktop.core.library.created_streams import CreatedStreamsLog
from fastpix_desktop.core.models import LiveStream, Protocol, StreamSettings
from fastpix_desktop.core.obs.output_state import OutputState
from fastpix_desktop.core.onair.monitor import OnAirSnapshot
from fastpix_desktop.ui.create.questions import WindowQuestions
from fastpix_desktop.ui.create.stream_details import StreamDetails
from fastpix_desktop.ui.create.stream_form import StreamForm
from fastpix_desktop.ui.i18n import error_text, golive_text
from fastpix_desktop.ui.jobs import ChecklistJob
from fastpix_desktop.ui.services import PanelContext
from fastpix_desktop.ui.widgets.checklist import Checklist
from fastpix_desktop.ui.widgets.theme import Tone, set_tone

log = logging.getLogger(__name__)

# English source texts; shown through QCoreApplication.translate("CreatePanel", ...).
CREATE_AND_CONFIGURE = QT_TRANSLATE_NOOP("CreatePanel", "Create && configure OBS")
CREATE_ONLY = QT_TRANSLATE_NOOP("CreatePanel", "Create stream")


def _tr(text: str) -> str:
    return QCoreApplication.translate("CreatePanel", text)


Say = Callable[[str, Tone], None]


class CreatePanel(QObject):
    """The create-and-configure widgets (placed by MainWindow) and the flows behind them."""

    stream_shown = Signal(object, bool)  # the LiveStream, whether OBS now points at it
    credentials_rejected = Signal(object)  # the AppError, for the credentials banner
    secrets_used = Signal()  # the keyring was touched: its banner may change
    settings_rejected = Signal()  # the form shows problems: it must be in view
    current_stream_changed = Signal(object)  # the LiveStream now in the results panel, or None

    def __init__(
        self,
        ctx: PanelContext,
        *,
        connect_obs: Callable[[], Awaitable[None]],
        obs_reason: Callable[[], str],
        created_log: CreatedStreamsLog | None = None,
    ) -> None:
        window = ctx.window
        services = ctx.services
        runner = ctx.runner
        prompts = ctx.prompts
        say = ctx.say
        clipboard = ctx.clipboard
        open_url = ctx.open_url
        super().__init__(window)
        self._window = window
        self._services = services
        self._runner = runner
        self._say = say
        # What a run may ask (stop a live OBS? change OBS without a restore point?), as dialogs.
        self.questions = WindowQuestions(window, prompts)
        self._connect_obs = connect_obs
        self._obs_reason = obs_reason
        self.stream: LiveStream | None = None
        self.stream_protocol: Protocol = Protocol.RTMPS
        self.last_result: GoLiveResult | None = None
        self.created_log = created_log or CreatedStreamsLog.default()
        self.secondary = False  # "Create a new stream" beside "Go live on <my channel>"

        self.form = StreamForm(window)
        self.start_check = QCheckBox(self.tr("Start streaming in OBS when ready"), window)
        self.start_check.setObjectName("startCheck")
        self.start_check.setAccessibleName(self.tr("Start streaming in OBS when ready"))
        self.create_button = QPushButton(_tr(CREATE_ONLY), window)
        self.create_button.setObjectName("createButton")
        self.create_button.setDefault(True)
        # Reached by Tab, but a click leaves no focus on it: a space typed next (the streamer
        # thinking they are back in the name field) cannot create and start again (issue 26).
        self.create_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.create_button.clicked.connect(self.start_create)
        self.cancel_button = QPushButton(self.tr("Cancel"), window)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAccessibleName(self.tr("Cancel creating the stream"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(runner.cancel_job)
        self.checklist = Checklist(window)
        # The create and Retry OBS runs (and the library's Use / Go live) go through it.
        self.job = ChecklistJob(self, runner=runner, checklist=self.checklist, say=say)
        self.checklist_hint = QLabel(self.tr("Nothing running."), window)
        set_tone(self.checklist_hint, Tone.MUTED)
        self.details = StreamDetails(
            window, clipboard=clipboard, hosts=services.config.hosts, open_url=open_url
        )
        self.details.retry_obs_requested.connect(self.start_retry_obs)
        self.details.open_failed.connect(lambda text: say(text, Tone.WARNING))
        runner.busy_changed.connect(self._set_busy)

        settings = services.settings
        self.form.set_values(settings.stream_settings(), settings.protocol())
        self.start_check.setChecked(settings.start_streaming())
        self._obs_connected = services.obs.connected
        self._live_result = False  # the details say "OBS ... is live"
        self._live_message = False  # the message line says "OBS is live right now ..."
        # What the OBS line under the stream claims: "live", "points", "elsewhere" or "".
        self._claim = ""
        self._failure_is_past = False  # an on-air action succeeded after the failure shown
        self._auth_failed = False  # the checklist shows FastPix refusing the credentials
        self.set_obs_connected(services.obs.connected)

    def set_demo(self, demo: bool) -> None:
        """Demo mode never starts streaming: the choice remembered from a real session stays
        remembered, but is off and disabled here."""
        if demo:
            self.start_check.setChecked(False)
            self.start_check.setToolTip(golive_text(DEMO_NEVER_STARTS))
        self.start_check.setEnabled(not demo)

    def credentials_changed(self) -> None:
        """New credentials were saved: a failure because of the old ones is no longer true."""
        if self._auth_failed and not self._runner.busy:
            self._auth_failed = False
            self.checklist.reset([])
            self.checklist_hint.setVisible(True)

    def show_output_state(self, state: OutputState) -> None:
        """Texts that were true only while OBS was (or was not) live are replaced when that
        stops being true."""
        if state is OutputState.OFF and self._live_result:
            self._live_result = False
            if not self._services.obs.connected:  # OBS closed or crashed: it did not "stop"
                self._claim = "lost"
                self._show_lost()
            else:
                self._claim = "points"
                self.details.set_obs_result(
                    ok=True,
                    message=self.tr(
                        "OBS stopped streaming; it still points at this stream (Start "
                        "streaming goes live again)."
                    ),
                )
        if state is OutputState.OFF and self._live_message:
            self._live_message = False
            self._say(
                self.tr("OBS is no longer live: you can create a stream and configure OBS now."),
                Tone.NORMAL,
            )

    def show_onair(self, snapshot: OnAirSnapshot) -> None:
        """The one model of the broadcast says what is true about the stream on screen now:
        its FastPix status, whether it still exists, and whether OBS points at it (issue 26,
        item 7). Only lines this panel claimed are replaced, never an error being shown."""
        stream = self.stream
        if stream is None or not snapshot.destination:
            return
        if snapshot.stream_id == stream.stream_id and snapshot.stream_deleted:
            # Its key, links, QR and targets would only mislead now.
            self.stream = None
            self.details.clear()
            self._claim = ""
            self._say(
                self.tr("{name} was deleted on FastPix.").format(
                    name=stream.name or stream.stream_id
                ),
                Tone.WARNING,
            )
            self.current_stream_changed.emit(None)
            return
        if snapshot.stream_id == stream.stream_id:
            if snapshot.stream_status and snapshot.fastpix_known:
                self.details.update_status(snapshot.stream_status)
            if snapshot.state in (OutputState.STARTING, OutputState.STOPPING):
                return  # on its way: the state it reaches decides
            claim = "live" if snapshot.state.on_air else "points"
            if not snapshot.obs_connected and self._claim in ("live", "lost"):
                claim = "lost"  # what OBS does is unknown until it is back
        else:
            claim = "elsewhere"
        if self._claim == "adopt":
            self._claim = claim if claim != "elsewhere" else "points"
            if claim != "elsewhere":
                return
        if claim == self._claim or (claim == "elsewhere" and not self._claim):
            return
        if claim == "points" and not self._claim:
            return  # not claimed here (e.g. an error is shown): left as it is
        self._live_result = claim == "live"
        was_live, self._claim = self._claim == "live", claim
        if claim == "lost":
            self._show_lost()
            return
        if claim == "live":
            text = self.tr("OBS now sends to this stream and is live.")
        elif claim == "points" and was_live:
            text = self.tr(
                "OBS stopped streaming; it still points at this stream (Start streaming "
                "goes live again)."
            )
        elif claim == "points":
            text = self.tr("OBS now points at this stream. Start streaming in OBS to go live.")
        else:
            text = self.tr(
                "OBS no longer points at this stream: it sends to {destination}. Use this "
                "stream to point it back."
            ).format(destination=snapshot.label or snapshot.destination)
        self.details.set_obs_result(ok=claim != "elsewhere", message=text)
        if claim == "elsewhere":
            self.details.retry_obs_button.setVisible(True)

    def _show_lost(self) -> None:
        """OBS went away while live: unknown, not "stopped"; Retry OBS could not reach it."""
        self.details.set_obs_result(
            ok=False,
            message=self.tr(
                "Lost contact with OBS while it was sending to this stream: OBS may have "
                "closed or crashed. What it does is shown again once it is back."
            ),
        )
        self.details.retry_obs_button.setVisible(False)

    def clear_old_failure(self) -> None:
        """An on-air action finished well since: a failure still shown in Progress is about
        an action that is over (issue 26, item 7), so the list goes back to "Nothing running"."""
        checklist = self.checklist
        if any(checklist.state(step) is StepState.FAILED for step in checklist.steps()):
            self._failure_is_past = True
            if not self._runner.busy:
                self._clear_past_failure()

    def _clear_past_failure(self) -> None:
        self._failure_is_past = False
        self.checklist.reset([])
        self.checklist_hint.setVisible(True)

    def set_obs_connected(self, connected: bool) -> None:
        self._obs_connected = connected
        text = _tr(CREATE_AND_CONFIGURE if connected else CREATE_ONLY)
        if self.secondary:
            text = self.tr("Create a new stream")
        self.create_button.setText(text)
        self.create_button.setAccessibleName(text.replace("&&", "&"))
        self.create_button.setToolTip(
            self.tr("Create a FastPix live stream and point OBS at it")
            if connected
            else self.tr("Create a FastPix live stream (connect OBS to configure it too)")
        )

    def set_secondary(self, secondary: bool) -> None:
        """With a channel of their own, creating a stream is the streamer's second choice."""
        self.secondary = secondary
        self.create_button.setDefault(not secondary)
        self.set_obs_connected(self._obs_connected)

    def show_existing(self, stream: LiveStream, protocol: Protocol, message: str, ok: bool) -> None:
        """Show a stream that already exists (library, recognised in OBS, "Use this stream")."""
        self.stream, self.stream_protocol = stream, protocol
        self.details.show_stream(stream, protocol)
        if message:
            self.details.set_obs_result(ok=ok, message=message)
        pointed = ok and bool(message)
        # "OBS points at / sends to this stream and is live" must not outlive the broadcast.
        self._live_result = pointed
        # Its words stand until the model says something else is true.
        self._claim = "adopt" if pointed else ""
        self.stream_shown.emit(stream, pointed)
        self.current_stream_changed.emit(stream)

    def just_created(self, stream: LiveStream | None) -> bool:
        """``stream`` is the answer of this panel's last create (not fetched since)."""
        result = self.last_result
        return (
            stream is not None
            and result is not None
            and result.created
            and (result.stream is stream)
        )

    def show_live(self, stream: LiveStream, protocol: Protocol, started: bool) -> None:
        """A go-live from the tray or a stream deck pointed OBS at ``stream``: the stream on
        screen follows it, with the protocol OBS now uses (never a stale SRT form, issue 26)."""
        if self._runner.busy and self._runner.job_name not in ("go-live", "remote-go-live"):
            return  # another run owns the results panel
        text = (
            self.tr("OBS now sends to this stream and is live.")
            if started
            else self.tr("OBS now points at this stream. Start streaming in OBS to go live.")
        )
        self.show_existing(stream, protocol, text, True)

    def update_status(self, status: str) -> None:
        self.details.update_status(status)

    # ------------------------------------------------------------------ create

    def default_name(self) -> str:
        stamp = QDateTime.currentDateTime().toString("yyyy-MM-dd HH:mm")
        return self.tr("Live stream {date}").format(date=stamp)

    def start_create(self) -> asyncio.Task[Any] | None:
        """The primary action. Returns the running task, or None when nothing was started."""
        if self._runner.busy:  # a second click must never create a second stream
            return None
        self._say("", Tone.NORMAL)
        self._live_message = False
        if not self.form.name_edit.text().strip():
            # Never an unnamed stream (the library would list it by its ID): a dated default,
            # shown in the form so the streamer sees what it is called and can change it.
            self.form.name_edit.setText(self.default_name())
        if not self.form.validate():
            self._say(self.tr("Fix the highlighted settings first; nothing was sent."), Tone.ERROR)
            self.settings_rejected.emit()
            return None
        settings, protocol = self.form.settings(), self.form.protocol()
        start = self.start_check.isChecked()  # demo mode's rule is the pipeline's (services)
        obs = self._services.obs
        return self.job.start(
            self._create_flow(settings, protocol=protocol, start=start),
            name="create-and-configure",
            steps=steps_for(create=True, obs=obs.connected, start=start),
        )

    async def _create_flow(
        self, settings: StreamSettings, *, protocol: Protocol, start: bool
    ) -> None:
        services = self._services
        obs_connected = services.obs.connected
        created: list[LiveStream] = []
        create_sent: list[datetime] = []

        def progress(update: StepUpdate) -> None:
            # The pipeline hands over the new stream with CREATE done; remembered so that a cancel
            # during the OBS steps can still show the stream that now exists.
            if update.stream is not None:
                created.append(update.stream)
            if update.step is StepId.CREATE and update.state is StepState.RUNNING:
                create_sent.append(datetime.now(UTC))
            self.job.progress(update)

        pipeline = services.golive() if obs_connected else services.golive().without_obs()
        try:
            result = await pipeline.run(
                GoLiveRequest.create(settings, protocol, start=start),
                questions=self.questions,
                on_progress=progress,
            )
        except asyncio.CancelledError:
            # Handled here, not re-raised: qasync#126 (CancelledError escapes slot handlers).
            if created:
                self.job.cancelled(
                    # A request already handed to OBS's worker may still land, so no promise
                    # that OBS is untouched: point at the two ways to settle it.
                    self.tr(
                        "Cancelled after the stream was created. If OBS was already being "
                        "changed, use Retry OBS or OBS → Restore previous OBS settings."
                    )
                )
                self._show_kept_stream(created[0], protocol)
            elif create_sent:
                self.job.cancelled(
                    self.tr(
                        "Cancelled. If FastPix had already received the request, the stream "
                        "will show in Your streams, marked as created here and never used."
                    )
                )
            else:
                # OBS's state is checked before the create, so nothing was asked of FastPix.
                self.job.cancelled(
                    self.tr("Cancelled. Nothing was created and OBS was not changed.")
                )
        except FastPixValidationError as exc:
            self._show_validation_error(exc)
        except AppError as exc:
            self._show_app_error(exc)
            self._keep_created_stream(created, protocol)
        except Exception as exc:
            self._runner.unexpected(exc)
            self._keep_created_stream(created, protocol)
        else:
            self._show_result(result, protocol, obs_was_connected=obs_connected)
            await self._settle(result, obs_was_connected=obs_connected)
        finally:
            await self._record_created(created, self.last_result)
            if create_sent and not created:
                await self._record_pending(settings.name, create_sent[0])
            # Remembered after the run, not before it: QSettings writes its file from the event
            # loop, and that write would otherwise delay the create request.
            saved = services.settings
            saved.set_stream_settings(settings)
            saved.set_protocol(protocol)
            if not services.demo:  # the real session's choice is kept for the real session
                saved.set_start_streaming(start)
            self.secrets_used.emit()

    async def _record_pending(self, name: str, sent_at: datetime) -> None:
        """The create was sent but its answer never came (cancelled, past its deadline): the
        stream may exist. The next complete library load finds it by name and creation time
        and marks it "created here, never used" (core/library/created_streams.py)."""
        try:
            await run_blocking(lambda: self.created_log.record_pending(name, when=sent_at))
        except OSError as exc:
            log.warning("Could not note the unanswered create: %s", exc.strerror)

    async def _record_created(self, created: list[LiveStream], result: GoLiveResult | None) -> None:
        """A stream created here that OBS was not pointed at is listed as "never used" (only
        its ID and the time), so the library can mark it and delete it."""
        if not created:
            return
        stream_id = created[0].stream_id
        configured = result is not None and result.stream.stream_id == stream_id
        if configured and result is not None and result.obs_configured:
            return
        try:
            await self.created_log.arecord_created(stream_id)
        except OSError as exc:
            log.warning("Could not note the unused stream: %s", exc.strerror)

    async def _settle(self, result: GoLiveResult, *, obs_was_connected: bool) -> None:
        """The repeat read-back runs after the results are on screen; a rival push right after
        ours (the checklist's verify step turns failed) replaces "OBS now points at..."."""
        final = await settled(result)
        if final is not result and final.obs_error is not None:
            self._show_obs_outcome(final, obs_was_connected=obs_was_connected)

    def _keep_created_stream(self, created: list[LiveStream], protocol: Protocol) -> None:
        """After a failure past the create step, the new stream must stay on screen."""
        if created:
            self._show_kept_stream(created[0], protocol, reason=self.tr("OBS was not configured."))

    def _show_kept_stream(
        self,
        stream: LiveStream,
        protocol: Protocol,
        *,
        reason: str = "",
    ) -> None:
        """Show a stream that was created before a cancel or failure, so its keys are kept."""
        reason = reason or self.tr("Cancelled before OBS was configured.")
        self.stream, self.stream_protocol = stream, protocol
        self.details.show_stream(stream, protocol)
        self.details.set_obs_result(ok=False, message=reason)
        # OBS still points wherever the last finished run left it.
        configured = self.last_result is not None and self.last_result.obs_configured
        self.stream_shown.emit(stream, configured)
        self.current_stream_changed.emit(stream)

    # ------------------------------------------------------------------ retry OBS

    def start_retry_obs(self) -> asyncio.Task[Any] | None:
        """Retry OBS for the stream on screen: a retry request never creates anything."""
        if self._runner.busy or self.stream is None:
            return None
        self._say("", Tone.NORMAL)
        start = self.start_check.isChecked()
        return self.job.start(
            self._retry_flow(self.stream, start),
            name="retry-obs",
            steps=steps_for(create=False, obs=True, start=start),
        )

    async def _retry_flow(self, stream: LiveStream, start: bool) -> None:
        services = self._services
        try:
            if not services.obs.connected:
                self.job.progress(
                    StepUpdate(StepId.OBS_CHECK, StepState.RUNNING, self.tr("Connecting to OBS"))
                )
                await self._connect_obs()
                if not services.obs.connected:
                    reason = self._obs_reason()
                    self.job.failed_at(StepId.OBS_CHECK, reason)
                    self.details.set_obs_result(ok=False, message=reason)
                    return
            result = await services.golive().run_settled(
                GoLiveRequest.retry(stream, self.stream_protocol, start=start),
                questions=self.questions,
                on_progress=self.job.progress,
            )
        except asyncio.CancelledError:
            self.job.cancelled()
        except AppError as exc:
            self._show_app_error(exc)
        else:
            self._show_obs_outcome(result, obs_was_connected=True)
            if result.obs_configured:
                await self.created_log.amark_used(stream.stream_id)
        finally:
            self.secrets_used.emit()

    # ------------------------------------------------------------------ rendering results

    def _set_busy(self, busy: bool) -> None:
        if not busy and self._failure_is_past:
            self._clear_past_failure()
        self.create_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.form.setEnabled(not busy)
        self.details.set_retry_enabled(not busy)
        self.checklist_hint.setVisible(not busy and not self.checklist.steps())

    def _show_result(
        self, result: GoLiveResult, protocol: Protocol, *, obs_was_connected: bool
    ) -> None:
        self.stream = result.stream
        self.stream_protocol = protocol
        self.details.show_stream(result.stream, protocol)
        words = headline(result)  # never a green "created" under a red failed start
        self._say(golive_text(words.text), Tone(words.mood.value))
        self._show_obs_outcome(result, obs_was_connected=obs_was_connected)
        self.current_stream_changed.emit(result.stream)

    def _show_obs_outcome(self, result: GoLiveResult, *, obs_was_connected: bool) -> None:
        self.last_result = result
        words = obs_words(result)
        self._live_result = result.obs_configured and result.obs_started
        configured_ok = result.obs_configured and result.obs_error is None
        # Its words stand until the on-air model says something else is true.
        self._claim = ("live" if result.obs_started else "points") if configured_ok else ""
        if result.obs_configured or result.obs_error is not None or not obs_was_connected:
            self.details.set_obs_result(ok=words.ok, message=golive_text(words.text))
            if words.ok and words.mood.value != Tone.SUCCESS:
                # Only the start failed: OBS keeps the new settings, so Start is offered.
                set_tone(self.details.obs_result_label, Tone(words.mood.value))
        self.stream_shown.emit(result.stream, result.obs_configured)

    def _show_validation_error(self, exc: FastPixValidationError) -> None:
        unmatched = self.form.show_errors(exc.fields)
        if exc.fields and len(unmatched) < len(exc.fields):
            self.settings_rejected.emit()
        if exc.fields and not unmatched:
            # The checklist got golive's text with API paths; the fields now say it better.
            self.checklist.apply(
                StepUpdate(
                    StepId.CREATE,
                    StepState.FAILED,
                    self.tr("FastPix did not accept some settings."),
                )
            )
            self._say(
                self.tr("FastPix did not accept some settings; see the messages under the fields."),
                Tone.ERROR,
            )
        else:
            self._say(error_text(exc), Tone.ERROR)

    def _show_app_error(self, exc: AppError) -> None:
        self._say(error_text(exc), Tone.ERROR)
        self._live_message = isinstance(exc, ObsLiveError)
        if isinstance(exc, CredentialsMissingError | FastPixAuthError):
            self._auth_failed = True
            self.credentials_rejected.emit(exc)
