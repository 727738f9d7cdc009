"""What MainWindow.build puts into the window's frame, in one module the app can import off the
UI thread while the frame paints (docs/start-up.md)."""

from fastpix_desktop.core.config import Config
from fastpix_desktop.ui.adaptive_columns import AdaptiveColumns
from fastpix_desktop.ui.clipboard import CLEAR_AFTER_MS, SecretClipboard
from fastpix_desktop.ui.descriptions import describe
from fastpix_desktop.ui.dialogs.prompt import PromptHost
from fastpix_desktop.ui.errors_dialog import ErrorReporter
from fastpix_desktop.ui.i18n import LanguageMenu
from fastpix_desktop.ui.message_line import MessageLine
from fastpix_desktop.ui.operations import OperationRunner
from fastpix_desktop.ui.panels.create_panel import CreatePanel
from fastpix_desktop.ui.panels.credentials_panel import CredentialsPanel
from fastpix_desktop.ui.panels.library_panel import LibraryPanel
from fastpix_desktop.ui.panels.obs_panel import ObsPanel
from fastpix_desktop.ui.panels.onair_panel import OnAirPanel
from fastpix_desktop.ui.panels.signed_links_panel import SignedPlaybackPanel
from fastpix_desktop.ui.panels.simulcast_targets_panel import SimulcastTargetsPanel
from fastpix_desktop.ui.quit_guard import QUIT_WHILE_LIVE, QuitGuard
from fastpix_desktop.ui.services import PanelContext, WindowServices
from fastpix_desktop.ui.tab_order import relink
from fastpix_desktop.ui.theme import Tone, banner_frame

__all__ = [
    "CLEAR_AFTER_MS",
    "QUIT_WHILE_LIVE",
    "AdaptiveColumns",
    "Config",
    "CreatePanel",
    "CredentialsPanel",
    "ErrorReporter",
    "LanguageMenu",
    "LibraryPanel",
    "MessageLine",
    "ObsPanel",
    "OnAirPanel",
    "OperationRunner",
    "PanelContext",
    "PromptHost",
    "QuitGuard",
    "SecretClipboard",
    "SignedPlaybackPanel",
    "SimulcastTargetsPanel",
    "Tone",
    "WindowServices",
    "banner_frame",
    "describe",
    "relink",
]
