"""The sandbox's simulcast rules as FastPix states them: idle-only create, one target per call,
rtmp(s) URLs only, no simulcast on trial streams, no change after disable, 404 shapes; and the
live-clips and playback-restriction endpoints."""

from __future__ import annotations

import pytest

STREAMS = "/v1/live/streams"
YOUTUBE = "rtmp://a.rtmp.youtube.com/live2"
UNKNOWN = "0" * 32


@pytest.fixture
def stream_id(create) -> str:
    return create()["streamId"]


def _add(call, stream_id: str, **body):
    return call(
        "POST", f"{STREAMS}/{stream_id}/simulcast", {"url": YOUTUBE, "streamKey": "k1", **body}
    )


def test_create_adds_one_enabled_target_listed_on_the_stream(call, stream_id):
    first = _add(call, stream_id, metadata={"name": "YouTube"})
    second = _add(call, stream_id, url="rtmps://live.twitch.tv:443/app", streamKey="live_2")

    assert first.status == 201 and second.status == 201
    assert first.json()["data"]["isEnabled"] is True
    assert first.json()["data"]["metadata"] == {"name": "YouTube"}
    targets = call("GET", f"{STREAMS}/{stream_id}").json()["data"]["simulcastResponses"]
    assert [t["streamKey"] for t in targets] == ["k1", "live_2"]  # keys in clear, as FastPix
    listed = call("GET", STREAMS).json()["data"][0]
    assert listed["simulcastResponses"] == targets
    created = call("POST", STREAMS, {"playbackSettings": {}, "inputMediaSettings": {}})
    assert "simulcastResponses" not in created.json()["data"]  # create/PATCH DTOs never have it


@pytest.mark.parametrize("status", ["preparing", "active", "disabled"])
def test_create_is_refused_unless_the_stream_is_idle(api, call, stream_id, status):
    api.set_status(stream_id, status)

    response = _add(call, stream_id)

    assert response.status == 400
    assert response.json()["error"]["message"] == "stream is not idle"
    assert api.streams[stream_id].simulcasts == []


def test_trial_streams_cannot_simulcast(api, call, stream_id):
    api.set_trial(stream_id)

    response = _add(call, stream_id)

    assert response.status == 400
    assert response.json()["error"] == {
        "code": 400,
        "message": "simulcast is not available for trial streams",
        "description": "Please upgrade plan to continue",
    }


@pytest.mark.parametrize(
    ("body", "field", "message"),
    [
        ({"url": "https://a.rtmp.youtube.com/live2"}, "url", "must start with rtmp:// or rtmps://"),
        ({"url": "srt://live.example:778"}, "url", "must start with rtmp:// or rtmps://"),
        ({"url": None}, "url", "must not be null"),
        ({"streamKey": ""}, "streamKey", "must not be null"),
        ({"streamKey": 5}, "streamKey", "must be a string"),
        (
            {"metadata": {str(i): "v" for i in range(11)}},
            "metadata",
            "must have at most 10 entries",
        ),
    ],
)
def test_bad_create_bodies_are_422_with_fields(api, call, stream_id, body, field, message):
    response = _add(call, stream_id, **body)

    assert response.status == 422
    assert response.json()["error"]["fields"] == [{"field": field, "message": message}]
    assert api.streams[stream_id].simulcasts == []


def test_uppercase_scheme_is_accepted(call, stream_id):
    assert _add(call, stream_id, url="RTMPS://live-api-s.facebook.com:443/rtmp/").status == 201


def test_pause_and_resume_while_live_but_not_after_disable(api, call, stream_id):
    target = _add(call, stream_id).json()["data"]["simulcastId"]
    path = f"{STREAMS}/{stream_id}/simulcast/{target}"
    api.set_status(stream_id, "active")

    paused = call("PUT", path, {"isEnabled": False})
    resumed_by_default = call("PUT", path, {})  # the spec's default for isEnabled is true
    call("PUT", path, {"isEnabled": False})
    call("PUT", f"{STREAMS}/{stream_id}/live-disable")
    refused = call("PUT", path, {"isEnabled": True})

    assert paused.status == 200 and paused.json()["data"]["isEnabled"] is False
    assert resumed_by_default.json()["data"]["isEnabled"] is True
    assert refused.status == 400
    assert refused.json()["error"]["message"] == "stream is disabled"
    assert api.streams[stream_id].simulcasts[0].is_enabled is False


