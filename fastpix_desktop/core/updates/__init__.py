"""The opt-in update check: read a GitHub-style release feed at most once a day and say when a
newer version exists; never downloads or installs anything (docs/release.md)."""

from __future__ import annotations

from fastpix_desktop.core.updates.check import (
    CHECK_DEADLINE_S,
    CHECK_INTERVAL_S,
    DEFAULT_FEED_URL,
    check_for_update,
    feed_url,
    is_due,
)
from fastpix_desktop.core.updates.feed import Release, newest_release
from fastpix_desktop.core.updates.versions import Version, parse_version

__all__ = [
    "CHECK_DEADLINE_S",
    "CHECK_INTERVAL_S",
    "DEFAULT_FEED_URL",
    "Release",
    "Version",
    "check_for_update",
    "feed_url",
    "is_due",
    "newest_release",
    "parse_version",
]
