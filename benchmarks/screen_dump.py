"""python3 -m benchmarks.screen_dump OUT [--turns]: every screening result of the corpora, one line each, to diff.

A guard for changes meant to make screening or the engine turn cheaper without changing a result (issue 17, helper
p21): run it at the base commit and after the change (each from its own checkout, with `python3 -m` there) and diff
the two files; they must be byte-identical. Each line of every safety corpus (tests/data/safety_round*.csv,
red_flag*.csv, self_harm_own*.csv) and every answer of the understanding rounds is screened: level, categories, the
words matched, what was recognised, the advice keys, told now, the labels. With --turns, each understanding answer is
also typed at its own state (benchmarks.understanding.prepare) and the turn and the stored answers are written (about
ten times slower; the understanding benchmark's outcome per id is the other half of the guard).
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def lines():
    for pattern in ("safety_round*.csv", "red_flag*.csv", "self_harm_own*.csv"):
        for path in sorted(DATA.glob(pattern)):
            with path.open(newline="") as handle:
                for row in csv.DictReader(handle):
                    yield path.name, row["phrase"], None
    for path in sorted(DATA.glob("understanding_round*.jsonl")):
        for text in path.read_text().splitlines():
            item = json.loads(text)
            yield path.name, item["answer"], item


def main(argv: list[str]) -> None:
    from assistant.safety import screen

    if not argv:
        raise SystemExit(__doc__.splitlines()[0])
    turns = "--turns" in argv
    with open(argv[0], "w") as out:
        for name, line, item in lines():
            s = screen(line)
            out.write(f"{name}\t{line!r}\t{s.level}\t{s.categories}\t{s.matched}\t{s.recognised}\t{s.advice}\t"
                      f"{s.told_now}\t{s.labels()}\n")
            if turns and item is not None:
                from .understanding import prepare

                engine = prepare(item["state"], item.get("role"))
                turn = engine.respond(item["answer"])
                out.write(f"T {item['id']}\t{turn.kind}\t{turn.urgent}\t{turn.text!r}\t{engine.state}\t"
                          f"{sorted((k, repr(v)) for k, v in engine.slots.items())}\n")


if __name__ == "__main__":
    main(sys.argv[1:])
