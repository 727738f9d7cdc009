"""SandboxApi answers like FastPix: status codes, envelopes, defaults, limits, auth, rules."""

from __future__ import annotations

import base64
import re
from typing import Any

import pytest

from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY, SandboxApi

STREAMS = "/v1/live/streams"
JSON_TYPE = "application/json;charset=UTF-8"


def _body(**media: Any) -> dict[str, Any]:
    return {"playbackSettings": {"accessPolicy": "public"}, "inputMediaSettings": media}


def _error(response: Any) -> dict[str, Any]:
    payload = response.json()
    assert payload["success"] is False
    assert payload["error"]["code"] == response.status
    return payload["error"]


# --------------------------------------------------------------------------- create


def test_create_returns_201_with_fastpix_defaults(call):
    response = call("POST", STREAMS, {"playbackSettings": {}, "inputMediaSettings": {}})

    assert response.status == 201
    assert response.headers["Content-Type"] == JSON_TYPE
    payload = response.json()
    assert payload["success"] is True
    data = payload["data"]
    assert re.fullmatch(r"[0-9a-f]{32}", data["streamId"])
    assert data["status"] == "idle"
    assert data["trial"] is False
    assert data["maxResolution"] == "1080p"
    assert data["reconnectWindow"] == 60
    assert data["mediaPolicy"] == "public"
    assert data["enableRecording"] is True
    assert data["enableDvrMode"] is False
    assert data["lowLatency"] is False
    assert data["closedCaptions"] is False
    assert data["maxDuration"] == 0  # production (docs/sandbox-fidelity.md), not the spec
    assert "metadata" not in data  # omitted when empty, as in production
    assert "mediaIds" not in data
    assert len(data["playbackIds"]) == 1
    assert data["playbackIds"][0]["accessPolicy"] == "public"


def test_create_keeps_every_setting_sent(call):
    response = call(
        "POST",
        STREAMS,
        {
            "playbackSettings": {"accessPolicy": "private"},
            "inputMediaSettings": {
                "maxResolution": "480p",
                "reconnectWindow": 1800,
                "mediaPolicy": "private",
                "metadata": {"livestream_name": "Friday show"},
                "enableDvrMode": True,
                "enableRecording": False,
                "closedCaptions": True,
            },
        },
    )

    data = response.json()["data"]
    assert response.status == 201
    assert data["maxResolution"] == "480p"
    assert data["reconnectWindow"] == 1800
    assert data["mediaPolicy"] == "private"
    assert data["metadata"] == {"livestream_name": "Friday show"}
    assert data["enableDvrMode"] is True
    assert data["enableRecording"] is False
    assert data["closedCaptions"] is True
    assert data["playbackIds"][0]["accessPolicy"] == "private"


def test_created_keys_use_the_observed_formats(create):
    data = create()
    stream_id = data["streamId"]

    for secret in (
        data["streamKey"],
        data["srtSecret"],
        data["srtPlaybackResponse"]["srtPlaybackSecret"],
    ):
        assert re.fullmatch(rf"[0-9a-f]{{32}}k{stream_id}", secret)
    assert data["srtPlaybackResponse"]["srtPlaybackStreamId"] == "play" + stream_id
    assert re.fullmatch(
        r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}",
        data["playbackIds"][0]["id"],
    )
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z", data["createdAt"])


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"inputMediaSettings": {}}, "playbackSettings"),
        ({"playbackSettings": {}}, "inputMediaSettings"),
        ({"playbackSettings": {}, "inputMediaSettings": []}, "inputMediaSettings"),
        (_body(reconnectWindow=59), "inputMediaSettings.reconnectWindow"),
        (_body(reconnectWindow=1801), "inputMediaSettings.reconnectWindow"),
        (_body(reconnectWindow="60"), "inputMediaSettings.reconnectWindow"),
        (_body(reconnectWindow=True), "inputMediaSettings.reconnectWindow"),
        (_body(maxResolution="4k"), "inputMediaSettings.maxResolution"),
        (_body(mediaPolicy="drm"), "inputMediaSettings.mediaPolicy"),
        (_body(metadata={f"k{i}": "v" for i in range(11)}), "inputMediaSettings.metadata"),
        (_body(metadata={"name": "x" * 256}), "inputMediaSettings.metadata"),
        (_body(metadata={"name": 5}), "inputMediaSettings.metadata"),
        (_body(metadata="name"), "inputMediaSettings.metadata"),
        (_body(enableDvrMode="yes"), "inputMediaSettings.enableDvrMode"),
        (_body(enableRecording=1), "inputMediaSettings.enableRecording"),
        (_body(closedCaptions="true"), "inputMediaSettings.closedCaptions"),
        (
            {"playbackSettings": {"accessPolicy": "drm"}, "inputMediaSettings": {}},
            "playbackSettings.accessPolicy",
        ),
    ],
)
def test_create_rejects_values_outside_the_api_limits_with_422_fields(call, api, body, field):
    response = call("POST", STREAMS, body)

    assert response.status == 422
    error = _error(response)
    assert error["message"] == "payload validation failed"
    assert [f["field"] for f in error["fields"]] == [field]
    assert error["fields"][0]["message"]
    assert len(api.streams) == 0


