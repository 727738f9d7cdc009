"""Extract the UI strings into the .ts catalogues and compile them into .qm files.

    python resources/translations/update.py            # lupdate every .ts, then lrelease
    python resources/translations/update.py --check    # exit 1 if a .ts is stale or unfinished
    python resources/translations/update.py --release-only [--out DIR]   # .ts -> .qm only
    python resources/translations/update.py --todo todo.json     # untranslated, as JSON
    python resources/translations/update.py --fill todo.json     # write those translations

Sources: every .py under fastpix_desktop/ui (tr(), QCoreApplication.translate()) and
fastpix_desktop/core (QT_TRANSLATE_NOOP markers). Catalogues: fastpix_desktop_<lang>.ts here;
``fastpix_desktop_en.ts`` holds only English plural forms (lupdate -pluralonly).
The .qm files are build output (not committed); the PyInstaller spec calls ``release()``.
docs/translations.md describes the workflow. Standard library only, plus PySide6's tools.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PREFIX = "fastpix_desktop"  # fastpix_desktop.resources.TRANSLATION_PREFIX
SOURCE_DIRS = ("fastpix_desktop/ui", "fastpix_desktop/core")
# Outside those folders, modules whose replies the window shows (go-live / end from the window).
SOURCE_FILES = ("fastpix_desktop/cli/live_replies.py",)
# Languages with a full translation; English only carries plural forms.
LANGUAGES = ("de", "es")
PLURAL_ONLY = ("en",)


def catalogue(lang: str, folder: Path = HERE) -> Path:
    return folder / f"{PREFIX}_{lang}.ts"


def catalogues() -> list[Path]:
    return [catalogue(lang) for lang in (*LANGUAGES, *PLURAL_ONLY)]


def sources(root: Path = ROOT) -> list[Path]:
    files: list[Path] = []
    for folder in SOURCE_DIRS:
        files.extend(sorted((root / folder).rglob("*.py")))
    files.extend(root / name for name in SOURCE_FILES)
    return files


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease beside the running Python (the venv), else on PATH."""
    scripts = Path(sys.executable).parent
    for candidate in (scripts / name, scripts / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 (it ships the Qt translation tools)")
    return found


def lupdate(ts_files: list[Path], *, root: Path = ROOT, plural_only: bool = False) -> None:
    files = [str(p.relative_to(root)) for p in sources(root)]
    # No <location> lines: they change with every edit of a source file, and branches that
    # touch the same catalogue would conflict on them. Context + source text identify a message.
    args = [tool("pyside6-lupdate"), "-locations", "none", "-no-obsolete"]
    if plural_only:
        args.append("-pluralonly")
    for ts in ts_files:
        subprocess.run(
            [*args, *files, "-ts", os.path.relpath(ts, root)],
            cwd=root,
            check=True,
            stdout=subprocess.DEVNULL,
        )


def release(out_dir: Path | None = None) -> list[Path]:
    """Compile every committed .ts into ``out_dir`` (default: beside it); returns the .qm files."""
    out_dir = out_dir or HERE
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in catalogues():
        qm = out_dir / ts.with_suffix(".qm").name
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    return written


Message = tuple[str, str, str]  # context, source, disambiguation comment


def messages(ts: Path) -> dict[Message, ET.Element]:
    found: dict[Message, ET.Element] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            found[key] = message
    return found


def unfinished(ts: Path) -> list[Message]:
    """Messages with no (or an unfinished) translation."""
    missing = []
    for key, message in messages(ts).items():
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            missing.append(key)
            continue
        forms = translation.findall("numerusform")
        texts = [f.text or "" for f in forms] if forms else [translation.text or ""]
        if not all(texts):
            missing.append(key)
    return missing


def fresh_messages(lang: str, *, plural_only: bool = False) -> set[Message]:
    """What lupdate extracts from the sources now, for one language (into a temp copy)."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / catalogue(lang).name
        shutil.copy(catalogue(lang), ts)
        lupdate([ts], plural_only=plural_only)
        return set(messages(ts))


def stale() -> dict[str, tuple[set[Message], set[Message]]]:
    """Per catalogue: (messages the sources have that it lacks, messages it has they lack)."""
    problems = {}
    for lang in (*LANGUAGES, *PLURAL_ONLY):
        committed = set(messages(catalogue(lang)))
        now = fresh_messages(lang, plural_only=lang in PLURAL_ONLY)
        if committed != now:
            problems[lang] = (now - committed, committed - now)
    return problems


def check() -> int:
    status = 0
    for lang, (missing, extra) in stale().items():
        status = 1
        print(f"{catalogue(lang).name} is stale; run resources/translations/update.py")
        for context, source, _ in sorted(missing):
            print(f"  new:  [{context}] {source!r}")
        for context, source, _ in sorted(extra):
            print(f"  gone: [{context}] {source!r}")
    for ts in catalogues():
        for context, source, _ in unfinished(ts):
            status = 1
            print(f"{ts.name}: untranslated [{context}] {source!r}")
    return status


def todo() -> list[dict[str, object]]:
    """Every message some catalogue lacks, one entry per message with a slot per language
    (a list of plural forms for %n messages); edit it and pass it to ``--fill``."""
    entries: dict[Message, dict[str, object]] = {}
    for lang in (*LANGUAGES, *PLURAL_ONLY):
        ts = catalogue(lang)
        found = messages(ts)
        for key in unfinished(ts):
            context, source, comment = key
            entry = entries.setdefault(
                key, {"context": context, "source": source, "comment": comment}
            )
            forms = found[key].find("translation")
            count = len(forms.findall("numerusform")) if forms is not None else 0
            entry[lang] = [""] * count if found[key].get("numerus") == "yes" else ""
    return list(entries.values())


def fill(entries: list[dict[str, object]]) -> int:
    """Write the translations in ``entries`` (the --todo format) into the catalogues; empty
    slots are left unfinished. Returns how many messages were filled."""
    filled = 0
    for lang in (*LANGUAGES, *PLURAL_ONLY):
        ts = catalogue(lang)
        tree = ET.parse(ts)
        by_key = {}
        for context in tree.getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                key = (name, message.findtext("source", ""), message.findtext("comment", ""))
                by_key[key] = message
        changed = False
        for entry in entries:
            text = entry.get(lang)
            key = (str(entry["context"]), str(entry["source"]), str(entry.get("comment", "")))
            message = by_key.get(key)
            if message is None or not text:
                continue
            if isinstance(text, list) != (message.get("numerus") == "yes"):
                print(f"{ts.name}: skipped [{key[0]}] {key[1]!r}: plural forms do not match")
                continue
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            translation.attrib.pop("type", None)
            if isinstance(text, list):
                if not all(text):
                    continue
                for form in list(translation):
                    translation.remove(form)
                translation.text = None
                for form_text in text:
                    ET.SubElement(translation, "numerusform").text = str(form_text)
            else:
                translation.text = str(text)
            filled += 1
            changed = True
        if changed:
            body = ET.tostring(tree.getroot(), encoding="unicode")
            ts.write_text(
                f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
            )
    # lupdate rewrites the files in its own layout, so diffs stay small.
    lupdate([catalogue(lang) for lang in LANGUAGES])
    lupdate([catalogue(lang) for lang in PLURAL_ONLY], plural_only=True)
    return filled


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail on stale or unfinished .ts")
    parser.add_argument("--release-only", action="store_true", help="only compile .ts -> .qm")
    parser.add_argument("--out", type=Path, help="folder for the .qm files (default: here)")
    parser.add_argument("--todo", type=Path, help="write the untranslated messages as JSON")
    parser.add_argument("--fill", type=Path, help="write translations from a --todo JSON file")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    if args.todo:
        lupdate([catalogue(lang) for lang in LANGUAGES])
        lupdate([catalogue(lang) for lang in PLURAL_ONLY], plural_only=True)
        entries = todo()
        text = json.dumps(entries, ensure_ascii=False, indent=1)
        args.todo.write_text(text + "\n", encoding="utf-8")
        print(f"{len(entries)} message(s) to translate in {args.todo}")
        return 0
    if args.fill:
        entries = json.loads(args.fill.read_text(encoding="utf-8"))
        print(f"filled {fill(entries)} translation(s)")
    if not args.release_only:
        lupdate([catalogue(lang) for lang in LANGUAGES])
        lupdate([catalogue(lang) for lang in PLURAL_ONLY], plural_only=True)
        for ts in catalogues():
            missing = unfinished(ts)
            if missing:
                print(f"{ts.name}: {len(missing)} message(s) to translate")
    for qm in release(args.out):
        print(f"wrote {qm}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
