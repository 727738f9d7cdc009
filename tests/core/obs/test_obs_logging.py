"""obsws-python's own error lines stay out of user-facing logs but remain in a debug log."""

from __future__ import annotations

import logging

import pytest

from fastpix_desktop.core.obs.logging_hygiene import _quiet_obsws_logging


class _Collect(logging.Handler):
    def __init__(self, level: int) -> None:
        super().__init__(level)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def handlers():
    root = logging.getLogger()
    user_facing, debug_log = _Collect(logging.INFO), _Collect(logging.DEBUG)
    old_level = root.level
    root.setLevel(logging.DEBUG)
    root.addHandler(user_facing)
    root.addHandler(debug_log)
    yield user_facing, debug_log
    root.removeHandler(user_facing)
    root.removeHandler(debug_log)
    root.setLevel(old_level)


def test_failed_identify_line_reaches_only_the_debug_log(handlers):
    user_facing, debug_log = handlers
    _quiet_obsws_logging()
    logging.getLogger("obsws_python.reqs.ReqClient").error(
        "OBSSDKError: failed to identify client. {'op': 1}"
    )
    assert user_facing.records == []
    assert [r.levelno for r in debug_log.records] == [logging.DEBUG]
    assert "failed to identify client" in debug_log.records[0].getMessage()


def test_password_logged_at_info_reaches_no_handler(handlers):
    user_facing, debug_log = handlers
    _quiet_obsws_logging()
    logging.getLogger("obsws_python.baseclient.ObsClient").info("Connecting with password hunter2")
    assert user_facing.records == [] and debug_log.records == []
