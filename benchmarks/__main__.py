"""python -m benchmarks [--quick] [--json PATH] [--only ROW...]: the table, and a JSON copy.

Each row is a figure next to its floor, both measured in this run; medians of repeats.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
import traceback
from pathlib import Path

from .report import describe, load_average, machine, notes, table, write_json

HERE = Path(__file__).resolve().parent
# Row families in table order: module name -> the rows it prints.
FAMILIES = {
    "turn": "1",
    "screening": "2",
    "verify": "3",
    "long_conversation": "4",
    "startup": "5",
    "first_answer": "5d, 5e",
    "ui": "6, 7",
}


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer repeats (a rough look, about two minutes)")
    parser.add_argument("--json", metavar="PATH", type=Path, default=HERE / "results" / "latest.json",
                        help="where to write the results (default: benchmarks/results/latest.json)")
    parser.add_argument("--only", nargs="+", choices=sorted(FAMILIES), metavar="FAMILY",
                        help=f"run only these families: {', '.join(FAMILIES)}")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    started = time.monotonic()
    load_before = load_average()
    info = machine()
    print(f"second-opinion benchmarks{' (quick)' if args.quick else ''} on {describe(info)}", file=sys.stderr)
    rows, errors = [], []
    for family in args.only or FAMILIES:
        begun = time.monotonic()
        print(f"  {family} (rows {FAMILIES[family]})...", end="", file=sys.stderr, flush=True)
        try:
            rows.extend(importlib.import_module(f".{family}", __package__).run(args.quick))
        except Exception as error:  # one broken family must not hide the other rows
            errors.append(f"rows {FAMILIES[family]} ({family}) could not run: {type(error).__name__}: {error}")
            print(" ERROR", file=sys.stderr)
            traceback.print_exc(file=sys.stderr)
            continue
        print(f" {time.monotonic() - begun:.0f} s", file=sys.stderr)
    seconds = time.monotonic() - started
    print(table(rows))
    print()
    print(notes(rows))
    for error in errors:
        print(f"- ERROR: {error}")
    load_after = load_average()
    print(f"\nMedians over repeats; {describe(info)}; {seconds:.0f} s in all; load average {load_before} before, {load_after} after.")
    write_json(args.json, rows, info, args.quick, seconds, errors, load_before)
    print(f"Wrote {args.json}", file=sys.stderr)
    if errors:
        return 2
    return 1 if any(row.verdict == "FAIL" for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
