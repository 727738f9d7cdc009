"""The exit-code contract is read where the errors are: each class in core/errors.py carries its
code, the command line maps an exception through that attribute, and the README's table and
``--help`` list the same codes and classes."""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from fastpix_desktop.cli.exit_codes import exit_code_for
from fastpix_desktop.cli.options import EXIT_CODE_HELP
from fastpix_desktop.core import errors
from fastpix_desktop.core.errors import AppError, ExitCode

README = Path(__file__).resolve().parents[2] / "README.md"
ERROR_CLASSES = [
    cls for cls in vars(errors).values() if inspect.isclass(cls) and issubclass(cls, AppError)
]


def readme_table() -> dict[int, list[str]]:
    """{code: [error class names]} from the README's "Exit codes" table."""
    text = README.read_text(encoding="utf-8")
    start = text.index("| Code | Meaning | Error classes |")
    rows: dict[int, list[str]] = {}
    for line in text[start:].splitlines()[2:]:
        if not line.startswith("|"):
            break
        code, _meaning, classes = (cell.strip() for cell in line.strip("|").split("|"))
        rows[int(code.strip("`"))] = re.findall(r"`(\w+)`", classes)
    return rows


def test_the_readme_documents_every_exit_code_once():
    assert sorted(readme_table()) == sorted(int(code) for code in ExitCode)
    assert sorted(EXIT_CODE_HELP) == sorted(int(code) for code in ExitCode)  # --help


def test_each_class_in_the_readme_sets_that_code():
    for code, names in readme_table().items():
        for name in names:
            cls = getattr(errors, name)
            assert "exit_code" in vars(cls), f"{name} does not set its own exit code"
            assert cls.exit_code == code, f"{name}: {cls.exit_code} in the code, {code} in README"


def test_every_class_that_sets_a_code_is_in_the_readme():
    listed = {name for names in readme_table().values() for name in names}
    setting = {cls.__name__ for cls in ERROR_CLASSES if "exit_code" in vars(cls)}
    assert setting == listed


@pytest.mark.parametrize("cls", ERROR_CLASSES, ids=lambda cls: cls.__name__)
def test_the_command_line_maps_each_error_through_its_class(cls):
    error = cls.__new__(cls)  # no constructor arguments needed to read the class's code
    assert exit_code_for(error) == cls.exit_code


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (errors.FastPixRateLimitError(retry_after=20), 5),
        (errors.FastPixTimeoutError(), 5),
        (errors.FastPixServerError(status=503), 5),
        (errors.FastPixAuthError(status=403), 4),
        (errors.FastPixValidationError(fields={"name": "too long"}), 3),
        (errors.KeyringLockedError(), 3),
        (errors.CredentialsMissingError(), 3),
        (errors.SigningKeyMissingError(), 3),
        (errors.CommandLineError(), 2),
        (errors.ObsAuthError(), 6),
        (errors.ObsVerifyError(), 6),
        (errors.ObsNotRunningError(), 6),
        (errors.ObsLiveError(), 7),
        (errors.ObsStreamStartError(), 8),
        (errors.RestorePointError("the keyring is locked"), 9),
        (errors.RestoreNeedsConfirmationError(), 10),
        (RuntimeError("a bug"), 1),
    ],
    ids=lambda value: type(value).__name__ if isinstance(value, BaseException) else str(value),
)
def test_what_the_readme_says_each_failure_exits_with(error, code):
    assert exit_code_for(error) == code
