"""The command line: parsing and the console script's ``main`` (entry), one module per
subcommand group, the exit codes, the replies to go-live/end/status, and the headless host.

The names below load on first use (core/surface.py), so importing one module of this
package does not import the others."""

from typing import TYPE_CHECKING

from fastpix_desktop.core.surface import lazy_surface

if TYPE_CHECKING:
    from fastpix_desktop.cli.entry import main
    from fastpix_desktop.cli.live_replies import LiveCommands

__all__ = ["LiveCommands", "main"]

__getattr__ = lazy_surface(
    __name__,
    {
        "entry": ("main",),
        "live_replies": ("LiveCommands",),
    },
)
