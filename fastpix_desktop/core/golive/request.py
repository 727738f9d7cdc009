"""What a go-live is asked to do: one request for every entry point (create, Retry OBS, Use this
stream, Go live on my channel, a stream deck's go-live), read by core/golive/pipeline.py."""

from __future__ import annotations

from dataclasses import dataclass

from fastpix_desktop.core.models import LiveStream, Protocol, StreamSettings


@dataclass(frozen=True)
class NewStream:
    """Create this stream first (Create & configure OBS); nothing is created when OBS is live
    and stays live."""

    settings: StreamSettings


@dataclass(frozen=True)
class ExistingStream:
    """A stream that exists: by ID, or loaded already (``stream``; a row of a list lacks its
    keys and is fetched again, a stream on screen with its keys is not)."""

    stream_id: str
    stream: LiveStream | None = None

    @classmethod
    def of(cls, stream: LiveStream) -> ExistingStream:
        return cls(stream.stream_id, stream)


# ``GoLiveRequest.protocol`` for "keep the protocol OBS already uses for this stream" (RTMPS
# when OBS points elsewhere).
KEEP_OBS_PROTOCOL = None


@dataclass(frozen=True)
class GoLiveRequest:
    """One go-live: which stream, over which protocol, whether to start streaming, and whether
    OBS is left alone when it already sends to that stream (``only_if_needed``: nothing is
    saved, pushed or verified then, and a live OBS stays live)."""

    stream: NewStream | ExistingStream
    protocol: Protocol | None = Protocol.RTMPS
    start: bool = False
    only_if_needed: bool = False
    # Replace a destination set in OBS by hand since the app's change without asking (--force).
    force: bool = False

    @classmethod
    def create(
        cls, settings: StreamSettings, protocol: Protocol, *, start: bool = False
    ) -> GoLiveRequest:
        """Create & configure OBS (the window's Create button, ``fastpix-desktop create``)."""
        return cls(NewStream(settings), protocol, start=start)

    @classmethod
    def retry(cls, stream: LiveStream, protocol: Protocol, *, start: bool = False) -> GoLiveRequest:
        """Retry OBS for a stream on screen: the OBS steps again, never a create."""
        return cls(ExistingStream.of(stream), protocol, start=start)

    @classmethod
    def use(
        cls, stream_id: str, protocol: Protocol | None = KEEP_OBS_PROTOCOL, *, start: bool = False
    ) -> GoLiveRequest:
        """Use this stream (the library, ``fastpix-desktop use``): OBS is changed only when it
        does not already send there."""
        return cls(ExistingStream(stream_id), protocol, start=start, only_if_needed=True)

    @classmethod
    def go_live(
        cls, stream_id: str, protocol: Protocol | None = KEEP_OBS_PROTOCOL, *, force: bool = False
    ) -> GoLiveRequest:
        """Go live on <my channel> (the window, the tray, a stream deck's ``go-live``): point OBS
        at it only when needed, then start streaming (nothing to do when already live)."""
        return cls(
            ExistingStream(stream_id), protocol, start=True, only_if_needed=True, force=force
        )

    @property
    def creates(self) -> bool:
        return isinstance(self.stream, NewStream)
