"""What every subcommand shares: one way to run it, print its result and report its failure.

With ``--json`` a command prints exactly one JSON value on stdout, on failure too:
``{"error": {"code": N, "message": "..."}}`` where N is the exit code. Without it, results go to
stdout and errors to stderr in plain words.
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Callable, Coroutine
from typing import Any

from fastpix_desktop import exit_codes
from fastpix_desktop.core.errors import AppError
from fastpix_desktop.core.redact import install_log_redaction, redact


def print_json(value: Any) -> None:
    """One JSON value on one line of stdout."""
    print(json.dumps(value, indent=None, ensure_ascii=False))


def report_failure(code: int, message: str, *, as_json: bool) -> int:
    """Print a failure the documented way and return its exit code."""
    message = redact(message)
    if as_json:
        print_json({"error": {"code": code, "message": message}})
    else:
        print(f"fastpix-desktop: {message}", file=sys.stderr)
    return code


def run_async(main: Callable[[], Coroutine[Any, Any, int]], *, as_json: bool) -> int:
    """Run one command's coroutine; AppErrors and Ctrl+C become their exit codes."""
    install_log_redaction(level=30)
    try:
        return asyncio.run(main())
    except AppError as error:
        return report_failure(exit_codes.exit_code_for(error), str(error), as_json=as_json)
    except KeyboardInterrupt:
        return report_failure(exit_codes.CANCELLED, "cancelled.", as_json=as_json)
