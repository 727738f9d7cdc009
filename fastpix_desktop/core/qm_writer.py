"""Compile a Qt Linguist catalogue (.ts) into the .qm that QTranslator loads, byte for byte as
Qt's ``lrelease`` does, in plain Python (the package build loads it by path, with nothing
installed yet). The format and the checks against lrelease: docs/translations.md.
"""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
# Section tags (qm.cpp, enum Tag in the file header).
_LANGUAGE, _HASHES, _MESSAGES, _NUMERUS_RULES = 0xA7, 0x42, 0x69, 0x88
# Message tags.
_END, _TRANSLATION, _SOURCE_TEXT, _CONTEXT, _COMMENT = 1, 3, 6, 7, 8
# Plural rules (Qt's numerus.cpp): "n == 1" picks the first form, anything else the second.
# The same rule holds for every language the app ships; another language needs its own.
_ONE_OR_MORE = bytes([0x01, 1])  # Q_EQ 1
PLURAL_RULES = {"en": _ONE_OR_MORE, "de": _ONE_OR_MORE, "es": _ONE_OR_MORE}


class CatalogueError(ValueError):
    """The catalogue cannot be compiled (not a .ts file, or a language without known rules)."""


def elf_hash(data: bytes) -> int:
    """Qt's elfHash of source text + disambiguation: the key of the message index."""
    h = 0
    for byte in data:
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def _bytes(tag: int, data: bytes) -> bytes:
    return struct.pack(">BI", tag, len(data)) + data


def _translation(text: str) -> bytes:
    # An empty translation is written as Qt's null string (length 0xFFFFFFFF), as lrelease
    # does: QTranslator then finds no translation and the source text is shown.
    if not text:
        return struct.pack(">BI", _TRANSLATION, 0xFFFFFFFF)
    return _bytes(_TRANSLATION, text.encode("utf-16-be"))


def _message(context: bytes, source: bytes, comment: bytes, translations: list[str]) -> bytes:
    out = b"".join(_translation(text) for text in translations)
    out += _bytes(_COMMENT, comment)
    out += _bytes(_SOURCE_TEXT, source)
    out += _bytes(_CONTEXT, context)
    return out + bytes([_END])


def _translations(message: ET.Element) -> list[str] | None:
    """The translation (each plural form), or None for a message lrelease leaves out. As
    lrelease does by default, an unfinished translation is shipped (the app's tests allow
    none in its catalogues); vanished and obsolete messages are not."""
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("vanished", "obsolete"):
        return None
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")] or [""]
    return [translation.text or ""]


def compile_ts(ts: Path, qm: Path) -> Path:
    """Write the .qm for ``ts`` to ``qm`` (its folder is created); returns ``qm``."""
    try:
        root = ET.parse(ts).getroot()
    except ET.ParseError as exc:
        raise CatalogueError(f"{ts.name} is not a readable catalogue: {exc}") from exc
    if root.tag != "TS":
        raise CatalogueError(f"{ts.name} is not a Qt Linguist catalogue")
    language = root.get("language", "")
    code = language.split("_")[0]
    if code not in PLURAL_RULES:
        raise CatalogueError(f"no plural rules for '{language}': add them to PLURAL_RULES")

    entries: list[tuple[bytes, bytes, bytes, list[str]]] = []
    plain = {  # (context, source) of messages without a disambiguation
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root.iter("context")
        for message in context.iter("message")
        if not message.findtext("comment", "")
    }
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translations = _translations(message)
            if translations is None:
                continue
            source = message.findtext("source", "")
            comment = message.findtext("comment", "")
            # As lrelease does: a disambiguation is kept only where it tells two messages
            # apart; QTranslator retries a lookup without it, so both spellings still find it.
            if name and (name, source) not in plain:
                comment = ""
            entries.append((name.encode(), source.encode(), comment.encode(), translations))

    messages = bytearray()
    index: list[tuple[int, int]] = []
    for context_b, source_b, comment_b, translations in sorted(entries, key=lambda e: e[:3]):
        index.append((elf_hash(source_b + comment_b), len(messages)))
        messages += _message(context_b, source_b, comment_b, translations)

    hashes = b"".join(struct.pack(">II", h, offset) for h, offset in sorted(index))
    data = MAGIC + _bytes(_LANGUAGE, language.encode())
    if hashes:
        data += _bytes(_HASHES, hashes) + _bytes(_MESSAGES, bytes(messages))
    data += _bytes(_NUMERUS_RULES, PLURAL_RULES[code])
    qm.parent.mkdir(parents=True, exist_ok=True)
    qm.write_bytes(data)
    return qm
