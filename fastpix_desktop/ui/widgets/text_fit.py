"""Long values that must not widen the window: break opportunities inside long words.

A word-wrapped QLabel is never narrower than its longest word, so a 32-character stream ID or
a URL in a checklist detail set the column's minimum width. A zero-width space every few
characters lets the line break there (Unicode line breaking, UAX #14); it draws nothing and
screen readers skip it. Widgets keep the original text for copying and the tooltip.
"""

from __future__ import annotations

import re

ZERO_WIDTH_SPACE = "\u200b"
LONG_WORD = 16  # characters; shorter words wrap as they are
CHUNK = 12

_WORD = re.compile(r"\S{" + str(LONG_WORD + 1) + ",}")


def soft_breaks(text: str) -> str:
    """``text`` with a zero-width space every CHUNK characters of each long word."""

    def split(match: re.Match[str]) -> str:
        word = match.group(0)
        return ZERO_WIDTH_SPACE.join(word[i : i + CHUNK] for i in range(0, len(word), CHUNK))

    return _WORD.sub(split, text)


def plain(text: str) -> str:
    """``text`` without the breaks soft_breaks added."""
    return text.replace(ZERO_WIDTH_SPACE, "")
