"""Keeps secrets out of logs, exception text and crash dialogs.

Every secret the app learns (API secret, stream keys, SRT passphrases, OBS password) is
registered here; ``redact`` replaces them, and ``RedactingFilter`` does it for every log record.
"""

from __future__ import annotations

import logging
import re
import threading

MASK = "••••••"
# Shapes that are secret even when never registered: FastPix keys (<32hex>k<32hex>),
# URL query secrets, Basic auth headers and password/key assignments in library logs.
_PATTERNS = [
    re.compile(r"\b[0-9a-f]{32}k[0-9a-f]{32}\b"),
    re.compile(r"(?i)(passphrase|password|secret|token|key|streamid)=([^&\s'\"]+)"),
    re.compile(r"(?i)(authorization:\s*basic\s+)([A-Za-z0-9+/=]+)"),
    re.compile(
        r"(?i)(['\"]?(?:password|passphrase|secret|key|srtSecret|streamKey)['\"]?\s*[:=]\s*)"
        r"(['\"])([^'\"]+)(['\"])"
    ),
]
_MIN_SECRET_LEN = 4

_lock = threading.Lock()
_secrets: set[str] = set()


def register_secret(value: str | None) -> None:
    """Remember a secret value so that it is masked wherever it would be logged or shown."""
    if value and len(value) >= _MIN_SECRET_LEN:
        with _lock:
            _secrets.add(value)


def forget_secrets() -> None:
    """Forget every registered secret (tests; a registry that only grows is otherwise fine)."""
    with _lock:
        _secrets.clear()


def redact(text: str) -> str:
    """Mask every registered secret and every secret-shaped token in ``text``."""
    if not text:
        return text
    with _lock:
        known = sorted(_secrets, key=len, reverse=True)
    for value in known:
        if value in text:
            text = text.replace(value, MASK)
    text = _PATTERNS[0].sub(MASK, text)
    text = _PATTERNS[1].sub(lambda m: f"{m.group(1)}={MASK}", text)
    text = _PATTERNS[2].sub(lambda m: f"{m.group(1)}{MASK}", text)
    text = _PATTERNS[3].sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}{m.group(4)}", text)
    return text


class RedactingFilter(logging.Filter):
    """Log filter that rewrites each record's message (args merged in) with secrets masked."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string must not hide the record
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info:
            # Format the traceback now, redacted, so handlers never format the raw one.
            formatter = logging.Formatter()
            record.exc_text = redact(formatter.formatException(record.exc_info))
            record.exc_info = None
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


def install_log_redaction(level: int = logging.INFO) -> None:
    """Filter every root handler; quiet obsws-python, which logs passwords at INFO."""
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    for handler in root.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())
    # obsws-python logs "password=<plaintext>" at INFO and tracebacks via logger.exception
    # (aatikturk/obsws-python baseclient.py / reqs.py); keep it to real warnings.
    logging.getLogger("obsws_python").setLevel(logging.WARNING)
    logging.getLogger("obsws_python").addFilter(RedactingFilter())
