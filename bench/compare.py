"""Two app trees, one bench, one interleaved run: ``run.py --quick --json`` against each tree in
turns (A B, B A, A B … so a drift in the machine's load falls on both), and a table of each
figure's median over the runs with its spread and the after/before ratio.

    python bench/compare.py --before ../before --after . --rounds 8 [--encoding] [--json]

The same bench code (this folder) measures both: each run gets ``BENCH_APP_ROOT=TREE``, which
puts that tree's app first on its children's PYTHONPATH and working directory; where the
bench stamps app functions by module path, bench/layout.py finds them in either layout. A
figure one tree cannot give is shown as n/a with the reason the run gave, never dropped. Every
run's JSON is appended to ``--out`` as it ends, so ``--from FILE`` can tabulate runs again.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
RUN = BENCH_DIR / "run.py"
RUN_TIMEOUT_S = 900
SIDES = ("before", "after")

# (key, label); every one is "lower is better". The idle condition's figures are the run's top
# level; "obs_encoding:KEY" is KEY under the "OBS encoding" condition (--encoding).
FIGURES = [
    ("first_frame_app_ms", "first complete frame, app (ms)"),
    ("first_frame_ratio", "first_frame_ratio (/ bare window)"),
    ("usable_ms", "usable: OBS + credentials checked (ms)"),
    ("usable_ratio", "usable_ratio"),
    ("startup_stall_ms", "worst stall, frame to usable (ms)"),
    ("click_to_configured_ms", "click to configured (ms)"),
    ("click_to_configured_ratio", "click_to_configured_ratio"),
    ("click_to_configured_ratio_memory_keyring", "  the same, in-memory keyring"),
    ("first_click_ms", "first click (ms)"),
    ("go_live_ms", "create --start to OBS streaming (ms)"),
    ("go_live_ratio", "go_live_ratio"),
    ("go_live_exit_ms", "create --start until it exits (ms)"),
    ("deck_go_live_ms", "deck: go-live to a running host (ms)"),
    ("deck_go_live_ratio", "deck_go_live_ratio"),
    ("max_stall_ms", "max_stall_ms (frame to end of flow)"),
    ("max_stall_busy_ms", "max_stall_busy_ms (on the CPU)"),
    ("library_full_ratio", "library_full_ratio"),
    ("library_filter_stall_ms", "library_filter_stall_ms"),
    ("rss_usable_mib", "peak RSS once usable (MiB)"),
    ("rss_app_mib", "peak RSS after the flow (MiB)"),
    ("rss_dependency_ratio", "rss_dependency_ratio"),
    ("soak_growth_bytes_per_cycle", "soak: traced growth per cycle (B)"),
    ("calibration_ms", "CPU calibration, fixed workload (ms)"),
    ("obs_encoding:first_frame_ratio", "OBS encoding: first_frame_ratio"),
    ("obs_encoding:usable_ratio", "OBS encoding: usable_ratio"),
    ("obs_encoding:click_to_configured_ratio", "OBS encoding: click_to_configured_ratio"),
    ("obs_encoding:go_live_ms", "OBS encoding: create --start (ms)"),
    ("obs_encoding:go_live_ratio", "OBS encoding: go_live_ratio"),
    ("obs_encoding:deck_go_live_ratio", "OBS encoding: deck_go_live_ratio"),
    ("obs_encoding:max_stall_ms", "OBS encoding: max_stall_ms"),
    ("obs_encoding:calibration_ms", "OBS encoding: CPU calibration (ms)"),
]


def _git(tree: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(tree), *args], capture_output=True, text=True, check=False
    )
    return done.stdout.strip()


def describe(tree: Path) -> dict[str, Any]:
    dirty = bool(_git(tree, "status", "--porcelain", "--untracked-files=no"))
    return {
        "tree": str(tree),
        "commit": _git(tree, "rev-parse", "--short", "HEAD") + (" (modified)" if dirty else ""),
        "subject": _git(tree, "log", "-1", "--format=%s")[:80],
    }


def compile_translations(tree: Path) -> str:
    """Compile the tree's .ts catalogues to .qm with its own update.py, as its README asks of a
    checkout (before issue 21's era the app did not compile them itself): a tree measured
    without them would start with no catalogue to load and so be measured doing less."""
    update = tree / "resources" / "translations" / "update.py"
    if not update.exists():
        return "no resources/translations/update.py"
    done = subprocess.run(
        [sys.executable, str(update), "--release-only"],
        cwd=tree,
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"compare: compiling {tree}'s translations failed: {done.stderr[-500:]}")
    return "compiled (update.py --release-only)"


def run_once(tree: Path, *, encoding: bool) -> dict[str, Any]:
    """One ``run.py --quick --json`` against ``tree``: its JSON, or {"error": ...}."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["BENCH_APP_ROOT"] = str(tree)
    argv = [sys.executable, str(RUN), "--quick", "--json", *(["--encoding"] if encoding else [])]
    try:
        done = subprocess.run(
            argv,
            env=env,
            cwd=tree,
            capture_output=True,
            text=True,
            timeout=RUN_TIMEOUT_S,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"error": f"run.py took over {RUN_TIMEOUT_S} s"}
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        return {"error": f"run.py exit {done.returncode}: {done.stderr[-1500:]}"}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def figure(run: dict[str, Any], key: str) -> Any:
    if key.startswith("obs_encoding:"):
        busy = run.get("conditions", {}).get("obs_encoding")
        return None if busy is None else busy["figures"].get(key.split(":", 1)[1])
    return run.get(key)


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def why_missing(runs: list[dict[str, Any]], key: str) -> str:
    """The reason the runs gave for a figure they do not have (their notes), or the error."""
    name = key.split(":", 1)[-1]
    for run in runs:
        if "error" in run:
            return run["error"].splitlines()[0][:100]
        for note_key in (name, key.split(":", 1)[0], name.split("_", 1)[0] + ".py"):
            note = run.get("notes", {}).get(note_key)
            if note:
                return f"{note_key}: {note}"[:160]
    return "not in this run's output"


def summarise(records: list[dict[str, Any]]) -> dict[str, Any]:
    """Each figure per side: median, min, max, n over the runs; after/before of the medians;
    and over the rounds (one before and one after run each, adjacent in time) the median of
    the per-round ratios and how many rounds had after > before."""
    by_side = {side: [r["result"] for r in records if r["side"] == side] for side in SIDES}
    rounds: dict[int, dict[str, dict[str, Any]]] = {}
    for record in records:
        rounds.setdefault(record["round"], {})[record["side"]] = record["result"]
    table: dict[str, Any] = {}
    for key, label in FIGURES:
        row: dict[str, Any] = {"label": label}
        for side in SIDES:
            values = [float(v) for r in by_side[side] if _number(v := figure(r, key))]
            if values:
                row[side] = {
                    "median": round(statistics.median(values), 3),
                    "min": round(min(values), 3),
                    "max": round(max(values), 3),
                    "n": len(values),
                }
            else:
                row[side] = {"missing": why_missing(by_side[side], key), "n": 0}
        if "median" in row["before"] and "median" in row["after"]:
            before, after = row["before"], row["after"]
            ratio = after["median"] / before["median"] if before["median"] else None
            row["ratio"] = None if ratio is None else round(ratio, 3)
            paired = [
                (figure(pair["after"], key), figure(pair["before"], key))
                for pair in rounds.values()
                if set(pair) == set(SIDES)
            ]
            paired = [(a, b) for a, b in paired if _number(a) and _number(b) and b]
            if paired:
                row["paired_ratio"] = round(statistics.median(a / b for a, b in paired), 3)
                worse = sum(a > b for a, b in paired)
                better = sum(a < b for a, b in paired)
                row["after_worse_rounds"] = f"{worse}/{len(paired)}"
                row["sign_test_p"] = round(sign_test(worse, better), 3)
            row["reading"] = reading(before, after)
        elif "median" in row["before"] or "median" in row["after"]:
            row["reading"] = "only one side measured it"
        else:
            continue  # neither side has it (e.g. the encoding condition was not asked for)
        table[key] = row
    return table


def sign_test(worse: int, better: int) -> float:
    """Two-sided exact sign test over the rounds (ties left out): how likely a split at least
    this uneven is if neither tree were faster. Small = the rounds agree on a direction."""
    n = worse + better
    if n == 0:
        return 1.0
    tail = sum(math.comb(n, k) for k in range(max(worse, better), n + 1)) / 2**n
    return min(1.0, 2 * tail)


def reading(before: dict[str, float], after: dict[str, float]) -> str:
    """A plain first reading; the README says what was checked beyond it."""
    if after["median"] <= before["median"]:
        return "no worse"
    if after["median"] <= before["max"]:
        return "within spread"
    if after["min"] <= before["max"]:
        return "worse? (spreads overlap)"
    return "WORSE"


def _cell(stats: dict[str, Any]) -> str:
    if "median" not in stats:
        return "n/a"
    return f"{stats['median']:g} [{stats['min']:g}-{stats['max']:g}]"


def print_table(summary: dict[str, Any]) -> None:
    print(
        f"fastpix-desktop bench, before vs after, interleaved ({summary['order']}), "
        f"{summary['rounds_done']} rounds of run.py --quick"
        + (" --encoding" if summary["encoding"] else "")
    )
    for side in SIDES:
        info = summary[side]
        print(f"  {side:<6} {info['tree']} @ {info['commit']} ({info['layout']} layout)")
        print(f"         {info['subject']}")
    print(
        f"  each cell: median [min-max] over the runs; n = {summary['n']}; paired: median of "
        "the rounds' after/before; sign p: two-sided sign test over the rounds"
    )
    header = f"  {'figure':<42} {'before':>24} {'after':>24} {'after/before':>12} {'paired':>7}"
    print(header + "  rounds worse  sign p  reading")
    for row in summary["figures"].values():
        ratio = row.get("ratio")
        print(
            f"  {row['label']:<42} {_cell(row['before']):>24} {_cell(row['after']):>24} "
            f"{'' if ratio is None else f'{ratio:.3f}':>12} "
            f"{row.get('paired_ratio', ''):>7}  {row.get('after_worse_rounds', ''):>12}  "
            f"{row.get('sign_test_p', ''):>6}  {row.get('reading', '')}"
        )
        for side in SIDES:
            if "missing" in row[side]:
                print(f"      {side}: n/a because {row[side]['missing']}")
    load = summary["load"]
    print(
        f"  load average (1 min) at each run's start: median {load['median']}, "
        f"range {load['min']}-{load['max']}; machine: {summary['machine']}"
    )
    for failure in summary["failures"]:
        print(f"  FAILED run: {failure}")
    sys.stdout.flush()


def build_summary(records: list[dict[str, Any]], meta: dict[str, Any]) -> dict[str, Any]:
    loads = [r["load_1min"] for r in records]
    good = [r for r in records if "error" not in r["result"]]
    machine = next((r["result"].get("machine") for r in good), None) or {}
    layouts = {r["side"]: r["result"].get("app_layout") for r in good}
    return {
        **meta,
        "before": {**meta["before"], "layout": layouts.get("before")},
        "after": {**meta["after"], "layout": layouts.get("after")},
        "rounds_done": len({r["round"] for r in records}),
        "n": {side: sum(r["side"] == side for r in good) for side in SIDES},
        "figures": summarise(records),  # a failed run has no figures; its error is a reason
        "load": {
            "median": round(statistics.median(loads), 2) if loads else None,
            "min": min(loads, default=None),
            "max": max(loads, default=None),
        },
        "machine": (
            f"{machine.get('nproc')} x {machine.get('cpu')}, {machine.get('ram_gib')} GiB, "
            f"{machine.get('os')}, Python {machine.get('python')}, Qt {machine.get('qt')}"
        ),
        "failures": [
            f"round {r['round']} {r['side']}: {r['result']['error'][:300]}"
            for r in records
            if "error" in r["result"]
        ],
    }


def measure(args: argparse.Namespace, trees: dict[str, Path]) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    deadline = time.monotonic() + args.minutes * 60 if args.minutes else None
    out = open(args.out, "a", encoding="utf-8") if args.out else None  # noqa: SIM115
    try:
        for round_no in range(args.rounds):
            if deadline is not None and time.monotonic() > deadline:
                print(f"compare: time is up after {round_no} rounds", file=sys.stderr)
                break
            # A B, B A, A B, ...: each side runs first in half the rounds.
            order = SIDES if round_no % 2 == 0 or args.order == "abab" else SIDES[::-1]
            for side in order:
                load = round(os.getloadavg()[0], 2)
                started = time.strftime("%H:%M:%S", time.gmtime())
                result = run_once(trees[side], encoding=args.encoding)
                record = {
                    "round": round_no,
                    "side": side,
                    "started_utc": started,
                    "load_1min": load,
                    "result": result,
                }
                records.append(record)
                if out is not None:
                    out.write(json.dumps(record) + "\n")
                    out.flush()
                verdict = result.get("error", "ok")[:200]
                print(f"compare: round {round_no} {side} ({load} load): {verdict}", file=sys.stderr)
    finally:
        if out is not None:
            out.close()
    return records


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=True, help="the app tree before")
    parser.add_argument("--after", type=Path, required=True, help="the app tree after")
    parser.add_argument("--rounds", type=int, default=4, help="each one run per tree (default 4)")
    parser.add_argument("--order", choices=("abba", "abab"), default="abba")
    parser.add_argument(
        "--encoding", action="store_true", help="runs with --encoding (the OBS encoding condition)"
    )
    parser.add_argument("--minutes", type=float, default=0, help="start no round after this")
    parser.add_argument("--out", help="append each run's JSON record to this file as it ends")
    parser.add_argument(
        "--from", dest="source", help="tabulate the records of an earlier --out file instead"
    )
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args()
    trees = {"before": args.before.resolve(), "after": args.after.resolve()}
    if args.source:
        records = [json.loads(line) for line in Path(args.source).read_text().splitlines() if line]
    else:
        for side, tree in trees.items():
            print(f"compare: {side} translations: {compile_translations(tree)}", file=sys.stderr)
        records = measure(args, trees)
    encoding = any("obs_encoding" in r["result"].get("conditions", {}) for r in records) or bool(
        args.encoding
    )
    meta = {
        "order": args.order.upper(),
        "encoding": encoding,
        "before": describe(trees["before"]),
        "after": describe(trees["after"]),
    }
    summary = build_summary(records, meta)
    if args.json:
        print(json.dumps(summary))
    else:
        print_table(summary)
    return 0 if records and not summary["failures"] else 1


if __name__ == "__main__":
    sys.exit(main())