def test_create_accepts_the_limits_themselves(call):
    for window in (60, 1800):
        metadata = {f"k{i}": "v" * 255 for i in range(10)}
        response = call("POST", STREAMS, _body(reconnectWindow=window, metadata=metadata))
        assert response.status == 201, response.body


def test_create_reports_every_bad_field_at_once(call):
    response = call("POST", STREAMS, _body(reconnectWindow=5, maxResolution="8k"))

    fields = {f["field"] for f in _error(response)["fields"]}
    assert fields == {"inputMediaSettings.reconnectWindow", "inputMediaSettings.maxResolution"}


@pytest.mark.parametrize("raw", [b"{not json", b"[1, 2]", b'"text"', b"\xff\xfe"])
def test_malformed_json_body_is_a_400_with_a_plain_message(call, raw):
    response = call("POST", STREAMS, raw=raw)

    assert response.status == 400
    assert _error(response)["message"] == "malformed request body"


def test_unknown_request_fields_are_ignored(call):
    body = _body(lowLatency=True, somethingNew=1)
    body["extra"] = {}

    response = call("POST", STREAMS, body)

    assert response.status == 201
    assert response.json()["data"]["lowLatency"] is False


# --------------------------------------------------------------------------- auth


def test_missing_credentials_are_a_401_with_fastpix_text(call):
    response = call("GET", STREAMS, headers={})

    assert response.status == 401
    error = _error(response)
    assert error["message"] == "unauthorized"
    assert "Miss match between access token and secret key" in error["description"]


@pytest.mark.parametrize(
    "authorization",
    [
        "Basic ZGVtby1hY2Nlc3MtdG9rZW4taWQ6d3Jvbmc=",  # demo-access-token-id:wrong
        "Bearer demo-secret-key",
        "Basic %%%not-base64",
        "Basic ZGVtbw==",  # "demo" without a colon
    ],
)
def test_wrong_or_garbled_credentials_are_a_401(call, api, authorization):
    response = call("POST", STREAMS, _body(), headers={"Authorization": authorization})

    assert response.status == 401
    assert len(api.streams) == 0


def test_auth_is_checked_before_the_path(call):
    assert call("GET", "/v1/nowhere", headers={}).status == 401


