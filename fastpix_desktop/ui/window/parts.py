"""What MainWindow.build puts into the window's frame, in one module the app can import off the
UI thread while the frame paints (docs/start-up.md)."""

from fastpix_desktop.core.config import Config
from fastpix_desktop.core.secrets import keyring_backend_name
from fastpix_desktop.ui.create.panel import CreatePanel
from fastpix_desktop.ui.credentials.panel import CredentialsPanel
from fastpix_desktop.ui.i18n import LanguageMenu
from fastpix_desktop.ui.library.panel import LibraryPanel
from fastpix_desktop.ui.obs.panel import ObsPanel
from fastpix_desktop.ui.onair.panel import OnAirPanel
from fastpix_desktop.ui.operations import OperationRunner
from fastpix_desktop.ui.recordings import RecordingsPanel
from fastpix_desktop.ui.services import PanelContext, WindowServices
from fastpix_desktop.ui.signing.panel import SignedPlaybackPanel
from fastpix_desktop.ui.simulcast.panel import SimulcastTargetsPanel
from fastpix_desktop.ui.system import SystemPanel
from fastpix_desktop.ui.widgets.adaptive_columns import AdaptiveColumns
from fastpix_desktop.ui.widgets.clipboard import CLEAR_AFTER_MS, SecretClipboard
from fastpix_desktop.ui.widgets.descriptions import describe
from fastpix_desktop.ui.widgets.error_dialog import ErrorReporter
from fastpix_desktop.ui.widgets.flow_layout import FlowLayout
from fastpix_desktop.ui.widgets.message_line import MessageLine
from fastpix_desktop.ui.widgets.prompt import PromptHost
from fastpix_desktop.ui.widgets.theme import Tone, banner_frame
from fastpix_desktop.ui.widgets.wheel_guard import guard_wheel
from fastpix_desktop.ui.window.help_menu import HelpMenu
from fastpix_desktop.ui.window.quit_guard import QUIT_WHILE_LIVE, QuitGuard
from fastpix_desktop.ui.window.tab_order import relink

__all__ = [
    "CLEAR_AFTER_MS",
    "QUIT_WHILE_LIVE",
    "AdaptiveColumns",
    "Config",
    "CreatePanel",
    "CredentialsPanel",
    "ErrorReporter",
    "FlowLayout",
    "HelpMenu",
    "LanguageMenu",
    "LibraryPanel",
    "MessageLine",
    "ObsPanel",
    "OnAirPanel",
    "OperationRunner",
    "PanelContext",
    "PromptHost",
    "QuitGuard",
    "RecordingsPanel",
    "SecretClipboard",
    "SignedPlaybackPanel",
    "SimulcastTargetsPanel",
    "SystemPanel",
    "Tone",
    "WindowServices",
    "banner_frame",
    "describe",
    "guard_wheel",
    "keyring_backend_name",
    "relink",
]
