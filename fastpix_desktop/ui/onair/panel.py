"""On air in the window: the one OnAirMonitor's truth shown in the banner, the live panel and the
tray; Stop, Reconnect now, End broadcast and Go live on my channel; desktop notifications; and
the remote control a second launch (a stream deck) talks to. docs/on-air.md has the wiring.

Every command, the window's own and a remote one, runs through the OperationRunner: go-live, end
and reconnect are jobs, so a busy window answers a remote command with a plain "busy" error
instead of running two flows at once.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QGroupBox,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from fastpix_desktop.cli import exit_codes
from fastpix_desktop.cli.live_replies import READ_ONLY, LiveCommands
from fastpix_desktop.cli.second_launch import SHOW_COMMAND
from fastpix_desktop.core import guard
from fastpix_desktop.core.errors import AppError, ObsError
from fastpix_desktop.core.guard import GUARD_CONTEXT, GuardFix, GuardReport
from fastpix_desktop.core.library import my_channel
from fastpix_desktop.core.models import LiveStream, Protocol
from fastpix_desktop.core.obs.output_state import OutputState
from fastpix_desktop.core.onair.monitor import OnAirMonitor, OnAirSnapshot
from fastpix_desktop.core.onair.notify import Notifier
from fastpix_desktop.core.onair.reconnect_advice import advice_from
from fastpix_desktop.core.onair.remote import RemoteControlServer, RemoteReply, RemoteRequest
from fastpix_desktop.core.recordings.recorder import BroadcastRecorder
from fastpix_desktop.ui.i18n import advice_text, core_text, error_text, golive_text, onair_text
from fastpix_desktop.ui.onair.live_view import LiveView
from fastpix_desktop.ui.onair.tray import OnAirTray, TrayNotifier
from fastpix_desktop.ui.operations import current_loop
from fastpix_desktop.ui.services import PanelContext
from fastpix_desktop.ui.widgets.prompt import hand_set_prompt, onair_stop_prompt
from fastpix_desktop.ui.widgets.theme import Tone, set_tone

log = logging.getLogger(__name__)

Say = Callable[[str, Tone], None]
START_TIMEOUT_S = 15.0


def busy_reply(job_name: str) -> RemoteReply:
    """A remote command while the window runs another job: refused, never run alongside."""
    message = QCoreApplication.translate(
        "OnAirPanel",
        "Busy: the window is running another task ({job}). Try again when it has finished.",
    ).format(job=job_name or "?")
    return RemoteReply(
        exit_codes.ERROR, {"error": {"code": exit_codes.ERROR, "message": message}}, message
    )


@dataclass
class OnAirOptions:
    """What tests (and a composition root) may inject: the notifier, the clock, my channel."""

    notifier: Notifier | None = None
    clock: Callable[[], float] | None = None
    channel: Callable[[], str | None] = my_channel.load
    poll_s: float = 1.0


class _SnapshotBridge(QObject):
    snapshot = Signal(object)


# Characters of my channel's name in the OBS menu (the tray has it all).
NAME_IN_MENU = 40


class OnAirPanel(QObject):
    state_changed = Signal(object)  # the OutputState, each time it changes
    snapshot_changed = Signal(object)  # every OnAirSnapshot: views derive their lines from it
    stream_status = Signal(str)  # a fresh FastPix status of the watched stream
    watched_status = Signal(str, str)  # the same, with that stream's ID
    show_window_requested = Signal()
    quit_requested = Signal()
    notice = Signal(str, int)  # a passing note for the status bar
    succeeded = Signal()  # a go-live, end or reconnect finished well: older failures are past
    # A go-live run here (tray, deck) pointed OBS at this stream (LiveStream, Protocol, started):
    # the stream on screen follows, with the protocol OBS now uses.
    went_live = Signal(object, object, bool)
    stream_deleted = Signal(str)  # FastPix says the model's stream no longer exists
    command_done = Signal(object, object)  # a RemoteRequest and its RemoteReply (ui/recordings)

    def __init__(
        self,
        ctx: PanelContext,
        *,
        options: OnAirOptions | None = None,
    ) -> None:
        window = ctx.window
        services = ctx.services
        runner = ctx.runner
        say = ctx.say
        super().__init__(window)
        options = options or OnAirOptions()
        self._prompts = ctx.prompts
        self._window = window
        self._services = services
        self._runner = runner
        self._say = say
        self._channel = options.channel
        self._poll_s = options.poll_s
        self.state = OutputState.OFF
        self.snapshot: OnAirSnapshot | None = None
        self._stream_status: str | None = None
        self._told_deleted: set[str] = set()
        # The message line says OBS is live (a go-live), or that contact with OBS was lost.
        self._said_live = False
        self._said_lost = False
        self.server: RemoteControlServer | None = None
        # The broadcast clock a remote `clip` is answered from (set by the window: ui/recordings).
        self.recorder: BroadcastRecorder | None = None

        self.tray = OnAirTray(self)
        self.notifier: Notifier = (
            options.notifier if options.notifier is not None else TrayNotifier(self.tray)
        )
        # The on-air core is typed to the real clients; the window's ports are them at run time.
        self.monitor = OnAirMonitor(
            obs=services.obs,
            fastpix=services.fastpix,
            notifier=self.notifier,
            clock=options.clock or time.monotonic,
            hosts=services.config.hosts,
        )

        self.live_panel = LiveView(window)
        self.live_panel.setObjectName("livePanel")
        # The loud banner is the live panel's own (it replaces its text with every snapshot);
        # the window places it at the top, where it cannot be missed.
        self.banner = self.live_panel.banner
        self.banner.setObjectName("onAirBanner")
        self.live_box = QGroupBox(self.tr("On air"), window)
        self.live_box.setObjectName("onAirBox")
        QVBoxLayout(self.live_box).addWidget(self.live_panel)
        self.live_box.hide()
        self.advice_label = QLabel(window)
        self.advice_label.setObjectName("reconnectAdvice")
        self.advice_label.setWordWrap(True)
        set_tone(self.advice_label, Tone.WARNING)
        self.advice_label.hide()
        # The broadcast guard's one-click fixes (core/guard): OBS profile changes are saved in
        # the restore point first, so Restore undoes them; a reconnect-window fix changes the
        # stream. What each does and costs is in the tooltip (the window stays narrow).
        self.fix_button = QPushButton(self.tr("Apply the suggested fix"), window)
        self.fix_button.setObjectName("guardFixButton")
        self.fix_button.setAccessibleName(self.tr("Apply the suggested fix"))
        self.fix_button.hide()
        self.fix_button.clicked.connect(self.apply_fixes)
        self._fixes: tuple[GuardFix, ...] = ()
        self._fix_stream_id: str | None = None
        self.advice_box = QWidget(window)
        self.advice_box.setObjectName("guardAdvice")
        advice_layout = QVBoxLayout(self.advice_box)
        advice_layout.setContentsMargins(0, 0, 0, 0)
        advice_layout.addWidget(self.advice_label)
        advice_layout.addWidget(self.fix_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.go_live_action = self._action(self.tr("&Go live on my channel"), "goLiveAction")
        self.go_live_action.triggered.connect(self.go_live)
        self.end_action = self._action(self.tr("&End broadcast"), "endBroadcastAction")
        self.end_action.triggered.connect(self.end_broadcast)
        self.reconnect_action = self._action(self.tr("Reconnect &now"), "reconnectNowAction")
        self.reconnect_action.triggered.connect(self.reconnect_now)
        self.minimise_action = self._action(self.tr("&Minimise to tray"), "minimiseToTrayAction")
        self.minimise_action.setCheckable(True)
        self.minimise_action.setChecked(services.settings.minimise_to_tray())
        self.minimise_action.toggled.connect(self._set_minimise_to_tray)
        self.tray.minimise_to_tray = self.minimise_action.isChecked()
        self.confirm_action = self._action(
            self.tr("&Ask before ending or stopping a broadcast"), "confirmOnAirAction"
        )
        self.confirm_action.setCheckable(True)
        self.confirm_action.setChecked(services.settings.confirm_onair_actions())
        self.confirm_action.toggled.connect(services.settings.set_confirm_onair_actions)

        self.live_panel.stop_requested.connect(self.stop_streaming)
        self.live_panel.reconnect_requested.connect(self.reconnect_now)
        self.live_panel.end_requested.connect(self.end_broadcast)
        self.tray.go_live_requested.connect(self.go_live)
        self.tray.end_requested.connect(self.end_broadcast)
        self.tray.reconnect_requested.connect(self.reconnect_now)
        self.tray.show_window_requested.connect(self.show_window_requested)
        self.tray.quit_requested.connect(self.quit_requested)
        runner.busy_changed.connect(self._set_busy)

        self._bridge = _SnapshotBridge(self)
        self._bridge.snapshot.connect(self._show)
        self._unlisten = self.monitor.add_listener(self._bridge.snapshot.emit)
        # A Qt timer starts each poll as its own short task: a long-lived polling task could be
        # stepped after a (nested) loop stopped, and one lost poll must not end the watching.
        self._timer = QTimer(self)
        self._timer.setInterval(max(1, int(self._poll_s * 1000)))
        self._timer.timeout.connect(self.poll)
        self._bug_reported = False
        self._show(self.monitor.snapshot())

    def _action(self, text: str, name: str) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        return action

    # ------------------------------------------------------------------ start, stop

    def start(self) -> None:
        """Show the tray icon and watch OBS (every ``poll_s``) until ``stop()``."""
        self.tray.show()
        self._timer.start()
        self.poll()
        self._runner.run(
            self._load_channel(),
            name="my-channel",
            say=lambda text: log.info("Could not load my channel: %s", text),
        )

    def start_remote(self, directory: Any = None) -> bool:
        """Host the remote control; False when another instance already holds it."""
        server = RemoteControlServer(self.handle_remote, loop=current_loop(), directory=directory)
        try:
            started = server.start()
        except AppError as error:  # a state folder the app cannot use safely (core/localfiles)
            self.notice.emit(
                self.tr("The remote control is off: {error}").format(error=error_text(error)),
                15_000,
            )
            return False
        if not started:
            self.notice.emit(
                self.tr("Another fastpix-desktop is running: go-live, end and status go to it."),
                10_000,
            )
            return False
        self.server = server
        return True

    def stop(self) -> None:
        """First step of quitting: no more commands, polling or tray."""
        if self.server is not None:
            self.server.close()
            self.server = None
        self._timer.stop()
        self._runner.cancel_group("onair-poll")
        self._unlisten()
        self.tray.icon.hide()

    async def close(self) -> None:
        await self.monitor.close()

    def poll(self) -> asyncio.Task[Any] | None:
        """One round of the monitor (OBS now; FastPix and viewers when due), unless one runs."""
        if self._runner.running("onair-poll") is not None:
            return None
        return self._runner.run(self._poll_round(), name="onair-poll")

    async def _poll_round(self) -> None:
        try:
            await self.monitor.poll_once()
        except AppError:
            raise
        except Exception as exc:  # a bug: told once, and the watching goes on
            if not self._bug_reported:
                self._bug_reported = True
                self._runner.unexpected(exc)

    async def _load_channel(self) -> None:
        stream_id = self._channel()
        name = (my_channel.load_name() if stream_id else None) or stream_id
        if stream_id:
            try:
                stream = await self._services.fastpix.get_stream(stream_id)
            except AppError:
                pass
            else:
                name = stream.name or stream_id
        self.set_channel_name(name or "")
        self.go_live_action.setEnabled(bool(stream_id))

    def set_channel_name(self, name: str) -> None:
        """My channel's name ("" = none): the OBS menu and the tray say the same words,
        "Go live on <name>"."""
        self.tray.set_channel(name or None)
        shown = name if len(name) <= NAME_IN_MENU else name[: NAME_IN_MENU - 1] + "…"
        self.go_live_action.setText(
            self.tr("&Go live on {name}").format(name=shown.replace("&", "&&"))
            if name
            else self.tr("&Go live on my channel")
        )
        self._sync_actions()

    # ------------------------------------------------------------------ the stream on screen

    def watch(self, stream: LiveStream, *, configured: bool) -> None:
        """A create, retry or use ended. The stream on screen is a view choice: only a stream
        OBS was pointed at here tells the model (which refuses it while OBS is live on another
        one), and OBS's destination is read again either way. The reconnect advice reads the
        stream as shown (a create's answer already has its reconnect window)."""
        if not configured:
            self.monitor.refresh_destination()
        watched = configured and self.monitor.watch_stream(stream)
        # The stream shown may carry an older status than the model's last poll (a library
        # row): every view shows the model's again at once, not from the next poll on.
        self._show(self.monitor.snapshot())
        if not watched:
            return
        self.advice_label.hide()
        self.fix_button.hide()
        self._runner.run(
            self._advise(stream),
            name="reconnect-advice",
            say=lambda text: log.info("No reconnect advice: %s", text),
        )

    async def _advise(self, stream: LiveStream) -> None:
        stream_id = stream.stream_id
        try:
            report = await guard.check_obs(
                self._services.obs,
                window_s=stream.reconnect_window,
                hosts=self._services.config.hosts,
            )
        except ObsError:
            return  # no advice when OBS cannot tell (never blocks going live)
        self.show_advice([advice_text(a) for a in advice_from(report)])
        self.show_fixes(report, stream_id)

    def show_fixes(self, report: GuardReport, stream_id: str) -> None:
        """One button for the findings' fixes; its tooltip says what each does and costs."""
        self._fixes = tuple(f.fix for f in report.warnings if f.fix is not None)
        self._fix_stream_id = stream_id
        lines = [
            self.tr("{what} ({cost})").format(
                what=core_text(GUARD_CONTEXT, fix.description),
                cost=core_text(GUARD_CONTEXT, fix.trade_off),
            )
            for fix in self._fixes
        ]
        self.fix_button.setToolTip("\n".join(lines))
        self.fix_button.setAccessibleDescription("\n".join(lines))
        self.fix_button.setVisible(bool(self._fixes))

    def apply_fixes(self) -> None:
        fixes, stream_id = self._fixes, self._fix_stream_id
        if not fixes or stream_id is None:
            return
        self.fix_button.setEnabled(False)
        self._runner.run(self._apply_fixes(fixes, stream_id), name="guard-fix")

    async def _apply_fixes(self, fixes: tuple[GuardFix, ...], stream_id: str) -> None:
        services = self._services
        restart = False
        try:
            for fix in fixes:
                result = await guard.apply_fix(
                    fix,
                    obs=services.obs,
                    secrets=services.secrets,
                    fastpix=services.fastpix,
                    stream_id=stream_id,
                )
                restart = restart or result.needs_profile_reload
        finally:
            self.fix_button.setEnabled(True)
        # A reconnect-window fix changed the stream: its window, fetched now.
        stream = await services.fastpix.get_stream(stream_id)
        if self.monitor.stream_id == stream_id:
            self.monitor.watch_stream(stream)
        await self._advise(stream)
        if restart:
            note = self.tr("Fixed. OBS uses the change after a restart: restart OBS first.")
            self.show_advice([*filter(None, [self.advice_label.text()]), note])

    def show_advice(self, messages: list[str]) -> None:
        text = "\n".join(messages)
        self.advice_label.setText(text)
        self.advice_label.setVisible(bool(text))

    def set_fastpix(self) -> None:
        """The window swapped its FastPix client (demo mode)."""
        self.monitor.set_fastpix(self._services.fastpix)

    # ------------------------------------------------------------------ showing the truth

    def _show(self, snapshot: OnAirSnapshot) -> None:
        self.snapshot = snapshot
        self.live_panel.show_snapshot(snapshot)
        self.tray.show_snapshot(snapshot)
        self.live_box.setVisible(snapshot.state is not OutputState.OFF)
        was_on_air = self.state.on_air
        if snapshot.state is not self.state:
            self.state = snapshot.state
            self.state_changed.emit(snapshot.state)
        self._tell_obs_contact(snapshot, was_on_air=was_on_air)
        if snapshot.stream_status and snapshot.stream_status != self._stream_status:
            self.stream_status.emit(snapshot.stream_status)
            if snapshot.stream_id:
                self.watched_status.emit(snapshot.stream_id, snapshot.stream_status)
        self._stream_status = snapshot.stream_status
        if snapshot.stream_deleted and snapshot.stream_id not in self._told_deleted:
            self._told_deleted.add(snapshot.stream_id or "")
            self.stream_deleted.emit(snapshot.stream_id)
        self.snapshot_changed.emit(snapshot)
        self._sync_actions()

    def _tell_obs_contact(self, snapshot: OnAirSnapshot, *, was_on_air: bool) -> None:
        """The message line never goes on saying "live" once OBS stopped or went away (OBS
        closed, crashed or killed mid-broadcast: issue 26, item 4), and says when OBS is back.
        A running job (End broadcast, Reconnect now) says its own outcome."""
        if not snapshot.obs_connected:
            if was_on_air and not snapshot.state.on_air:
                self._said_live, self._said_lost = False, True
                self._say(
                    self.tr(
                        "Lost contact with OBS while on air: OBS may have closed or crashed. "
                        "The app reconnects when OBS is back, and shows what OBS is doing then."
                    ),
                    Tone.ERROR,
                )
            return
        if self._said_lost:
            self._said_lost = False
            self._say(
                self.tr("OBS is back and streaming.")
                if snapshot.state.on_air
                else self.tr("OBS is back; it is not streaming."),
                Tone.NORMAL,
            )
        elif self._said_live and was_on_air and snapshot.state is OutputState.OFF:
            self._said_live = False
            if not self._runner.busy:
                self._say(self.tr("OBS stopped streaming."), Tone.NORMAL)

    def _set_busy(self, busy: bool) -> None:
        self.live_panel.set_busy(busy)
        self.tray.set_busy(busy)
        self._sync_actions()

    def _sync_actions(self) -> None:
        busy, on_air = self._runner.busy, self.state.on_air
        self.end_action.setEnabled(on_air and not busy)
        self.reconnect_action.setEnabled(on_air and not busy)
        self.go_live_action.setEnabled(self.tray.go_live_action.isEnabled())

    # ------------------------------------------------------------------ commands

    def _commands(self, *, ask: bool = False) -> LiveCommands:
        """``ask``: the streamer is at the window (not a stream deck), so a push over a
        destination set in OBS by hand can be confirmed here."""
        services = self._services
        commands = LiveCommands(
            confirm_hand_set=self._confirm_hand_set if ask else None,
            obs=services.obs,
            fastpix=services.fastpix,
            secrets=services.secrets,
            hosts=services.config.hosts,
            monitor=self.monitor,
            options=services.golive_options(),  # demo mode never starts streaming
            channel=self._channel,
        )
        commands.recorder = self.recorder
        return commands

    def stop_streaming(self) -> asyncio.Task[Any]:
        """Stop: available whenever OBS is on air, reconnecting included; asks first."""
        return self._runner.run(self._stop(), name="obs-stop")

    async def _stop(self) -> None:
        if not await self._confirm(end=False):
            return
        await self._services.obs.stop_streaming_and_wait(timeout=START_TIMEOUT_S)
        self._say("", Tone.NORMAL)

    async def _confirm(self, *, end: bool) -> bool:
        """End broadcast and Stop streaming (window, tray, OBS menu) ask, naming the live
        stream, unless the streamer chose "Don't ask again". A stream deck's ``end`` does
        not: its button is the deliberate act."""
        snapshot = self.monitor.snapshot()
        live = snapshot.state.on_air or (end and snapshot.stream_status == "active")
        if not live or not self.confirm_action.isChecked():
            return True
        name = snapshot.label or snapshot.destination or self.tr("OBS's current destination")
        prompt = onair_stop_prompt(self._window, end=end, name=name)
        box = prompt.checkBox()
        yes = await self._prompts.ask(prompt)
        if yes and box is not None and box.isChecked():
            self.confirm_action.setChecked(False)
        return yes

    def reconnect_now(self) -> asyncio.Task[Any] | None:
        return self._runner.run_job(self._reconnect(), name="reconnect-now")

    async def _reconnect(self) -> None:
        await self.monitor.reconnect_now(timeout=START_TIMEOUT_S)
        self._say(self.tr("OBS reconnected to FastPix."), Tone.SUCCESS)

    def go_live(self) -> asyncio.Task[Any] | None:
        return self._runner.run_job(
            self._run_command(RemoteRequest("go-live"), ask=True), name="go-live"
        )

    async def _confirm_hand_set(self, destination: str) -> bool:
        """Asked before Go live replaces a destination set in OBS by hand (as Restore asks)."""
        return await self._prompts.ask(hand_set_prompt(self._window, destination))

    def end_broadcast(self, *, confirmed: bool = False) -> asyncio.Task[Any] | None:
        """``confirmed``: the caller already asked (the library's Finish)."""
        return self._runner.run_job(self._end_confirmed(confirmed), name="end-broadcast")

    async def _end_confirmed(self, confirmed: bool) -> RemoteReply | None:
        if not confirmed and not await self._confirm(end=True):
            return None
        return await self._run_command(RemoteRequest("end"))

    async def _run_command(self, request: RemoteRequest, *, ask: bool = False) -> RemoteReply:
        reply = await self._commands(ask=ask).handle(request)
        if request.command not in READ_ONLY:
            self.monitor.ask_fastpix_soon()  # the broadcast changed: its status, in a second
        stream = self.monitor.stream
        if (
            request.command == "go-live"
            and reply.exit_code == exit_codes.OK
            and stream is not None
            and stream.stream_id == reply.json.get("streamId")
            and stream.stream_key  # known from FastPix, keys included
        ):
            obs = reply.json.get("obs") or {}
            protocol = Protocol(reply.json.get("protocol") or Protocol.RTMPS)
            self.went_live.emit(stream, protocol, bool(obs.get("started")))
        self._reflect(request, reply)
        self.command_done.emit(request, reply)
        return reply

    def _reflect(self, request: RemoteRequest, reply: RemoteReply) -> None:
        """What a go-live or end (from the window or a second launch) did, in plain words."""
        if request.command in READ_ONLY:
            return
        # The message line now says what this command did; only a go-live's says "live".
        self._said_live = request.command == "go-live" and reply.exit_code == exit_codes.OK
        self._said_lost = False
        if request.command == "go-live":
            self.show_advice([advice_text(a) for a in reply.advice])
        if reply.error is not None:
            text = error_text(reply.error)
        elif reply.headline and request.command == "go-live":
            text = golive_text(reply.headline)  # the pipeline's words (core/golive)
        elif reply.headline:
            text = onair_text(reply.headline)
        else:
            text = reply.text.split("\nwarning: ")[0]
        self._say(text, Tone.SUCCESS if reply.exit_code == exit_codes.OK else Tone.ERROR)
        if reply.exit_code == exit_codes.OK:
            self.succeeded.emit()

    async def handle_remote(self, request: RemoteRequest) -> RemoteReply:
        """The remote control's handler (on the window's loop): status at once, the others as
        the window's one job; "show" (a second launch) brings this window to the front."""
        if request.command == SHOW_COMMAND:
            self.show_window_requested.emit()
            text = self.tr("The running window was brought to the front.")
            return RemoteReply(exit_codes.OK, {"shown": True}, text)
        if request.command in READ_ONLY:
            task: asyncio.Task[Any] | None = self._runner.run(
                self._commands().handle(request), name=f"remote-{request.command}"
            )
        else:
            task = self._runner.run_job(
                self._run_command(request), name=f"remote-{request.command}"
            )
            if task is None:
                return busy_reply(self._runner.job_name)
        assert task is not None
        reply = await task
        if not isinstance(reply, RemoteReply):  # cancelled in the window, or a bug (dialog)
            message = self.tr("The window did not finish the command; see its window.")
            return RemoteReply(
                exit_codes.ERROR, {"error": {"code": exit_codes.ERROR, "message": message}}, message
            )
        return reply

    # ------------------------------------------------------------------ tray and window

    def _set_minimise_to_tray(self, on: bool) -> None:
        self._services.settings.set_minimise_to_tray(on)
        self.tray.minimise_to_tray = on

    def hide_when_minimised(self, window: QWidget) -> bool:
        """Minimised with minimise-to-tray on (and a tray to come back from): hide the window."""
        if (
            self.tray.minimise_to_tray
            and window.isMinimized()
            and QSystemTrayIcon.isSystemTrayAvailable()
        ):
            window.hide()
            return True
        return False
