"""The window's Create & configure OBS racing a `create` command on the same OBS (issue 28): when
the command's push lands first, the window leaves OBS alone and says so in plain words, in the
window's language, naming the stream OBS sends to now; the created stream stays on screen."""

from __future__ import annotations

import hashlib
import os
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from fastpix_desktop.core import localfiles
from fastpix_desktop.core.errors import ObsTakenError
from fastpix_desktop.core.golive.steps import StepId, StepState
from fastpix_desktop.core.models import ObsServiceSettings
from fastpix_desktop.core.restore import point as restore_point
from tests.doubles.obs import FakeObsController

THE_OTHER = ObsServiceSettings(
    "rtmp_custom",
    {"server": "rtmps://live.fastpix.com:443/live", "key": "other-run-key-5d1e", "use_auth": False},
)


@dataclass
class RacedObs(FakeObsController):
    """OBS that another fastpix-desktop (a `create` command) points at its own stream right
    after the window has read OBS's destination, noting its push as that command would."""

    state_dir: str = ""
    armed_at: int | None = None  # len(calls) when the window's create began
    raced: bool = False

    def arm(self) -> None:
        self.armed_at = len(self.calls)

    async def get_current_profile(self) -> str:
        profile = await super().get_current_profile()
        since = self.calls[self.armed_at :] if self.armed_at is not None else []
        if not self.raced and "get_service" in since:
            self.raced = True
            self.service = THE_OTHER
            self.services_set.append(THE_OTHER)
            address = f"{self.info.host}:{self.info.port}"
            digest = hashlib.sha256(address.encode()).hexdigest()[:12]
            folder = localfiles.shared_private_dir(Path(self.state_dir))
            localfiles.write_json(
                folder / f"obs-push-{digest}.json",
                {
                    "run": "the-command",
                    "fingerprint": restore_point.fingerprint(THE_OTHER),
                    "streamId": "a1b2c3d4e5f60718293a4b5c6d7e8f90",
                    "streamName": "Evening show",
                    "at": time.time(),
                },
            )
        return profile


@pytest.fixture
def obs() -> RacedObs:
    return RacedObs(state_dir=os.environ["FASTPIX_DESKTOP_STATE_DIR"])


def test_the_window_loses_the_race_and_says_where_obs_sends(window, qloop, sandbox, obs):
    obs.arm()
    qloop.run_until_complete(window.start_create())

    assert len(sandbox.streams) == 1  # the window's stream was created and is kept
    assert obs.service == THE_OTHER and obs.services_set == [THE_OTHER]  # the window pushed nothing
    line = window.details.obs_result_label.text()
    assert line.startswith("Another fastpix-desktop changed OBS at the same time"), line
    assert "“Evening show” (a1b2c3d4e5f60718293a4b5c6d7e8f90)" in line
    assert window.checklist.state(StepId.SNAPSHOT) is StepState.FAILED
    assert window.checklist.state(StepId.PUSH) is StepState.SKIPPED
    assert not window.details.retry_obs_button.isHidden()
    assert isinstance(window.create_panel.last_result.obs_error, ObsTakenError)


def test_in_german_too(language, window, qloop, obs):
    language("de")
    obs.arm()
    qloop.run_until_complete(window.start_create())
    line = window.details.obs_result_label.text()
    assert line.startswith("Ein anderes fastpix-desktop hat OBS gleichzeitig geändert"), line
    assert "„Evening show“" in line
