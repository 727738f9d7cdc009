"""Going live: one request (a new or existing stream, protocol, start), one pipeline, one
result, its words, and the questions it may ask (docs/go-live.md)."""

from fastpix_desktop.core.golive_pipeline.pipeline import GoLive, GoLiveOptions
from fastpix_desktop.core.golive_pipeline.questions import NEVER, Always, Flags, Never, Questions
from fastpix_desktop.core.golive_pipeline.request import (
    KEEP_OBS_PROTOCOL,
    ExistingStream,
    GoLiveRequest,
    NewStream,
)
from fastpix_desktop.core.golive_pipeline.result import GoLiveResult, settled
from fastpix_desktop.core.golive_pipeline.words import Mood, Words, headline, obs_words

__all__ = [
    "KEEP_OBS_PROTOCOL",
    "NEVER",
    "Always",
    "ExistingStream",
    "Flags",
    "GoLive",
    "GoLiveOptions",
    "GoLiveRequest",
    "GoLiveResult",
    "Mood",
    "Never",
    "NewStream",
    "Questions",
    "Words",
    "headline",
    "obs_words",
    "settled",
]
