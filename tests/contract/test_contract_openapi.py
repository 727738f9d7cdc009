"""Every sandbox answer, success or error, on every endpoint, validates against FastPix's OpenAPI
spec, declares no field the spec lacks, and the sandbox's limits are the spec's limits."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY, Fault, validation

pytestmark = pytest.mark.contract

STREAMS = "/live/streams"
UNKNOWN = "0" * 32

# (method, spec path template) of every live-stream operation the sandbox serves.
OPERATIONS = {
    ("POST", "/live/streams"),
    ("GET", "/live/streams"),
    ("GET", "/live/streams/{streamId}"),
    ("PATCH", "/live/streams/{streamId}"),
    ("DELETE", "/live/streams/{streamId}"),
    ("PUT", "/live/streams/{streamId}/live-enable"),
    ("PUT", "/live/streams/{streamId}/live-disable"),
    ("PUT", "/live/streams/{streamId}/finish"),
    ("GET", "/live/streams/{streamId}/viewer-count"),
    ("POST", "/live/streams/{streamId}/playback-ids"),
    ("DELETE", "/live/streams/{streamId}/playback-ids"),
    ("GET", "/live/streams/{streamId}/playback-ids/{playbackId}"),
}


def _drive_every_endpoint(client: httpx.Client, api: Any) -> None:
    """Successes and the errors each endpoint can give, over the real socket."""
    sdk_style = {
        "playbackSettings": {"accessPolicy": "public"},
        "inputMediaSettings": {
            "maxResolution": "1080p",
            "reconnectWindow": 60,
            "enableRecording": True,
        },
    }
    full = {
        "playbackSettings": {"accessPolicy": "private"},
        "inputMediaSettings": {
            "maxResolution": "720p",
            "reconnectWindow": 1800,
            "mediaPolicy": "private",
            "metadata": {"livestream_name": "contract"},
            "enableDvrMode": True,
            "enableRecording": False,  # SDK 1.2.0 only; the sandbox follows the SDK
            "closedCaptions": True,  # docs only (enable-live-captions)
        },
    }
    stream_id = client.post(STREAMS, json=sdk_style).json()["data"]["streamId"]
    other_id = client.post(STREAMS, json=full).json()["data"]["streamId"]
    api.set_status(stream_id, "active")  # gives the stream mediaIds

    client.get(STREAMS)
    client.get(STREAMS, params={"limit": 1, "offset": 2, "orderBy": "asc"})
    client.get(STREAMS, params={"limit": 50, "offset": 9})
    client.get(f"{STREAMS}/{stream_id}")
    client.patch(f"{STREAMS}/{other_id}", json={"metadata": {"a": "b"}, "reconnectWindow": 90})
    client.patch(f"{STREAMS}/{other_id}", json={"metadata": {}})
    client.get(f"{STREAMS}/{stream_id}/viewer-count")
    playback_id = client.post(f"{STREAMS}/{stream_id}/playback-ids", json={}).json()["data"]["id"]
    client.get(f"{STREAMS}/{stream_id}/playback-ids/{playback_id}")
    client.delete(f"{STREAMS}/{stream_id}/playback-ids", params={"playbackId": playback_id})
    client.put(f"{STREAMS}/{stream_id}/finish")
    client.put(f"{STREAMS}/{stream_id}/live-disable")
    client.put(f"{STREAMS}/{stream_id}/live-enable")

    # 400: rules and malformed bodies
    client.put(f"{STREAMS}/{stream_id}/finish")
    client.put(f"{STREAMS}/{stream_id}/live-enable")
    client.put(f"{STREAMS}/{other_id}/live-disable")
    client.put(f"{STREAMS}/{other_id}/live-disable")
    client.patch(f"{STREAMS}/{other_id}", json={"reconnectWindow": 60})
    client.post(STREAMS, content=b"{not json")
    # 422: limits
    client.post(
        STREAMS, json={"playbackSettings": {}, "inputMediaSettings": {"reconnectWindow": 1}}
    )
    client.post(STREAMS, json={})
    client.get(STREAMS, params={"limit": 0, "offset": 0, "orderBy": "sideways"})
    client.patch(f"{STREAMS}/{stream_id}", json={"metadata": {"k": "v" * 300}})
    client.post(f"{STREAMS}/{stream_id}/playback-ids", json={"accessPolicy": "drm"})
    client.delete(f"{STREAMS}/{stream_id}/playback-ids")
    # 404: unknown stream / playback ID / path; 405: known path, other method
    for method, suffix in [
        ("GET", ""),
        ("PATCH", ""),
        ("DELETE", ""),
        ("PUT", "/live-enable"),
        ("PUT", "/live-disable"),
        ("PUT", "/finish"),
        ("GET", "/viewer-count"),
        ("POST", "/playback-ids"),
    ]:
        client.request(method, f"{STREAMS}/{UNKNOWN}{suffix}", json={} if method != "GET" else None)
    client.get(f"{STREAMS}/{stream_id}/playback-ids/{UNKNOWN}")
    client.delete(f"{STREAMS}/{UNKNOWN}/playback-ids", params={"playbackId": "x"})
    client.get("/live/nothing-here")
    client.post(f"{STREAMS}/{stream_id}")
    client.delete(f"{STREAMS}/{other_id}")


def test_every_answer_matches_the_spec(sandbox, recording_api, spec_checker):
    auth = (DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY)
    with httpx.Client(base_url=sandbox.url, auth=auth, timeout=5) as client:
        _drive_every_endpoint(client, recording_api)
    with httpx.Client(base_url=sandbox.url, auth=("who", "knows"), timeout=5) as intruder:
        for method, template in sorted(OPERATIONS):
            intruder.request(method, template.format(streamId=UNKNOWN, playbackId=UNKNOWN))

    assert spec_checker.exchange_problems(recording_api.exchanges) == {}
    successes = spec_checker.succeeded_operations(recording_api.exchanges)
    statuses = {e.status for e in recording_api.exchanges}
    assert successes == OPERATIONS  # every endpoint answered successfully at least once
    assert {200, 201, 400, 401, 404, 405, 422} <= statuses


def test_sdk_driven_answers_match_the_spec(fastpix, recording_api, spec_checker):
    data = fastpix.start_live_stream.create_new_stream(
        playback_settings={"access_policy": "public"}, input_media_settings={}
    ).data
    fastpix.manage_live_stream.update_live_stream(stream_id=data.stream_id, reconnect_window=90)
    fastpix.manage_live_stream.get_all_streams(limit=5)

    for exchange in recording_api.exchanges:
        pointer = spec_checker.response_pointer(exchange.method, exchange.path, exchange.status)
        assert spec_checker.errors(pointer, json.loads(exchange.body)) == []


@pytest.mark.parametrize(
    "fault",
    [Fault(status=500), Fault(status=503), Fault(status=524), Fault(status=429, retry_after=3)],
)
def test_injected_error_envelopes_match_default_error(spec_checker, fault):
    response = fault.response()
    assert response is not None

    errors = spec_checker.errors("/components/schemas/Default-Error", response.json())
    assert errors == []


# --------------------------------------------------------------------------- limits and examples


def _schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    return spec["components"]["schemas"][name]


def test_sandbox_limits_are_the_spec_limits(openapi_spec):
    create = _schema(openapi_spec, "CreateLiveStreamRequest")
    media = create["properties"]["inputMediaSettings"]["properties"]
    patch = _schema(openapi_spec, "patchLiveStreamRequest")["properties"]
    policy = _schema(openapi_spec, "BasicAccessPolicy")
    list_params = {
        p["name"]: p["schema"] for p in openapi_spec["paths"]["/live/streams"]["get"]["parameters"]
    }

    assert set(create["required"]) == {"playbackSettings", "inputMediaSettings"}
    assert tuple(media["maxResolution"]["enum"]) == validation.RESOLUTIONS
    assert media["maxResolution"]["default"] == "1080p"
    for window in (media["reconnectWindow"], patch["reconnectWindow"]):
        assert (window["minimum"], window["maximum"]) == (
            validation.RECONNECT_MIN,
            validation.RECONNECT_MAX,
        )
        assert window["default"] == 60
    for metadata in (media["metadata"], patch["metadata"]):
        assert metadata["maxProperties"] == validation.METADATA_MAX_ENTRIES
        assert metadata["additionalProperties"]["maxLength"] == validation.METADATA_MAX_CHARS
    assert tuple(policy["enum"]) == validation.ACCESS_POLICIES
    assert policy["default"] == "public"
    assert (list_params["limit"]["minimum"], list_params["limit"]["maximum"]) == (
        validation.LIST_LIMIT_MIN,
        validation.LIST_LIMIT_MAX,
    )
    assert list_params["limit"]["default"] == 10
    assert list_params["offset"]["default"] == 1
    assert tuple(list_params["orderBy"]["enum"]) == validation.ORDERS
    assert list_params["orderBy"]["default"] == "desc"


def test_the_specs_example_requests_are_accepted(openapi_spec, sandbox):
    create_example = _schema(openapi_spec, "CreateLiveStreamRequest")["default"]
    patch_example = _schema(openapi_spec, "patchLiveStreamRequest")["example"]
    playback_example = _schema(openapi_spec, "playbackIdRequest")["example"]
    auth = (DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY)

    with httpx.Client(base_url=sandbox.url, auth=auth, timeout=5) as client:
        created = client.post(STREAMS, json=create_example)
        stream_id = created.json()["data"]["streamId"]
        patched = client.patch(f"{STREAMS}/{stream_id}", json=patch_example)
        playback = client.post(f"{STREAMS}/{stream_id}/playback-ids", json=playback_example)

    assert created.status_code == 201
    assert created.json()["data"]["metadata"] == create_example["inputMediaSettings"]["metadata"]
    assert patched.status_code == 200
    assert patched.json()["data"]["reconnectWindow"] == patch_example["reconnectWindow"]
    assert playback.status_code == 201
