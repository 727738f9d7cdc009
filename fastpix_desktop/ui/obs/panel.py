"""OBS in the window: connection status, live state and strip, start/stop, restore, and the
connection dialog. Secrets go to the keyring only; host and port to the saved settings."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton

from fastpix_desktop.core import config as app_config
from fastpix_desktop.core import secrets as secret_names
from fastpix_desktop.core.destination.picture import ObsPicture
from fastpix_desktop.core.errors import ConfigError, ObsError
from fastpix_desktop.core.golive.words import DEMO_NEVER_STARTS
from fastpix_desktop.core.obs import (
    ConnectionChanged,
    ExitStarted,
    ObsConnectionInfo,
    ObsController,
    ObsEvent,
    ProfileChanged,
    StreamStateChanged,
    parse_connect_string,
)
from fastpix_desktop.core.obs.output_state import OutputState
from fastpix_desktop.core.onair.monitor import OnAirSnapshot
from fastpix_desktop.core.ports import ObsPort
from fastpix_desktop.core.restore import point as restore_point
from fastpix_desktop.ui.i18n import error_text, golive_text
from fastpix_desktop.ui.obs.connection_dialog import ObsConnectionDialog
from fastpix_desktop.ui.obs.status import ObsStatusIndicator, version_text
from fastpix_desktop.ui.services import PanelContext
from fastpix_desktop.ui.widgets.prompt import AsyncPrompt
from fastpix_desktop.ui.widgets.text_fit import button_name
from fastpix_desktop.ui.widgets.theme import Tone

log = logging.getLogger(__name__)

START_TIMEOUT_S = 15.0
PROFILE_MESSAGE_MS = 10_000

ObsFactory = Callable[[ObsConnectionInfo], ObsPort]
Say = Callable[[str, Tone], None]


class _ObsEventBridge(QObject):
    """ObsController calls listeners on the event loop; the signal keeps that safe from any
    thread anyway (a queued hop to the UI thread), as Qt widgets demand."""

    obs_event = Signal(object)


class ObsPanel(QObject):
    """The OBS widgets (placed by MainWindow) and their behaviour; whether OBS is on air comes
    from the on-air monitor (``show_output_state``), never from ``outputActive``."""

    connection_changed = Signal(bool)
    live_changed = Signal(bool)  # OBS is on air (live, starting, reconnecting) or not
    keyring_used = Signal()
    restored = Signal()  # OBS's destination was put back: what it points at changed
    notice = Signal(str, int)  # a passing note for the status bar, and for how long (ms)

    def __init__(
        self,
        ctx: PanelContext,
        *,
        obs_factory: ObsFactory | None = None,
    ) -> None:
        window = ctx.window
        services = ctx.services
        runner = ctx.runner
        prompts = ctx.prompts
        say = ctx.say
        super().__init__(window)
        self._prompts = prompts
        # Whether Restore has anything to do (restore_point.restore_status), and why not.
        self.can_restore = False
        self._window = window
        self._services = services
        self._runner = runner
        self._say = say
        self._obs_factory = obs_factory
        self.live = False  # OBS is on air: live, starting or reconnecting
        self.state = OutputState.OFF
        self.configured = False  # OBS points at the stream on screen (Start streaming offered)
        self.stream_id: str | None = None
        self.dialog: ObsConnectionDialog | None = None

        self.status = ObsStatusIndicator(window)
        self.start_button = self._button(
            "startStreamingButton", self.tr("Start streaming"), self.tr("Start streaming in OBS")
        )
        self.start_button.clicked.connect(self.start_streaming)
        # Never activated by a space typed while the focus happened to be here (issue 26,
        # item 3): a click, or the OBS menu, starts a broadcast.
        self.start_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.connection_action = self._action(self.tr("&OBS connection…"), "obsConnectionAction")
        self.connection_action.triggered.connect(self.open_dialog)
        self.reconnect_action = self._action(self.tr("&Reconnect to OBS"), "reconnectObsAction")
        self.reconnect_action.triggered.connect(self.start_connect)
        self.restore_action = self._action(
            self.tr("Restore &previous OBS settings"), "restoreObsAction"
        )
        self.restore_action.triggered.connect(self.start_restore)
        self.stop_action = self._action(self.tr("&Stop streaming"), "stopObsAction")
        self.stop_action.triggered.connect(self.stop_streaming)

        self._bridge = _ObsEventBridge(self)
        self._bridge.obs_event.connect(self.on_obs_event)
        self._unsubscribe = self.obs.add_listener(self._bridge.obs_event.emit)
        runner.busy_changed.connect(lambda _busy: self.sync_controls())

    def _button(self, name: str, text: str, accessible_name: str) -> QPushButton:
        button = QPushButton(text, self._window)
        button.setObjectName(name)
        button.setAccessibleName(accessible_name)
        return button

    def _action(self, text: str, name: str) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        return action

    @property
    def obs(self) -> ObsPort:
        return self._services.obs

    # ------------------------------------------------------------------ connection

    async def start(self) -> None:
        """Hand the controller its password, then open the connection it keeps (it reconnects
        on its own), so a click on Create does not pay for the WebSocket handshake."""
        self._warn_about_connect_string()
        await self.load_password()
        self.status.set_connecting()
        await self.obs.start()

    def _warn_about_connect_string(self) -> None:
        """A malformed OBS_WEBSOCKET_URL is ignored (the saved connection is used): say so, or
        the streamer would wonder why OBS is not where the variable says."""
        url = self._services.config.obs_url
        if not url:
            return
        try:
            parse_connect_string(url)
        except ConfigError as exc:  # its message never repeats the string (a password)
            self._say(
                self.tr("{name} is ignored: {problem}").format(
                    name=app_config.ENV_OBS_URL, problem=error_text(exc)
                ),
                Tone.WARNING,
            )

    async def load_password(self) -> None:
        """OBS_WEBSOCKET_PASSWORD when set, else the keyring (read at start, never before the
        window shows, so a slow or locked keyring cannot delay it)."""
        password = self._services.config.obs_password
        if password is None:
            password = await self._services.secrets.get(secret_names.OBS_PASSWORD) or ""
        if password and password != self.obs.info.password:
            self.obs.set_connection(replace(self.obs.info, password=password))

    def start_connect(self) -> asyncio.Task[Any]:
        return self._runner.run(self.connect_obs(), name="obs-connect")

    async def connect_obs(self) -> None:
        self.status.set_connecting()
        try:
            await self.obs.connect()
        except ObsError as exc:
            self.status.set_disconnected(error_text(exc))
            self.sync_controls()
            return
        if not self.obs.connected:
            self.status.set_disconnected(self.reason())
        self.sync_controls()

    def reason(self) -> str:
        error = self.obs.last_error
        return error_text(error) if error else self.tr("not connected yet")

    def on_obs_event(self, event: ObsEvent) -> None:
        match event:
            case ConnectionChanged(connected=True, version=version):
                # Whether OBS is already live is the on-air monitor's next poll (a second).
                self.status.set_connected(version)
                if self.state is not OutputState.OFF:
                    self.status.set_output_state(self.state)
            case ConnectionChanged(error=error):
                self.status.set_disconnected(
                    error_text(error) if error else self.tr("disconnected")
                )
            case StreamStateChanged():
                pass  # the on-air monitor maps outputState and calls show_output_state
            case ExitStarted():
                self.status.set_disconnected(self.tr("OBS is closing"))
            case ProfileChanged(name=name):
                self.notice.emit(
                    self.tr(
                        "OBS switched to profile '{name}'; its stream settings may differ."
                    ).format(name=name),
                    PROFILE_MESSAGE_MS,
                )
        self.sync_controls()

    def show_output_state(self, state: OutputState) -> None:
        """OBS's output state from the on-air monitor: live, starting, reconnecting (Stop still
        offered), stopping or off."""
        was_live = self.live
        self.state = state
        self.live = state is not OutputState.OFF
        if self.live != was_live:
            self.live_changed.emit(self.live)
        if self.obs.connected:
            if state is OutputState.OFF:
                self.status.set_connected(self.obs.version)
            else:
                self.status.set_output_state(state)
        self.sync_controls()

    def show_onair(self, snapshot: OnAirSnapshot) -> None:
        """Start streaming is offered only while OBS really points at a FastPix stream (read
        from OBS by the on-air model), and names it; never after OBS was changed by hand."""
        if not snapshot.destination:
            return
        configured = snapshot.stream_id is not None and not snapshot.points_elsewhere
        name = snapshot.label
        self.start_button.setText(
            self.tr("Start streaming to {name}").format(name=button_name(name))
            if name
            else self.tr("Start streaming")
        )
        if configured != self.configured or (configured and snapshot.stream_id != self.stream_id):
            self.configured = configured
            self.stream_id = snapshot.stream_id
            self.sync_controls()

    def show_stream(self, stream_id: str, *, configured: bool) -> None:
        """The stream on screen changed (a create or retry ended)."""
        self.stream_id = stream_id
        self.configured = configured
        self.sync_controls()

    def live_on(self, stream_id: str) -> bool:
        """OBS is live and sending to ``stream_id`` (the stream it was pointed at here)."""
        return self.live and self.configured and self.stream_id == stream_id

    def sync_controls(self) -> None:
        connected = self.obs.connected
        self.stop_action.setEnabled(connected and self.state.on_air)
        self.start_button.setVisible(
            connected and self.state is OutputState.OFF and self.configured
        )
        demo = self._services.demo
        self.start_button.setEnabled(not demo)
        self.start_button.setToolTip(golive_text(DEMO_NEVER_STARTS) if demo else "")
        self.restore_action.setEnabled(connected and not self._runner.busy and self.can_restore)
        self.connection_changed.emit(connected)

    # ------------------------------------------------------------------ commands

    def start_streaming(self) -> asyncio.Task[Any]:
        return self._runner.run(self._start(), name="obs-start")

    async def _start(self) -> None:
        if self._services.demo:  # the stream's key is fake: OBS could only fail
            self._say(golive_text(DEMO_NEVER_STARTS), Tone.WARNING)
            return
        self.start_button.setEnabled(False)
        try:
            await self.obs.start_streaming_and_wait(timeout=START_TIMEOUT_S)
            self._say("", Tone.NORMAL)
        finally:
            self.sync_controls()

    def stop_streaming(self) -> asyncio.Task[Any]:
        return self._runner.run(self._stop(), name="obs-stop")

    async def _stop(self) -> None:
        await self.obs.stop_streaming_and_wait(timeout=START_TIMEOUT_S)
        self._say("", Tone.NORMAL)

    def start_restore(self) -> asyncio.Task[Any] | None:
        # The same one-job-at-a-time rule as Create and Retry OBS: a create racing a restore
        # would lose the snapshot and report a restore that did not happen.
        return self._runner.run_job(self._restore(), name="obs-restore")

    def set_restore_status(self, picture: ObsPicture) -> None:
        """What OBS points at was re-read: Restore is offered only when it has something to do
        (or when the keyring could not be read, so that Restore says so)."""
        if picture.restore is not None:
            self.can_restore = picture.restore.available
            self.restore_action.setToolTip(picture.restore.message)
        else:
            self.can_restore = True
            error = picture.restore_error
            self.restore_action.setToolTip(error_text(error) if error else "")
        self.sync_controls()

    async def _restore(self) -> None:
        if not self.obs.connected:
            self._say(
                self.tr("Cannot restore: OBS is not connected ({reason}).").format(
                    reason=self.reason()
                ),
                Tone.ERROR,
            )
            return
        secrets, hosts = self._services.secrets, self._services.config.hosts
        result = await restore_point.restore(obs=self.obs, secrets=secrets, hosts=hosts)
        if result.outcome is restore_point.RestoreOutcome.NEEDS_CONFIRMATION:
            prompt = AsyncPrompt(
                self._window,
                object_name="restoreOverwritePrompt",
                title=self.tr("Replace OBS's current destination?"),
                text=result.message,
                detail=self.tr("Restore anyway?"),
                accept_text=self.tr("Restore anyway"),
                reject_text=self.tr("Keep it"),
            )
            if not await self._prompts.ask(prompt):
                self._say(self.tr("Nothing was changed in OBS."), Tone.NORMAL)
                return
            result = await restore_point.restore(
                obs=self.obs, secrets=secrets, hosts=hosts, force=True
            )
        restored = result.outcome is restore_point.RestoreOutcome.RESTORED
        nothing = result.outcome is restore_point.RestoreOutcome.NOTHING_TO_RESTORE
        self._say(result.message, Tone.NORMAL if nothing else Tone.SUCCESS)
        if restored:
            self.configured = False
        self.can_restore = False
        self.sync_controls()
        self.restored.emit()

    # ------------------------------------------------------------------ connection dialog

    def open_dialog(self) -> asyncio.Task[Any]:
        return self._runner.run(self._open_dialog(), name="obs-dialog")

    async def _open_dialog(self) -> None:
        info = self.obs.info
        password = info.password or await self._services.secrets.get(secret_names.OBS_PASSWORD)
        dialog = ObsConnectionDialog(
            self._window,
            host=info.host,
            port=int(info.port),
            password=password or "",
            tester=self.test_connection,
            runner=self._runner,
            note=self._environment_note(),
        )
        dialog.save_requested.connect(
            lambda info: self._runner.run(self.save_connection(info), name="obs-save")
        )
        dialog.finished.connect(dialog.deleteLater)
        self.dialog = dialog
        dialog.open()

    def _environment_note(self) -> str:
        """When the environment sets the OBS connection, what is saved here is not used at the
        next start (the environment wins, as for the CLI)."""
        config = self._services.config
        names = [
            name
            for name, value in (
                (app_config.ENV_OBS_URL, config.obs_url),
                (app_config.ENV_OBS_HOST, config.obs_host),
                (app_config.ENV_OBS_PORT, config.obs_port),
                (app_config.ENV_OBS_PASSWORD, config.obs_password),
            )
            if value
        ]
        if not names:
            return ""
        # Two sentences, not %n: English has no translation file to pick "is" or "are".
        text = (
            self.tr("{names} is set: at the next start it is used instead of what you save here.")
            if len(names) == 1
            else self.tr(
                "{names} are set: at the next start they are used instead of what you save here."
            )
        )
        return text.format(names=", ".join(names))

    async def test_connection(self, info: ObsConnectionInfo) -> str:
        """Connect a throw-away controller with ``info``; returns 'OBS x.y (WebSocket a.b)'."""
        probe: ObsPort = (
            ObsController(info, timeout=3.0)
            if self._obs_factory is None
            else self._obs_factory(info)
        )
        try:
            await probe.connect()
            version = probe.version
        finally:
            await probe.close()
        websocket = version.websocket_version if version is not None else ""
        if websocket:
            return self.tr("OBS {version} (WebSocket {websocket})").format(
                version=version_text(version), websocket=websocket
            )
        return self.tr("OBS {version}").format(version=version_text(version))

    async def save_connection(self, info: ObsConnectionInfo) -> None:
        self._services.settings.set_obs_address(info.host, int(info.port))
        secrets = self._services.secrets
        if info.password:
            await secrets.set(secret_names.OBS_PASSWORD, info.password)
        else:
            await secrets.delete(secret_names.OBS_PASSWORD)
        self.keyring_used.emit()
        self.obs.set_connection(info)
        await self.connect_obs()

    # ------------------------------------------------------------------ shutdown

    def stop(self) -> None:
        """First step of quitting: no more OBS events into the window, no more polling."""
        self._unsubscribe()
        self._unsubscribe = lambda: None
