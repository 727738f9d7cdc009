"""A release feed in the format of GitHub's REST API: ``GET /repos/OWNER/REPO/releases`` (a
list) or ``/releases/latest`` (one object), each with ``tag_name``, ``html_url``, ``draft`` and
``prerelease`` (docs.github.com/en/rest/releases/releases)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fastpix_desktop.core.updates.versions import Version, parse_version


@dataclass(frozen=True)
class Release:
    version: Version
    tag: str  # as published, e.g. "v0.2.0"
    url: str  # the release's page; the app only links to it


class MalformedFeed(ValueError):
    """The answer is not a release feed (logged; the user is never told)."""


def _releases(document: Any) -> list[dict[str, Any]]:
    if isinstance(document, dict):
        document = [document]
    if not isinstance(document, list):
        raise MalformedFeed("the feed is neither a release nor a list of releases")
    return [item for item in document if isinstance(item, dict)]


def newest_release(document: Any, *, include_prereleases: bool) -> Release | None:
    """The highest-versioned published release in ``document`` (parsed JSON); drafts never,
    pre-releases only when ``include_prereleases``; None when there is none."""
    best: Release | None = None
    for item in _releases(document):
        tag, url = item.get("tag_name"), item.get("html_url")
        if item.get("draft") is True or not isinstance(tag, str) or not isinstance(url, str):
            continue
        if not url.startswith("https://"):  # the link is shown to be clicked: https only
            continue
        version = parse_version(tag)
        if version is None:
            continue
        if (item.get("prerelease") is True or version.is_prerelease) and not include_prereleases:
            continue
        if best is None or version > best.version:
            best = Release(version=version, tag=tag.strip(), url=url)
    return best
