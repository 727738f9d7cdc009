"""What every panel of the window shares: one client per remote system, the saved settings,
the configuration read at start (core.config), whether the demo sandbox is in use, and the
go-live pipeline over them (with demo mode's rule)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from fastpix_desktop.core.config import Config
from fastpix_desktop.core.ports import FastPixPort, ObsPort, SecretStorePort
from fastpix_desktop.ui.settings import AppSettings

if TYPE_CHECKING:  # asyncio and the pipeline load after the first frame (docs/start-up.md)
    from fastpix_desktop.core.golive import GoLive, GoLiveOptions


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
