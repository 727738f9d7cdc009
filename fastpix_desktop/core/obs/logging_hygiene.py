"""Keeps obsws-python's logging quiet and secret-free: no password, no traceback noise."""

from __future__ import annotations

import logging

from fastpix_desktop.core.redact import redact

# obsws-python logs the password at INFO and every failure with a traceback via
# logger.exception (docs/obs-websocket.md). Its loggers are children named after the
# classes, so a filter must sit on each child; the parent only sets the level.
_OBSWS_CHILD_LOGGERS = (
    "obsws_python.baseclient.ObsClient",
    "obsws_python.reqs.ReqClient",
    "obsws_python.events.EventClient",
    "obsws_python.events._WatchedEventClient",
)


class _ObswsLogFilter(logging.Filter):
    """Drops obsws-python's logger.exception records, masks secrets in the rest, demotes them.

    Those records (refused connects, timeouts, refused requests) each become a typed ObsError
    here, so the traceback would only be noise, repeated on every reconnect attempt. Its
    ``logger.error("OBSSDKError: failed to identify client ...")`` lines say the same as the
    app's own sentence, so they go on at DEBUG only: in a debug log, never next to that sentence
    in the window's log or on the CLI's stderr.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info:
            return False
        try:
            message = record.getMessage()
        except Exception:
            message = str(record.msg)
        record.msg, record.args = redact(message), None
        if record.levelno > logging.DEBUG:
            record.levelno, record.levelname = logging.DEBUG, logging.getLevelName(logging.DEBUG)
        return True


def _quiet_obsws_logging() -> None:
    parent = logging.getLogger("obsws_python")
    # Its own level, not the inherited one: a root logger at DEBUG must not let INFO through.
    if parent.level < logging.WARNING:  # NOTSET (0) included
        parent.setLevel(logging.WARNING)
    for name in _OBSWS_CHILD_LOGGERS:
        child = logging.getLogger(name)
        if not any(isinstance(f, _ObswsLogFilter) for f in child.filters):
            child.addFilter(_ObswsLogFilter())
