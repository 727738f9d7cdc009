"""The "created here, never used" list: IDs and timestamps only, kept across restarts, and one
action that deletes them all except the stream OBS points at."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from fastpix_desktop.core import config
from fastpix_desktop.core.fastpix.client import FastPixClient
from fastpix_desktop.core.library.created_streams import CreatedStreamsLog, delete_unused
from fastpix_desktop.sandbox import Fault, SandboxApi
from tests.doubles import sandbox_client


@pytest.fixture
def api() -> SandboxApi:
    return SandboxApi(seed=9)


@pytest.fixture
async def fastpix(api: SandboxApi) -> AsyncIterator[FastPixClient]:
    async with sandbox_client(api.mock_transport()) as client:
        yield client


def test_kept_across_instances_and_forgotten_once_used(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "created-streams.json"
    CreatedStreamsLog(path).record_created("a" * 32)
    CreatedStreamsLog(path).record_created("b" * 32)
    again = CreatedStreamsLog(path)
    assert again.unused_ids() == {"a" * 32, "b" * 32}
    again.mark_used("a" * 32)
    assert CreatedStreamsLog(path).unused_ids() == {"b" * 32}
    entry = CreatedStreamsLog(path).unused()[0]
    assert entry.created_at.endswith("Z")


def test_the_file_holds_only_ids_and_timestamps(tmp_path: Path, api: SandboxApi) -> None:
    record = api.state.create_stream()
    log = CreatedStreamsLog(tmp_path / "c.json")
    log.record_created(record.stream_id)
    text = (tmp_path / "c.json").read_text()
    assert record.stream_key not in text and record.srt_secret not in text
    (item,) = json.loads(text)["streams"]
    assert set(item) == {"streamId", "createdAt"}


@pytest.mark.parametrize(
    "content", ["{broken", '{"streams": 5}', "[1, 2]", '{"streams": [{"streamId": "../x"}]}']
)
def test_an_unreadable_file_is_ignored_not_fatal(tmp_path: Path, content: str) -> None:
    path = tmp_path / "c.json"
    path.write_text(content)
    log = CreatedStreamsLog(path)
    assert log.unused() == []
    log.record_created("f" * 32)
    assert log.unused_ids() == {"f" * 32}


def test_the_default_file_is_in_the_user_data_dir(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.platform", "linux")
    path = config.data_dir({"HOME": "/home/u", "XDG_DATA_HOME": "/data"})
    assert path == Path("/data/fastpix-desktop")
    assert config.data_dir({"HOME": "/home/u"}) == Path("/home/u/.local/share/fastpix-desktop")


async def test_delete_unused_keeps_the_obs_stream_and_failed_ones(
    tmp_path: Path, api: SandboxApi, fastpix: FastPixClient
) -> None:
    log = CreatedStreamsLog(tmp_path / "c.json")
    ids = [api.state.create_stream().stream_id for _ in range(5)]
    for stream_id in ids:
        await log.arecord_created(stream_id)
    api.state.delete(ids[1])  # deleted elsewhere meanwhile: a 404 counts as done
    api.inject(Fault(status=500, method="DELETE", path_prefix=f"/live/streams/{ids[2]}"))

    result = await delete_unused(fastpix, log, obs_stream_id=ids[0])
    assert set(result.deleted) == {ids[1], ids[3], ids[4]}
    assert result.skipped == (ids[0],)
    assert set(result.failed) == {ids[2]}
    assert set(api.streams) == {ids[0], ids[2]}
    assert await log.aunused_ids() == {ids[0], ids[2]}
    assert "Deleted 3 unused streams" in result.message and "OBS points at" in result.message


def test_streams_deleted_elsewhere_are_forgotten_after_a_complete_load(tmp_path: Path) -> None:
    log = CreatedStreamsLog(tmp_path / "c.json")
    for stream_id in ("a" * 32, "b" * 32, "c" * 32):
        log.record_created(stream_id)
    log.keep_only(["a" * 32, "c" * 32, "d" * 32])
    assert log.unused_ids() == {"a" * 32, "c" * 32}


def test_a_pending_create_is_found_by_name_and_creation_time(tmp_path):
    from datetime import UTC, datetime, timedelta

    created_log = CreatedStreamsLog(tmp_path / "created.json")
    sent = datetime(2026, 3, 1, 20, 0, 0, tzinfo=UTC)
    created_log.record_pending("Tuesday practice", when=sent)
    stamp = lambda delta: (sent + delta).strftime("%Y-%m-%dT%H:%M:%SZ")  # noqa: E731
    library = [
        ("a" * 32, "Tuesday practice", stamp(timedelta(seconds=20))),  # the one
        ("b" * 32, "Tuesday practice", stamp(timedelta(days=-3))),  # an older namesake
        ("c" * 32, "Something else", stamp(timedelta(seconds=5))),  # another name
    ]
    joined = created_log.resolve_pending(library, now=sent + timedelta(minutes=1))
    assert joined == {"a" * 32}
    assert created_log.unused_ids() == {"a" * 32}
    assert created_log.pending() == []  # matched once, then forgotten
    assert created_log.resolve_pending(library, now=sent + timedelta(minutes=2)) == set()


def test_a_pending_create_that_never_appears_is_forgotten_after_a_week(tmp_path):
    from datetime import UTC, datetime, timedelta

    created_log = CreatedStreamsLog(tmp_path / "created.json")
    sent = datetime(2026, 3, 1, 20, 0, 0, tzinfo=UTC)
    created_log.record_pending("Refused by FastPix", when=sent)
    assert created_log.resolve_pending([], now=sent + timedelta(days=1)) == set()
    assert len(created_log.pending()) == 1
    created_log.resolve_pending([], now=sent + timedelta(days=8))
    assert created_log.pending() == []