def _basic(user: str, password: str) -> dict[str, str]:
    return {"authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}


def test_custom_credentials_replace_the_demo_ones():
    api = SandboxApi(credentials=("token-id", "s3cret:with:colons"))

    assert api.handle("GET", STREAMS, None, _basic("token-id", "s3cret:with:colons")).status == 200
    assert api.handle("GET", STREAMS, None, _basic("token-id", "s3cret")).status == 401
    demo = _basic(DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY)
    assert api.handle("GET", STREAMS, None, demo).status == 401


def test_credentials_none_accepts_any_non_empty_pair():
    api = SandboxApi(credentials=None)

    assert api.handle("GET", STREAMS, None, _basic("anyone", "anything")).status == 200
    assert api.handle("GET", STREAMS, None, _basic("", "")).status == 401
    assert api.handle("GET", STREAMS, None, {}).status == 401


# --------------------------------------------------------------------------- routing


@pytest.mark.parametrize(
    "path",
    ["/v1/live/stream", "/v2/live/streams", "/v1/on-demand", "/v1/live/streams/a/b/c/d", "/"],
)
def test_unknown_paths_are_404_envelopes(call, path):
    response = call("GET", path)

    assert response.status == 404
    assert _error(response)["message"] == "not found"


def test_wrong_method_on_a_known_path_is_405(call, create):
    stream_id = create()["streamId"]

    response = call("POST", f"{STREAMS}/{stream_id}")

    assert response.status == 405
    assert response.headers["Allow"] == "DELETE, GET, PATCH"


def test_trailing_slash_and_query_in_path_are_tolerated(call, create):
    create()

    assert call("GET", STREAMS + "/").status == 200
    assert call("GET", STREAMS + "?limit=1").json()["pagination"]["offsetCount"] == 1


# --------------------------------------------------------------------------- get / list


def test_get_returns_the_stream_and_404_for_unknown_ids(call, create):
    data = create(metadata={"livestream_name": "a"})

    found = call("GET", f"{STREAMS}/{data['streamId']}")
    missing = call("GET", f"{STREAMS}/{'0' * 32}")

    assert found.status == 200
    assert found.json()["data"] == data
    assert missing.status == 404
    assert _error(missing) == {
        "code": 404,
        "message": "stream not found",
        "description": "The requested resource (eg: streamId) doesn't exist in the workspace",
    }


def test_list_pages_are_1_based_and_count_pages(call, create):
    ids = [create()["streamId"] for _ in range(7)]

    page1 = call("GET", STREAMS, query={"limit": "3", "offset": "1", "orderBy": "asc"}).json()
    page3 = call("GET", STREAMS, query={"limit": "3", "offset": "3", "orderBy": "asc"}).json()
    page4 = call("GET", STREAMS, query={"limit": "3", "offset": "4", "orderBy": "asc"}).json()

    assert [s["streamId"] for s in page1["data"]] == ids[:3]
    assert page1["pagination"] == {"totalRecords": 7, "currentOffset": 1, "offsetCount": 3}
    assert [s["streamId"] for s in page3["data"]] == ids[6:]
    assert page3["pagination"]["currentOffset"] == 3
    assert page4["data"] == []
    assert page4["pagination"] == {"totalRecords": 7, "currentOffset": 4, "offsetCount": 3}


def test_list_defaults_to_newest_first_ten_per_page(call, create):
    ids = [create()["streamId"] for _ in range(12)]

    payload = call("GET", STREAMS).json()

    assert [s["streamId"] for s in payload["data"]] == ids[::-1][:10]
    assert payload["pagination"] == {"totalRecords": 12, "currentOffset": 1, "offsetCount": 2}


def test_list_of_an_empty_workspace(call):
    payload = call("GET", STREAMS).json()

    assert payload == {
        "success": True,
        "data": [],
        "pagination": {"totalRecords": 0, "currentOffset": 1, "offsetCount": 0},
    }


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ({"limit": "0"}, "limit"),
        ({"limit": "51"}, "limit"),
        ({"limit": "ten"}, "limit"),
        ({"offset": "0"}, "offset"),
        ({"offset": "-1"}, "offset"),
        ({"offset": "x"}, "offset"),
        ({"orderBy": "newest"}, "orderBy"),
    ],
)
def test_list_rejects_bad_paging_with_422(call, query, field):
    response = call("GET", STREAMS, query=query)

    assert response.status == 422
    assert [f["field"] for f in _error(response)["fields"]] == [field]


def test_list_accepts_limit_bounds_and_upper_case_order(call, create):
    create()

    for query in ({"limit": "1"}, {"limit": "50"}, {"orderBy": "DESC"}, {"orderBy": "asc"}):
        assert call("GET", STREAMS, query=query).status == 200


