"""OBS really streams to local RTMP, RTMPS and SRT receivers, and failures come back typed."""

from __future__ import annotations

import asyncio
import secrets

import pytest

from fastpix_desktop.core.errors import ObsStreamStartError
from fastpix_desktop.core.fastpix.ingest import IngestTarget
from fastpix_desktop.core.models import Protocol
from fastpix_desktop.core.obs import ObsController

from .listeners import NginxRtmpListener, SrtListener

pytestmark = pytest.mark.obs

MEDIA_SECONDS = 1.5


async def stream_briefly(controller: ObsController) -> int:
    """Stream until OBS has sent bytes, then ~1.5 s more; stop and return the bytes sent."""
    await controller.start_streaming_and_wait()
    try:
        async with asyncio.timeout(15):  # hang guard only
            while (await controller.get_stream_status()).bytes == 0:
                await asyncio.sleep(0.1)
        await asyncio.sleep(MEDIA_SECONDS)
        sent = (await controller.get_stream_status()).bytes
    finally:
        await controller.stop_streaming_and_wait()
    return sent


async def test_rtmp_with_the_right_key_delivers_media(
    obs_controller: ObsController, rtmp_listener: NginxRtmpListener, stream_key: str
) -> None:
    target = IngestTarget(Protocol.RTMPS, server=rtmp_listener.rtmp_server, key=stream_key)
    await obs_controller.set_service(target.obs_service())

    assert await stream_briefly(obs_controller) > 0

    rtmp_listener.wait_finished(stream_key)
    assert rtmp_listener.published.count(stream_key) == 1
    packets = rtmp_listener.media_packets(stream_key)
    assert packets.get("video", 0) > 0
    assert packets.get("audio", 0) > 0


async def test_key_admitted_after_it_was_created_is_accepted(
    obs_controller: ObsController, rtmp_listener: NginxRtmpListener
) -> None:
    key = "late-" + secrets.token_hex(6)
    target = IngestTarget(Protocol.RTMPS, server=rtmp_listener.rtmp_server, key=key)
    await obs_controller.set_service(target.obs_service())
    with pytest.raises(ObsStreamStartError):
        await obs_controller.start_streaming_and_wait()

    rtmp_listener.accepted_keys.add(key)  # e.g. the stream was created on the server meanwhile
    await obs_controller.start_streaming_and_wait()
    await obs_controller.stop_streaming_and_wait()
    assert rtmp_listener.attempts.count(key) == 2
    assert rtmp_listener.published.count(key) == 1


async def test_rtmp_with_a_wrong_key_fails_to_start(
    obs_controller: ObsController, rtmp_listener: NginxRtmpListener
) -> None:
    wrong = "wrong-" + secrets.token_hex(6)
    target = IngestTarget(Protocol.RTMPS, server=rtmp_listener.rtmp_server, key=wrong)
    await obs_controller.set_service(target.obs_service())

    with pytest.raises(ObsStreamStartError):
        await obs_controller.start_streaming_and_wait()

    assert wrong in rtmp_listener.attempts
    assert wrong not in rtmp_listener.published
    assert not (await obs_controller.get_stream_status()).active


async def test_rtmps_through_tls_terminator_delivers_media(
    obs_controller: ObsController, rtmps_listener: NginxRtmpListener, stream_key: str
) -> None:
    target = IngestTarget(Protocol.RTMPS, server=rtmps_listener.rtmps_server, key=stream_key)
    await obs_controller.set_service(target.obs_service())

    assert await stream_briefly(obs_controller) > 0

    rtmps_listener.wait_finished(stream_key)
    assert stream_key in rtmps_listener.published
    assert rtmps_listener.media_packets(stream_key).get("video", 0) > 0


async def test_srt_with_the_right_passphrase_delivers_media(
    obs_controller: ObsController, srt_listener: SrtListener
) -> None:
    target = IngestTarget(
        Protocol.SRT, server=srt_listener.server, key="live/ci", passphrase=srt_listener.passphrase
    )
    await obs_controller.set_service(target.obs_service())

    assert await stream_briefly(obs_controller) > 0

    assert srt_listener.bytes_received() > 0
    assert srt_listener.media_packets().get("video", 0) > 0


async def test_srt_with_a_wrong_passphrase_fails_to_start(
    obs_controller: ObsController, srt_listener: SrtListener
) -> None:
    target = IngestTarget(
        Protocol.SRT, server=srt_listener.server, key="live/ci", passphrase="not-" + "x" * 12
    )
    await obs_controller.set_service(target.obs_service())

    with pytest.raises(ObsStreamStartError):
        await obs_controller.start_streaming_and_wait()

    assert srt_listener.bytes_received() == 0
    assert not (await obs_controller.get_stream_status()).active
