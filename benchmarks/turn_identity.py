"""Every answer of every understanding round, at its state, through the engine: reply text and slots.

`python3 -m benchmarks.turn_identity dump OUT.json` writes one record per answer (the turn's kind, state, text,
and the slots afterwards); `python3 -m benchmarks.turn_identity diff A.json B.json` lists every answer whose
record differs. A speed change must leave the diff empty (helper p14).
"""

from __future__ import annotations

import glob
import json
import sys

from .understanding import prepare


def _plain(value):
    try:
        json.dumps(value)
        return value
    except TypeError:
        return repr(value)


def records(paths: list[str]) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            for n, raw in enumerate(handle):
                if not raw.strip():
                    continue
                item = json.loads(raw)
                engine = prepare(item["state"], item.get("role"))
                turn = engine.respond(item["answer"])
                key = f"{path}:{n}:{item.get('id', '')}"
                out[key] = {"turn": _plain(turn.to_json()), "kind": turn.kind, "markdown": turn.markdown,
                            "slots": {k: _plain(v) for k, v in sorted(engine.slots.items())}}
    return out


def main(argv: list[str]) -> int:
    if argv[:1] == ["dump"]:
        paths = argv[2:] or sorted(glob.glob("tests/data/understanding_round*.jsonl"))
        with open(argv[1], "w", encoding="utf-8") as handle:
            json.dump(records(paths), handle, ensure_ascii=False, sort_keys=True)
        return 0
    if argv[:1] == ["diff"]:
        with open(argv[1], encoding="utf-8") as a, open(argv[2], encoding="utf-8") as b:
            before, after = json.load(a), json.load(b)
        changed = [k for k in sorted(set(before) | set(after)) if before.get(k) != after.get(k)]
        for key in changed[:50]:
            print(key, "\n  before:", before.get(key), "\n  after: ", after.get(key))
        print(f"{len(changed)} of {len(set(before) | set(after))} answers differ")
        return 1 if changed else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
