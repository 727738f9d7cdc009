"""StreamSettings limits and request body; tolerant-but-typed parsing of FastPix streams; reprs."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from fastpix_desktop.core.errors import FastPixBadResponseError, FastPixValidationError
from fastpix_desktop.core.fastpix.ingest import IngestTarget, ingest_target
from fastpix_desktop.core.models import (
    F_ACCESS_POLICY,
    F_CAPTIONS,
    F_MEDIA_POLICY,
    F_METADATA,
    F_RECONNECT,
    F_RESOLUTION,
    NAME_METADATA_KEY,
    AccessPolicy,
    LiveStream,
    MaxResolution,
    ObsServiceSettings,
    PlaybackId,
    Protocol,
    StreamPage,
    StreamSettings,
    StreamStatus,
)

STREAM_KEY = "ba016466451c770511d5992ec54bb271k91b8484250e5a1ed03fd4e100b807082"
SRT_SECRET = "b0a434dfeb98f5ad3c18ed27b2ea1972k91b8484250e5a1ed03fd4e100b807082"
SRT_PLAY_SECRET = "df43bc6e03598e1af7828b061784f9f5k91b8484250e5a1ed03fd4e100b807082"

# data of the real create response (docs/fastpix-api.md#create-response)
REAL: dict[str, Any] = {
    "streamId": "91b8484250e5a1ed03fd4e100b807082",
    "streamKey": STREAM_KEY,
    "srtSecret": SRT_SECRET,
    "trial": False,
    "status": "idle",
    "maxResolution": "1080p",
    "maxDuration": 0,
    "createdAt": "2026-05-20T12:50:15.267974Z",
    "reconnectWindow": 60,
    "enableRecording": True,
    "enableDvrMode": False,
    "mediaPolicy": "public",
    "metadata": {"name": "sdk-validate"},
    "lowLatency": False,
    "closedCaptions": False,
    "playbackIds": [{"id": "b957a4c3-094e-4986-b89c-2bec49b01266", "accessPolicy": "public"}],
    "srtPlaybackResponse": {
        "srtPlaybackStreamId": "play91b8484250e5a1ed03fd4e100b807082",
        "srtPlaybackSecret": SRT_PLAY_SECRET,
    },
}


# --------------------------------------------------------------------------- StreamSettings


@pytest.mark.parametrize(
    ("window", "valid"), [(59, False), (60, True), (1800, True), (1801, False)]
)
def test_reconnect_window_limits(window: int, valid: bool) -> None:
    errors = StreamSettings(reconnect_window=window).validation_errors()
    assert (F_RECONNECT not in errors) is valid


def test_ten_metadata_entries_including_the_name_are_fine() -> None:
    extra = {f"k{i}": "v" for i in range(9)}
    settings = StreamSettings(name="Show", extra_metadata=extra)
    assert len(settings.metadata) == 10
    assert settings.validation_errors() == {}


def test_eleven_metadata_entries_including_the_name_are_too_many() -> None:
    extra = {f"k{i}": "v" for i in range(10)}
    assert StreamSettings(extra_metadata=extra).validation_errors() == {}
    errors = StreamSettings(name="Show", extra_metadata=extra).validation_errors()
    assert F_METADATA in errors
    assert "10" in errors[F_METADATA]


@pytest.mark.parametrize(("length", "valid"), [(255, True), (256, False)])
def test_metadata_value_length(length: int, valid: bool) -> None:
    assert (F_METADATA not in StreamSettings(name="x" * length).validation_errors()) is valid
    settings = StreamSettings(extra_metadata={"note": "y" * length})
    assert (F_METADATA not in settings.validation_errors()) is valid


def test_metadata_key_length() -> None:
    errors = StreamSettings(extra_metadata={"k" * 256: "v"}).validation_errors()
    assert F_METADATA in errors


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"max_resolution": "4k"}, F_RESOLUTION),
        ({"access_policy": "drm"}, F_ACCESS_POLICY),
        ({"media_policy": "drm"}, F_MEDIA_POLICY),
    ],
)
def test_enum_values_are_checked(kwargs: dict[str, Any], field: str) -> None:
    assert field in StreamSettings(**kwargs).validation_errors()


@pytest.mark.parametrize("resolution", list(MaxResolution))
def test_every_resolution_is_accepted(resolution: MaxResolution) -> None:
    assert StreamSettings(max_resolution=resolution).validation_errors() == {}


def test_captions_need_rtmps() -> None:
    settings = StreamSettings(closed_captions=True)
    assert F_CAPTIONS in settings.validation_errors(Protocol.SRT)
    assert settings.validation_errors(Protocol.RTMPS) == {}
    assert settings.validation_errors() == {}
    assert StreamSettings().validation_errors(Protocol.SRT) == {}


def test_validate_raises_a_local_validation_error() -> None:
    with pytest.raises(FastPixValidationError) as caught:
        StreamSettings(reconnect_window=10).validate()
    assert caught.value.status is None
    assert F_RECONNECT in caught.value.fields
    assert "between 60 and 1800" in str(caught.value)
    StreamSettings().validate()  # defaults are valid


def test_to_request_defaults() -> None:
    assert StreamSettings().to_request() == {
        "playbackSettings": {"accessPolicy": "public"},
        "inputMediaSettings": {
            "maxResolution": "1080p",
            "reconnectWindow": 60,
            "mediaPolicy": "public",
            "enableDvrMode": False,
            "enableRecording": True,
        },
    }


def test_to_request_with_everything() -> None:
    body = StreamSettings(
        name="  Friday show  ",
        extra_metadata={"game": "chess", "": "dropped"},
        max_resolution=MaxResolution.R480P,
        reconnect_window=900,
        access_policy=AccessPolicy.PRIVATE,
        media_policy=AccessPolicy.PRIVATE,
        enable_dvr=True,
        enable_recording=False,
        closed_captions=True,
    ).to_request()
    assert body == {
        "playbackSettings": {"accessPolicy": "private"},
        "inputMediaSettings": {
            "maxResolution": "480p",
            "reconnectWindow": 900,
            "mediaPolicy": "private",
            "enableDvrMode": True,
            "enableRecording": False,
            "closedCaptions": True,
            "metadata": {"game": "chess", NAME_METADATA_KEY: "Friday show"},
        },
    }
    # Plain strings, so the body serialises the same way everywhere.
    assert type(body["inputMediaSettings"]["maxResolution"]) is str


# --------------------------------------------------------------------------- parsing


def test_real_response_parses() -> None:
    stream = LiveStream.from_api(REAL)
    assert stream.stream_id == "91b8484250e5a1ed03fd4e100b807082"
    assert stream.stream_key == STREAM_KEY
    assert stream.srt_secret == SRT_SECRET
    assert stream.status == StreamStatus.IDLE
    assert stream.max_duration == 0
    assert stream.created_at == "2026-05-20T12:50:15.267974Z"
    assert stream.metadata == {"name": "sdk-validate"}
    assert stream.playback_ids == (
        PlaybackId("b957a4c3-094e-4986-b89c-2bec49b01266", AccessPolicy.PUBLIC),
    )
    assert stream.srt_playback is not None
    assert stream.srt_playback.secret == SRT_PLAY_SECRET


def test_name_comes_from_metadata() -> None:
    stream = LiveStream.from_api(dict(REAL, metadata={NAME_METADATA_KEY: "My show"}))
    assert stream.name == "My show"
    assert LiveStream.from_api(REAL).name == ""


def test_unknown_fields_are_ignored() -> None:
    data = dict(REAL, somethingNew={"nested": [1, 2]}, simulcastResponses=[], futureFlag=True)
    data["playbackIds"] = [dict(REAL["playbackIds"][0], accessRestrictions={"domains": {}})]
    assert LiveStream.from_api(data).stream_id == REAL["streamId"]


def test_missing_optionals_are_fine() -> None:
    stream = LiveStream.from_api({"streamId": "abc"})
    assert stream.stream_id == "abc"
    assert (stream.stream_key, stream.srt_secret) == ("", "")
    assert stream.status == "idle"
    assert stream.max_duration is None
    assert stream.playback_ids == ()
    assert stream.srt_playback is None
    assert stream.metadata == {}
    assert stream.media_ids == ()


def test_nulls_count_as_missing() -> None:
    stream = LiveStream.from_api({"streamId": "abc", "metadata": None, "playbackIds": None})
    assert stream.metadata == {}
    assert stream.playback_ids == ()


def test_media_ids_and_active_status() -> None:
    stream = LiveStream.from_api(dict(REAL, status="active", mediaIds=["m1", "m2"]))
    assert stream.status == StreamStatus.ACTIVE
    assert stream.media_ids == ("m1", "m2")


@pytest.mark.parametrize(
    "data",
    [
        None,
        [],
        "stream",
        {},
        {"streamId": ""},
        {"streamId": 42},
        {"streamId": "a", "status": 1},
        {"streamId": "a", "trial": "false"},
        {"streamId": "a", "trial": 0},
        {"streamId": "a", "reconnectWindow": "60"},
        {"streamId": "a", "reconnectWindow": True},
        {"streamId": "a", "maxDuration": 1.5},
        {"streamId": "a", "metadata": ["name"]},
        {"streamId": "a", "playbackIds": {"id": "p"}},
        {"streamId": "a", "playbackIds": ["p"]},
        {"streamId": "a", "playbackIds": [{"id": 3}]},
        {"streamId": "a", "playbackIds": [{}]},
        {"streamId": "a", "srtPlaybackResponse": "play"},
        {"streamId": "a", "srtPlaybackResponse": {"srtPlaybackSecret": 5}},
        {"streamId": "a", "mediaIds": "m1"},
    ],
    ids=repr,
)
def test_wrong_types_are_bad_responses(data: Any) -> None:
    with pytest.raises(FastPixBadResponseError):
        LiveStream.from_api(copy.deepcopy(data))


def test_playback_id_parsing() -> None:
    assert PlaybackId.from_api({"id": "p"}).access_policy == "public"
    assert PlaybackId.from_api({"id": "p", "accessPolicy": "private"}).is_private
    with pytest.raises(FastPixBadResponseError):
        PlaybackId.from_api({"id": "p", "accessPolicy": ["private"]})


def test_stream_page_has_next() -> None:
    assert StreamPage((), total_records=25, current_offset=1, offset_count=3).has_next
    assert not StreamPage((), total_records=25, current_offset=3, offset_count=3).has_next
    assert not StreamPage((), total_records=0, current_offset=1, offset_count=0).has_next


def test_obs_service_settings_round_trip() -> None:
    service = ObsServiceSettings("rtmp_custom", {"server": "rtmps://x/live", "key": STREAM_KEY})
    assert ObsServiceSettings.from_dict(service.to_dict()) == service


# --------------------------------------------------------------------------- secrets in reprs


def test_live_stream_repr_hides_keys() -> None:
    text = repr(LiveStream.from_api(REAL))
    assert REAL["streamId"] in text  # the repr is still useful
    for secret in (STREAM_KEY, SRT_SECRET, SRT_PLAY_SECRET):
        assert secret not in text
        assert secret not in str(LiveStream.from_api(REAL))


@pytest.mark.parametrize("protocol", list(Protocol))
def test_ingest_target_repr_hides_key_and_passphrase(protocol: Protocol) -> None:
    target = ingest_target(LiveStream.from_api(REAL), protocol)
    text = repr(target) + str(target)
    assert STREAM_KEY not in text
    assert SRT_SECRET not in text
    hand_made = IngestTarget(Protocol.SRT, "srt://h:778", key="streamid-x", passphrase="pass-y-123")
    assert "pass-y-123" not in repr(hand_made)
    assert "streamid-x" not in repr(hand_made)


@pytest.mark.parametrize("protocol", list(Protocol))
def test_obs_service_settings_repr_hides_the_settings(protocol: Protocol) -> None:
    service = ingest_target(LiveStream.from_api(REAL), protocol).obs_service()
    text = repr(service)
    assert "rtmp_custom" in text
    assert STREAM_KEY not in text
    assert SRT_SECRET not in text