def test_list_shows_media_ids_after_a_recorded_broadcast(call, api, create):
    stream_id = create()["streamId"]
    api.set_status(stream_id, "active")

    listed = call("GET", STREAMS).json()["data"][0]
    single = call("GET", f"{STREAMS}/{stream_id}").json()["data"]

    assert len(listed["mediaIds"]) == 1
    assert single["mediaIds"] == listed["mediaIds"]


# --------------------------------------------------------------------------- update


def test_patch_changes_only_metadata_and_reconnect_window(call, create):
    data = create(maxResolution="720p", metadata={"livestream_name": "old"})

    response = call(
        "PATCH",
        f"{STREAMS}/{data['streamId']}",
        {"metadata": {"livestream_name": "new"}, "reconnectWindow": 300, "maxResolution": "480p"},
    )

    updated = response.json()["data"]
    assert response.status == 200
    assert updated["metadata"] == {"livestream_name": "new"}
    assert updated["reconnectWindow"] == 300
    assert updated["maxResolution"] == "720p"
    assert updated["streamKey"] == data["streamKey"]
    assert call("GET", f"{STREAMS}/{data['streamId']}").json()["data"]["reconnectWindow"] == 300


def test_patch_without_a_field_leaves_it_unchanged(call, create):
    data = create(reconnectWindow=900, metadata={"a": "b"})

    updated = call("PATCH", f"{STREAMS}/{data['streamId']}", {}).json()["data"]

    assert updated["reconnectWindow"] == 900
    assert updated["metadata"] == {"a": "b"}


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"reconnectWindow": 10}, "reconnectWindow"),
        ({"metadata": {f"k{i}": "v" for i in range(11)}}, "metadata"),
    ],
)
def test_patch_validates_with_the_same_limits(call, create, body, field):
    stream_id = create()["streamId"]

    response = call("PATCH", f"{STREAMS}/{stream_id}", body)

    assert response.status == 422
    assert [f["field"] for f in _error(response)["fields"]] == [field]


def test_patch_of_a_disabled_stream_is_a_400(call, create):
    stream_id = create()["streamId"]
    call("PUT", f"{STREAMS}/{stream_id}/live-disable")

    response = call("PATCH", f"{STREAMS}/{stream_id}", {"reconnectWindow": 120})

    assert response.status == 400
    assert _error(response)["message"] == "stream is disabled"


def test_patch_unknown_stream_is_404(call):
    assert call("PATCH", f"{STREAMS}/{'a' * 32}", {"reconnectWindow": 60}).status == 404


# --------------------------------------------------------------------------- delete


def test_delete_removes_the_stream(call, api, create):
    stream_id = create()["streamId"]

    response = call("DELETE", f"{STREAMS}/{stream_id}")

    assert response.status == 200
    assert response.json() == {"success": True}
    assert stream_id not in api.streams
    assert call("GET", f"{STREAMS}/{stream_id}").status == 404
    assert call("DELETE", f"{STREAMS}/{stream_id}").status == 404


# --------------------------------------------------------------------------- status rules


def test_finish_only_an_active_stream(call, api, create):
    stream_id = create()["streamId"]

    idle = call("PUT", f"{STREAMS}/{stream_id}/finish")
    api.set_status(stream_id, "active")
    active = call("PUT", f"{STREAMS}/{stream_id}/finish")

    assert idle.status == 400
    assert _error(idle) == {
        "code": 400,
        "message": "stream cannot be completed",
        "description": "Only active streams can be marked as completed.",
    }
    assert active.status == 200
    assert active.json() == {"success": True}
    assert api.streams[stream_id].status == "idle"


@pytest.mark.parametrize("status", ["idle", "preparing", "active"])
def test_enable_only_a_disabled_stream(call, api, create, status):
    stream_id = create()["streamId"]
    api.set_status(stream_id, status)

    response = call("PUT", f"{STREAMS}/{stream_id}/live-enable")

    assert response.status == 400
    assert _error(response) == {
        "code": 400,
        "message": "stream is already enabled",
        "description": "The requested stream is already in an enabled state.",
    }
    assert api.streams[stream_id].status == status


