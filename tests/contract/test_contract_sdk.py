"""FastPix's official Python SDK (fastpix-python 1.2.0) uses the sandbox over HTTP as if it were
FastPix: every live-stream endpoint, typed models, typed errors."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from fastpix_python import Fastpix, errors, models, utils

from fastpix_desktop.sandbox import (
    DEMO_ACCESS_TOKEN_ID,
    DEMO_SECRET_KEY,
    Fault,
    SandboxApi,
    SandboxState,
)

pytestmark = pytest.mark.contract


def _create(fastpix, **media) -> models.GetCreateLiveStreamResponseDTO:
    response = fastpix.start_live_stream.create_new_stream(
        playback_settings={"access_policy": "public"}, input_media_settings=media
    )
    assert isinstance(response, models.LiveStreamResponseDTO)
    assert response.success is True
    return response.data


def test_create_parses_into_typed_models_with_the_sent_values(fastpix, recording_api):
    data = _create(
        fastpix,
        max_resolution="720p",
        reconnect_window=300,
        media_policy="private",
        metadata={"livestream_name": "Friday show"},
        enable_dvr_mode=True,
        enable_recording=False,  # SDK 1.2.0 only, not in the spec; the sandbox follows the SDK
    )

    predicted = SandboxState(seed=2026).create_stream()
    assert data.stream_id == predicted.stream_id
    assert data.stream_key == predicted.stream_key
    assert data.srt_secret == predicted.srt_secret
    assert data.status == "idle"
    assert data.trial is False
    assert data.max_resolution == "720p"
    assert data.reconnect_window == 300
    assert data.media_policy == "private"
    assert data.metadata == {"livestream_name": "Friday show"}
    assert data.enable_dvr_mode is True
    assert data.enable_recording is False
    assert data.low_latency is False
    assert data.closed_captions is False
    assert data.max_duration == 0  # production answers 0; the spec says minimum 60
    assert abs(data.created_at - datetime.now(UTC)) < timedelta(minutes=5)
    assert data.playback_ids is not None and len(data.playback_ids) == 1
    assert data.playback_ids[0].access_policy == "public"
    assert data.srt_playback_response is not None
    assert data.srt_playback_response.srt_playback_stream_id == "play" + data.stream_id
    assert data.srt_playback_response.srt_playback_secret == predicted.srt_playback_secret
    assert recording_api.exchanges[-1].status == 201


def test_every_live_stream_endpoint_round_trips(fastpix, recording_api):
    stream_id = _create(fastpix, metadata={"livestream_name": "a"}).stream_id
    manage = fastpix.manage_live_stream

    fetched = manage.get_live_stream_by_id(stream_id=stream_id)
    assert isinstance(fetched, models.LivestreamgetResponse)
    assert fetched.data.stream_id == stream_id

    updated = manage.update_live_stream(
        stream_id=stream_id, metadata={"livestream_name": "b"}, reconnect_window=600
    )
    assert isinstance(updated, models.PatchResponseDTO)
    assert updated.data.metadata == {"livestream_name": "b"}
    assert updated.data.reconnect_window == 600

    views = manage.get_live_stream_viewer_count_by_id(stream_id=stream_id)
    assert isinstance(views, models.ViewsCountResponse)
    assert views.data.views == 0

    assert manage.disable_live_stream(stream_id=stream_id).success is True
    assert manage.get_live_stream_by_id(stream_id=stream_id).data.status == "disabled"
    assert manage.enable_live_stream(stream_id=stream_id).success is True

    recording_api.set_status(stream_id, "active")  # the encoder connects
    assert manage.get_live_stream_by_id(stream_id=stream_id).data.status == "active"
    assert manage.complete_live_stream(stream_id=stream_id).success is True
    finished = manage.get_live_stream_by_id(stream_id=stream_id).data
    assert finished.status == "idle"
    assert finished.media_ids is not None and len(finished.media_ids) == 1

    playback = fastpix.live_playback
    created = playback.create_playback_id_of_stream(stream_id=stream_id, access_policy="private")
    assert isinstance(created, models.PlaybackIDSuccessResponse)
    assert created.data.access_policy == "private"
    got = playback.get_live_stream_playback_id(stream_id=stream_id, playback_id=created.data.id)
    assert got.data.id == created.data.id
    deleted = playback.delete_playback_id_of_stream(
        stream_id=stream_id, playback_id=created.data.id
    )
    assert deleted.success is True
    with pytest.raises(errors.NotFoundErrorPlaybackID) as gone:
        playback.get_live_stream_playback_id(stream_id=stream_id, playback_id=created.data.id)
    assert gone.value.data.error.message == "stream/playbackId not found"

    removed = manage.delete_live_stream(stream_id=stream_id)
    assert isinstance(removed, models.LiveStreamDeleteResponse)
    assert removed.success is True
    with pytest.raises(errors.NotFoundError) as missing:
        manage.get_live_stream_by_id(stream_id=stream_id)
    assert missing.value.status_code == 404
    assert missing.value.data.error.message == "stream not found"


def test_list_pagination_values(fastpix):
    ids = [_create(fastpix).stream_id for _ in range(5)]
    manage = fastpix.manage_live_stream

    first = manage.get_all_streams(limit=2, offset=1, order_by="asc")
    last = manage.get_all_streams(limit=2, offset=3, order_by="asc")
    newest = manage.get_all_streams()

    assert isinstance(first, models.GetStreamsResponse)
    assert [s.stream_id for s in first.data] == ids[:2]
    assert first.pagination.total_records == 5
    assert first.pagination.current_offset == 1
    assert first.pagination.offset_count == 3
    assert [s.stream_id for s in last.data] == ids[4:]
    assert last.pagination.current_offset == 3
    assert [s.stream_id for s in newest.data] == ids[::-1]


def test_wrong_credentials_are_the_sdks_unauthorized_error(sandbox):
    intruder = Fastpix(
        security=models.Security(username=DEMO_ACCESS_TOKEN_ID, password="wrong"),
        server_url=sandbox.url,
        retry_config=None,
    )

    with pytest.raises(errors.UnauthorizedError) as listed:
        intruder.manage_live_stream.get_all_streams()
    with pytest.raises(errors.UnauthorizedError):
        intruder.start_live_stream.create_new_stream(playback_settings={}, input_media_settings={})

    assert listed.value.status_code == 401
    assert listed.value.data.error.message == "unauthorized"


def test_limits_are_the_sdks_validation_error(fastpix):
    with pytest.raises(errors.ValidationErrorResponse) as too_short:
        _create(fastpix, reconnect_window=30)
    with pytest.raises(errors.ValidationErrorResponse) as too_long:
        fastpix.manage_live_stream.update_live_stream(stream_id="x" * 32, reconnect_window=3600)
    with pytest.raises(errors.ValidationErrorResponse) as bad_page:
        fastpix.manage_live_stream.get_all_streams(offset=0)

    assert too_short.value.code == 422
    assert too_short.value.fields == [
        {"field": "inputMediaSettings.reconnectWindow", "message": "must be between 60 and 1800"}
    ]
    assert too_long.value.fields[0]["field"] == "reconnectWindow"
    assert bad_page.value.fields[0]["field"] == "offset"


def test_status_rules_surface_as_the_sdks_error_types(fastpix):
    stream_id = _create(fastpix).stream_id
    manage = fastpix.manage_live_stream

    with pytest.raises(errors.BadRequest) as enable_idle:
        manage.enable_live_stream(stream_id=stream_id)
    manage.disable_live_stream(stream_id=stream_id)
    with pytest.raises(errors.StreamAlreadyDisabledError) as disable_twice:
        manage.disable_live_stream(stream_id=stream_id)
    manage.enable_live_stream(stream_id=stream_id)
    # SDK 1.2.0 maps finish's 400 onto UnauthorizedError (its 400/401 branch is shared).
    with pytest.raises(errors.UnauthorizedError) as finish_idle:
        manage.complete_live_stream(stream_id=stream_id)

    assert enable_idle.value.status_code == 400
    assert enable_idle.value.data.error.message == "stream is already enabled"
    assert disable_twice.value.data.error.message == "stream already disabled"
    assert finish_idle.value.status_code == 400
    assert finish_idle.value.data.error.message == "stream cannot be completed"


def test_unknown_ids_are_the_sdks_not_found_errors(fastpix):
    unknown = "0" * 32

    with pytest.raises(errors.LiveNotFoundError):
        fastpix.manage_live_stream.delete_live_stream(stream_id=unknown)
    with pytest.raises(errors.NotFoundError):
        fastpix.manage_live_stream.enable_live_stream(stream_id=unknown)
    with pytest.raises(errors.LiveNotFoundError):
        fastpix.live_playback.create_playback_id_of_stream(stream_id=unknown)
    with pytest.raises(errors.NotFoundErrorPlaybackID):
        fastpix.live_playback.delete_playback_id_of_stream(stream_id=unknown, playback_id="p")


def test_server_errors_and_retries(sandbox, recording_api):
    recording_api.inject(Fault(status=503, times=1))
    quick_retries = utils.RetryConfig("backoff", utils.BackoffStrategy(10, 50, 1.5, 2000), False)
    patient = Fastpix(
        security=models.Security(username=DEMO_ACCESS_TOKEN_ID, password=DEMO_SECRET_KEY),
        server_url=sandbox.url,
        retry_config=quick_retries,
    )

    data = patient.start_live_stream.create_new_stream(
        playback_settings={}, input_media_settings={}
    ).data

    assert list(recording_api.streams) == [data.stream_id]

    recording_api.inject(Fault(status=500, times=1))
    impatient = Fastpix(
        security=models.Security(username=DEMO_ACCESS_TOKEN_ID, password=DEMO_SECRET_KEY),
        server_url=sandbox.url,
        retry_config=None,
    )
    with pytest.raises(errors.FastpixDefaultError) as failed:
        impatient.manage_live_stream.get_all_streams()
    assert failed.value.status_code == 500


async def test_async_sdk_over_the_in_process_transport():
    api = SandboxApi(seed=9)
    async with httpx.AsyncClient(transport=api.mock_transport()) as client:
        fastpix = Fastpix(
            security=models.Security(username=DEMO_ACCESS_TOKEN_ID, password=DEMO_SECRET_KEY),
            server_url="http://sandbox.invalid/v1",
            async_client=client,
            retry_config=None,
        )
        created = await fastpix.start_live_stream.create_new_stream_async(
            playback_settings={"access_policy": "private"}, input_media_settings={}
        )
        listed = await fastpix.manage_live_stream.get_all_streams_async()

    assert created.data.stream_id == SandboxState(seed=9).create_stream().stream_id
    assert [s.stream_id for s in listed.data] == [created.data.stream_id]
