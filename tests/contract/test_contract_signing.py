"""The sandbox's signing-key endpoints as FastPix's official SDK 1.2.0 and OpenAPI spec see them."""

from __future__ import annotations

import base64
from typing import Any

import httpx
import pytest
from fastpix_python import errors

from fastpix_desktop.core.signing.tokens import mint, private_key_pem
from fastpix_desktop.sandbox import DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY

pytestmark = pytest.mark.contract

KEYS = "/iam/signing-keys"
UNKNOWN = "5ta85f64-5717-4562-b3fc-2c963f66afa6"
# Production's delete answer carries data.message (FastPix's Node SDK captured it:
# tests/artifacts/delete_signing_key.sdk.json), which the spec's DeleteSigningKeyResponse omits.
UNDECLARED_ON_DELETE = {"data", "data.message"}


def test_the_sdk_round_trips_every_signing_key_endpoint(fastpix, sandbox):
    created = fastpix.signing_keys.create_signing_key().data
    assert created.id and created.created_at is not None
    pem = base64.b64decode(created.private_key).decode()
    assert pem.startswith("-----BEGIN PRIVATE KEY-----")

    public = fastpix.signing_keys.get_signing_key_by_id(signing_key_id=created.id).data
    assert public.signing_key_id == created.id and public.workspace_id
    assert public.public_key.startswith("-----BEGIN PUBLIC KEY-----")

    listed = fastpix.signing_keys.list_signing_keys(limit=10, offset=1)
    assert [k.id for k in listed.data] == [created.id]
    assert listed.pagination.total_records == 1

    # A token minted by the app with the SDK-created key plays on the sandbox playback host.
    stream = fastpix.start_live_stream.create_new_stream(
        playback_settings={"access_policy": "private"}, input_media_settings={}
    ).data
    pid = stream.playback_ids[0].id
    token = mint(private_key_pem(created.private_key), created.id, pid, expires_in=60).token
    root = sandbox.url.removesuffix("/v1")
    assert httpx.get(f"{root}/{pid}.m3u8", params={"token": token}, timeout=5).status_code == 200

    deleted = fastpix.signing_keys.delete_signing_key(signing_key_id=created.id)
    assert deleted.success is True
    with pytest.raises(errors.SigningKeyNotFoundError) as gone:
        fastpix.signing_keys.get_signing_key_by_id(signing_key_id=created.id)
    assert gone.value.status_code == 404
    assert httpx.get(f"{root}/{pid}.m3u8", params={"token": token}, timeout=5).status_code == 401


def test_every_signing_key_answer_matches_the_spec(sandbox, recording_api, spec_checker):
    auth = (DEMO_ACCESS_TOKEN_ID, DEMO_SECRET_KEY)
    with httpx.Client(base_url=sandbox.url, auth=auth, timeout=5) as client:
        key_id = client.post(KEYS).json()["data"]["id"]
        client.post(KEYS)
        client.get(KEYS, params={"limit": 1, "offset": 2})
        client.get(KEYS, params={"limit": 51})
        client.get(f"{KEYS}/{key_id}")
        client.get(f"{KEYS}/{UNKNOWN}")
        client.delete(f"{KEYS}/{key_id}")
        client.delete(f"{KEYS}/{key_id}")
        client.put(KEYS)
    with httpx.Client(base_url=sandbox.url, auth=("who", "knows"), timeout=5) as intruder:
        intruder.post(KEYS)

    def production_delete(exchange: Any, problem: str) -> bool:
        ok_delete = exchange.method == "DELETE" and exchange.status == 200
        return ok_delete and problem.split(":")[0] in UNDECLARED_ON_DELETE

    problems = spec_checker.exchange_problems(recording_api.exchanges, forgive=production_delete)
    assert problems == {}
    statuses = sorted({e.status for e in recording_api.exchanges})
    assert statuses == [200, 201, 401, 404, 405, 422]
