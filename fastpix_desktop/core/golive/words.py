"""A go-live's result in words, the same for the window, the command line and a remote reply.

Every text is a marked core text (core/i18n.py): the English string itself for the CLI and the
logs, translated by the window at display time (``ui.i18n.core_text(CONTEXT, text)``), an
error inside it included.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from fastpix_desktop.core.errors import RestorePointError
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP, marked

if TYPE_CHECKING:
    from fastpix_desktop.core.golive.result import GoLiveResult

CONTEXT = "golive"

DEMO_NEVER_STARTS = QT_TRANSLATE_NOOP(
    "golive",
    "Demo mode never starts streaming: OBS now points at the demo stream, whose key is fake, "
    "so OBS could only fail. Leave demo mode to go live for real.",
)
OBS_NOT_CONNECTED = QT_TRANSLATE_NOOP(
    "golive",
    "OBS was not connected, so it was not configured. Connect OBS (Settings → OBS connection), "
    "then press Retry OBS.",
)


class Mood(StrEnum):
    """How the words should look: went as asked, went partly, failed (the names of ui.widgets.theme
    Tone)."""

    SUCCESS = "success"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Words:
    text: str
    mood: Mood

    @property
    def ok(self) -> bool:
        return self.mood is not Mood.ERROR


def obs_words(result: GoLiveResult) -> Words:
    """What happened in OBS, for the stream the result is about (the results panel's line)."""
    error = result.obs_error
    if error is not None and result.obs_configured:
        # Only the start failed: OBS keeps the new settings, so Start streaming is offered.
        return Words(
            marked(
                QT_TRANSLATE_NOOP(
                    "golive",
                    "OBS is configured for this stream but could not start streaming: {error}",
                ),
                error=error,
            ),
            Mood.WARNING,
        )
    if error is not None:
        return Words(marked(QT_TRANSLATE_NOOP("golive", "{error}"), error=error), Mood.ERROR)
    if result.already_live:
        return Words(
            QT_TRANSLATE_NOOP(
                "golive", "OBS was already live on this stream: nothing was changed."
            ),
            Mood.SUCCESS,
        )
    if result.obs_started:
        return Words(
            QT_TRANSLATE_NOOP("golive", "OBS now sends to this stream and is live."),
            Mood.SUCCESS,
        )
    if result.start_refused:
        return Words(result.start_refused, Mood.SUCCESS)
    if result.obs_configured:
        return Words(
            QT_TRANSLATE_NOOP(
                "golive", "OBS now points at this stream. Start streaming in OBS to go live."
            ),
            Mood.SUCCESS,
        )
    return Words(OBS_NOT_CONNECTED, Mood.ERROR)


def headline(result: GoLiveResult, *, name: str | None = None) -> Words:
    """One line for the whole run: a message line, a remote reply, the CLI's summary
    (``name``: the stream's name when the result does not know it, e.g. my channel's)."""
    error = result.obs_error
    if result.created:
        if error is None:
            return Words(QT_TRANSLATE_NOOP("golive", "Stream created."), Mood.SUCCESS)
        if result.obs_configured:  # never a green "created" under a red failed start
            return Words(
                QT_TRANSLATE_NOOP(
                    "golive",
                    "Stream created and OBS configured, but OBS could not start streaming.",
                ),
                Mood.WARNING,
            )
        return Words(
            QT_TRANSLATE_NOOP("golive", "Stream created, but OBS was not configured."),
            Mood.WARNING,
        )
    name = result.stream.name or name or result.stream.stream_id
    if result.fastpix_unknown and result.obs_started:
        return Words(
            marked(
                QT_TRANSLATE_NOOP(
                    "golive",
                    "OBS is live on {name}. FastPix could not be reached, so its status is "
                    "unknown; OBS already pointed at the stream, so nothing else was needed.",
                ),
                name=name,
            ),
            Mood.WARNING,
        )
    if result.already_live:
        return Words(
            marked(QT_TRANSLATE_NOOP("golive", "OBS is already live on {name}."), name=name),
            Mood.SUCCESS,
        )
    if result.obs_started:
        return Words(
            marked(QT_TRANSLATE_NOOP("golive", "Live on {name}."), name=name), Mood.SUCCESS
        )
    if error is not None and result.obs_configured:
        return obs_words(result)
    if error is not None:
        return Words(
            marked(QT_TRANSLATE_NOOP("golive", "OBS was not configured: {error}"), error=error),
            Mood.ERROR,
        )
    if result.start_refused:
        return Words(result.start_refused, Mood.SUCCESS)
    return Words(
        marked(QT_TRANSLATE_NOOP("golive", "OBS now points at {name}."), name=name),
        Mood.SUCCESS,
    )


def command_line_hint(result: GoLiveResult) -> str:
    """What the command line adds to a failure: how to go on (empty: nothing to add)."""
    if isinstance(result.obs_error, RestorePointError):
        return QT_TRANSLATE_NOOP(
            "golive",
            "OBS was left as it was; run again with --no-restore-point to change it anyway.",
        )
    return ""


def restore_point_warning(result: GoLiveResult) -> str:
    """Said when OBS was changed without a restore point (empty: it was saved)."""
    if not result.restore_point_skipped:
        return ""
    return marked(
        QT_TRANSLATE_NOOP(
            "golive",
            "OBS was changed without saving its previous destination (--no-restore-point): "
            "{reason}.",
        ),
        reason=result.restore_point_skipped,
    )
