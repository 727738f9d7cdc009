"""Shrink Qt's bundled ICU data library (Linux) to the parts QtCore calls, 32 MB -> about 6 MB.

PySide6's Linux wheels carry ``libicudata.so.NN``: ICU's whole data package as one symbol,
``icudtNN_dat``. QtCore links to ICU only for case mapping, collation (QCollator), time-zone
names (QTimeZone) and legacy text codecs (QStringConverter); QtGui and QtWidgets not at all
(``nm -D --undefined-only`` on the libraries). So break iteration, unit/currency/language/region
names, transliteration, number spelling and the legacy code-page tables go, as do collation and
zone names for languages the app is not translated into (ICU falls back to the root locale).
The kept items are re-packed in ICU's "common data" format and assembled into a new library with
the same soname and symbol by the system C compiler; without one the build keeps the original.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

# Trees that only ICU services Qt never calls read: break iteration, measurement units,
# currency/language/region display names, transliterators, rule-based number formats.
DROPPED_TREES = frozenset({"brkitr", "unit", "curr", "lang", "region", "translit", "rbnf"})
# Trees Qt reads through ucol_open / ucal_getTimeZoneDisplayName: kept for the root locale,
# English and the app's languages only.
PER_LANGUAGE_TREES = frozenset({"coll", "zone"})
# Non-locale items of those trees (UCA table, index, shared string pool, tz database names).
SHARED_ITEMS = frozenset({"root.res", "res_index.res", "pool.res", "ucadata.icu", "tzdbNames.res"})
# Top-level data of ICU services Qt does not call (``nm -D --undefined-only`` on the Qt
# libraries lists only ucnv_*, ucol_*, ucal_* and u_strTo{Upper,Lower}): character names
# (u_charName), the spoof checker (uspoof_*) and IDNA (uidna_*).
UNCALLED_TOP_LEVEL = frozenset({"unames.icu", "confusables.cfu", "uts46.nrm"})
# A locale's own bundle: "de.res", "en_GB.res", "zh_Hant_TW.res", "es_419.res"; data files have
# longer names ("supplementalData.res", "zoneinfo64.res", "pool.res", "root.res").
_LOCALE_BUNDLE = re.compile(r"[a-z]{2,3}(?:_[A-Za-z0-9]+)*\.res")

_HEADER = struct.Struct("<HBB")
_LIBRARY = re.compile(r"libicudata\.so\.(\d+)$")


class TrimError(Exception):
    """The data or library is not in the shape this module knows; keep the original."""


def parse_common_data(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """Split an ICU common-data package into its header and (name, bytes) items, in order."""
    header_size, magic1, magic2 = _HEADER.unpack_from(blob, 0)
    if (magic1, magic2) != (0xDA, 0x27) or blob[12:16] != b"CmnD":
        raise TrimError("not an ICU common data package")
    toc = header_size
    (count,) = struct.unpack_from("<I", blob, toc)
    entries = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    offsets = [toc + data for _, data in entries] + [len(blob)]
    items = []
    for index, (name_offset, _) in enumerate(entries):
        end = blob.index(b"\0", toc + name_offset)
        name = blob[toc + name_offset : end].decode("ascii")
        items.append((name, blob[offsets[index] : offsets[index + 1]]))
    return blob[:header_size], items


def build_common_data(header: bytes, items: Sequence[tuple[str, bytes]]) -> bytes:
    """Pack items back into the common-data format: sorted ToC, names, 16-byte aligned data.

    Each item's bytes already carry the padding up to the next item, as in ICU's own packages.
    """
    ordered = sorted(items, key=lambda item: item[0].encode("ascii"))
    toc_size = 4 + 8 * len(ordered)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in ordered)
    name_offsets, position = [], toc_size
    for name, _ in ordered:
        name_offsets.append(position)
        position += len(name) + 1
    data_start = toc_size + len(names)
    padding = (-(len(header) + data_start)) % 16
    data_start += padding
    toc = [struct.pack("<I", len(ordered))]
    position = data_start
    for name_offset, (_, data) in zip(name_offsets, ordered, strict=True):
        toc.append(struct.pack("<II", name_offset, position))
        position += len(data) + (-len(data)) % 16
    body = b"".join(data + b"\0" * ((-len(data)) % 16) for _, data in ordered)
    return header + b"".join(toc) + names + b"\0" * padding + body


def _language_wanted(leaf: str, languages: Iterable[str]) -> bool:
    language = leaf.split(".", 1)[0].split("_", 1)[0]
    return language in {"en", *languages}


def keep_item(name: str, *, languages: Iterable[str] = ()) -> bool:
    """Whether Qt can need the item ``icudtNNl/<tree>/<file>`` (or a top-level one)."""
    _, _, relative = name.partition("/")
    tree, _, leaf = relative.rpartition("/")
    if not tree:
        # Top-level: time-zone rules, properties, the root locale; not the legacy code pages,
        # which only QStringConverter for non-Unicode encodings would open, nor data for ICU
        # services Qt never calls.
        if leaf.endswith(".cnv") or leaf in UNCALLED_TOP_LEVEL:
            return False
        # Per-locale bundles (3 MB) serve formatting and display names, which Qt does itself;
        # ucal_open reads the locale's calendar data, so English and the app's languages stay
        # and any other locale falls back to root, as for collation below.
        if _LOCALE_BUNDLE.fullmatch(leaf):
            return _language_wanted(leaf, languages)
        return True
    if tree in DROPPED_TREES:
        return False
    if tree in PER_LANGUAGE_TREES:
        if leaf in SHARED_ITEMS:
            return True
        return _language_wanted(leaf, languages)
    return True


def trim_data(blob: bytes, *, languages: Iterable[str] = ()) -> bytes:
    header, items = parse_common_data(blob)
    wanted = set(languages)
    kept = [(name, data) for name, data in items if keep_item(name, languages=wanted)]
    return build_common_data(header, kept)


def _elf_symbol_blob(library: Path, symbol: str) -> bytes:
    """The bytes of ``symbol`` in a 64-bit little-endian ELF library's .rodata."""
    data = library.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise TrimError(f"{library.name} is not a 64-bit little-endian ELF file")
    shoff, shentsize, shnum, shstrndx = (
        struct.unpack_from("<Q", data, 0x28)[0],
        *struct.unpack_from("<HHH", data, 0x3A),
    )
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)
    ]
    strtab_offset = sections[shstrndx][4]

    def section_name(sec: tuple[int, ...]) -> str:
        start = strtab_offset + sec[0]
        return data[start : data.index(b"\0", start)].decode()

    by_name = {section_name(sec): sec for sec in sections}
    dynsym, dynstr, rodata = (by_name.get(n) for n in (".dynsym", ".dynstr", ".rodata"))
    if not (dynsym and dynstr and rodata):
        raise TrimError(f"{library.name} lacks .dynsym/.dynstr/.rodata")
    for offset in range(dynsym[4], dynsym[4] + dynsym[5], 24):
        name_index, _, _, _, value, size = struct.unpack_from("<IBBHQQ", data, offset)
        start = dynstr[4] + name_index
        if data[start : data.index(b"\0", start)].decode() == symbol:
            file_offset = rodata[4] + (value - rodata[3])
            return data[file_offset : file_offset + size]
    raise TrimError(f"{library.name} does not define {symbol}")


