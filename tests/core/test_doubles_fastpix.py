"""tests.doubles.FakeFastPix as the use cases see it through core.ports.FastPixPort: the list and
manage use cases run on it, act on its one stream, and every call fails with its ``error``."""

from __future__ import annotations

import pytest

from fastpix_desktop.core.errors import FastPixNotFoundError
from fastpix_desktop.core.library import manage as stream_manage
from fastpix_desktop.core.library import rows as library
from fastpix_desktop.core.models import AccessPolicy, StreamSettings
from tests.doubles import STREAM_ID, FakeFastPix, make_stream


async def test_the_library_lists_the_one_stream() -> None:
    load = await library.load_library(FakeFastPix())
    assert [row.stream_id for row in load.rows] == [STREAM_ID]
    assert load.error is None


async def test_manage_use_cases_act_on_the_stream_and_are_recorded() -> None:
    fake = FakeFastPix(stream=make_stream(status="active"))

    finished = await stream_manage.finish_stream(fake, STREAM_ID)
    assert finished.stream is not None and finished.stream.status == "idle"
    disabled = await stream_manage.disable_stream(fake, STREAM_ID)
    assert disabled.stream is not None and disabled.stream.status == "disabled"
    enabled = await stream_manage.enable_stream(fake, STREAM_ID)
    assert enabled.stream is not None and enabled.stream.status == "idle"

    added = await stream_manage.add_playback_id(fake, STREAM_ID, AccessPolicy.PRIVATE)
    assert added.stream is not None and len(added.stream.playback_ids) == 2
    new_id = added.stream.playback_ids[-1].id
    removed = await stream_manage.remove_playback_id(fake, STREAM_ID, new_id)
    assert removed.stream is not None and new_id not in {p.id for p in removed.stream.playback_ids}

    saved = await stream_manage.update_stream(fake, STREAM_ID, name="Renamed", reconnect_window=90)
    assert saved.stream is not None and saved.stream.name == "Renamed"
    assert saved.stream.reconnect_window == 90
    await stream_manage.delete_stream(fake, STREAM_ID)

    assert [name for name, _ in fake.calls] == [
        "finish_stream",
        "disable_stream",
        "enable_stream",
        "create_playback_id",
        "delete_playback_id",
        "update_stream",
        "delete_stream",
    ]


CALLS = {
    "verify_credentials": lambda f: f.verify_credentials(),
    "create_stream": lambda f: f.create_stream(StreamSettings()),
    "get_stream": lambda f: f.get_stream(STREAM_ID),
    "list_streams": lambda f: f.list_streams(),
    "update_stream": lambda f: f.update_stream(STREAM_ID, metadata=None, reconnect_window=60),
    "delete_stream": lambda f: f.delete_stream(STREAM_ID),
    "enable_stream": lambda f: f.enable_stream(STREAM_ID),
    "disable_stream": lambda f: f.disable_stream(STREAM_ID),
    "finish_stream": lambda f: f.finish_stream(STREAM_ID),
    "create_playback_id": lambda f: f.create_playback_id(STREAM_ID),
    "delete_playback_id": lambda f: f.delete_playback_id(STREAM_ID, "p"),
    "viewer_count": lambda f: f.viewer_count(STREAM_ID),
}


@pytest.mark.parametrize("name", sorted(CALLS))
async def test_every_call_fails_with_the_error(name: str) -> None:
    fake = FakeFastPix(error=FastPixNotFoundError("gone"))
    with pytest.raises(FastPixNotFoundError, match="gone"):
        await CALLS[name](fake)


def test_the_error_cases_cover_every_request_of_the_port() -> None:
    from fastpix_desktop.core.ports import FastPixPort

    local = {"set_credentials", "aclose"}  # no request: nothing to fail
    requests = {n for n in vars(FastPixPort) if not n.startswith("_") and n not in local}
    assert set(CALLS) == requests
