"""The broadcast guard (issue 22): OBS's reconnect against FastPix's window, multitrack video
pointed at FastPix, SRT on OBS before 32, and fixes that Restore undoes."""

from __future__ import annotations

import keyring
import pytest

from fastpix_desktop.core import guard
from fastpix_desktop.core.errors import RestorePointError
from fastpix_desktop.core.fastpix.ingest import IngestHosts
from fastpix_desktop.core.guard import FitVerdict, FixKind, Rule, Severity, Verdict
from fastpix_desktop.core.guard.reconnect_fit import obs_change, window_change
from fastpix_desktop.core.models import ObsServiceSettings, ObsVersion
from fastpix_desktop.core.onair.reconnect_advice import ObsReconnectSettings
from fastpix_desktop.core.restore import point as restore_point
from fastpix_desktop.core.restore.point import RestoreOutcome
from fastpix_desktop.core.secrets import SecretStore
from tests.core.failing_keyrings import RaisingOnWrite
from tests.doubles import FakeFastPix, FakeObs, make_stream

OBS_32 = ObsVersion("32.2.2", "5.7.4")
OBS_29 = ObsVersion("29.0.2", "5.1.0")
FASTPIX_RTMPS = ObsServiceSettings(
    "rtmp_custom", {"server": IngestHosts().rtmps_server, "key": "k" * 32}
)
FASTPIX_SRT = ObsServiceSettings(
    "rtmp_custom", {"server": IngestHosts().srt_server + "?streamid=x&passphrase=y", "key": ""}
)
MULTITRACK = ("Stream1", "EnableMultitrackVideo")


@pytest.fixture
async def store():
    s = SecretStore()
    yield s
    s.close()


def obs_at(
    version: ObsVersion,
    service: ObsServiceSettings = FASTPIX_RTMPS,
    params: dict[tuple[str, str], str] | None = None,
) -> FakeObs:
    obs = FakeObs(service=service)
    obs.version = version
    obs.profile_params.update(params or {})
    return obs


def test_obs_defaults_retry_after_fastpixs_default_window():
    """OBS's default (2 s, x1.5, 25 tries): the 7th try starts ~64 s after a drop, past 60 s."""
    result = guard.fit(ObsReconnectSettings(), 60)
    assert result.verdict is FitVerdict.LATE
    assert result.last_in_window_s == pytest.approx(41.6, abs=0.1)
    assert result.next_after_window_s == pytest.approx(64.4, abs=0.1)
    assert result.last_retry_s is not None and result.last_retry_s > 3600
    assert guard.fit(ObsReconnectSettings(), 120).verdict is FitVerdict.FITS


def test_obs_giving_up_inside_the_window_and_no_reconnect_at_all():
    few = guard.fit(ObsReconnectSettings(True, 2, 5), 60)
    assert few.verdict is FitVerdict.GIVES_UP and few.last_retry_s == pytest.approx(26.4, abs=0.1)
    assert guard.fit(ObsReconnectSettings(False), 60).verdict is FitVerdict.OFF
    assert guard.fit(ObsReconnectSettings(True, 2, 0), 60).verdict is FitVerdict.OFF


def test_each_offered_change_really_fits():
    change = obs_change(ObsReconnectSettings(), 60)
    assert change is not None and change.retry_delay_s == 1
    assert change.result.verdict is FitVerdict.FITS
    assert window_change(ObsReconnectSettings(), 60) == 65
    assert guard.fit(ObsReconnectSettings(), 65).verdict is FitVerdict.FITS
    more = obs_change(ObsReconnectSettings(True, 2, 5), 60)
    assert more is not None and guard.fit(ObsReconnectSettings(True, 2, more.max_retries), 60)


async def test_the_default_reconnect_gets_the_cheap_window_fix():
    report = await guard.check_obs(obs_at(OBS_32), window_s=60)
    finding = report.finding(Rule.RECONNECT)
    assert finding is not None and finding.severity is Severity.WARNING
    assert "64 s" in finding.message and "new broadcast" in finding.message
    assert finding.fix is not None and finding.fix.kind is FixKind.STREAM_WINDOW
    assert finding.fix.reconnect_window_s == 65 and finding.fix.trade_off
    assert report.verdict is Verdict.FIX_RECOMMENDED


async def test_too_few_tries_get_an_obs_fix():
    obs = obs_at(OBS_32, params={("Output", "MaxRetries"): "5"})
    finding = (await guard.check_obs(obs, window_s=60)).finding(Rule.RECONNECT)
    assert finding is not None and finding.fix is not None
    assert finding.fix.kind is FixKind.OBS_PROFILE
    changes = {c.key: c.value for c in finding.fix.changes}
    settings = ObsReconnectSettings(
        True, int(changes["Output/RetryDelay"]), int(changes["Output/MaxRetries"])
    )
    assert guard.fit(settings, 60).verdict is FitVerdict.FITS


