"""python3 -m benchmarks.turn_lines OUT: every event of every answer turn, to prove a speed-up changes nothing.

Each answer of the understanding rounds in tests/data (state, role, answer) is typed into an engine put at its
question (benchmarks.understanding.prepare), and every event the turn emits (slots, transitions, the turn as
JSON with its Markdown) is written, one JSON line per answer; then the benchmark's straight path and 200 seeded
walks (benchmarks.conversations.walk), every event of every turn. Run it before and after a change and compare
the two files byte for byte (`cmp`). The country is the default (an empty settings
folder), whatever this machine has saved. Not collected by pytest; not a measure of speed.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

from assistant.engine import Engine

from .conversations import STRAIGHT_PATH, walk
from .understanding import prepare

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def _line(label: str, events: list[dict]) -> str:
    return json.dumps({"id": label, "events": events}, ensure_ascii=False, sort_keys=True, default=repr)


def corpus_turns():
    for path in sorted(DATA.glob("understanding_round*.jsonl")):
        for number, text in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not text.strip():
                continue
            item = json.loads(text)
            engine = prepare(item["state"], item.get("role"))
            events: list[dict] = []
            engine.listener = events.append
            engine.respond(item["answer"])
            yield _line(f"{path.name}:{number}", events)


def walked_turns(seeds: int = 200, lines: int = 40):
    events: list[dict] = []
    engine = Engine(listener=events.append)
    engine.start()
    for line in STRAIGHT_PATH:
        engine.respond(line)
    yield _line("straight path", events)
    for seed in range(seeds):
        events = []
        walk(seed, lines, listener=events.append)
        yield _line(f"walk {seed}", events)


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.splitlines()[0], file=sys.stderr)
        return 2
    from assistant.safety import numbers

    # The default country, whatever this machine has saved: a setting changed between two runs is no change of code.
    os.environ[numbers.CONFIG_ENV] = tempfile.mkdtemp(prefix="turn-lines-")
    numbers.saved_country.cache_clear()
    with open(argv[0], "w", encoding="utf-8") as out:
        for text in (*corpus_turns(), *walked_turns()):
            out.write(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
