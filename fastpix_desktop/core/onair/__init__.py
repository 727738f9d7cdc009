"""While on air: go live, end and reconnect (use_cases), the monitor with its watchdog, figures
and notifications, OBS's reconnect advice, and the running instance's remote control.

The names below load on first use (core/surface.py), so importing one module of this
package does not import the others."""

from typing import TYPE_CHECKING

from fastpix_desktop.core.surface import lazy_surface

if TYPE_CHECKING:
    from fastpix_desktop.core.onair.monitor import OnAirMonitor, OnAirSnapshot
    from fastpix_desktop.core.onair.notify import Notification, Notifier
    from fastpix_desktop.core.onair.reconnect_advice import (
        ADVICE_CONTEXT,
        ReconnectAdvice,
        check_before_going_live,
    )
    from fastpix_desktop.core.onair.remote import (
        RemoteControlServer,
        RemoteReply,
        RemoteRequest,
        send_command,
    )
    from fastpix_desktop.core.onair.use_cases import DEMO_NEVER_STARTS, protocol_of
    from fastpix_desktop.core.onair.watchdog import Verdict, Watchdog, WatchdogReport

__all__ = [
    "ADVICE_CONTEXT",
    "DEMO_NEVER_STARTS",
    "Notification",
    "Notifier",
    "OnAirMonitor",
    "OnAirSnapshot",
    "ReconnectAdvice",
    "RemoteControlServer",
    "RemoteReply",
    "RemoteRequest",
    "Verdict",
    "Watchdog",
    "WatchdogReport",
    "check_before_going_live",
    "protocol_of",
    "send_command",
]

__getattr__ = lazy_surface(
    __name__,
    {
        "monitor": (
            "OnAirMonitor",
            "OnAirSnapshot",
        ),
        "notify": (
            "Notification",
            "Notifier",
        ),
        "reconnect_advice": (
            "ADVICE_CONTEXT",
            "ReconnectAdvice",
            "check_before_going_live",
        ),
        "remote": (
            "RemoteControlServer",
            "RemoteReply",
            "RemoteRequest",
            "send_command",
        ),
        "use_cases": (
            "DEMO_NEVER_STARTS",
            "protocol_of",
        ),
        "watchdog": (
            "Verdict",
            "Watchdog",
            "WatchdogReport",
        ),
    },
)
