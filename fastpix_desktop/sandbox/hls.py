"""HLS media playlists for the sandbox's playback host: read a live one, cut a clip from it.

A live stream's timeline comes from a real HLS playlist when one is given (nginx-rtmp's HLS
output in the integration tests: ``<hls_dir>/<stream key>.m3u8``), otherwise it is made up as
2-second segments since the session started. Clipping is manifest-only, as FastPix describes
it: start snaps down and end snaps up to segment boundaries, and nothing is re-encoded.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path

SYNTHETIC_SEGMENT_S = 2.0
MAX_PLAYLIST_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True)
class Segment:
    """One media segment: its media sequence number and where it sits in the session."""

    sequence: int
    start: float
    duration: float
    uri: str = ""

    @property
    def end(self) -> float:
        return self.start + self.duration


def parse_media_playlist(text: str) -> list[Segment]:
    """The segments of a media playlist, timed from the first one listed (``#EXTINF`` sums).

    nginx-rtmp keeps every segment of the session in the playlist when its playlist length is
    long enough, so the first segment starts at the session's second 0.
    """
    sequence = 0
    segments: list[Segment] = []
    pending: float | None = None
    clock = 0.0
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("#EXT-X-MEDIA-SEQUENCE:"):
            try:
                sequence = int(line.split(":", 1)[1])
            except ValueError:
                return []
        elif line.startswith("#EXTINF:"):
            try:
                pending = float(line.split(":", 1)[1].split(",", 1)[0])
            except ValueError:
                return []
            if not math.isfinite(pending) or pending <= 0:
                return []
        elif line and not line.startswith("#") and pending is not None:
            segments.append(Segment(sequence=sequence, start=clock, duration=pending, uri=line))
            clock += pending
            sequence += 1
            pending = None
    return segments


def read_live_playlist(hls_dir: str, stream_key: str) -> list[Segment] | None:
    """The live timeline nginx-rtmp wrote for ``stream_key``; None when there is none."""
    path = Path(hls_dir) / f"{stream_key}.m3u8"
    try:
        # O_NOFOLLOW: the sandbox only reads a playlist the ingest server itself wrote.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return None
    with os.fdopen(fd, "rb") as handle:
        data = handle.read(MAX_PLAYLIST_BYTES + 1)
    if len(data) > MAX_PLAYLIST_BYTES:
        return None
    return parse_media_playlist(data.decode("utf-8", "replace"))


def synthetic_timeline(seconds_live: float) -> list[Segment]:
    """Whole 2-second segments since the session started (the demo has no real video)."""
    count = max(0, int(seconds_live // SYNTHETIC_SEGMENT_S))
    return [
        Segment(sequence=i, start=i * SYNTHETIC_SEGMENT_S, duration=SYNTHETIC_SEGMENT_S)
        for i in range(count)
    ]


def clip_segments(segments: list[Segment], start: float, end: float) -> list[Segment]:
    """The segments that hold [start, end): start snaps down, end snaps up."""
    return [s for s in segments if s.end > start and s.start < end]


def vod_playlist(segments: list[Segment], uri: str) -> bytes:
    """A finished (VOD) media playlist of ``segments``; ``uri`` is formatted with ``sequence``."""
    target = max((math.ceil(s.duration) for s in segments), default=2)
    lines = [
        "#EXTM3U",
        "#EXT-X-VERSION:3",
        "#EXT-X-PLAYLIST-TYPE:VOD",
        f"#EXT-X-TARGETDURATION:{target}",
        f"#EXT-X-MEDIA-SEQUENCE:{segments[0].sequence if segments else 0}",
    ]
    for segment in segments:
        lines.append(f"#EXTINF:{segment.duration:.3f},")
        lines.append(uri.format(sequence=segment.sequence))
    lines.append("#EXT-X-ENDLIST")
    return ("\n".join(lines) + "\n").encode("ascii")
