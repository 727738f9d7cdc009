"""Clip that, the recording after a broadcast and Past broadcasts: the window's part of
docs/recordings.md."""

from __future__ import annotations

from fastpix_desktop.ui.recordings.panel import RecordingsOptions, RecordingsPanel

__all__ = ["RecordingsOptions", "RecordingsPanel"]
