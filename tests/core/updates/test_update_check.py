"""The update check against a local release feed: a newer version is reported, the same or an
older one is not, and a malformed, slow or unreachable feed answers None (logged) within the
deadline; pre-releases and drafts are skipped unless the running version is a pre-release."""

from __future__ import annotations

import logging
import time

import pytest

from fastpix_desktop.core.updates import (
    DEFAULT_FEED_URL,
    check_for_update,
    feed_url,
    is_due,
    newest_release,
    parse_version,
)
from tests.core.updates.feed_server import (
    feed_server,  # noqa: F401 (fixture)
    free_port_nobody_listens_on,
    release,
)

FEED = "/repos/example/fastpix-desktop/releases"


async def test_a_newer_version_is_reported_with_its_page(feed_server):  # noqa: F811
    url = feed_server.serve(FEED, [release("v0.3.0"), release("v0.10.0"), release("v0.2.0")])
    found = await check_for_update(url, "0.9.1")
    assert found is not None
    assert found.tag == "v0.10.0"  # compared as versions, not text ("0.10" > "0.9")
    assert found.url.endswith("/releases/tag/v0.10.0")


async def test_the_latest_endpoint_single_object_works_too(feed_server):  # noqa: F811
    url = feed_server.serve(FEED + "/latest", release("1.0.0"))
    found = await check_for_update(url, "0.1.0")
    assert found is not None and found.tag == "1.0.0"


@pytest.mark.parametrize("current", ["0.2.0", "0.2", "0.3.0"])
async def test_the_same_or_an_older_release_says_nothing(feed_server, current):  # noqa: F811
    url = feed_server.serve(FEED, [release("v0.2.0"), release("v0.1.0")])
    assert await check_for_update(url, current) is None


async def test_pre_releases_and_drafts_are_skipped_for_a_final_version(feed_server):  # noqa: F811
    url = feed_server.serve(
        FEED,
        [
            release("v0.3.0rc1", prerelease=True),
            release("v0.4.0", draft=True),
            release("v0.5.0-beta.1"),
            release("v0.2.0"),
        ],
    )
    assert await check_for_update(url, "0.2.0") is None


async def test_a_pre_release_user_hears_of_newer_pre_releases(feed_server):  # noqa: F811
    url = feed_server.serve(
        FEED, [release("v0.3.0rc2", prerelease=True), release("v0.3.0rc1", prerelease=True)]
    )
    found = await check_for_update(url, "0.3.0rc1")
    assert found is not None and found.tag == "v0.3.0rc2"
    assert await check_for_update(url, "0.3.0") is None  # the final is newer than its rcs


async def test_no_identifier_or_secret_is_sent(feed_server):  # noqa: F811
    url = feed_server.serve(FEED, [])
    await check_for_update(url, "0.1.0")
    (headers,) = feed_server.requests
    assert headers["user-agent"] == "fastpix-desktop/0.1.0"
    assert "authorization" not in headers and "cookie" not in headers


@pytest.mark.parametrize(
    "body",
    [
        b"{not json",
        b'"a string"',
        b"[1, 2]",
        b'[{"tag_name": "nightly", "html_url": "https://x"}]',
        b'[{"tag_name": "v9.0.0", "html_url": "javascript:x"}]',
    ],
)
async def test_a_malformed_feed_is_logged_not_shown(feed_server, body, caplog):  # noqa: F811
    url = feed_server.serve(FEED, body)
    caplog.set_level(logging.INFO, logger="fastpix_desktop.core.updates")
    assert await check_for_update(url, "0.1.0") is None
    assert caplog.records  # the log says what happened


async def test_an_error_status_is_logged_not_shown(feed_server, caplog):  # noqa: F811
    url = feed_server.serve(FEED, {"message": "API rate limit exceeded"}, status=403)
    caplog.set_level(logging.INFO, logger="fastpix_desktop.core.updates")
    assert await check_for_update(url, "0.1.0") is None
    assert "HTTPStatusError" in caplog.text


async def test_a_slow_feed_is_given_up_at_the_deadline(feed_server, caplog):  # noqa: F811
    url = feed_server.serve(FEED, [release("v9.0.0")], delay_s=30)
    caplog.set_level(logging.INFO, logger="fastpix_desktop.core.updates")
    started = time.monotonic()
    assert await check_for_update(url, "0.1.0", deadline=0.5) is None
    assert time.monotonic() - started < 3
    assert "within" in caplog.text


async def test_an_unreachable_feed_answers_none():
    url = f"http://127.0.0.1:{free_port_nobody_listens_on()}{FEED}"
    assert await check_for_update(url, "0.1.0", deadline=5) is None


async def test_a_running_version_that_is_not_a_release_checks_nothing(feed_server):  # noqa: F811
    url = feed_server.serve(FEED, [release("v9.0.0")])
    assert await check_for_update(url, "unknown") is None
    assert feed_server.requests == []


def test_versions_compare_as_versions():
    v = parse_version
    assert v("v1.2.3") == v("1.2.3") == v("1.2.3.0")
    assert v("0.10.0") > v("0.9.9")
    assert v("1.0.0.dev1") < v("1.0.0a1") < v("1.0.0b2") < v("1.0.0rc1") < v("1.0.0")
    assert v("1.0.0-beta.2") == v("1.0.0b2")
    assert v("1.0.0+local") == v("1.0.0")
    assert v("nightly") is None and v("") is None


def test_newest_release_ignores_entries_it_cannot_read():
    document = [{"tag_name": 3}, "text", {"html_url": "https://x"}, release("v0.2.0")]
    found = newest_release(document, include_prereleases=False)
    assert found is not None and found.tag == "v0.2.0"


def test_feed_url_environment_then_setting_then_default():
    env = {"FASTPIX_DESKTOP_UPDATE_FEED": "http://127.0.0.1:1/feed"}
    assert feed_url("https://example.org/f", env) == "http://127.0.0.1:1/feed"
    assert feed_url("https://example.org/f", {}) == "https://example.org/f"
    assert feed_url("", {}) == DEFAULT_FEED_URL


def test_at_most_once_a_day():
    day = 24 * 60 * 60
    assert is_due(None, 1000.0)
    assert not is_due(1000.0, 1000.0 + day - 1)
    assert is_due(1000.0, 1000.0 + day)
    assert is_due(1000.0 + day, 1000.0)  # a clock set back does not stop checks for good
