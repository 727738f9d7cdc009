"""Keeps secrets out of logs, exception text and crash dialogs.

Every secret the app learns (API secret, stream keys, SRT passphrases, OBS password) is
registered here; ``redact`` replaces them, and the forms they travel in (URL-encoded, JSON-escaped,
base64, the Basic ``Authorization`` value), and ``RedactingFilter`` does it for every log record.
The registry is bounded: credentials (``keep=True``) and the most recent other secrets.
"""

from __future__ import annotations

import base64
import json
import logging
import re
import threading
from collections import OrderedDict
from urllib.parse import quote, quote_plus

MASK = "••••••"
# Shapes that are secret even when never registered: FastPix keys (<32hex>k<32hex>),
# URL query secrets, Basic auth headers and password/key assignments in library logs.
_PATTERNS = [
    re.compile(r"\b[0-9a-f]{32}k[0-9a-f]{32}\b"),
    re.compile(r"(?i)(passphrase|password|secret|token|key|streamid)=([^&\s'\"]+)"),
    # Authorization headers as text, in a dict's repr or in echoed JSON: Basic or Bearer.
    re.compile(
        r"(?i)(authorization['\"]?\s*[:=]\s*['\"]?\s*(?:basic|bearer)\s+)([A-Za-z0-9+/=._~-]+)"
    ),
    re.compile(
        r"(?i)(['\"]?(?:password|passphrase|secret|key|srtSecret|streamKey)['\"]?\s*[:=]\s*)"
        r"(['\"])([^'\"]+)(['\"])"
    ),
    # "Basic <token>" / "Bearer <token>" anywhere (a server quoting the header's value alone,
    # or only its start), not only after the word Authorization.
    re.compile(r"(?i)\b(basic|bearer)(\s+)([A-Za-z0-9+/=._~-]{4,})"),
]
# A piece of a registered form this long is masked too: a server (or a cut) may quote only
# the start or the end of a token (issue 28: the first 8 characters of the Basic value).
_MIN_FRAGMENT = 8
_MIN_SECRET_LEN = 4
# How many secrets are remembered: credentials (few, replaced rarely) and the rest (stream keys,
# passphrases, snapshots: one set per created stream). Older ones are forgotten, least recently
# registered first; FastPix-shaped keys are masked by _PATTERNS[0] even then.
MAX_KEPT = 32
MAX_RECENT = 256

_lock = threading.Lock()
# value -> its encoded forms; insertion order is recency (re-registering moves it to the end).
_kept: OrderedDict[str, tuple[str, ...]] = OrderedDict()
_recent: OrderedDict[str, tuple[str, ...]] = OrderedDict()
_forms_longest_first: list[str] | None = None


def _encoded_forms(value: str) -> tuple[str, ...]:
    """The value and the forms it takes in URLs, JSON and base64 (e.g. an echoed request);
    base64 at each of the three byte offsets it can sit at inside a longer encoded text."""
    raw = value.encode("utf-8", "surrogatepass")
    forms = {
        value,
        quote(value, safe=""),
        quote_plus(value),
        json.dumps(value, ensure_ascii=True)[1:-1],
        base64.b64encode(raw).decode("ascii"),
        *_base64_cores(raw),
    }
    return tuple(f for f in forms if len(f) >= _MIN_SECRET_LEN)


