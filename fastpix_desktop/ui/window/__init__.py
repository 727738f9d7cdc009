"""The window's frame and start-up: the first frame painted before the rest is imported
(start), the composition root (app), MainWindow laying out and wiring the panels, and what
the frame needs (size, first paint, tab order, quit guard, garbage collection on the GUI thread).

The names below load on first use (core/surface.py), so importing one module of this
package does not import the others."""

from typing import TYPE_CHECKING

from fastpix_desktop.core.surface import lazy_surface

if TYPE_CHECKING:
    from fastpix_desktop.ui.window.app import run_gui, run_self_test
    from fastpix_desktop.ui.window.feature_scan import make_feature_scan_cheap

__all__ = ["make_feature_scan_cheap", "run_gui", "run_self_test"]

__getattr__ = lazy_surface(
    __name__,
    {
        "app": (
            "run_gui",
            "run_self_test",
        ),
        "feature_scan": ("make_feature_scan_cheap",),
    },
)