def _assemble(blob: bytes, *, soname: str, symbol: str, output: Path, cc: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        data_file = Path(tmp) / "icudata.dat"
        data_file.write_bytes(blob)
        source = Path(tmp) / "icudata.S"
        source.write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            "\t.balign 16\n"
            f"{symbol}:\n"
            f'\t.incbin "{data_file}"\n'
            f"\t.size {symbol}, . - {symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n'
        )
        subprocess.run(
            [cc, "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(output), str(source)],
            check=True,
            capture_output=True,
        )


def trim_library(
    library: Path,
    output: Path,
    *,
    languages: Iterable[str] = (),
    cc: str | None = None,
    check: Callable[[Path], None] | None = None,
) -> tuple[int, int]:
    """Write a trimmed copy of ``libicudata.so.NN`` to ``output``; return (old, new) sizes.

    Raises TrimError when the library, the data or the compiler are not as expected, so the
    caller can keep the original. ``check(output)`` may verify the result (see ``verify``).
    """
    match = _LIBRARY.search(library.name)
    if not match:
        raise TrimError(f"{library.name} is not libicudata.so.NN")
    compiler = cc or shutil.which("cc") or shutil.which("gcc")
    if not compiler:
        raise TrimError("no C compiler (cc) to assemble the trimmed library")
    symbol = f"icudt{match.group(1)}_dat"
    blob = trim_data(_elf_symbol_blob(library, symbol), languages=languages)
    output.parent.mkdir(parents=True, exist_ok=True)
    try:
        _assemble(blob, soname=library.name, symbol=symbol, output=output, cc=compiler)
    except subprocess.CalledProcessError as error:
        raise TrimError(f"assembling failed: {error.stderr.decode(errors='replace')}") from error
    if check is not None:
        check(output)
    return library.stat().st_size, output.stat().st_size


_VERIFY_SCRIPT = r"""
import ctypes, sys
data, uc, i18n, version = sys.argv[1:5]
ctypes.CDLL(data, mode=ctypes.RTLD_GLOBAL)
libs = [ctypes.CDLL(uc, mode=ctypes.RTLD_GLOBAL), ctypes.CDLL(i18n)]
def icu(name, restype=ctypes.c_int):
    for lib in libs:
        func = getattr(lib, f"{name}_{version}", None)
        if func is not None:
            func.restype = restype
            return func
    sys.exit(f"{name} not found")
status = ctypes.c_int(0)
def ok(what):
    if status.value > 0:  # ICU: > 0 is an error, < 0 a warning (e.g. used the root locale)
        sys.exit(f"{what}: ICU error {status.value}")
    status.value = 0
def uchars(text):  # UChar* is UTF-16, whatever the size of wchar_t
    return ctypes.create_string_buffer(text.encode("utf-16-le") + b"\0\0"), len(text)
coll = icu("ucol_open", ctypes.c_void_p)(b"en_US", ctypes.byref(status)); ok("ucol_open")
if icu("ucol_strcoll")(ctypes.c_void_p(coll), *uchars("b"), *uchars("A")) <= 0:
    sys.exit("collation: b should sort after A")
for name in (b"UTF-8", b"ISO-8859-1", b"US-ASCII", b"UTF-16LE"):
    conv = icu("ucnv_open", ctypes.c_void_p)(name, ctypes.byref(status)); ok(f"ucnv_open {name}")
    icu("ucnv_close", None)(ctypes.c_void_p(conv))
cal = icu("ucal_open", ctypes.c_void_p)(*uchars("Europe/Berlin"), b"en_US", 0, ctypes.byref(status))
ok("ucal_open")
out = ctypes.create_string_buffer(256)
n = icu("ucal_getTimeZoneDisplayName")(ctypes.c_void_p(cal), 0, b"en_US", out, 128,
                                       ctypes.byref(status))
ok("ucal_getTimeZoneDisplayName")
zone = out.raw[: 2 * n].decode("utf-16-le")
if zone != "Central European Standard Time":
    sys.exit(f"zone name: got {zone!r}")
# A user whose locale's data was trimmed: ICU falls back to root, nothing fails.
coll = icu("ucol_open", ctypes.c_void_p)(b"de_DE", ctypes.byref(status)); ok("ucol_open de_DE")
if icu("ucol_strcoll")(ctypes.c_void_p(coll), *uchars("b"), *uchars("A")) <= 0:
    sys.exit("collation (de_DE): b should sort after A")
cal = icu("ucal_open", ctypes.c_void_p)(*uchars("Asia/Tokyo"), b"ja_JP", 0, ctypes.byref(status))
ok("ucal_open ja_JP")
n = icu("ucal_getTimeZoneDisplayName")(ctypes.c_void_p(cal), 0, b"ja_JP", out, 128,
                                       ctypes.byref(status))
ok("ucal_getTimeZoneDisplayName ja_JP")
if n <= 0:
    sys.exit("zone name (ja_JP): empty")
print("ICU check passed:", zone)
"""


def verify(trimmed: Path, *, libicuuc: Path, libicui18n: Path) -> None:
    """Load the trimmed data with Qt's own ICU libraries and exercise what QtCore uses.

    Runs in a subprocess (a failed load must not take the build down with it).
    """
    version = _LIBRARY.search(trimmed.name)
    if not version:
        raise TrimError(f"{trimmed.name} is not libicudata.so.NN")
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            _VERIFY_SCRIPT,
            str(trimmed),
            str(libicuuc),
            str(libicui18n),
            version.group(1),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    if result.returncode != 0:
        raise TrimError(f"trimmed ICU data failed its check: {result.stderr or result.stdout}")
