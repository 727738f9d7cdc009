"""The broadcast guard against a real OBS of each generation (issue 22): what `check --json`
reports, each rule, fixes read back and undone by Restore, and, on the newest OBS, what
multitrack video really does to a custom RTMP destination and that the fix cures it."""

from __future__ import annotations

import asyncio
import contextlib
import json
import shutil
from collections.abc import AsyncIterator
from typing import Any

import pytest

from fastpix_desktop.core import guard
from fastpix_desktop.core.errors import ObsRequestError, ObsTimeoutError
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.guard import FitVerdict, Rule, Severity
from fastpix_desktop.core.models import ObsServiceSettings
from fastpix_desktop.core.obs import ObsController
from fastpix_desktop.core.restore import point as restore_point
from fastpix_desktop.core.restore.point import RestoreOutcome
from fastpix_desktop.core.secrets import SecretStore
from fastpix_desktop.sandbox import SandboxApi
from fastpix_desktop.sandbox.server import start_server_in_thread
from tests.cli_helpers import file_keyring_env, run_cli, sandbox_env

from .deps import missing_dependency
from .listeners import NginxRtmpListener
from .obs_harness import HeadlessObs, newest_generation

pytestmark = pytest.mark.obs

MULTITRACK = ("Stream1", "EnableMultitrackVideo")
RETRIES = [("Output", "Reconnect"), ("Output", "RetryDelay"), ("Output", "MaxRetries")]
FASTPIX = ObsServiceSettings(
    "rtmp_custom", {"server": IngestHosts().rtmps_server, "key": "k" * 32, "use_auth": False}
)


@pytest.fixture
async def obs(obs_controller: ObsController) -> AsyncIterator[ObsController]:
    """The shared OBS; the profile parameters the tests touch are unset again afterwards."""
    yield obs_controller
    for category, name in [MULTITRACK, *RETRIES]:
        # obs-websocket refuses to remove a parameter the profile does not hold (code 600).
        with contextlib.suppress(ObsRequestError):
            await obs_controller.set_profile_parameter(category, name, None)


def test_check_json_reports_versions_multitrack_fit_and_verdict(obs_instance: HeadlessObs) -> None:
    env = {"OBS_WEBSOCKET_PASSWORD": obs_instance.password}
    obs_arg = f"127.0.0.1:{obs_instance.port}"
    proc = run_cli("check", "--obs", obs_arg, "--window", "60", "--json", env=env)
    assert proc.returncode == 0, proc.stderr
    data: dict[str, Any] = json.loads(proc.stdout)
    assert data["obs"] == {
        "version": obs_instance.obs_version,
        "websocketVersion": obs_instance.websocket_version,
    }
    # OBS 29 knows no multitrack setting (no default); OBS 30.2+ defaults it to off.
    assert data["multitrack"] is (None if obs_instance.major < 30 else False)
    fit = data["reconnect"]  # OBS's defaults: 2 s, x1.5, 25 tries
    assert fit["lastRetryInWindowAtS"] == pytest.approx(41.6, abs=0.2)
    assert fit["nextRetryAfterWindowAtS"] == pytest.approx(64.4, abs=0.3)
    assert fit["verdict"] == "late" and data["verdict"] == "fix_recommended"
    assert "windowAssumed" not in data  # --window was given

    status = run_cli("status", "--obs", obs_arg, "--json", env=env)
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["obs"]["version"] == obs_instance.obs_version


async def test_multitrack_rule_fix_read_back_and_restore(
    obs: ObsController, obs_instance: HeadlessObs, store: SecretStore
) -> None:
    await obs.set_profile_parameter(*MULTITRACK, "true")  # inert on OBS 29, but readable
    report = await guard.check_obs(obs, window_s=120, destination=FASTPIX)
    assert report.multitrack is True
    finding = report.finding(Rule.MULTITRACK)
    assert finding is not None and finding.fix is not None
    expected = Severity.NOTE if obs_instance.major < 30 else Severity.WARNING
    assert finding.severity is expected
    result = await guard.apply_fix(finding.fix, obs=obs, secrets=store)
    assert result.needs_profile_reload
    assert await obs.get_profile_value(*MULTITRACK) == "false"
    assert (await guard.check_obs(obs, window_s=120, destination=FASTPIX)).finding(
        Rule.MULTITRACK
    ) is None
    restored = await restore_point.restore(obs=obs, secrets=store)
    assert restored.outcome is RestoreOutcome.RESTORED
    assert await obs.get_profile_value(*MULTITRACK) == "true"


async def test_reconnect_fix_on_obs_is_read_back_and_undone(
    obs: ObsController, store: SecretStore
) -> None:
    await obs.set_profile_parameter("Output", "MaxRetries", "5")
    # obs-websocket 5 answers a parameter the profile does not set with OBS's default ("2").
    delay_before = await obs.get_profile_value("Output", "RetryDelay")
    report = await guard.check_obs(obs, window_s=60, destination=FASTPIX)
    assert report.reconnect is not None and report.reconnect.verdict is FitVerdict.GIVES_UP
    finding = report.finding(Rule.RECONNECT)
    assert finding is not None and finding.fix is not None
    await guard.apply_fix(finding.fix, obs=obs, secrets=store)
    after = await guard.check_obs(obs, window_s=60, destination=FASTPIX)
    assert after.reconnect is not None and after.reconnect.verdict is FitVerdict.FITS
    await restore_point.restore(obs=obs, secrets=store)
    assert await obs.get_profile_value("Output", "MaxRetries") == "5"
    assert await obs.get_profile_value("Output", "RetryDelay") == delay_before


