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


def test_the_cli_never_prints_obsws_pythons_demoted_lines() -> None:
    """Issue 28: a wrong password printed obsws-python's raw line, demoted to DEBUG, on stderr:
    the CLI's handler let every level through."""
    import subprocess
    import sys

    code = (
        "import logging\n"
        "from fastpix_desktop.core.redact import install_log_redaction\n"
        "from fastpix_desktop.core.obs.logging_hygiene import _quiet_obsws_logging\n"
        "install_log_redaction(level=30)\n"
        "_quiet_obsws_logging()\n"
        "logging.getLogger('obsws_python.reqs.ReqClient').error("
        "\"OBSSDKError: failed to identify client. {'op': 1}\")\n"
        "logging.getLogger('fastpix_desktop').warning('the app still warns')\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30)
    assert "failed to identify" not in done.stderr
    assert "the app still warns" in done.stderr
