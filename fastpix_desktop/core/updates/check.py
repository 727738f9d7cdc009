"""One update check: fetch the feed within a deadline, pick the newest release, compare.
Every failure (network, status, JSON, deadline) is logged and answers None: the streamer only
ever hears about a newer version, never about a failed check."""

from __future__ import annotations

import asyncio
import json
import logging
import os
from collections.abc import Mapping

import httpx

from fastpix_desktop.core.blocking import run_blocking
from fastpix_desktop.core.config import ENV_UPDATE_FEED
from fastpix_desktop.core.fastpix import tls
from fastpix_desktop.core.updates.feed import MalformedFeed, Release, newest_release
from fastpix_desktop.core.updates.versions import parse_version

log = logging.getLogger(__name__)

# Where the release workflow publishes (.github/workflows/release.yml drafts releases in the
# repository it runs in): keep OWNER/REPO in step with it. A setting and
# FASTPIX_DESKTOP_UPDATE_FEED override it.
DEFAULT_FEED_URL = "https://api.github.com/repos/fastpix-desktop/fastpix-desktop/releases"
CHECK_INTERVAL_S = 24 * 60 * 60  # at most once a day
CHECK_DEADLINE_S = 10.0  # the whole exchange; the window never waits for it
MAX_FEED_BYTES = 2_000_000  # GitHub's default page of 30 releases is ~100-300 kB


def feed_url(setting: str = "", environ: Mapping[str, str] | None = None) -> str:
    """The environment first (tests), then the saved setting, then the project's feed."""
    env = os.environ if environ is None else environ
    return env.get(ENV_UPDATE_FEED, "").strip() or setting.strip() or DEFAULT_FEED_URL


def is_due(last_check: float | None, now: float) -> bool:
    """Once a day; a clock set back (``last_check`` in the future) counts as due."""
    return last_check is None or not 0 <= now - last_check < CHECK_INTERVAL_S


async def check_for_update(
    url: str,
    current: str,
    *,
    deadline: float = CHECK_DEADLINE_S,
    transport: httpx.AsyncBaseTransport | None = None,
) -> Release | None:
    """The newest release above ``current`` in the feed at ``url``, or None (up to date, or
    the check failed: see the log). Sends no credentials, cookies or identifiers: a GET with
    a plain User-Agent naming the app and its version."""
    running = parse_version(current)
    if running is None:
        log.info("Update check skipped: %r is not a release version", current)
        return None
    try:
        async with asyncio.timeout(deadline):
            document = await _fetch(url, current, transport=transport)
        newest = newest_release(document, include_prereleases=running.is_prerelease)
    except TimeoutError:
        log.info("Update check: no answer from the release feed within %.0f s", deadline)
        return None
    except (httpx.HTTPError, MalformedFeed, ValueError) as exc:
        log.info("Update check failed: %s", type(exc).__name__ + (f": {exc}" if str(exc) else ""))
        return None
    if newest is None or newest.version <= running:
        log.info("Update check: %s is the newest version", current)
        return None
    log.info("Update check: version %s is available", newest.tag)
    return newest


async def _fetch(url: str, current: str, *, transport: httpx.AsyncBaseTransport | None) -> object:
    headers = {
        "User-Agent": f"fastpix-desktop/{current}",
        "Accept": "application/vnd.github+json",
    }
    # OpenSSL's set-up and the CA bundle's parse (~30 ms) on a thread, not the UI thread's loop.
    verify = await run_blocking(tls.new_context) if url.startswith("https:") else True
    async with (
        httpx.AsyncClient(
            headers=headers, transport=transport, follow_redirects=True, verify=verify
        ) as client,
        client.stream("GET", url) as response,
    ):
        response.raise_for_status()
        body = bytearray()
        async for chunk in response.aiter_bytes():
            body += chunk
            if len(body) > MAX_FEED_BYTES:
                raise MalformedFeed("the feed is larger than any release list")
    return json.loads(bytes(body))
