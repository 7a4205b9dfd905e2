"""The screen's level for every line of the safety files, in one tree, and the lines two trees differ on.

    python3 -m benchmarks.screen_levels dump --tree /work/main OUT_MAIN.json
    python3 -m benchmarks.screen_levels dump --tree . OUT_BRANCH.json
    python3 -m benchmarks.screen_levels diff OUT_MAIN.json OUT_BRANCH.json

`dump` screens each phrase of tests/data/safety_round*.csv, red_flag_*.csv and self_harm_own*.csv
(read from the tree given) with that tree's `assistant.safety.screen` and writes {file: {phrase:
[level, expected]}}. `diff` prints every line whose level changed, emergencies that went down
first (a safety loss), and ends with a count; it exits 1 when an emergency line went down.
Measuring only: it changes nothing. Screening alone (no conversation): benchmarks.safety_rounds
measures the engine.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

PATTERNS = ("safety_round*.csv", "red_flag_*.csv", "self_harm_own*.csv")
LEVELS = ("none", "ask", "emergency")


def dump(tree: Path, out: Path) -> None:
    sys.path.insert(0, str(tree.resolve()))
    from assistant.safety import screen

    found: dict[str, dict[str, list[str]]] = {}
    for pattern in PATTERNS:
        for path in sorted((tree / "tests" / "data").glob(pattern)):
            with path.open(newline="", encoding="utf-8") as handle:
                rows = {row["phrase"]: [screen(row["phrase"]).level, row["emergency"].strip().lower()]
                        for row in csv.DictReader(handle)}
            found[path.name] = rows
    out.write_text(json.dumps(found, indent=0, ensure_ascii=False), encoding="utf-8")


def diff(before: Path, after: Path) -> int:
    old, new = (json.loads(p.read_text(encoding="utf-8")) for p in (before, after))
    worse, better, other = [], [], []
    for name, rows in old.items():
        for phrase, (level, expected) in rows.items():
            now = new.get(name, {}).get(phrase, [level])[0]
            if now == level:
                continue
            line = f"{name}: {level} -> {now} (expected {expected}): {phrase}"
            down = LEVELS.index(now) < LEVELS.index(level)
            (worse if down and expected in ("yes", "ask") else better if not down and expected in ("yes", "ask")
             or down and expected == "no" else other).append(line)
    for title, lines in (("EMERGENCY LINES LOWER", worse), ("better", better), ("ordinary lines raised", other)):
        if lines:
            print(f"## {title} ({len(lines)})", *lines, sep="\n")
    print(f"{len(worse)} emergency lines lower, {len(better)} better, {len(other)} ordinary lines raised")
    return 1 if worse else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("--tree", type=Path, required=True)
    d.add_argument("out", type=Path)
    f = sub.add_parser("diff")
    f.add_argument("before", type=Path)
    f.add_argument("after", type=Path)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.tree, args.out)
        return 0
    return diff(args.before, args.after)


if __name__ == "__main__":
    sys.exit(main())
