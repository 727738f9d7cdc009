"""fastpix-desktop: create a FastPix live stream and point OBS at it in one click."""

from fastpix_desktop._version import __version__

__all__ = ["__version__"]
