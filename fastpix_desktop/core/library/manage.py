"""Managing one stream: edit, enable, disable, finish ("End broadcast"), delete and playback IDs,
with FastPix's status rules checked first and explained in plain words before and after.

The rules (docs/stream-library.md): finish only when active; enable only when disabled; a
disabled stream cannot be updated; PATCH always carries reconnectWindow, since both official SDKs
reset it to 60 when it is left out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING

from fastpix_desktop.core.errors import FastPixRequestError
from fastpix_desktop.core.i18n import QT_TRANSLATE_NOOP, marked
from fastpix_desktop.core.models import NAME_METADATA_KEY, AccessPolicy, LiveStream, StreamStatus

if TYPE_CHECKING:
    from fastpix_desktop.core.ports import FastPixPort


class Action(StrEnum):
    UPDATE = "update"
    ENABLE = "enable"
    DISABLE = "disable"
    FINISH = "finish"
    DELETE = "delete"
    ADD_PLAYBACK = "add_playback"
    REMOVE_PLAYBACK = "remove_playback"


# What each action will do, shown before the call (in a confirmation, or as a tooltip).
BEFORE: dict[Action, str] = {
    Action.UPDATE: QT_TRANSLATE_NOOP(
        "stream_manage",
        "Saves the name, metadata and reconnect window. The stream key and links stay the same.",
    ),
    Action.ENABLE: QT_TRANSLATE_NOOP(
        "stream_manage",
        "Lets encoders connect to this stream again.",
    ),
    Action.DISABLE: QT_TRANSLATE_NOOP(
        "stream_manage",
        "Cuts off any encoder sending to this stream and refuses new ones until it "
        "is enabled again. A disabled stream cannot be edited.",
    ),
    Action.FINISH: QT_TRANSLATE_NOOP(
        "stream_manage",
        "Ends the broadcast now: FastPix marks the stream idle and starts processing "
        "the recording, without waiting for the reconnect window.",
    ),
    Action.DELETE: QT_TRANSLATE_NOOP(
        "stream_manage",
        "Deletes the stream for good: its key stops working, its playback links stop "
        "playing and an encoder sending to it is cut off. This cannot be undone.",
    ),
    Action.ADD_PLAYBACK: QT_TRANSLATE_NOOP(
        "stream_manage",
        "Adds another playback link. A private link needs a signed token to play.",
    ),
    Action.REMOVE_PLAYBACK: QT_TRANSLATE_NOOP(
        "stream_manage",
        "Removes this playback link: players using it stop working.",
    ),
}


@dataclass(frozen=True)
class Outcome:
    """What a manage call did: the message to show after it, and the stream as it is now
    (None after a delete, or when FastPix's answer carries no stream)."""

    message: str
    stream: LiveStream | None = None


def refusal(action: Action, status: str) -> str | None:
    """Why FastPix would refuse ``action`` on a stream with this status, in plain words; None
    if it is allowed."""
    status = str(status)
    if action is Action.FINISH and status != StreamStatus.ACTIVE:
        return marked(
            QT_TRANSLATE_NOOP(
                "stream_manage",
                "Only a stream that is live on FastPix (active) can be ended; this one is "
                "{status}.",
            ),
            status=status,
        )
    if action is Action.ENABLE and status != StreamStatus.DISABLED:
        return marked(
            QT_TRANSLATE_NOOP("stream_manage", "This stream is already enabled ({status})."),
            status=status,
        )
    if action is Action.DISABLE and status == StreamStatus.DISABLED:
        return QT_TRANSLATE_NOOP("stream_manage", "This stream is already disabled.")
    if action is Action.UPDATE and status == StreamStatus.DISABLED:
        return QT_TRANSLATE_NOOP(
            "stream_manage",
            "A disabled stream cannot be edited. Enable it first, then make the change.",
        )
    return None


def _refuse_unless_allowed(action: Action, stream: LiveStream) -> None:
    reason = refusal(action, stream.status)
    if reason is not None:
        raise FastPixRequestError(reason, status=None)


async def update_stream(
    fastpix: FastPixPort,
    stream_id: str,
    *,
    name: str | None = None,
    metadata: Mapping[str, str] | None = None,
    reconnect_window: int | None = None,
) -> Outcome:
    """Rename, replace the other metadata and/or change the reconnect window.

    The stream is read first: its current reconnect window is sent when none is given
    (FastPix resets it to 60 otherwise), and a rename keeps the other metadata.
    """
    current = await fastpix.get_stream(stream_id)
    _refuse_unless_allowed(Action.UPDATE, current)
    merged = dict(current.metadata if metadata is None else metadata)
    if metadata is not None and NAME_METADATA_KEY in current.metadata:
        merged.setdefault(NAME_METADATA_KEY, current.metadata[NAME_METADATA_KEY])
    if name is not None:
        if name.strip():
            merged[NAME_METADATA_KEY] = name.strip()
        else:
            merged.pop(NAME_METADATA_KEY, None)
    window = current.reconnect_window if reconnect_window is None else reconnect_window
    updated = await fastpix.update_stream(stream_id, metadata=merged, reconnect_window=window)
    return Outcome(
        marked(QT_TRANSLATE_NOOP("stream_manage", "Saved. {details}"), details=_describe(updated)),
        updated,
    )


async def enable_stream(fastpix: FastPixPort, stream_id: str) -> Outcome:
    current = await fastpix.get_stream(stream_id)
    _refuse_unless_allowed(Action.ENABLE, current)
    await fastpix.enable_stream(stream_id)
    return await _after(
        fastpix,
        stream_id,
        QT_TRANSLATE_NOOP("stream_manage", "Enabled: encoders can connect to it again."),
    )


async def disable_stream(fastpix: FastPixPort, stream_id: str) -> Outcome:
    current = await fastpix.get_stream(stream_id)
    _refuse_unless_allowed(Action.DISABLE, current)
    await fastpix.disable_stream(stream_id)
    message = (
        QT_TRANSLATE_NOOP(
            "stream_manage",
            "Disabled: no encoder can connect until you enable it again. The encoder that was "
            "sending to it was cut off.",
        )
        if current.status == "active"
        else QT_TRANSLATE_NOOP(
            "stream_manage", "Disabled: no encoder can connect until you enable it again."
        )
    )
    return await _after(fastpix, stream_id, message)


async def finish_stream(fastpix: FastPixPort, stream_id: str) -> Outcome:
    """ "End broadcast": active -> idle at once; the recording is processed."""
    current = await fastpix.get_stream(stream_id)
    _refuse_unless_allowed(Action.FINISH, current)
    await fastpix.finish_stream(stream_id)
    message = (
        QT_TRANSLATE_NOOP(
            "stream_manage",
            "Broadcast ended: the stream is idle again. Its recording is being processed. If the "
            "encoder is still sending, stop it too, or FastPix starts a new session.",
        )
        if current.enable_recording
        else QT_TRANSLATE_NOOP(
            "stream_manage",
            "Broadcast ended: the stream is idle again. If the encoder is still sending, stop it "
            "too, or FastPix starts a new session.",
        )
    )
    return await _after(fastpix, stream_id, message)


@dataclass(frozen=True)
class InUse:
    """What the caller knows about OBS: the stream ID OBS points at, and whether OBS is live."""

    obs_stream_id: str | None = None
    obs_live: bool = False


def delete_refusal(stream: LiveStream, in_use: InUse) -> str | None:
    """Why deleting this stream needs the streamer's explicit confirmation; None if it does not."""
    if in_use.obs_stream_id == stream.stream_id:
        if in_use.obs_live:
            return QT_TRANSLATE_NOOP(
                "stream_manage",
                "OBS is live on this stream right now. Deleting it cuts the broadcast off. "
                "Stop streaming first, or confirm to delete it anyway.",
            )
        return QT_TRANSLATE_NOOP(
            "stream_manage",
            "OBS is set up to stream to this stream. Restore OBS's previous destination first "
            "(OBS → Restore previous OBS settings), or confirm to delete it anyway.",
        )
    if stream.status == StreamStatus.ACTIVE:
        return QT_TRANSLATE_NOOP(
            "stream_manage",
            "This stream is live on FastPix right now (an encoder is sending to it). Deleting it "
            "cuts that broadcast off. Confirm to delete it anyway.",
        )
    return None


async def delete_stream(
    fastpix: FastPixPort,
    stream_id: str,
    *,
    in_use: InUse | None = None,
    confirmed: bool = False,
) -> Outcome:
    """Delete a stream; refused with the reason for the stream OBS points at or one that is
    live, unless ``confirmed``."""
    current = await fastpix.get_stream(stream_id)
    reason = delete_refusal(current, in_use or InUse())
    if reason is not None and not confirmed:
        raise FastPixRequestError(reason, status=None)
    await fastpix.delete_stream(stream_id)
    return Outcome(
        marked(
            QT_TRANSLATE_NOOP("stream_manage", "Deleted {name}. Its key and links no longer work."),
            name=current.name or current.stream_id,
        )
    )


async def add_playback_id(
    fastpix: FastPixPort, stream_id: str, access_policy: AccessPolicy
) -> Outcome:
    playback = await fastpix.create_playback_id(stream_id, access_policy)
    template = (
        QT_TRANSLATE_NOOP(
            "stream_manage", "Added a private (needs a signed token) playback link ({id})."
        )
        if playback.is_private
        else QT_TRANSLATE_NOOP("stream_manage", "Added a public playback link ({id}).")
    )
    return await _after(fastpix, stream_id, marked(template, id=playback.id))


async def remove_playback_id(fastpix: FastPixPort, stream_id: str, playback_id: str) -> Outcome:
    await fastpix.delete_playback_id(stream_id, playback_id)
    stream = await fastpix.get_stream(stream_id)
    template = (
        QT_TRANSLATE_NOOP(
            "stream_manage",
            "Removed playback link {id}. The stream has no playback link left: add one so "
            "viewers can watch.",
        )
        if not stream.playback_ids
        else QT_TRANSLATE_NOOP("stream_manage", "Removed playback link {id}.")
    )
    return Outcome(marked(template, id=playback_id), stream)


async def _after(fastpix: FastPixPort, stream_id: str, message: str) -> Outcome:
    """Re-read the stream so the caller shows its real state (FastPix answers these calls
    with no stream)."""
    stream = await fastpix.get_stream(stream_id)
    return Outcome(message, stream)


def _describe(stream: LiveStream) -> str:
    if stream.name:
        return marked(
            QT_TRANSLATE_NOOP("stream_manage", "Name: {name}. Reconnect window: {seconds} s."),
            name=stream.name,
            seconds=stream.reconnect_window,
        )
    return marked(
        QT_TRANSLATE_NOOP("stream_manage", "No name. Reconnect window: {seconds} s."),
        seconds=stream.reconnect_window,
    )
