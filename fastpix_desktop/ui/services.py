"""What every panel of the window shares: one client per remote system, the saved settings,
the configuration read at start (core.config), whether the demo sandbox is in use, and the
go-live pipeline over them with demo mode's rule (``WindowServices``); and what every panel's
constructor takes (``PanelContext``)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from fastpix_desktop.core.config import Config
from fastpix_desktop.core.ports import FastPixPort, ObsPort, SecretStorePort
from fastpix_desktop.ui.settings import AppSettings

if TYPE_CHECKING:  # asyncio and the pipeline load after the first frame (docs/start-up.md)
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QWidget

    from fastpix_desktop.core.golive import GoLive, GoLiveOptions
    from fastpix_desktop.ui.operations import OperationRunner
    from fastpix_desktop.ui.widgets.clipboard import SecretClipboard
    from fastpix_desktop.ui.widgets.prompt import PromptHost
    from fastpix_desktop.ui.widgets.theme import Tone


@dataclass
class WindowServices:
    fastpix: FastPixPort  # replaced when the user switches to demo mode
    obs: ObsPort
    secrets: SecretStorePort
    settings: AppSettings
    config: Config = field(default_factory=Config)
    demo: bool = False

    def golive(self) -> GoLive:
        """The go-live pipeline over these clients; demo mode's rule (never start streaming)
        is set here, once, for every go-live the window runs."""
        from fastpix_desktop.core.golive import GoLive, ObsPushLock

        return GoLive(
            fastpix=self.fastpix,
            obs=self.obs,
            secrets=self.secrets,
            hosts=self.config.hosts,
            options=self.golive_options(),
            push_lock=ObsPushLock(),
        )

    def golive_options(self) -> GoLiveOptions:
        from fastpix_desktop.core.golive import GoLiveOptions

        return GoLiveOptions(allow_start=not self.demo)


class MessageSay(Protocol):
    """The message line's ``say``: plain words next to the primary action, in a tone."""

    def __call__(self, text: str, tone: Tone = ..., /) -> None: ...


@dataclass(frozen=True)
class PanelContext:
    """The dependencies every panel's constructor takes, built once by ``MainWindow``: the
    window (the panels' widgets' parent), the shared services, the one operation runner, the
    one prompt host, the message line, the secret clipboard and how links are opened."""

    window: QWidget
    services: WindowServices
    runner: OperationRunner
    prompts: PromptHost
    say: MessageSay
    clipboard: SecretClipboard
    open_url: Callable[[QUrl], object] | None = None
