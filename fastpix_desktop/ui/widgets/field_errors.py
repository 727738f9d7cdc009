"""Map FastPix field paths (local validation and 422 ``fields``) onto form fields.

The API reports paths like ``inputMediaSettings.reconnectWindow``; the form matches the whole
path first and then the last component, so ``reconnectWindow`` alone also lands on the field.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping


def path_components(path: str) -> list[str]:
    """``a.b[0].c`` -> ``['a', 'b', 'c']`` (array indexes carry no field meaning here)."""
    return [p for p in re.split(r"[.\[\]/]+", path) if p and not p.isdigit()]


def match_fields(
    errors: Mapping[str, str], *, known: Mapping[str, str], leaves: Mapping[str, str]
) -> tuple[dict[str, list[str]], dict[str, str]]:
    """Split ``errors`` into per-field messages and the ones no field claims.

    ``known`` maps full API paths to field names, ``leaves`` maps a path's last component.
    """
    matched: dict[str, list[str]] = {}
    unmatched: dict[str, str] = {}
    for path, message in errors.items():
        field = known.get(path)
        if field is None:
            for component in reversed(path_components(path)):
                field = leaves.get(component) or leaves.get(component.lower())
                if field is not None:
                    break
        if field is None:
            unmatched[path] = message
        else:
            matched.setdefault(field, []).append(message)
    return matched, unmatched


def sentence(messages: Iterable[str]) -> str:
    """Join messages into one readable line with a capital first letter."""
    parts = [m.strip() for m in messages if m and m.strip()]
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] if text else ""
