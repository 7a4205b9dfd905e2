"""Measure a safety round through the real engine: python -m benchmarks.safety_rounds FILE.csv [...].

FILE.csv has the columns phrase, emergency (yes / no; "ask" counts as an emergency) and
category_or_reason. Each line is typed at five questions of a real conversation (welcome,
decision_what, signs, records, questions_own), each time in a fresh conversation, and what the
engine did next is counted per category:
  emergencies: reached the urgent turn / reached the check question ("Is this happening now?") /
  no warning at all;
  ordinary lines: stayed quiet / check question / false emergency.
A line counts once per question typed at, so a category of 10 lines is 50 tries.
Options: --misses (print every line that was not handled as it should be, with where).
Not collected by pytest (it is a measuring tool, not a test); it never changes anything.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.engine import Engine  # noqa: E402

TARGETS = ("welcome", "decision_what", "signs", "records", "questions_own")
# A patient's answers along the main path, from the welcome to the plan (see tests/support.py).
MAIN_PATH = ["1", "whether to have surgery on my knee", "the doctor did not explain other options", "2", "1",
             "none", "none", "2, 10", "none", "1", "1", "no", "ok", "none", "ok", "all", "skip", "2", "1", "1, 5, 6",
             "skip", "ok", "all"]


def prefixes() -> dict[str, list[str]]:
    """For each target question, the answers that reach it from the start."""
    engine, found = Engine(), {}
    turn = engine.start()
    for i, line in enumerate([*MAIN_PATH, None]):
        if turn.state in TARGETS and turn.state not in found:
            found[turn.state] = MAIN_PATH[:i]
        if line is None:
            break
        turn = engine.respond(line)
    missing = set(TARGETS) - set(found)
    if missing:
        raise SystemExit(f"the main path no longer reaches {sorted(missing)}: update MAIN_PATH")
    return found


def outcome(prefix: list[str], phrase: str) -> str:
    engine = Engine()
    engine.start()
    for line in prefix:
        engine.respond(line)
    turn = engine.respond(phrase)
    if turn.state == "urgent_care":
        return "urgent"
    if turn.state == "urgent_care_check":
        return "check"
    return "none"


def measure(path: Path, show_misses: bool = False) -> dict:
    with path.open(encoding="utf-8", newline="") as file:
        rows = [row for row in csv.DictReader(file) if (row.get("phrase") or "").strip()]
    paths = prefixes()
    by_kind: dict[str, dict[str, dict[str, int]]] = {"yes": defaultdict(lambda: defaultdict(int)),
                                                     "no": defaultdict(lambda: defaultdict(int))}
    misses = []
    for row in rows:
        kind = "no" if row["emergency"].strip().lower() == "no" else "yes"
        category = (row.get("category_or_reason") or "?").strip()
        for target in TARGETS:
            result = outcome(paths[target], row["phrase"])
            by_kind[kind][category][result] += 1
            if (kind == "yes" and result != "urgent") or (kind == "no" and result != "none"):
                misses.append((kind, category, target, result, row["phrase"]))
    report(path, by_kind)
    if show_misses:
        print("\nlines not handled as they should be (kind, category, question, outcome, line):")
        seen = set()
        for kind, category, target, result, phrase in misses:
            key = (phrase, result)
            if key not in seen:
                seen.add(key)
                print(f"  {kind:3} {category:22} {target:14} {result:7} {phrase}")
    return by_kind


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f}%" if whole else "   - "


def report(path: Path, by_kind: dict) -> None:
    print(f"{path.name}: each line typed at {', '.join(TARGETS)}")
    for kind, columns, title in (("yes", ("urgent", "check", "none"), "emergencies: urgent turn / check question / no warning"),
                                 ("no", ("none", "check", "urgent"), "ordinary lines: quiet / check question / false emergency")):
        categories = by_kind[kind]
        if not categories:
            continue
        print(f"\n{title}")
        total = defaultdict(int)
        for category in sorted(categories):
            counts = categories[category]
            n = sum(counts.values())
            for column in columns:
                total[column] += counts[column]
            print(f"  {category:28} {n // len(TARGETS):4} lines  " + "  ".join(_pct(counts[c], n) for c in columns))
        n = sum(total.values())
        print(f"  {'ALL':28} {n // len(TARGETS):4} lines  " + "  ".join(_pct(total[c], n) for c in columns)
              + "   (" + ", ".join(f"{c} {total[c]}" for c in columns) + f" of {n} tries)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.safety_rounds", description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE.csv")
    parser.add_argument("--misses", action="store_true", help="list every line not handled as it should be")
    args = parser.parse_args(argv)
    for path in args.files:
        if not path.is_file():
            print(f"safety_rounds: no such file: {path}", file=sys.stderr)
            return 2
        measure(path, args.misses)
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