async def test_srt_reconnects_are_unconfirmed_before_obs_32(
    obs: ObsController, obs_instance: HeadlessObs
) -> None:
    srt = ObsServiceSettings(
        "rtmp_custom",
        {"server": IngestHosts().srt_server, "key": "s", "use_auth": True, "password": "p" * 12},
    )
    note = (await guard.check_obs(obs, window_s=120, destination=srt)).finding(Rule.SRT_RECONNECT)
    if obs_instance.major < 32:
        assert note is not None and note.severity is Severity.NOTE
    else:
        assert note is None


async def test_multitrack_stops_a_custom_rtmp_start_on_the_newest_obs_until_fixed(
    rtmp_listener: NginxRtmpListener, stream_key: str, store: SecretStore
) -> None:
    """Seen on OBS 32.2.2: with EnableMultitrackVideo on when OBS starts, a custom RTMP stream
    never starts ("MultitrackVideoOutput: no config set"); setting it while OBS runs changes
    nothing until OBS restarts. The guard's fix, after a restart, lets the stream through."""
    newest = newest_generation()
    if not newest.available:
        missing_dependency(newest.missing)
    target = ObsServiceSettings(
        "rtmp_custom", {"server": rtmp_listener.rtmp_server, "key": stream_key}
    )
    hosts = IngestHosts(rtmps_server=rtmp_listener.rtmp_server)
    first = HeadlessObs(generation=newest, keep_workdir=True)
    later: list[HeadlessObs] = []

    async def restart() -> ObsController:
        previous = later[-1] if later else first
        previous.stop()
        obs = HeadlessObs(generation=newest, config_from=first)
        later.append(obs)
        await asyncio.to_thread(obs.start)
        controller = ObsController(obs.info)
        await controller.connect()
        return controller

    try:
        await asyncio.to_thread(first.start)
        if first.major < 32:
            pytest.skip(f"the newest OBS here is {first.obs_version}")
        obs = ObsController(first.info)
        await obs.connect()
        await obs.set_service(target)
        await obs.set_profile_parameter(*MULTITRACK, "true")
        await obs.close()

        obs = await restart()  # OBS reads the setting when it starts
        finding = (await guard.check_obs(obs, window_s=120, hosts=hosts)).finding(Rule.MULTITRACK)
        assert finding is not None and finding.severity is Severity.WARNING
        with pytest.raises(ObsTimeoutError):
            await obs.start_streaming_and_wait(timeout=4)
        assert stream_key not in rtmp_listener.attempts  # nothing reached the server
        assert finding.fix is not None
        await guard.apply_fix(finding.fix, obs=obs, secrets=store)
        await obs.close()

        obs = await restart()
        try:
            await obs.start_streaming_and_wait()
            await obs.stop_streaming_and_wait()
        finally:
            await obs.close()
        assert stream_key in rtmp_listener.published
    finally:
        for instance in later:
            instance.stop()
        first.keep_workdir = False
        first.stop()
        shutil.rmtree(first.workdir, ignore_errors=True)


async def test_check_fix_raises_the_streams_window_for_obs_defaults(
    obs: ObsController, obs_instance: HeadlessObs, cli_keyring, listener_workdir
) -> None:
    """`check STREAM_ID --fix reconnect` with OBS's defaults and FastPix's default 60 s window:
    the cheap fix is a 65 s window (OBS's 7th try starts at 64.4 s); OBS is left as it was."""
    api = SandboxApi()
    with start_server_in_thread(api) as sandbox:
        stream = api.state.create_stream()
        env = sandbox_env(
            sandbox.url,
            OBS_WEBSOCKET_PASSWORD=obs_instance.password,
            XDG_CONFIG_HOME=str(listener_workdir / "config-check"),
            **file_keyring_env(cli_keyring),
        )
        args = ("check", stream.stream_id, "--obs", f"127.0.0.1:{obs_instance.port}", "--json")
        before = await asyncio.to_thread(run_cli, *args, env=env)
        assert before.returncode == 0, before.stderr
        finding = json.loads(before.stdout)["findings"][0]
        assert finding["rule"] == "reconnect" and finding["fix"]["reconnectWindowS"] == 65
        fixed = await asyncio.to_thread(run_cli, *args, "--fix", "reconnect", env=env)
        assert fixed.returncode == 0, fixed.stderr
        data = json.loads(fixed.stdout)
        assert data["verdict"] == "go" and data["reconnect"]["windowS"] == 65
        assert api.state.streams[stream.stream_id].reconnect_window == 65
    assert await obs.get_profile_value("Output", "RetryDelay") in (None, "2")  # OBS untouched
