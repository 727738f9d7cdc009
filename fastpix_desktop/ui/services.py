"""What every panel of the window shares: one client per remote system, the saved settings,
the configuration read at start (core.config), and whether the demo sandbox is in use."""

from __future__ import annotations

from dataclasses import dataclass, field

from fastpix_desktop.core.config import Config
from fastpix_desktop.core.ports import FastPixPort, ObsPort, SecretStorePort
from fastpix_desktop.ui.settings import AppSettings


@dataclass
class WindowServices:
    fastpix: FastPixPort  # replaced when the user switches to demo mode
    obs: ObsPort
    secrets: SecretStorePort
    settings: AppSettings
    config: Config = field(default_factory=Config)
    demo: bool = False