def test_disable_then_enable_round_trip(call, api, create):
    stream_id = create()["streamId"]
    api.set_status(stream_id, "active")

    first = call("PUT", f"{STREAMS}/{stream_id}/live-disable")
    again = call("PUT", f"{STREAMS}/{stream_id}/live-disable")
    status_while_disabled = call("GET", f"{STREAMS}/{stream_id}").json()["data"]["status"]
    enabled = call("PUT", f"{STREAMS}/{stream_id}/live-enable")

    assert first.status == 200
    assert first.json() == {"success": True}
    assert again.status == 400
    assert _error(again) == {
        "code": 400,
        "message": "stream already disabled",
        "description": "The requested stream is already disabled.",
    }
    assert status_while_disabled == "disabled"
    assert enabled.status == 200
    assert api.streams[stream_id].status == "idle"


@pytest.mark.parametrize(
    ("method", "action"),
    [("PUT", "live-enable"), ("PUT", "live-disable"), ("PUT", "finish"), ("GET", "viewer-count")],
)
def test_actions_on_unknown_streams_are_404(call, method, action):
    response = call(method, f"{STREAMS}/{'f' * 32}/{action}")

    assert response.status == 404
    assert _error(response)["message"] == "stream not found"


def test_set_status_rejects_unknown_values_and_streams(api, create):
    stream_id = create()["streamId"]

    with pytest.raises(ValueError):
        api.set_status(stream_id, "live")
    with pytest.raises(KeyError):
        api.set_status("nope", "active")


def test_viewer_count_is_zero(call, create):
    stream_id = create()["streamId"]

    response = call("GET", f"{STREAMS}/{stream_id}/viewer-count")

    assert response.status == 200
    assert response.json() == {"success": True, "data": {"views": 0}}


# --------------------------------------------------------------------------- playback IDs


def test_playback_id_lifecycle(call, create):
    data = create()
    base = f"{STREAMS}/{data['streamId']}/playback-ids"

    created = call("POST", base, {"accessPolicy": "private"})
    playback_id = created.json()["data"]["id"]
    fetched = call("GET", f"{base}/{playback_id}")
    listed = call("GET", f"{STREAMS}/{data['streamId']}").json()["data"]["playbackIds"]
    deleted = call("DELETE", base, query={"playbackId": playback_id})
    gone = call("GET", f"{base}/{playback_id}")
    deleted_again = call("DELETE", base, query=f"playbackId={playback_id}")

    assert created.status == 201
    assert created.json() == {
        "success": True,
        "data": {"id": playback_id, "accessPolicy": "private"},
    }
    assert fetched.status == 200
    assert fetched.json()["data"] == {"id": playback_id, "accessPolicy": "private"}
    assert [p["id"] for p in listed] == [data["playbackIds"][0]["id"], playback_id]
    assert deleted.status == 200
    assert deleted.json() == {"success": True}
    assert gone.status == 404
    assert _error(gone)["message"] == "stream/playbackId not found"
    assert deleted_again.status == 404


def test_playback_id_defaults_to_public_for_an_empty_body(call, create):
    stream_id = create()["streamId"]

    for raw in (b"{}", b""):
        response = call("POST", f"{STREAMS}/{stream_id}/playback-ids", raw=raw)
        assert response.status == 201
        assert response.json()["data"]["accessPolicy"] == "public"


def test_playback_id_errors(call, create):
    stream_id = create()["streamId"]
    base = f"{STREAMS}/{stream_id}/playback-ids"

    bad_policy = call("POST", base, {"accessPolicy": "drm"})
    unknown_stream = call("POST", f"{STREAMS}/{'0' * 32}/playback-ids", {})
    missing_query = call("DELETE", base)
    unknown_get = call("GET", f"{STREAMS}/{'0' * 32}/playback-ids/x")

    assert bad_policy.status == 422
    assert [f["field"] for f in _error(bad_policy)["fields"]] == ["accessPolicy"]
    assert unknown_stream.status == 404
    assert _error(unknown_stream)["message"] == "stream not found"
    assert missing_query.status == 422
    assert [f["field"] for f in _error(missing_query)["fields"]] == ["playbackId"]
    assert unknown_get.status == 404
    assert _error(unknown_get)["message"] == "stream/playbackId not found"
