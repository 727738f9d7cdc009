"""The main window: settings form, Create action, checklist, results, OBS status and live strip.

Every user action is one task running a core use case; the window only renders what comes back.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from fastpix_desktop.core import golive
from fastpix_desktop.core import secrets as secret_names
from fastpix_desktop.core.errors import (
    AppError,
    CredentialsMissingError,
    FastPixAuthError,
    FastPixValidationError,
)
from fastpix_desktop.core.golive import GoLiveResult, StepId, StepState
from fastpix_desktop.core.ingest import IngestHosts
from fastpix_desktop.core.models import LiveStream, Protocol
from fastpix_desktop.ui import qr
from fastpix_desktop.ui.checklist import Checklist
from fastpix_desktop.ui.clipboard import CLEAR_AFTER_MS, SecretClipboard
from fastpix_desktop.ui.dialogs.prompt import AsyncPrompt, stop_live_prompt
from fastpix_desktop.ui.errors_dialog import ErrorReporter
from fastpix_desktop.ui.live_status import LiveMonitor, LiveStatusStrip
from fastpix_desktop.ui.obs_status import ObsStatusIndicator
from fastpix_desktop.ui.settings import AppSettings
from fastpix_desktop.ui.stream_details import StreamDetails
from fastpix_desktop.ui.stream_form import StreamForm
from fastpix_desktop.ui.tasks import TaskRunner
from fastpix_desktop.ui.theme import Tone, banner_frame, retone, set_tone
from fastpix_desktop.ui.window_credentials import CredentialsActions
from fastpix_desktop.ui.window_obs import CREATE_ONLY, START_TIMEOUT_S, ObsActions

if TYPE_CHECKING:
    from fastpix_desktop.core.fastpix import FastPixClient
    from fastpix_desktop.core.obs import ObsConnectionInfo, ObsController
    from fastpix_desktop.core.secrets import SecretStore

log = logging.getLogger(__name__)

UNEXPECTED = "Something unexpected went wrong; the details are in the error window."
# Long enough for the start-up connections to be under way, short enough to beat a first click.
WARM_UP_DELAY_MS = 200
OBS_NOT_CONNECTED_RESULT = (
    "OBS was not connected, so it was not configured. Connect OBS (Settings → OBS connection), "
    "then press Retry OBS."
)


class _ObsEventBridge(QObject):
    """ObsController calls listeners on the event loop; the signal keeps that safe from any
    thread anyway (a queued hop to the UI thread), as Qt widgets demand."""

    event = Signal(object)


class MainWindow(ObsActions, CredentialsActions, QMainWindow):
    closing = Signal()
    credentials_changed = Signal()

    def __init__(
        self,
        *,
        fastpix: FastPixClient,
        obs: ObsController,
        secrets: SecretStore,
        settings: AppSettings,
        hosts: IngestHosts | None = None,
        demo: bool = False,
        clipboard_clear_ms: int = CLEAR_AFTER_MS,
        obs_factory: Callable[[ObsConnectionInfo], ObsController] | None = None,
        demo_client_factory: Callable[[], FastPixClient] | None = None,
        open_url: Callable[[QUrl], object] | None = None,
        live_poll_s: tuple[float, float] = (2.0, 5.0),
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.fastpix = fastpix
        self.obs = obs
        self.secrets = secrets
        self.app_settings = settings
        self.hosts = hosts or IngestHosts()
        self.demo = demo
        self._obs_factory = obs_factory
        self._demo_client_factory = demo_client_factory
        self.error_reporter = ErrorReporter(self)
        self.tasks = TaskRunner(self._unexpected)
        self.clipboard = SecretClipboard(self, clear_after_ms=clipboard_clear_ms)
        self.flow_task: asyncio.Task | None = None
        self.credentials_check: asyncio.Task | None = None
        self.stream: LiveStream | None = None
        self.stream_protocol: Protocol = Protocol.RTMPS
        self.last_result: GoLiveResult | None = None
        self.obs_live = False
        self.prompt: AsyncPrompt | None = None
        self.dialog: QWidget | None = None

        self._build(open_url)
        self._build_menus()
        self.live_monitor = LiveMonitor(
            strip=self.live_strip,
            get_obs_status=lambda: self.obs.get_stream_status(),
            get_stream=lambda stream_id: self.fastpix.get_stream(stream_id),
            on_stream_status=self.details.update_status,
            obs_interval=live_poll_s[0],
            fastpix_interval=live_poll_s[1],
            parent=self,
        )
        self._bridge = _ObsEventBridge(self)
        self._bridge.event.connect(self.on_obs_event)
        self._unsubscribe_obs = self.obs.add_listener(self._bridge.event.emit)

        self.form.set_values(settings.stream_settings(), settings.protocol())
        self.start_check.setChecked(settings.start_streaming())
        self.set_demo(demo)
        self._sync_obs_controls()

    # ================================================================== construction

    def _build(self, open_url: Callable[[QUrl], object] | None) -> None:
        self.setWindowTitle("fastpix-desktop")
        central = QWidget(self)
        root = QVBoxLayout(central)

        top = QHBoxLayout()
        self.obs_status = ObsStatusIndicator(central)
        self.obs_status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.demo_badge = QLabel(" Demo: FastPix sandbox, nothing is real ", central)
        self.demo_badge.setObjectName("demoBadge")
        self.demo_badge.setAccessibleName("Demo mode: using the built-in FastPix sandbox")
        font = self.demo_badge.font()
        font.setBold(True)
        self.demo_badge.setFont(font)
        banner_frame(self.demo_badge, Tone.WARNING, strength=0.35)
        top.addWidget(self.obs_status, 1)
        top.addWidget(self.demo_badge, 0, Qt.AlignmentFlag.AlignTop)
        root.addLayout(top)

        self.keyring_banner = self._banner(central, "keyringBanner")
        self.credentials_banner = self._banner(central, "credentialsBanner")
        root.addWidget(self.keyring_banner)
        root.addWidget(self.credentials_banner)

        columns = QHBoxLayout()
        root.addLayout(columns, 1)

        # Left: settings and the primary action.
        left = QVBoxLayout()
        settings_box = QGroupBox("Stream settings", central)
        settings_layout = QVBoxLayout(settings_box)
        self.form = StreamForm(settings_box)
        settings_layout.addWidget(self.form)
        left.addWidget(settings_box)

        self.start_check = QCheckBox("Start streaming in OBS when ready", central)
        self.start_check.setObjectName("startCheck")
        self.start_check.setAccessibleName("Start streaming in OBS when ready")
        self.create_button = QPushButton(CREATE_ONLY, central)
        self.create_button.setObjectName("createButton")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.start_create)
        self.cancel_button = QPushButton("Cancel", central)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setAccessibleName("Cancel creating the stream")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_flow)
        actions = QHBoxLayout()
        actions.addWidget(self.start_check, 1)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.create_button)
        left.addLayout(actions)
        self.action_message = QLabel(central)
        self.action_message.setObjectName("actionMessage")
        self.action_message.setWordWrap(True)
        self.action_message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_message.hide()
        left.addWidget(self.action_message)
        left.addStretch(1)
        columns.addLayout(left, 1)

        # Right: progress and results, scrollable because QR codes and links take room.
        right = QWidget(central)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        progress_box = QGroupBox("Progress", right)
        progress_layout = QVBoxLayout(progress_box)
        self.checklist = Checklist(progress_box)
        self.checklist_hint = QLabel("Nothing running.", progress_box)
        set_tone(self.checklist_hint, Tone.MUTED)
        progress_layout.addWidget(self.checklist_hint)
        progress_layout.addWidget(self.checklist)
        right_layout.addWidget(progress_box)
        stream_box = QGroupBox("Your stream", right)
        stream_layout = QVBoxLayout(stream_box)
        self.details = StreamDetails(
            stream_box, clipboard=self.clipboard, hosts=self.hosts, open_url=open_url
        )
        self.details.retry_obs_requested.connect(self.start_retry_obs)
        stream_layout.addWidget(self.details)
        right_layout.addWidget(stream_box)
        right_layout.addStretch(1)
        scroll = QScrollArea(central)
        scroll.setObjectName("resultsScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        # A fixed policy: a scrollbar that came and went as the checklist grew changed the
        # column's width, so every step re-laid out and repainted all the results (QR codes
        # included) on the UI thread in the middle of a create (bench/README.md).
        scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        scroll.setWidget(right)
        columns.addWidget(scroll, 1)

        # Bottom: live numbers and OBS stream controls.
        bottom = QHBoxLayout()
        self.live_strip = LiveStatusStrip(central)
        self.live_strip.hide()
        self.start_streaming_button = QPushButton("Start streaming", central)
        self.start_streaming_button.setObjectName("startStreamingButton")
        self.start_streaming_button.setAccessibleName("Start streaming in OBS")
        self.start_streaming_button.clicked.connect(self.start_streaming)
        self.stop_streaming_button = QPushButton("Stop streaming", central)
        self.stop_streaming_button.setObjectName("stopStreamingButton")
        self.stop_streaming_button.setAccessibleName("Stop streaming in OBS")
        self.stop_streaming_button.clicked.connect(self.stop_streaming)
        bottom.addWidget(self.live_strip, 1)
        bottom.addStretch(0)
        bottom.addWidget(self.start_streaming_button)
        bottom.addWidget(self.stop_streaming_button)
        root.addLayout(bottom)

        self.setCentralWidget(central)
        QWidget.setTabOrder(self.form.last_widget, self.start_check)
        QWidget.setTabOrder(self.start_check, self.cancel_button)
        QWidget.setTabOrder(self.cancel_button, self.create_button)
        self._set_create_text()
        # Big enough for the form beside the results at 100 %; layouts, not fixed sizes, decide.
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 190, metrics.height() * 50)

    def _banner(self, parent: QWidget, name: str) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setContentsMargins(8, 6, 8, 6)
        banner_frame(label, Tone.WARNING)
        label.hide()
        return label

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        create_action = QAction("&Create stream", self)
        create_action.setShortcut(QKeySequence("Ctrl+Return"))
        create_action.triggered.connect(self.start_create)
        file_menu.addAction(create_action)
        file_menu.addSeparator()
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        settings_menu = menu.addMenu("&Settings")
        self.credentials_action = QAction("FastPix &credentials…", self)
        self.credentials_action.setObjectName("credentialsAction")
        self.credentials_action.triggered.connect(self.open_credentials_dialog)
        self.remove_credentials_action = QAction("&Remove stored FastPix credentials…", self)
        self.remove_credentials_action.setObjectName("removeCredentialsAction")
        self.remove_credentials_action.triggered.connect(self.start_remove_credentials)
        self.obs_connection_action = QAction("&OBS connection…", self)
        self.obs_connection_action.setObjectName("obsConnectionAction")
        self.obs_connection_action.triggered.connect(self.open_obs_dialog)
        for action in (
            self.credentials_action,
            self.remove_credentials_action,
            self.obs_connection_action,
        ):
            settings_menu.addAction(action)

        obs_menu = menu.addMenu("&OBS")
        self.reconnect_action = QAction("&Reconnect to OBS", self)
        self.reconnect_action.setObjectName("reconnectObsAction")
        self.reconnect_action.triggered.connect(lambda: self.start_connect_obs())
        self.restore_action = QAction("Restore &previous OBS settings", self)
        self.restore_action.setObjectName("restoreObsAction")
        self.restore_action.triggered.connect(self.start_restore)
        self.stop_action = QAction("&Stop streaming", self)
        self.stop_action.triggered.connect(self.stop_streaming)
        for action in (self.reconnect_action, self.restore_action, self.stop_action):
            obs_menu.addAction(action)

    # ================================================================== start-up

    def set_demo(self, demo: bool) -> None:
        self.demo = demo
        self.demo_badge.setVisible(demo)
        self.setWindowTitle("fastpix-desktop (demo)" if demo else "fastpix-desktop")
        if demo:
            self.credentials_banner.hide()

    async def start(self) -> None:
        """Probe the keyring, connect to OBS with its stored password, load the FastPix
        credentials (first-run dialog if none) and check them in the background.

        Called once the window is shown: every keyring call is awaited here, never before.
        """
        await self.secrets.probe()
        self.sync_keyring_banner()
        # Opened once and kept (ObsController reconnects on its own), so a click on Create
        # does not pay for the WebSocket handshake. First, so the handshake runs while the
        # FastPix credentials are read.
        await self.load_obs_password()
        self.obs_status.set_connecting()
        await self.obs.start()
        if self.demo or await self.load_credentials():
            self.start_credentials_check()
        else:
            self.open_credentials_dialog(first_run=True)
        # segno's import and first code (~10 ms) while the window idles after start-up, not
        # as a stall on the first click.
        QTimer.singleShot(WARM_UP_DELAY_MS, self, qr.warm_up)

    async def load_credentials(self) -> bool:
        token = await self.secrets.get(secret_names.FASTPIX_TOKEN_ID)
        secret = await self.secrets.get(secret_names.FASTPIX_SECRET_KEY)
        self.sync_keyring_banner()
        if token and secret:
            self.fastpix.set_credentials(token, secret)
            self.credentials_banner.hide()
            return True
        self.credentials_banner.setText(
            f"{CredentialsMissingError()} Use Settings → FastPix credentials."
        )
        self.credentials_banner.show()
        return False

    def sync_keyring_banner(self) -> None:
        if self.secrets.session_only:
            self.keyring_banner.setText(
                f"No usable system keyring: {self.secrets.fallback_reason}. Keys and passwords "
                "are kept for this session only and will be asked for again next time."
            )
            self.keyring_banner.show()
        else:
            self.keyring_banner.hide()

    # ================================================================== create / retry

    @property
    def busy(self) -> bool:
        return self.flow_task is not None and not self.flow_task.done()

    def start_create(self) -> asyncio.Task | None:
        """The primary action. Returns the running task, or None when nothing was started."""
        if self.busy:  # a second click must never create a second stream
            return None
        self.clear_message()
        if not self.form.validate():
            self.show_message("Fix the highlighted settings first; nothing was sent.", Tone.ERROR)
            return None
        settings, protocol = self.form.settings(), self.form.protocol()
        start = self.start_check.isChecked()
        self.checklist.reset(golive.steps_for(create=True, obs=self.obs.connected, start=start))
        self.flow_task = self.tasks.start(
            self._create_flow(settings, protocol=protocol, start=start), name="create-and-configure"
        )
        self._set_busy(True)
        return self.flow_task

    async def _create_flow(self, settings: Any, *, protocol: Protocol, start: bool) -> None:
        obs_connected = self.obs.connected
        created: list[LiveStream] = []
        create_sent: list[bool] = []

        def progress(update: golive.StepUpdate) -> None:
            # golive hands over the new stream with CREATE done; remembered so that a cancel
            # during the OBS steps can still show the stream that now exists.
            if update.stream is not None:
                created.append(update.stream)
            if update.step is golive.StepId.CREATE and update.state is golive.StepState.RUNNING:
                create_sent.append(True)
            self.checklist.apply(update)

        try:
            result = await golive.create_and_configure(
                fastpix=self.fastpix,
                obs=self.obs if obs_connected else None,
                secrets=self.secrets,
                settings=settings,
                protocol=protocol,
                hosts=self.hosts,
                start=start,
                on_progress=progress,
                confirm_stop_live=self.confirm_stop_live,
                start_timeout=START_TIMEOUT_S,
            )
        except asyncio.CancelledError:
            # Handled here, not re-raised: qasync#126 (CancelledError escapes slot handlers).
            self.checklist.mark_unfinished(StepState.FAILED, "cancelled")
            if created:
                self.show_message(
                    # A request already handed to OBS's worker may still land, so no promise
                    # that OBS is untouched: point at the two ways to settle it.
                    "Cancelled after the stream was created. If OBS was already being changed, "
                    "use Retry OBS or OBS → Restore previous OBS settings.",
                    Tone.WARNING,
                )
                self._show_cancelled_stream(created[0], protocol)
            elif create_sent:
                self.show_message(
                    "Cancelled. If FastPix had already received the request, the stream may "
                    "exist in your FastPix dashboard.",
                    Tone.WARNING,
                )
            else:
                # OBS's state is checked before the create, so nothing was asked of FastPix.
                self.show_message(
                    "Cancelled. Nothing was created and OBS was not changed.", Tone.WARNING
                )
        except FastPixValidationError as exc:
            self._show_validation_error(exc)
        except AppError as exc:
            self._show_app_error(exc)
            self._keep_created_stream(created, protocol)
        except Exception as exc:
            self._unexpected(exc)
            self._keep_created_stream(created, protocol)
        else:
            self._show_result(result, protocol, obs_was_connected=obs_connected)
        finally:
            # Remembered after the run, not before it: QSettings writes its file from the event
            # loop, and that write would otherwise delay the create request.
            self.app_settings.set_stream_settings(settings)
            self.app_settings.set_protocol(protocol)
            self.app_settings.set_start_streaming(start)
            self._set_busy(False)
            self.sync_keyring_banner()

    def _keep_created_stream(self, created: list[LiveStream], protocol: Protocol) -> None:
        """After a failure past the create step, the new stream must stay on screen."""
        if created:
            self._show_cancelled_stream(created[0], protocol, reason="OBS was not configured.")

    def _show_cancelled_stream(
        self,
        stream: LiveStream,
        protocol: Protocol,
        *,
        reason: str = "Cancelled before OBS was configured.",
    ) -> None:
        """Show a stream that was created before a cancel, so its keys are not lost."""
        self.stream, self.stream_protocol = stream, protocol
        self.details.show_stream(stream, protocol)
        self.live_monitor.stream_id = stream.stream_id
        self.details.set_obs_result(ok=False, message=reason)

    def start_retry_obs(self) -> asyncio.Task | None:
        """Retry OBS for the stream on screen: configure_existing never creates anything."""
        if self.busy or self.stream is None:
            return None
        self.clear_message()
        start = self.start_check.isChecked()
        self.checklist.reset(golive.steps_for(create=False, obs=True, start=start))
        self.flow_task = self.tasks.start(self._retry_flow(self.stream, start), name="retry-obs")
        self._set_busy(True)
        return self.flow_task

    async def _retry_flow(self, stream: LiveStream, start: bool) -> None:
        try:
            if not self.obs.connected:
                self.checklist.apply(
                    golive.StepUpdate(StepId.OBS_CHECK, StepState.RUNNING, "Connecting to OBS")
                )
                await self.connect_obs()
                if not self.obs.connected:
                    reason = self._obs_reason()
                    self.checklist.apply(
                        golive.StepUpdate(StepId.OBS_CHECK, StepState.FAILED, reason)
                    )
                    self.checklist.mark_unfinished(StepState.SKIPPED)
                    self.details.set_obs_result(ok=False, message=reason)
                    return
            result = await golive.configure_existing(
                stream=stream,
                obs=self.obs,
                secrets=self.secrets,
                protocol=self.stream_protocol,
                hosts=self.hosts,
                start=start,
                on_progress=self.checklist.apply,
                confirm_stop_live=self.confirm_stop_live,
                start_timeout=START_TIMEOUT_S,
            )
        except asyncio.CancelledError:
            self.checklist.mark_unfinished(StepState.FAILED, "cancelled")
            self.show_message("Cancelled.", Tone.WARNING)
        except AppError as exc:
            self._show_app_error(exc)
        except Exception as exc:
            self._unexpected(exc)
        else:
            self._show_obs_outcome(result, obs_was_connected=True)
        finally:
            self._set_busy(False)
            self.sync_keyring_banner()

    def cancel_flow(self) -> None:
        if self.busy:
            assert self.flow_task is not None
            self.flow_task.cancel()

    async def confirm_stop_live(self) -> bool:
        """golive asks this when OBS is live; a non-modal prompt, awaited (qasync#59)."""
        # A local reference: another prompt (Remove credentials) may replace self.prompt meanwhile.
        prompt = self.prompt = stop_live_prompt(self)
        try:
            return await prompt.ask()
        finally:
            prompt.deleteLater()
            if self.prompt is prompt:
                self.prompt = None

    # ================================================================== rendering results

    def _set_busy(self, busy: bool) -> None:
        self.create_button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)
        self.form.setEnabled(not busy)
        self.details.set_retry_enabled(not busy)
        self.checklist_hint.setVisible(not busy and not self.checklist.steps())
        self.restore_action.setEnabled(not busy)

    def _show_result(self, result: GoLiveResult, protocol: Protocol, *, obs_was_connected: bool):
        self.stream = result.stream
        self.stream_protocol = protocol
        self.details.show_stream(result.stream, protocol)
        self.live_monitor.stream_id = result.stream.stream_id
        self.show_message("Stream created.", Tone.SUCCESS)
        self._show_obs_outcome(result, obs_was_connected=obs_was_connected)

    def _show_obs_outcome(self, result: GoLiveResult, *, obs_was_connected: bool) -> None:
        self.last_result = result
        if result.obs_error is not None:
            self.details.set_obs_result(ok=False, message=str(result.obs_error))
        elif result.obs_configured:
            text = (
                "OBS now sends to this stream and is live."
                if result.obs_started
                else "OBS now points at this stream. Start streaming in OBS to go live."
            )
            self.details.set_obs_result(ok=True, message=text)
        elif not obs_was_connected:
            self.details.set_obs_result(ok=False, message=OBS_NOT_CONNECTED_RESULT)
        self._sync_obs_controls()

    def _show_validation_error(self, exc: FastPixValidationError) -> None:
        unmatched = self.form.show_errors(exc.fields)
        if exc.fields and not unmatched:
            # The checklist got golive's text with API paths; the fields now say it better.
            self.checklist.apply(
                golive.StepUpdate(
                    StepId.CREATE, StepState.FAILED, "FastPix did not accept some settings."
                )
            )
            self.show_message(
                "FastPix did not accept some settings; see the messages under the fields.",
                Tone.ERROR,
            )
        else:
            self.show_message(str(exc), Tone.ERROR)

    def _show_app_error(self, exc: AppError) -> None:
        self.show_message(str(exc), Tone.ERROR)
        if isinstance(exc, CredentialsMissingError | FastPixAuthError) and not self.demo:
            self.show_credentials_problem(exc)

    def show_message(self, text: str, tone: Tone) -> None:
        """The plain-words line next to the primary action."""
        self.action_message.setText(text)
        self.action_message.setAccessibleName(text)
        set_tone(self.action_message, tone)
        self.action_message.setVisible(bool(text))

    def clear_message(self) -> None:
        self.action_message.clear()
        self.action_message.hide()

    def message(self) -> str:
        return self.action_message.text() if not self.action_message.isHidden() else ""

    def _unexpected(self, exc: BaseException) -> None:
        self.show_message(UNEXPECTED, Tone.ERROR)
        self.error_reporter.report_exception(exc)

    def changeEvent(self, event: QEvent) -> None:
        # Status colours are derived from the palette; follow the system's light/dark switch.
        if event.type() == QEvent.Type.PaletteChange:
            retone(self)
        super().changeEvent(event)

    # ================================================================== shutdown

    def closeEvent(self, event: QCloseEvent) -> None:
        # The app awaits `closing` and then closes the clients (qasync#112): no asyncClose
        # re-entrancy inside a Qt event handler.
        self._unsubscribe_obs()
        self._unsubscribe_obs = lambda: None
        self.tasks.cancel_all()
        self.live_monitor.stop()
        self.clipboard.clear_now()
        event.accept()
        self.closing.emit()

    async def shutdown(self) -> None:
        """Cancel and await every task the window started (called by the app on quit)."""
        await self.live_monitor.wait_stopped()
        await self.tasks.shutdown()
