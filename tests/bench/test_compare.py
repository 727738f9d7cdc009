"""bench/compare.py and bench/layout.py: a before/after comparison finds the app's modules in
either layout and shows a figure one tree cannot give as missing, with the reason, never drops
it. No time is asserted: the runs here are made-up records."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
sys.path.insert(0, str(BENCH))

import compare  # noqa: E402  (bench/ is a folder of scripts, not a package)
import layout  # noqa: E402


def _tree(root: Path, *modules: str) -> str:
    """A tree with these modules (space-separated parts under fastpix_desktop, "__init__" last
    for a package), written as words so that a rewrite of old module paths leaves them."""
    for place in ("", *modules):
        dotted = " ".join(["fastpix_desktop", place]).strip()
        parts = dotted.split(" ")
        folder = root.joinpath(*parts[:-1])
        folder.mkdir(parents=True, exist_ok=True)
        if dotted == "fastpix_desktop" or dotted.endswith("__init__"):
            package = [p for p in parts if p != "__init__"]
            root.joinpath(*package).mkdir(parents=True, exist_ok=True)
            root.joinpath(*package, "__init__.py").touch()
        else:
            folder.joinpath(parts[-1] + ".py").touch()
    return str(root)


def test_layout_finds_the_flat_and_the_package_modules(tmp_path: Path) -> None:
    flat = _tree(tmp_path / "flat", "core __init__", "core fastpix")
    packages = _tree(
        tmp_path / "packages", "core __init__", "core fastpix __init__", "core fastpix client"
    )

    assert layout.module("fastpix_client", flat) == ".".join(["fastpix_desktop", "core", "fastpix"])
    assert layout.name(flat) == "flat"
    assert layout.module("fastpix_client", packages).endswith(".core.fastpix.client")
    assert layout.name(packages) == "packages"


def test_layout_names_every_place_it_looked_when_neither_has_it(tmp_path: Path) -> None:
    empty = _tree(tmp_path / "empty")

    with pytest.raises(RuntimeError, match=r"widgets\.checklist, fastpix_desktop\.ui\.checklist"):
        layout.module("checklist", empty)


def _run(**figures: Any) -> dict[str, Any]:
    return {"notes": {}, "app_layout": "flat", "machine": {}, **figures}


def _records(before: list[dict[str, Any]], after: list[dict[str, Any]]) -> list[dict[str, Any]]:
    records = []
    for round_no, (b, a) in enumerate(zip(before, after, strict=True)):
        for side, result in (("before", b), ("after", a)):
            records.append({"round": round_no, "side": side, "result": result, "load_1min": 1.0})
    return records


def test_a_figure_only_one_tree_gives_is_shown_with_the_reason() -> None:
    note = "bench/library.py failed: exit 1"
    before = [_run(usable_ms=300.0, library_full_ratio=None, notes={"library_full_ratio": note})]
    after = [_run(usable_ms=330.0, library_full_ratio=1.2)]

    table = compare.summarise(_records(before, after))

    assert table["library_full_ratio"]["reading"] == "only one side measured it"
    assert note in table["library_full_ratio"]["before"]["missing"]
    assert table["usable_ms"]["ratio"] == 1.1


def test_rounds_pair_one_run_of_each_tree() -> None:
    before = [_run(usable_ms=v) for v in (300.0, 400.0, 300.0)]
    after = [_run(usable_ms=v) for v in (330.0, 380.0, 290.0)]

    row = compare.summarise(_records(before, after))["usable_ms"]

    assert row["after_worse_rounds"] == "1/3"
    assert row["sign_test_p"] == 1.0  # one round of three says nothing
    assert row["before"] == {"median": 300.0, "min": 300.0, "max": 400.0, "n": 3}
    assert row["reading"] == "within spread"


def test_rounds_that_all_agree_give_a_small_sign_test() -> None:
    before = [_run(rss_app_mib=100.0 + n / 10) for n in range(8)]
    after = [_run(rss_app_mib=103.0 + n / 10) for n in range(8)]

    row = compare.summarise(_records(before, after))["rss_app_mib"]

    assert row["after_worse_rounds"] == "8/8"
    assert row["sign_test_p"] < 0.01
    assert row["reading"] == "WORSE"


def test_a_failed_run_is_listed_not_averaged_in() -> None:
    records = _records([_run(usable_ms=300.0)], [{"error": "run.py exit 1: boom"}])
    meta = {"order": "ABBA", "encoding": False, "before": {}, "after": {}}

    summary = compare.build_summary(records, meta)

    assert summary["failures"] == ["round 0 after: run.py exit 1: boom"]
    assert summary["n"] == {"before": 1, "after": 0}
    assert "run.py exit 1" in summary["figures"]["usable_ms"]["after"]["missing"]