async def test_multitrack_pointed_at_fastpix_is_a_warning_from_obs_30_2():
    obs = obs_at(OBS_32, params={MULTITRACK: "true"})
    report = await guard.check_obs(obs, window_s=120)
    finding = report.finding(Rule.MULTITRACK)
    assert report.multitrack is True
    assert finding is not None and finding.severity is Severity.WARNING
    assert finding.fix is not None and finding.fix.needs_profile_reload
    on_29 = (
        await guard.check_obs(obs_at(OBS_29, params={MULTITRACK: "true"}), window_s=120)
    ).finding(Rule.MULTITRACK)
    assert on_29 is not None and on_29.severity is Severity.NOTE  # inert on OBS 29
    twitch = ObsServiceSettings("rtmp_common", {"service": "Twitch", "key": "x"})
    elsewhere = await guard.check_obs(
        obs_at(OBS_32, twitch, params={MULTITRACK: "true"}), window_s=120
    )
    assert elsewhere.finding(Rule.MULTITRACK) is None and elsewhere.verdict is Verdict.GO


async def test_srt_before_obs_32_is_unconfirmed_until_bytes_move():
    note = (await guard.check_obs(obs_at(OBS_29, FASTPIX_SRT), window_s=120)).finding(
        Rule.SRT_RECONNECT
    )
    assert note is not None and note.severity is Severity.NOTE and "unconfirmed" in note.message
    on_32 = await guard.check_obs(obs_at(OBS_32, FASTPIX_SRT), window_s=120)
    assert on_32.finding(Rule.SRT_RECONNECT) is None


async def test_check_json_has_versions_multitrack_fit_and_verdict():
    report = await guard.check_obs(obs_at(OBS_32, params={MULTITRACK: "false"}), window_s=60)
    data = report.to_json()
    assert data["obs"] == {"version": "32.2.2", "websocketVersion": "5.7.4"}
    assert data["multitrack"] is False
    assert data["reconnect"]["lastRetryInWindowAtS"] == pytest.approx(41.6, abs=0.1)
    assert data["reconnect"]["windowS"] == 60 and data["verdict"] == "fix_recommended"


async def test_a_profile_fix_is_saved_first_and_restore_puts_it_back(store):
    obs = obs_at(OBS_32, params={MULTITRACK: "true"})  # RetryDelay: the profile does not set it
    finding = (await guard.check_obs(obs, window_s=120)).finding(Rule.MULTITRACK)
    assert finding is not None and finding.fix is not None
    result = await guard.apply_fix(finding.fix, obs=obs, secrets=store)
    assert result.needs_profile_reload
    assert obs.profile_params[MULTITRACK] == "false"
    retry = guard.GuardFix(
        FixKind.OBS_PROFILE,
        "",
        "",
        changes=(guard.ProfileChange("Output", "RetryDelay", "1"),),
    )
    await guard.apply_fix(retry, obs=obs, secrets=store)
    assert (await restore_point.restore_status(obs=obs, secrets=store)).available
    restored = await restore_point.restore(obs=obs, secrets=store)
    assert restored.outcome is RestoreOutcome.RESTORED
    assert obs.profile_params[MULTITRACK] == "true"
    assert ("Output", "RetryDelay") not in obs.profile_params  # "not set" again: OBS's default
    again = await restore_point.restore(obs=obs, secrets=store)
    assert again.outcome is RestoreOutcome.NOTHING_TO_RESTORE


async def test_a_profile_fix_after_a_push_comes_back_with_the_destination(store):
    twitch = ObsServiceSettings("rtmp_common", {"service": "Twitch", "server": "auto", "key": "t"})
    obs = obs_at(OBS_32, twitch, params={MULTITRACK: "true"})
    from fastpix_desktop.core.golive import use_cases as golive
    from fastpix_desktop.core.models import Protocol, StreamSettings

    await golive.create_and_configure(
        fastpix=FakeFastPix(stream=make_stream()),
        obs=obs,
        secrets=store,
        settings=StreamSettings(),
        protocol=Protocol.RTMPS,
        hosts=IngestHosts(),
    )
    finding = (await guard.check_obs(obs, window_s=120)).finding(Rule.MULTITRACK)
    assert finding is not None and finding.fix is not None
    await guard.apply_fix(finding.fix, obs=obs, secrets=store)
    result = await restore_point.restore(obs=obs, secrets=store)
    assert (
        result.outcome is RestoreOutcome.RESTORED
        and "Stream1/EnableMultitrackVideo" in result.message
    )
    assert restore_point.same_destination(obs.service, twitch)
    assert obs.profile_params[MULTITRACK] == "true"


async def test_a_fix_that_cannot_be_saved_changes_nothing():
    keyring.set_keyring(RaisingOnWrite())  # the root conftest puts the in-memory one back
    s = SecretStore()
    try:
        obs = obs_at(OBS_32, params={MULTITRACK: "true"})
        finding = (await guard.check_obs(obs, window_s=120)).finding(Rule.MULTITRACK)
        assert finding is not None and finding.fix is not None
        with pytest.raises(RestorePointError):
            await guard.apply_fix(finding.fix, obs=obs, secrets=s)
        assert obs.params_set == [] and obs.profile_params[MULTITRACK] == "true"
    finally:
        s.close()


async def test_a_window_fix_updates_the_stream(store):
    fastpix = FakeFastPix(stream=make_stream())
    obs = obs_at(OBS_32)
    finding = (await guard.check_obs(obs, window_s=60)).finding(Rule.RECONNECT)
    assert finding is not None and finding.fix is not None
    await guard.apply_fix(finding.fix, obs=obs, secrets=store, fastpix=fastpix, stream_id="s1")
    assert ("update_stream", "s1") in fastpix.calls
    assert fastpix.stream.reconnect_window == 65
    assert obs.params_set == []  # OBS untouched