def test_delete_removes_the_target_and_404_shapes(call, stream_id):
    target = _add(call, stream_id).json()["data"]["simulcastId"]
    path = f"{STREAMS}/{stream_id}/simulcast/{target}"

    assert call("DELETE", path).json() == {"success": True}
    again = call("DELETE", path)
    on_unknown_stream = call("GET", f"{STREAMS}/{UNKNOWN}/simulcast/{target}")
    create_unknown = call(
        "POST", f"{STREAMS}/{UNKNOWN}/simulcast", {"url": YOUTUBE, "streamKey": "k"}
    )

    assert again.status == 404
    assert again.json()["error"]["message"] == "stream/simulcast not found"
    assert on_unknown_stream.json()["error"]["message"] == "stream not found"
    assert create_unknown.status == 404
    assert "simulcastResponses" not in call("GET", f"{STREAMS}/{stream_id}").json()["data"]


def test_wrong_methods_and_malformed_bodies(call, stream_id):
    listed = call("GET", f"{STREAMS}/{stream_id}/simulcast")
    malformed = call("POST", f"{STREAMS}/{stream_id}/simulcast", raw=b"[1, 2]")

    assert listed.status == 405
    assert listed.headers["Allow"] == "POST"
    assert malformed.status == 400


def test_simulcast_needs_credentials(call, stream_id):
    response = call("POST", f"{STREAMS}/{stream_id}/simulcast", {"url": YOUTUBE}, headers={})
    assert response.status == 401


def test_live_clips_page_is_empty_with_paging_and_limits(call, stream_id):
    page = call("GET", f"/v1/on-demand/{stream_id}/live-clips", query={"offset": "3"})
    too_many = call("GET", f"/v1/on-demand/{stream_id}/live-clips", query={"limit": "51"})
    posted = call("POST", f"/v1/on-demand/{stream_id}/live-clips")

    assert page.json() == {
        "success": True,
        "data": [],
        "pagination": {"totalRecords": 0, "currentOffset": 3, "offsetCount": 0},
    }
    assert too_many.status == 422
    assert posted.status == 405


def test_restrictions_are_stored_per_playback_id_and_kind(api, call, stream_id):
    playback_id = api.streams[stream_id].playback_ids[0].id
    base = f"{STREAMS}/{stream_id}/playback-ids/{playback_id}"

    domains = call("PATCH", f"{base}/domains", {"defaultPolicy": "deny", "allow": ["a.test"]})
    agents = call("PATCH", f"{base}/user-agents", {"deny": ["curl", "curl"]})
    bad = call("PATCH", f"{base}/domains", {"allow": "a.test"})
    unknown = call("PATCH", f"{STREAMS}/{stream_id}/playback-ids/{UNKNOWN}/domains", {})

    assert domains.json()["data"] == {"defaultPolicy": "deny", "allow": ["a.test"], "deny": []}
    assert agents.json()["data"] == {"defaultPolicy": "allow", "allow": [], "deny": ["curl"]}
    assert bad.status == 422
    assert unknown.status == 404
    assert unknown.json()["error"]["message"] == "stream/playbackId not found"
    assert api.streams[stream_id].playback_ids[0].restrictions["domains"]["defaultPolicy"] == "deny"


def test_live_clips_page_newest_first_once_clips_exist(api, call, stream_id):
    first = api.add_live_clip(stream_id, duration_s=75)
    second = api.add_live_clip(stream_id)
    third = api.add_live_clip(stream_id)

    newest = call("GET", f"/v1/on-demand/{stream_id}/live-clips", query={"limit": "2"}).json()
    oldest = call(
        "GET", f"/v1/on-demand/{stream_id}/live-clips", query={"limit": "2", "offset": "2"}
    ).json()
    ascending = call("GET", f"/v1/on-demand/{stream_id}/live-clips", query={"orderBy": "asc"})
    other = call("GET", f"/v1/on-demand/{UNKNOWN}/live-clips").json()

    assert [c["id"] for c in newest["data"]] == [third["id"], second["id"]]
    assert newest["pagination"] == {"totalRecords": 3, "currentOffset": 1, "offsetCount": 2}
    assert [c["id"] for c in oldest["data"]] == [first["id"]]
    assert [c["id"] for c in ascending.json()["data"]] == [first["id"], second["id"], third["id"]]
    assert first["streamId"] == stream_id and first["duration"] == "00:01:15"
    assert first["status"] == "Ready"
    assert other["data"] == [] and other["pagination"]["totalRecords"] == 0
