"""The sandbox's on-demand answers (get-media, update-mp4Support, live-clips with real clips)
against FastPix's OpenAPI spec and the official Python SDK."""

from __future__ import annotations

import httpx
from fastpix_python import errors, models

from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY, start_server_in_thread
from fastpix_desktop.sandbox.media import PROCESSING_S
from tests.contract.conftest import RecordingApi
from tests.sandbox.test_sandbox_ingest_hook import FakeClock

STREAMS = "/live/streams"
UNKNOWN_MEDIA = "4fa85f64-5717-4562-b3fc-2c963f66afa6"


def _sdk(url: str):  # type: ignore[no-untyped-def]
    from fastpix_python import Fastpix

    return Fastpix(
        security=models.Security(username=DEMO_ACCESS_TOKEN_ID, password=DEMO_SECRET_KEY),
        server_url=url,
        retry_config=None,
        timeout_ms=5000,
    )


def test_media_answers_match_the_spec_and_the_sdk_reads_them(spec_checker):
    clock = FakeClock()
    api = RecordingApi(seed=9, clock=clock)
    auth = (DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY)
    with (
        start_server_in_thread(api) as server,
        httpx.Client(base_url=server.url, auth=auth, timeout=5) as client,
    ):
        stream_id = client.post(STREAMS, json={"playbackSettings": {}, "inputMediaSettings": {}})
        stream_id = stream_id.json()["data"]["streamId"]
        api.set_status(stream_id, "active")
        clock.advance(30)
        media_id = client.get(f"{STREAMS}/{stream_id}").json()["data"]["mediaIds"][0]
        sdk = _sdk(server.url)

        created = sdk.manage_videos.get_media(media_id=media_id)  # no duration yet: parses
        assert created.data.status == "Created" and created.data.id == media_id

        playback_id = api.streams[stream_id].playback_ids[0].id
        clip = httpx.get(f"{server.url.rsplit('/v1', 1)[0]}/{playback_id}.m3u8?start=4s&end=20s")
        assert clip.status_code == 200
        client.get(f"/on-demand/{stream_id}/live-clips")
        client.put(f"{STREAMS}/{stream_id}/finish")
        clock.advance(PROCESSING_S)
        client.get(f"/on-demand/{media_id}")
        client.patch(f"/on-demand/{media_id}/update-mp4Support", json={"mp4Support": "capped_4k"})
        # errors: 404 unknown media, 422 bad value, 400 malformed
        client.get(f"/on-demand/{UNKNOWN_MEDIA}")
        client.patch(f"/on-demand/{media_id}/update-mp4Support", json={"mp4Support": "8k"})
        client.patch(f"/on-demand/{media_id}/update-mp4Support", content=b"{nope")

        # SDK 1.2.0 types a media's duration as a number; production sends "HH:MM:SS" (see
        # test_a_clip_has_productions_duration_which_sdk_1_2_0_cannot_parse): a Ready media is
        # refused by that SDK, exactly as production's answer would be.
        try:
            sdk.manage_videos.get_media(media_id=media_id)
        except errors.ResponseValidationError as refused:
            assert "duration" in str(refused.args[2])
        else:
            raise AssertionError("SDK 1.2.0 parsed a text duration")
        try:
            sdk.manage_videos.get_media(media_id=UNKNOWN_MEDIA)
        except errors.FastpixDefaultError as not_found:
            assert not_found.status_code == 404
        except errors.FastpixError as other:
            assert other.status_code == 404

    api_answers = [e for e in api.exchanges if e.path.startswith("/v1/")]  # not the manifest
    problems = spec_checker.exchange_problems(api_answers)
    assert problems == {}, list(problems.items())
    statuses = {(e.method, e.status) for e in api.exchanges if "/on-demand/" in e.path}
    assert {("GET", 200), ("GET", 404), ("PATCH", 200), ("PATCH", 422), ("PATCH", 400)} <= statuses
