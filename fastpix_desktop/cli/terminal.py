"""Text bound for a terminal, made harmless: control characters a server (or a hostile name)
could use to clear the screen, set the title, move the cursor or fake a prompt are dropped.

Kept: newline and tab. Dropped: the other C0 controls (ESC and CR included), DEL, the C1
controls (U+0080-U+009F; some terminals take U+009B as CSI) and the bidirectional overrides
and isolates that reorder what is shown (Unicode TR #36, "Trojan Source")."""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Iterator
from typing import Any, TextIO

_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(text: str) -> str:
    """``text`` without terminal control characters."""
    return _UNSAFE.sub("", text)


class CleanStream:
    """A text stream that writes ``clean`` text to ``inner``; everything else is delegated."""

    def __init__(self, inner: TextIO) -> None:
        self._inner = inner

    def write(self, text: str) -> int:
        self._inner.write(clean(text))
        return len(text)

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


@contextlib.contextmanager
def cleaned_output() -> Iterator[None]:
    """stdout and stderr cleaned while the block runs (one command of the CLI)."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = CleanStream(out), CleanStream(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
