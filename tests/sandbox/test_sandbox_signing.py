"""The sandbox's signing keys and playback host behave like FastPix's (docs/signed-playback.md)."""

from __future__ import annotations

import base64
import time

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization

from fastpix_desktop.core.signing.tokens import mint, private_key_pem
from fastpix_desktop.sandbox import SandboxApi, start_server_in_thread
from fastpix_desktop.sandbox.playback import PLAYLIST
from tests.sandbox.conftest import Call


def _private_stream(call: Call) -> tuple[str, str]:
    """(streamId, private playbackId) of a new private stream."""
    created = call("POST", "/v1/live/streams", _stream_body("private")).json()["data"]
    return created["streamId"], created["playbackIds"][0]["id"]


def _stream_body(policy: str) -> dict:
    return {"playbackSettings": {"accessPolicy": policy}, "inputMediaSettings": {}}


def _new_key(call: Call) -> tuple[str, str]:
    """(key ID, private PEM) of a new signing key."""
    answer = call("POST", "/v1/iam/signing-keys")
    assert answer.status == 201
    data = answer.json()["data"]
    return data["id"], private_key_pem(data["privateKey"])


# --------------------------------------------------------------------------- signing keys


def test_create_returns_a_base64_pem_2048_bit_rsa_key_once(call: Call):
    answer = call("POST", "/v1/iam/signing-keys")
    assert answer.status == 201
    data = answer.json()["data"]
    assert set(data) == {"id", "privateKey", "createdAt"}
    # FastPix's answer: base64 of a PEM, about 2,240 characters (too big for one keyring entry).
    assert 2100 < len(data["privateKey"]) < 2400
    pem = base64.b64decode(data["privateKey"])
    key = serialization.load_pem_private_key(pem, password=None)
    assert key.key_size == 2048  # type: ignore[union-attr]
    got = call("GET", f"/v1/iam/signing-keys/{data['id']}").json()["data"]
    assert "privateKey" not in got and "-----BEGIN PUBLIC KEY-----" in got["publicKey"]
    assert got["signingKeyId"] == data["id"] and got["workspaceId"]
    public = key.public_key().public_bytes(  # type: ignore[union-attr]
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    assert got["publicKey"] == public.decode()


def test_list_pages_newest_first_and_delete_makes_the_key_404(call: Call):
    first, _ = _new_key(call)
    second, _ = _new_key(call)
    page = call("GET", "/v1/iam/signing-keys", query={"limit": "1", "offset": "1"}).json()
    assert [k["id"] for k in page["data"]] == [second]
    assert page["pagination"] == {"totalRecords": 2, "currentOffset": 1, "offsetCount": 2}
    assert call("GET", "/v1/iam/signing-keys", query={"limit": "0"}).status == 422

    deleted = call("DELETE", f"/v1/iam/signing-keys/{first}")
    assert deleted.status == 200 and deleted.json()["success"] is True
    assert call("GET", f"/v1/iam/signing-keys/{first}").status == 404
    assert call("DELETE", f"/v1/iam/signing-keys/{first}").status == 404
    listed = call("GET", "/v1/iam/signing-keys").json()["data"]
    assert [k["id"] for k in listed] == [second]


def test_signing_keys_need_basic_auth(call: Call):
    assert call("POST", "/v1/iam/signing-keys", headers={}).status == 401
    assert call("PUT", "/v1/iam/signing-keys").status == 405


# --------------------------------------------------------------------------- playback host


def test_a_good_token_plays_and_public_ids_need_none(call: Call, api: SandboxApi):
    _, pid = _private_stream(call)
    key_id, pem = _new_key(call)
    token = mint(pem, key_id, pid, expires_in=60).token
    answer = api.handle("GET", f"/{pid}.m3u8", {"token": token})
    assert answer.status == 200 and answer.body == PLAYLIST
    assert answer.headers["Content-Type"] == "application/vnd.apple.mpegurl"
    thumb = api.handle("GET", f"/{pid}/thumbnail.jpg", {"token": token})
    assert thumb.status == 200 and thumb.body[:2] == b"\xff\xd8"  # a JPEG

    public = call("POST", "/v1/live/streams", _stream_body("public"))
    public_id = public.json()["data"]["playbackIds"][0]["id"]
    assert api.handle("GET", f"/{public_id}.m3u8").status == 200
    assert api.handle("GET", f"/{pid}.m3u8").status == 403  # private without a token


@pytest.mark.parametrize("case", ["expired", "other audience", "tampered", "unknown key"])
def test_bad_tokens_are_refused_with_403(call: Call, api: SandboxApi, case: str):
    _, pid = _private_stream(call)
    _, other_pid = _private_stream(call)
    key_id, pem = _new_key(call)
    if case == "expired":
        token = mint(pem, key_id, pid, expires_in=60, now=time.time() - 120).token
    elif case == "other audience":
        token = mint(pem, key_id, other_pid, expires_in=60).token
    elif case == "tampered":
        header, claims, signature = mint(pem, key_id, pid, expires_in=60).token.split(".")
        forged = jwt.utils.base64url_decode(claims).replace(b'"exp":', b'"exp":9')
        token = ".".join((header, jwt.utils.base64url_encode(forged).decode(), signature))
    else:
        token = mint(pem, "no-such-key", pid, expires_in=60).token
    for path in (f"/{pid}.m3u8", f"/{pid}/thumbnail.jpg"):
        assert api.handle("GET", path, {"token": token}).status == 403, case


def test_a_token_of_a_deleted_key_gets_401(call: Call, api: SandboxApi):
    _, pid = _private_stream(call)
    key_id, pem = _new_key(call)
    token = mint(pem, key_id, pid, expires_in=600).token
    assert api.handle("GET", f"/{pid}.m3u8", {"token": token}).status == 200
    call("DELETE", f"/v1/iam/signing-keys/{key_id}")
    assert api.handle("GET", f"/{pid}.m3u8", {"token": token}).status == 401


def test_unknown_playback_ids_are_404(api: SandboxApi):
    assert api.handle("GET", "/6cee6f85-9334-4a51-9ce3-e0241d94ceef.m3u8").status == 404


def test_playback_over_http_with_a_real_socket(call: Call, api: SandboxApi):
    _, pid = _private_stream(call)
    key_id, pem = _new_key(call)
    token = mint(pem, key_id, pid, expires_in=60).token
    with start_server_in_thread(api) as running:
        base = running.url.removesuffix("/v1")
        good = httpx.get(f"{base}/{pid}.m3u8", params={"token": token}, timeout=5)
        bad = httpx.get(f"{base}/{pid}.m3u8", params={"token": token[:-4] + "AAAA"}, timeout=5)
    assert good.status_code == 200 and good.text.startswith("#EXTM3U")
    assert bad.status_code == 403
