"""SandboxState: reproducible IDs with a seed, unpredictable ones without, ordered createdAt."""

from __future__ import annotations

from datetime import UTC, datetime

from fastpix_desktop.sandbox import SandboxApi, SandboxState, StreamSpec
from fastpix_desktop.sandbox.state import format_timestamp


def _create_via_api(
    api: SandboxApi, body: bytes = b'{"playbackSettings":{},"inputMediaSettings":{}}'
):
    import base64

    auth = base64.b64encode(f"{api.credentials[0]}:{api.credentials[1]}".encode()).decode()
    response = api.handle(
        "POST", "/v1/live/streams", None, {"Authorization": f"Basic {auth}"}, body
    )
    assert response.status == 201
    return response.json()["data"]


def test_same_seed_predicts_the_first_streams_srt_passphrase():
    predicted = SandboxState(seed=42).create_stream()

    data = _create_via_api(SandboxApi(seed=42))

    assert data["srtSecret"] == predicted.srt_secret
    assert data["streamId"] == predicted.stream_id
    assert data["streamKey"] == predicted.stream_key
    assert data["playbackIds"][0]["id"] == predicted.playback_ids[0].id
    assert data["srtPlaybackResponse"]["srtPlaybackSecret"] == predicted.srt_playback_secret


def test_prediction_does_not_depend_on_the_settings_sent():
    predicted = SandboxState(seed=7).create_stream()
    body = (
        b'{"playbackSettings":{"accessPolicy":"private"},"inputMediaSettings":'
        b'{"maxResolution":"480p","metadata":{"livestream_name":"x"}}}'
    )

    data = _create_via_api(SandboxApi(seed=7), body)

    assert data["srtSecret"] == predicted.srt_secret


def test_seeded_sequences_repeat_and_differ_between_seeds():
    def run(seed: int) -> list[str]:
        state = SandboxState(seed=seed)
        first = state.create_stream()
        pid = state.add_playback_id(first.stream_id, "public").id
        return [first.stream_key, state.create_stream().srt_secret, pid]

    assert run(3) == run(3)
    assert run(3) != run(4)


def test_unseeded_states_differ():
    assert SandboxState().create_stream().srt_secret != SandboxState().create_stream().srt_secret


def test_stream_spec_values_are_stored():
    record = SandboxState(seed=1).create_stream(
        StreamSpec(access_policy="private", reconnect_window=120, metadata={"a": "b"})
    )

    data = record.to_api()
    assert data["reconnectWindow"] == 120
    assert data["metadata"] == {"a": "b"}
    assert data["playbackIds"] == [{"id": record.playback_ids[0].id, "accessPolicy": "private"}]


def test_created_at_is_strictly_increasing_even_with_a_frozen_clock():
    frozen = datetime(2026, 5, 20, 12, 50, 15, 267974, tzinfo=UTC)
    state = SandboxState(seed=1, clock=lambda: frozen)

    first, second = state.create_stream(), state.create_stream()

    assert first.to_api()["createdAt"] == "2026-05-20T12:50:15.267974Z"
    assert second.to_api()["createdAt"] == "2026-05-20T12:50:15.267975Z"
    ordered = state.ordered(descending=True)
    assert [s.stream_id for s in ordered] == [second.stream_id, first.stream_id]


def test_timestamps_are_utc_with_microseconds_and_z():
    assert format_timestamp(datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)) == (
        "2026-01-02T03:04:05.000000Z"
    )


def test_secrets_stay_out_of_the_record_repr():
    record = SandboxState(seed=1).create_stream()

    text = repr(record)
    assert record.stream_key not in text
    assert record.srt_secret not in text
    assert record.srt_playback_secret not in text


def test_api_clock_stamps_created_at():
    frozen = datetime(2026, 5, 20, 12, 0, tzinfo=UTC)

    data = _create_via_api(SandboxApi(seed=1, clock=lambda: frozen))

    assert data["createdAt"] == "2026-05-20T12:00:00.000000Z"