def _base64_cores(raw: bytes) -> list[str]:
    """The base64 characters that depend on ``raw`` alone, when ``raw`` follows 0, 1 or 2
    other bytes in what was encoded (each character holds 6 bits of a 3-byte group)."""
    cores = []
    for lead in (0, 1, 2):
        encoded = base64.b64encode(bytes(lead) + raw).decode("ascii")
        first = -(-8 * lead // 6)  # the first character made of raw's bits only
        last = 8 * (lead + len(raw)) // 6  # one past the last such character
        core = encoded[first:last]
        if len(core) >= _MIN_FRAGMENT:
            cores.append(core)
    return cores


def register_secret(value: str | None, *, keep: bool = False) -> None:
    """Remember a secret value so that it is masked wherever it would be logged or shown.

    ``keep`` marks a credential (Secret Key, OBS password) that must outlive many streams.
    """
    global _forms_longest_first
    if not value or len(value) < _MIN_SECRET_LEN:
        return
    with _lock:
        registry, limit = (_kept, MAX_KEPT) if keep else (_recent, MAX_RECENT)
        if value in registry:
            registry.move_to_end(value)
            return
        if keep and value in _recent:
            del _recent[value]
        elif not keep and value in _kept:
            _kept.move_to_end(value)
            return
        registry[value] = _encoded_forms(value)
        while len(registry) > limit:
            registry.popitem(last=False)
        _forms_longest_first = None


def register_basic_auth(user: str, secret: str) -> None:
    """Remember the Basic ``Authorization`` value for these credentials (base64 of user:secret)."""
    if secret:
        register_secret(secret, keep=True)
        token = base64.b64encode(f"{user}:{secret}".encode()).decode("ascii")
        register_secret(token, keep=True)


def forget_secrets() -> None:
    """Forget every registered secret (tests)."""
    global _forms_longest_first
    with _lock:
        _kept.clear()
        _recent.clear()
        _forms_longest_first = None


def registered_count() -> int:
    """How many secrets are remembered now (the registry is bounded; tests and soaks check it)."""
    with _lock:
        return len(_kept) + len(_recent)


def _known_forms() -> list[str]:
    global _forms_longest_first
    with _lock:
        if _forms_longest_first is None:
            forms = {f for registry in (_kept, _recent) for v in registry.values() for f in v}
            _forms_longest_first = sorted(forms, key=len, reverse=True)
        return _forms_longest_first


def _credential_forms() -> list[str]:
    with _lock:
        return [f for v in _kept.values() for f in v]


def redact(text: str) -> str:
    """Mask every registered secret (in any of its forms) and every secret-shaped token."""
    if not text:
        return text
    forms = _known_forms()
    for value in forms:
        if value in text:
            text = text.replace(value, MASK)
    text = _mask_fragments(text, _credential_forms())
    text = _PATTERNS[0].sub(MASK, text)
    text = _PATTERNS[1].sub(lambda m: f"{m.group(1)}={MASK}", text)
    text = _PATTERNS[2].sub(lambda m: f"{m.group(1)}{MASK}", text)
    text = _PATTERNS[3].sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}{m.group(4)}", text)
    text = _PATTERNS[4].sub(lambda m: f"{m.group(1)}{m.group(2)}{MASK}", text)
    return text


def _mask_fragments(text: str, forms: list[str]) -> str:
    """Mask the start or the end of a credential's form (at least _MIN_FRAGMENT characters)
    where the rest is missing: a quote cut short, or a token split by a line break. Only the
    few credentials: stream keys share prefixes with text that is no secret."""
    for form in forms:
        if len(form) < 2 * _MIN_FRAGMENT:
            continue
        head, tail = form[:_MIN_FRAGMENT], form[-_MIN_FRAGMENT:]
        for piece, forward in ((head, True), (tail, False)):
            start = text.find(piece)
            while start != -1:
                if forward:
                    end = start + _MIN_FRAGMENT
                    while (
                        end < len(text)
                        and end - start < len(form)
                        and (text[end] == form[end - start])
                    ):
                        end += 1
                    begin = start
                else:
                    end = start + _MIN_FRAGMENT
                    begin = start
                    while (
                        begin > 0
                        and end - begin < len(form)
                        and (text[begin - 1] == form[len(form) - (end - begin) - 1])
                    ):
                        begin -= 1
                text = text[:begin] + MASK + text[end:]
                start = text.find(piece, begin + len(MASK))
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
        # The handler's own level too: a record demoted to DEBUG after the logger's level check
        # (core/obs/logging_hygiene.py) must not reach the CLI's stderr (issue 28).
        root.handlers[0].setLevel(level)
    for handler in root.handlers:
        if not any(isinstance(f, RedactingFilter) for f in handler.filters):
            handler.addFilter(RedactingFilter())
    # obsws-python logs "password=<plaintext>" at INFO and tracebacks via logger.exception
    # (aatikturk/obsws-python baseclient.py / reqs.py); keep it to real warnings.
    logging.getLogger("obsws_python").setLevel(logging.WARNING)
    logging.getLogger("obsws_python").addFilter(RedactingFilter())
