"""The main window: lays out the panels and wires their signals; every action lives in a panel.

Panels run their work through the one OperationRunner (ui/operations.py); docs/ui-architecture.md
says how to add one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fastpix_desktop.ui.settings import AppSettings
from fastpix_desktop.ui.window.size import keep_on_screen, place_first_window

if TYPE_CHECKING:
    # asyncio too: ~16 ms of imports the first frame does not need (docs/start-up.md).
    import asyncio

    from fastpix_desktop.core.autostart import Autostart
    from fastpix_desktop.core.config import Config
    from fastpix_desktop.core.ports import FastPixPort, ObsPort, SecretStorePort
    from fastpix_desktop.core.startup.early_check import StartUp
    from fastpix_desktop.ui.create.stream_details import StreamDetails
    from fastpix_desktop.ui.create.stream_form import StreamForm
    from fastpix_desktop.ui.obs.panel import ObsFactory
    from fastpix_desktop.ui.obs.status import ObsStatusIndicator
    from fastpix_desktop.ui.onair.live_view import LiveView
    from fastpix_desktop.ui.onair.panel import OnAirOptions
    from fastpix_desktop.ui.recordings import RecordingsOptions
    from fastpix_desktop.ui.widgets.checklist import Checklist
    from fastpix_desktop.ui.widgets.prompt import AsyncPrompt

# Long enough for the start-up connections to be under way, short enough to beat a first click.
WARM_UP_DELAY_MS = 200
YOUR_STREAMS_TAB, NEW_STREAM_TAB = 0, 1
LANGUAGE_NOTICE_MS = 10_000


class MainWindow(QMainWindow):
    """Built in two steps so the streamer sees the window at once (docs/start-up.md): the
    constructor makes the frame (title, size and place, menus, "Starting…"), which the app
    shows and paints before importing the rest; ``build`` then adds the panels to it."""

    closing = Signal()  # the window has closed: the app now shuts everything down
    # The LiveStream now in the results panel (a create, a library selection, the stream
    # recognised in OBS, "Use this stream"), or None (docs/ui-architecture.md).
    current_stream_changed = Signal(object)

    def __init__(self, settings: AppSettings, *, demo: bool = False) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.settings = settings
        self.built = False
        self.closed_before_built = False
        self.setWindowTitle(self._title(demo))
        menu = self.menuBar()
        self.file_menu = menu.addMenu(self.tr("&File"))
        self.settings_menu = menu.addMenu(self.tr("&Settings"))
        self.obs_menu = menu.addMenu(self.tr("&OBS"))
        self.help_menu = menu.addMenu(self.tr("&Help"))
        self.statusBar().showMessage(self.tr("Starting…"))
        # Big enough for the form beside the results at 100 %; layouts, not fixed sizes, decide.
        metrics = self.fontMetrics()
        preferred = QSize(metrics.averageCharWidth() * 190, metrics.height() * 50)
        place_first_window(self, settings, preferred)
        self._demo = demo

    def build(self, **parts: Any) -> None:
        """Add the panels at once (tests, the self-test); the keywords of ``build_steps``."""
        for _ in self.build_steps(**parts):
            pass

    def build_steps(
        self,
        *,
        fastpix: FastPixPort,
        obs: ObsPort,
        secrets: SecretStorePort,
        config: Config | None = None,
        clipboard_clear_ms: int | None = None,
        obs_factory: ObsFactory | None = None,
        demo_client_factory: Callable[[], FastPixPort] | None = None,
        open_url: Callable[[QUrl], object] | None = None,
        onair: OnAirOptions | None = None,
        autostart: Autostart | None = None,
        recordings: RecordingsOptions | None = None,
    ) -> Iterator[None]:
        """Add the panels over the one client per remote system; once, before ``start``. Each
        ``next`` does one step of a few ms, so the app can let Qt paint and answer between
        them (docs/start-up.md)."""
        # The panels' modules, imported after the first frame (the app imports them off the UI
        # thread meanwhile; docs/start-up.md).
        from fastpix_desktop.ui.window import parts

        if self.built:
            raise RuntimeError("the window is already built")
        self.services = parts.WindowServices(
            fastpix=fastpix,
            obs=obs,
            secrets=secrets,
            settings=self.settings,
            config=config or parts.Config(),
            demo=self._demo,
        )
        self.error_reporter = parts.ErrorReporter(self)
        self.message_line = parts.MessageLine(self)
        self.runner = parts.OperationRunner(
            say=self.message_line.error, report=self.error_reporter.report_exception, parent=self
        )
        self.prompts = parts.PromptHost()
        yield
        clear_ms = parts.CLEAR_AFTER_MS if clipboard_clear_ms is None else clipboard_clear_ms
        self.clipboard = parts.SecretClipboard(self, clear_after_ms=clear_ms)
        self.quit_guard = parts.QuitGuard(self, runner=self.runner, prompts=self.prompts)

        say = self.message_line.say
        ctx = parts.PanelContext(
            window=self,
            services=self.services,
            runner=self.runner,
            prompts=self.prompts,
            say=say,
            clipboard=self.clipboard,
            open_url=open_url,
        )
        self.credentials_panel = parts.CredentialsPanel(
            ctx, demo_client_factory=demo_client_factory
        )
        self.obs_panel = parts.ObsPanel(ctx, obs_factory=obs_factory)
        self.onair_panel = parts.OnAirPanel(ctx, options=onair)
        self.create_panel = parts.CreatePanel(
            ctx, connect_obs=self.obs_panel.connect_obs, obs_reason=self.obs_panel.reason
        )
        yield
        create = self.create_panel
        self.library_panel = parts.LibraryPanel(
            ctx,
            job=create.job,
            start_streaming=create.start_check.isChecked,
            current_stream=lambda: create.stream,
            obs_live=lambda: self.obs_panel.live,
            questions=create.questions,
            end_live=lambda: self.onair_panel.end_broadcast(confirmed=True),
        )
        yield
        self.simulcast_panel = parts.SimulcastTargetsPanel(ctx, obs_live_on=self.obs_panel.live_on)
        self.signed_links_panel = parts.SignedPlaybackPanel(ctx)
        # Start with the system and the update check (ui/system; docs/release.md).
        self.system_panel = parts.SystemPanel(ctx, autostart=autostart)
        # Clip that, the recording after End broadcast, Past broadcasts (ui/recordings); it is
        # the broadcast clock a second launch's `clip` is answered from.
        self.recordings_panel = parts.RecordingsPanel(
            ctx, monitor=self.onair_panel.monitor, options=recordings
        )
        self.onair_panel.recorder = self.recordings_panel.recorder
        self.quit_guard.add_check(
            lambda: parts.QUIT_WHILE_LIVE if self.onair_panel.state.on_air else ""
        )
        self.quit_guard.add_check(self.signed_links_panel.quit_question)
        yield
        self._open_url = open_url
        self._wire()
        self._build()
        yield
        self.relink_tab_order()
        self._build_menus()
        self.built = True
        self.statusBar().clearMessage()
        if self.settings.problem:  # a settings file planted as a link: not written through
            self.statusBar().showMessage(self.settings.problem)
        self.set_demo(self._demo)
        self.obs_panel.sync_controls()
        # The keyboard starts in the new stream's name (the tab on screen).
        self.form.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    @classmethod
    def with_panels(cls, *, settings: AppSettings, demo: bool = False, **parts: Any) -> MainWindow:
        """Frame and panels at once (tests, tools): ``MainWindow(settings, demo=demo)`` then
        ``build(**parts)``."""
        window = cls(settings, demo=demo)
        window.build(**parts)
        return window

    def _title(self, demo: bool) -> str:
        return self.tr("fastpix-desktop (demo)") if demo else "fastpix-desktop"

    # ================================================================== wiring and layout

    def _wire(self) -> None:
        creds, obs, create = self.credentials_panel, self.obs_panel, self.create_panel
        onair = self.onair_panel
        # First, before a job's start hides the form (one column): the focus is kept.
        self.runner.busy_changed.connect(self._keep_focus)
        creds.demo_started.connect(lambda: self.set_demo(True))
        creds.demo_started.connect(onair.set_fastpix)
        obs.connection_changed.connect(create.set_obs_connected)
        obs.keyring_used.connect(creds.sync_keyring_banner)
        # Any use of the keyring (a deck's go-live too) that finds it locked, or unlocked again.
        add_keyring_listener = getattr(self.secrets, "add_listener", None)
        if add_keyring_listener is not None:
            self._forget_keyring = add_keyring_listener(creds.sync_keyring_banner)
        obs.notice.connect(self.statusBar().showMessage)
        create.stream_shown.connect(lambda s, ok: obs.show_stream(s.stream_id, configured=ok))
        # The stream itself, not its ID: what the create (or load) answered is not fetched again.
        create.stream_shown.connect(lambda stream, ok: onair.watch(stream, configured=ok))
        onair.state_changed.connect(obs.show_output_state)
        onair.state_changed.connect(create.show_output_state)
        # Lines about the broadcast are derived from the one model (issue 26): the create
        # panel's status and "OBS points at this stream", the OBS panel's Start streaming.
        onair.snapshot_changed.connect(create.show_onair)
        onair.succeeded.connect(create.clear_old_failure)
        onair.went_live.connect(create.show_live)
        onair.snapshot_changed.connect(obs.show_onair)
        # The OBS menu's Stop streaming asks like the window's and the tray's.
        obs.stop_action.triggered.disconnect(obs.stop_streaming)
        obs.stop_action.triggered.connect(onair.stop_streaming)
        onair.watched_status.connect(self.library_panel.show_status)
        onair.stream_deleted.connect(self.library_panel.drop_deleted)
        onair.notice.connect(self.statusBar().showMessage)
        onair.show_window_requested.connect(self.show_from_tray)
        onair.quit_requested.connect(self.close)
        create.credentials_rejected.connect(creds.show_problem)
        creds.credentials_saved.connect(create.credentials_changed)
        create.secrets_used.connect(creds.sync_keyring_banner)
        lib = self.library_panel
        lib.show_stream.connect(create.show_existing)
        lib.obs_picture_changed.connect(obs.set_restore_status)
        lib.my_channel_changed.connect(lambda name: create.set_secondary(bool(name)))
        # The OBS menu and the tray follow a channel chosen here (they load it at start).
        lib.channel_chosen.connect(self.onair_panel.set_channel_name)
        lib.loaded.connect(self._library_loaded)
        obs.restored.connect(lambda: lib.start_picture(show=False))
        creds.credentials_changed.connect(lib.reload)
        create.current_stream_changed.connect(lib.stream_on_screen)
        create.current_stream_changed.connect(self.current_stream_changed)
        # The stream on screen: the simulcast targets and signed links follow it.
        simulcast, signed = self.simulcast_panel, self.signed_links_panel
        create.current_stream_changed.connect(
            lambda stream: simulcast.show_stream(stream, created=create.just_created(stream))
        )
        create.current_stream_changed.connect(signed.show_stream)
        create.current_stream_changed.connect(self.recordings_panel.show_stream)
        onair.command_done.connect(self.recordings_panel.show_remote_clip)
        self.recordings_panel.signing_key_created.connect(signed.key_created_elsewhere)
        obs.live_changed.connect(simulcast.obs_live_changed)
        onair.snapshot_changed.connect(simulcast.show_onair)
        # One column (a narrow window): show the tab the user must look at now.
        self.runner.busy_changed.connect(lambda busy: self.columns.show_results() if busy else None)
        self.runner.busy_changed.connect(lambda busy: None if busy else lib.refresh_marks())
        create.settings_rejected.connect(lambda: self.columns.show_form())
        create.stream_shown.connect(lambda *_: self.columns.show_results())

    def _build(self) -> None:
        from fastpix_desktop.ui.window import parts

        creds, obs, create = self.credentials_panel, self.obs_panel, self.create_panel
        central = QWidget(self)
        root = QVBoxLayout(central)

        top = QHBoxLayout()
        obs.status.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.demo_badge = QLabel(self.tr(" Demo: FastPix sandbox, nothing is real "), central)
        self.demo_badge.setObjectName("demoBadge")
        self.demo_badge.setAccessibleName(self.tr("Demo mode: using the built-in FastPix sandbox"))
        font = self.demo_badge.font()
        font.setBold(True)
        self.demo_badge.setFont(font)
        parts.banner_frame(self.demo_badge, parts.Tone.WARNING, strength=0.35)
        # The badge above the OBS line, not beside it: beside OBS (420 px) the two side by side
        # squeezed the OBS line into a column a few words wide.
        top.addWidget(self.demo_badge, 0, Qt.AlignmentFlag.AlignLeft)
        top.addStretch(1)
        root.addLayout(top)
        root.addWidget(obs.status)
        root.addWidget(creds.keyring_banner)
        root.addWidget(creds.credentials_banner)
        root.addWidget(self.onair_panel.banner)
        root.addWidget(self.system_panel.banner)

        # The form and the results: side by side, or one column with two tabs when narrow.
        # Panels go into a column with columns.add_to_form() / add_to_results().
        self.columns = columns = parts.AdaptiveColumns(central)
        root.addWidget(columns, 1)
        # The form column: the streamer's streams, or a new stream's settings.
        self.left_tabs = QTabWidget(central)
        self.left_tabs.setObjectName("leftTabs")
        self.left_tabs.addTab(self.library_panel.widget, self.tr("Your streams"))
        # Frameless tabs and no group box inside them: beside OBS (420 px) every frame nested
        # here is width the settings cannot use; the tab's title names them.
        self.left_tabs.setDocumentMode(True)
        settings_page = QWidget(central)
        settings_layout = QVBoxLayout(settings_page)
        settings_layout.setContentsMargins(0, 6, 0, 0)
        settings_layout.addWidget(create.form)
        self.left_tabs.addTab(settings_page, self.tr("New stream"))
        self.left_tabs.setCurrentIndex(NEW_STREAM_TAB)
        self._tab_chosen = False
        self._focus_before: QWidget | None = None
        self.left_tabs.tabBarClicked.connect(lambda _index: setattr(self, "_tab_chosen", True))
        columns.add_to_form(self.left_tabs)
        columns.add_to_form(create.start_check)
        progress_box = QGroupBox(self.tr("Progress"), central)
        progress_layout = QVBoxLayout(progress_box)
        progress_layout.addWidget(create.checklist_hint)
        progress_layout.addWidget(create.checklist)
        columns.add_to_results(progress_box)
        stream_box = QGroupBox(self.tr("Your stream"), central)
        QVBoxLayout(stream_box).addWidget(create.details)
        columns.add_to_results(stream_box)
        # Under the stream, shown once one is on screen: its signed links (private playback
        # only) and its simulcast targets.
        columns.add_to_results(self.signed_links_panel.box)
        columns.add_to_results(self.simulcast_panel.box)
        columns.add_to_results(self.recordings_panel.box)

        # Below both columns, always in view: the outcome line (a fixed height, so the buttons
        # never move under the pointer when it changes) and the primary action, wrapping to a
        # second row in a narrow window rather than widening it.
        root.addWidget(self.message_line)
        actions = parts.FlowLayout(spacing=6, line_gap=4, align_right=True)
        actions.addWidget(create.cancel_button)
        actions.addWidget(create.create_button)
        actions.addWidget(self.library_panel.go_live_button)
        root.addLayout(actions)

        # Bottom: the on-air figures and actions, the reconnect advice, Start streaming.
        root.addWidget(self.onair_panel.advice_box)
        # The figures take the whole width and the buttons a row of their own that wraps, so
        # a long translation or the Clip that button never widens a window kept beside OBS.
        root.addWidget(self.onair_panel.live_box)
        bottom = parts.FlowLayout(spacing=6, line_gap=4, align_right=True)
        bottom.addWidget(self.recordings_panel.clip_button)
        bottom.addWidget(obs.start_button)
        root.addLayout(bottom)
        self.statusBar().addPermanentWidget(creds.source_label)

        self.setCentralWidget(central)
        columns.content_changed.connect(self.relink_tab_order)  # debounced by the columns
        columns.restore_state(self.services.settings.window_columns())
        # The frame was placed before the panels existed: their minimum may have grown it.
        keep_on_screen(self)

    def relink_tab_order(self) -> None:
        """Tab follows the screen: top to bottom, the form column before the results; every
        control (new results too) gets its accessible description and the wheel guard."""
        from fastpix_desktop.ui.window import parts

        central = self.centralWidget()
        if central is not None:
            parts.relink(central)
            parts.describe(central)
            # New combos, spin boxes and sliders too: the wheel scrolls their pane.
            parts.guard_wheel(central)

    def show_tab(self, index: int) -> None:
        """Your streams / New stream, brought forward with the keyboard in it."""
        self._tab_chosen = True
        self.left_tabs.setCurrentIndex(index)
        self.columns.show_form()
        page = self.left_tabs.currentWidget()
        target = self.form.name_edit if index == NEW_STREAM_TAB else page
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
            if not target.hasFocus() and page is not None:
                page.focusNextChild()

    def _keep_focus(self, busy: bool) -> None:
        """A job's start (Ctrl+Return included) may hide the focused field (the form's tab in
        one column) and its end re-enables Create: the keyboard stays somewhere visible, the
        field it was in when that is still on screen, else Cancel / Create."""
        focus = QApplication.focusWidget()
        if busy:
            self._focus_before = focus if focus is not None and self.isAncestorOf(focus) else None
        QTimer.singleShot(0, self, lambda: self._refocus(busy))

    def _refocus(self, busy: bool) -> None:
        focus = QApplication.focusWidget()
        if focus is not None and focus.isVisible() and focus.isEnabled():
            return
        for widget in (self._focus_before, self.cancel_button if busy else self.create_button):
            if widget is not None and widget.isVisible() and widget.isEnabled():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab cycle through the screen-order chain (ui/window/tab_order.py): the
        tabs, the form, the results, the footer, and round again, never trapped in one pane."""
        central = self.centralWidget()
        if self.built and central is not None:
            from fastpix_desktop.ui.window.tab_order import move_focus

            if move_focus(central, forward=next):
                return True
        return super().focusNextPrevChild(next)

    def _library_loaded(self, count: int) -> None:
        """A returning streamer sees their streams first; once, never mid-run or after the
        streamer chose a tab."""
        if count and not self._tab_chosen and not self.runner.busy:
            self.left_tabs.setCurrentIndex(YOUR_STREAMS_TAB)
        self._tab_chosen = True

    def _build_menus(self) -> None:
        from fastpix_desktop.ui.window import parts

        file_menu = self.file_menu
        create_action = QAction(self.tr("&Create stream"), self)
        create_action.setShortcut(QKeySequence("Ctrl+Return"))
        create_action.triggered.connect(self.create_panel.start_create)
        file_menu.addAction(create_action)
        refresh_action = QAction(self.tr("&Refresh streams"), self)
        refresh_action.setObjectName("refreshLibraryAction")
        refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh_action.triggered.connect(self.library_panel.start_refresh)
        file_menu.addAction(refresh_action)
        file_menu.addSeparator()
        # The two tabs by keyboard, shown with their keys in this menu and the tabs' tooltips.
        for index, text, keys in (
            (YOUR_STREAMS_TAB, self.tr("&Your streams"), "Ctrl+1"),
            (NEW_STREAM_TAB, self.tr("&New stream"), "Ctrl+2"),
        ):
            action = QAction(text, self)
            action.setObjectName(
                "yourStreamsAction" if index == YOUR_STREAMS_TAB else "newStreamAction"
            )
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(lambda _=False, i=index: self.show_tab(i))
            file_menu.addAction(action)
            shown = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            self.left_tabs.setTabToolTip(
                index,
                self.tr("{tab} ({keys})").format(tab=self.left_tabs.tabText(index), keys=shown),
            )
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setObjectName("quitAction")
        # The platform's Quit keys; Windows (and Qt's generic theme) has none, so Ctrl+Q there.
        quit_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
        self.quit_action.setShortcuts(quit_keys or [QKeySequence("Ctrl+Q")])
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        creds, obs = self.credentials_panel, self.obs_panel
        settings_menu = self.settings_menu
        for action in (creds.credentials_action, creds.remove_action, obs.connection_action):
            settings_menu.addAction(action)
        onair = self.onair_panel
        settings_menu.addAction(onair.minimise_action)
        settings_menu.addAction(onair.confirm_action)
        settings_menu.addActions(self.system_panel.actions)
        # Start with the system: the entry on disk is read when the menu opens, not at start.
        settings_menu.aboutToShow.connect(self.system_panel.autostart_action.sync)
        settings_menu.addSeparator()
        self.language_menu = parts.LanguageMenu(
            self,
            settings=self.services.settings,
            say=lambda text: self.statusBar().showMessage(text, LANGUAGE_NOTICE_MS),
        )
        settings_menu.addMenu(self.language_menu)
        obs_menu = self.obs_menu
        for action in (onair.go_live_action, obs.stop_action, onair.reconnect_action):
            obs_menu.addAction(action)
        obs_menu.addAction(onair.end_action)
        recordings = self.recordings_panel
        obs_menu.addAction(recordings.clip_action)
        obs_menu.addAction(recordings.past_action)
        tray = onair.tray
        tray.menu.insertAction(tray.show_action, recordings.clip_action)
        obs_menu.addSeparator()
        for action in (obs.reconnect_action, obs.restore_action):
            obs_menu.addAction(action)
        self.help = parts.HelpMenu(
            self.help_menu,
            keyring_backend=parts.keyring_backend_name,
            say=lambda text: self.message_line.say(text, parts.Tone.WARNING),
            open_url=self._open_url,
        )

    # ================================================================== what the tests see

    # The widgets the window lays out, by their old names: tests and bench find them here.
    @property
    def form(self) -> StreamForm:
        return self.create_panel.form

    @property
    def checklist(self) -> Checklist:
        return self.create_panel.checklist

    @property
    def details(self) -> StreamDetails:
        return self.create_panel.details

    @property
    def create_button(self) -> QPushButton:
        return self.create_panel.create_button

    @property
    def cancel_button(self) -> QPushButton:
        return self.create_panel.cancel_button

    @property
    def start_check(self) -> QCheckBox:
        return self.create_panel.start_check

    @property
    def obs_status(self) -> ObsStatusIndicator:
        return self.obs_panel.status

    @property
    def live_panel(self) -> LiveView:
        return self.onair_panel.live_panel

    @property
    def credentials_banner(self) -> QLabel:
        return self.credentials_panel.credentials_banner

    @property
    def keyring_banner(self) -> QLabel:
        return self.credentials_panel.keyring_banner

    @property
    def prompt(self) -> AsyncPrompt | None:
        return self.prompts.current

    @property
    def fastpix(self) -> FastPixPort:
        return self.services.fastpix

    @property
    def obs(self) -> ObsPort:
        return self.services.obs

    @property
    def secrets(self) -> SecretStorePort:
        return self.services.secrets

    @property
    def demo(self) -> bool:
        return self.services.demo

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def start_create(self) -> asyncio.Task[Any] | None:
        return self.create_panel.start_create()

    def message(self) -> str:
        return self.message_line.message()

    # ================================================================== start-up

    def set_demo(self, demo: bool) -> None:
        self.services.demo = demo
        self.demo_badge.setVisible(demo)
        self.setWindowTitle(self._title(demo))
        self.create_panel.set_demo(demo)
        self.obs_panel.status.set_demo(demo)
        self.obs_panel.sync_controls()
        if demo:
            self.credentials_banner.hide()

    async def start(self, *, begun: StartUp | None = None) -> None:
        """Probe the keyring, connect to OBS, load the FastPix credentials and check them.

        Called once the window is shown and built: every keyring call is awaited here or in
        ``begun``, never before the window shows. ``begun`` is core.startup.early_check.begin's work
        when the app did it before the panels were built (docs/start-up.md); otherwise it is
        done here first.
        """
        from fastpix_desktop.core.startup import early_check
        from fastpix_desktop.ui.widgets import qr

        services = self.services
        if begun is None:
            begun = await early_check.begin(
                services.fastpix,
                services.secrets,
                services.config,
                demo=services.demo,
            )
        await begun.keyring_job  # done already unless the keyring was slow to answer
        self.credentials_panel.sync_keyring_banner()
        # OBS next: its handshake runs while the credentials check is on its round trip.
        await self.obs_panel.start()
        await self.credentials_panel.start(begun.check)
        self.library_panel.start()
        self.onair_panel.start()
        # Once, in the background: a stored signing key deleted on FastPix is said plainly.
        self.signed_links_panel.start()
        # segno's import and first code (~10 ms) while the window idles after start-up, not
        # as a stall on the first click.
        QTimer.singleShot(WARM_UP_DELAY_MS, self, qr.warm_up)

    def changeEvent(self, event: QEvent) -> None:
        # Status colours are derived from the palette; follow the system's light/dark switch.
        if event.type() == QEvent.Type.PaletteChange and self.built:
            from fastpix_desktop.ui.widgets.theme import retone

            retone(self)
        super().changeEvent(event)
        if event.type() == QEvent.Type.WindowStateChange and self.built:
            # After the event: QWidget.showMinimized() makes the window visible again right
            # after the state change, which would undo a hide done here.
            QTimer.singleShot(0, self, lambda: self.onair_panel.hide_when_minimised(self))

    def show_from_tray(self) -> None:
        """From the tray, or a second launch: shown, not minimised, in front; a maximised
        window stays maximised (showNormal() would shrink it)."""
        if self.isMinimized():
            self.setWindowState(self.windowState() & ~Qt.WindowState.WindowMinimized)
        self.show()
        self.raise_()
        self.activateWindow()

    # ================================================================== quitting

    def interrupt(self) -> None:
        """Ctrl+C in the terminal: like File → Quit; a second one while the question is open
        quits without waiting for the answer."""
        if self.built and self.quit_guard.asking:
            self.quit_now()
        else:
            self.close()

    def quit_now(self) -> None:
        """Close without asking (SIGTERM, a session logout): the same orderly shutdown."""
        if self.built:
            self.quit_guard.confirmed = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """File → Quit, Ctrl+Q, the close button and Ctrl+C all come here; the guard asks first
        when quitting would lose something."""
        if not self.built:  # closed while the panels were still being made: nothing to lose
            self.closed_before_built = True
            event.accept()
            self.closing.emit()
            return
        if not self.quit_guard.may_close():
            event.ignore()
            return
        # The app awaits `closing` and then closes the clients (qasync#112): no asyncClose
        # re-entrancy inside a Qt event handler.
        self.obs_panel.stop()
        self.library_panel.stop()
        self.onair_panel.stop()
        self.recordings_panel.stop()
        self.runner.cancel_all()
        self.clipboard.clear_now()
        self.services.settings.set_window_state(self.saveGeometry(), self.columns.save_state())
        event.accept()
        self.closing.emit()

    async def shutdown(self) -> None:
        """Cancel and await every task the window started (called by the app on quit)."""
        forget = getattr(self, "_forget_keyring", None)
        if forget is not None:
            forget()
        await self.runner.shutdown()
        await self.onair_panel.close()
