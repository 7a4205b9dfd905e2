"""python3 -m benchmarks.carry_over [--rounds 14-19] [--variant A-H] [--changes]: does learning from past rounds carry over?

The protocol: for each round R measured, phrases are learnt ONLY from the labelled rounds before R
(tests/data/understanding_roundN.jsonl, N < R), and round R is read twice by the same engine: with
the present reader alone (an empty table) and with the learnt phrases (benchmarks/carried_reader.py).
Outcomes are those of benchmarks/understanding.py. Rounds the reader was already tuned on (it was,
on every round up to 18) can gain little; the last round (19) is the fair test.

What is learnt, per pick-one or pick-any question: every phrase of one to three meaning words
(carried_reader.features: filler left out, word families, never after a negation) that was said, in
answers labelled with one choice, in at least MIN_ROUNDS different rounds and MIN_LINES answers,
and in no answer labelled otherwise (another choice or choices without it, "should ask", a
question, "I don't know"). Answers with a part meant to stay unclear are left out.

The result (docs/understanding.md, "Carry-over experiment, 2026-12-04") was negative: no variant
gained on the unseen rounds, so nothing of it is in the assistant; this tool and its reader stay
so that the measure can be repeated when more rounds exist.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from pathlib import Path

from assistant.flow import default_flow
from benchmarks import carried_reader as carried

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
MIN_ROUNDS = 3
MIN_LINES = 3
MAX_AGAINST = 0
ALPHA = 1.0  # chance (the choice's share of the question's answers, to the power of the answers seen) at most this


def rounds() -> dict[int, list[dict]]:
    out = {}
    for path in DATA.glob("understanding_round*.jsonl"):
        number = int(re.search(r"round(\d+)", path.name).group(1))
        out[number] = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return dict(sorted(out.items()))


def before(data: dict[int, list[dict]], number: int) -> dict[int, list[dict]]:
    """The rounds a measure of round `number` may learn from: only those before it."""
    return {n: items for n, items in data.items() if n < number}


def _labels(item: dict, spec) -> set[str] | None:
    """The choices an answer was labelled with; an empty set for "ask", a question, "I don't know";
    None for an answer left out (a part meant to stay unclear, an order, unknown choices)."""
    expect = item["expect"]
    if "unclear" in expect or "order" in expect:
        return None
    if "pick" in expect or "picks" in expect:
        picks = {expect["pick"]} if "pick" in expect else set(expect["picks"])
        return picks if picks <= {c.id for c in spec.choices} else None
    return set()


def derive(data: dict[int, list[dict]], *, min_rounds: int = MIN_ROUNDS, min_lines: int = MIN_LINES,
           max_against: int = MAX_AGAINST, alpha: float = ALPHA) -> dict:
    """state -> {phrase -> carried.Phrase}, learnt from `data` (round -> answers)."""
    flow = default_flow()
    seen = defaultdict(list)  # (state, phrase) -> [(round, labels)]
    share = defaultdict(lambda: defaultdict(int))  # state -> choice -> answers labelled with it ("" : all answers)
    for number, items in data.items():
        for item in items:
            state = item["state"]
            if state not in flow.states:
                continue
            spec = flow.state(state)
            if spec.ask not in ("choice", "multi") or state in carried.URGENT or spec.urgent:
                continue
            labels = _labels(item, spec)
            if labels is None:
                continue
            share[state][""] += 1
            for choice in labels:
                share[state][choice] += 1
            for phrase in {p for p, _, _, negated in carried.features(item["answer"]) if not negated}:
                seen[state, phrase].append((number, labels))
    table: dict = {}
    for (state, phrase), where in sorted(seen.items()):
        choices = set().union(*(labels for _, labels in where))
        best = None
        for choice in sorted(choices):
            support = [n for n, labels in where if choice in labels]
            against = len(where) - len(support)
            chance = (share[state][choice] / share[state][""]) ** len(support)
            if against <= max_against and len(set(support)) >= min_rounds and len(support) >= min_lines and chance <= alpha:
                best = carried.Phrase(choice, len(set(support)), len(support))
        if best is not None:
            table.setdefault(state, {})[phrase] = best
    return table


# Ways of learning and of using the phrases that were tried (--variant).
VARIANTS = {
    "A": {"derive": {}, "accept_separate": 2, "accept_rounds": 4},  # 3 rounds, none against; taken on 2 phrases or one of 4 rounds
    "B": {"derive": {"alpha": 0.01}, "accept_separate": 2, "accept_rounds": 4},  # and not likely by chance
    "C": {"derive": {"alpha": 0.01}, "accept_separate": 2, "accept_rounds": 0},  # taken only on two separate phrases
    "D": {"derive": {"alpha": 0.01}, "accept_separate": 0, "accept_rounds": 0},  # never taken: offered for a Yes only
    "E": {"derive": {"alpha": 0.01, "min_rounds": 4}, "accept_separate": 2, "accept_rounds": 0},  # 4 rounds
    "F": {"derive": {"alpha": 0.01, "min_rounds": 2, "min_lines": 2}, "accept_separate": 2, "accept_rounds": 4},  # 2 rounds
    "H": {"derive": {"alpha": 0.01}, "accept_separate": 2, "accept_rounds": 4, "upgrade": True},  # B, and offers taken when they agree
    "G": {"derive": {"min_rounds": 2, "min_lines": 2, "max_against": 1}, "accept_separate": 2, "accept_rounds": 4},  # loosest
}


DEFAULT = "A"


def measure(items: list[dict], table: dict) -> tuple[dict, list[dict]]:
    """Round `items` read by the engine with `table` carried over ({}: the present reader alone)."""
    from benchmarks.understanding import classify, report

    with carried.reading_with(table):
        results = [classify(item) for item in items]
        summary = report(results)
    return summary, results


def alone(items: list[dict], table: dict, outcomes: dict) -> dict:
    """The learnt phrases as the only reader of every answer at a pick-one or pick-any question: how
    often they name a choice (taken or offered), and how often that choice is one the answer meant
    (an answer meant to be asked, a question or "I don't know" is never right for them). Split by
    the present reader's outcome (`outcomes`: id -> outcome): where it was right, and elsewhere."""
    flow = default_flow()
    counts = {f"{key}{side}": 0 for key in ("answers", "named", "named_right", "strong", "strong_right") for side in ("", "_missed")}
    for item in items:
        if item["state"] not in flow.states:
            continue
        spec = flow.state(item["state"])
        labels = _labels(item, spec) if spec.ask in ("choice", "multi") else None
        if labels is None or item["state"] in carried.URGENT:
            continue
        side = "" if outcomes.get(item.get("id")) == "right" else "_missed"
        counts["answers" + side] += 1
        found = carried.evidence(item["answer"], spec, table)
        if found is None:
            continue
        counts["named" + side] += 1
        counts["named_right" + side] += found.choice in labels
        if found.strong:
            counts["strong" + side] += 1
            counts["strong_right" + side] += found.choice in labels
    return counts


def _row(summary: dict) -> dict:
    o = summary["outcomes"]
    return {"right": summary["right_first_time"], "right_pct": summary["right_first_time_pct"],
            "confirm": summary["confirmations"], "confirm_pct": summary["confirmations_pct"],
            "misread": summary["silent_misreads"], "reask": o.get("reask", 0), "partial": o.get("partial", 0)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m benchmarks.carry_over", description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", default="14-19", help="rounds to measure, e.g. 14-19 or 19")
    parser.add_argument("--changes", action="store_true", help="list every answer whose outcome changed")
    parser.add_argument("--json", type=Path, help="write the figures here")
    parser.add_argument("--alone", action="store_true", help="also score the learnt phrases alone, as the only reader")
    parser.add_argument("--show", metavar="STATE", help="print the phrases learnt for STATE from the rounds before the last measured")
    parser.add_argument("--variant", choices=sorted(VARIANTS), default=DEFAULT, help="how phrases are learnt and used")
    args = parser.parse_args(argv)
    variant = VARIANTS[args.variant]
    carried.ACCEPT_SEPARATE, carried.ACCEPT_ROUNDS = variant["accept_separate"], variant["accept_rounds"]
    carried.UPGRADE = variant.get("upgrade", False)
    data = rounds()
    low, _, high = args.rounds.partition("-")
    measured = [n for n in data if int(low) <= n <= int(high or low)]
    if args.show:
        table = derive(before(data, measured[-1]), **variant["derive"])
        for phrase, p in sorted(table.get(args.show, {}).items(), key=lambda kv: (kv[1].choice, -kv[1].rounds)):
            print(f"{args.show}: {phrase!r} -> {p.choice} ({p.rounds} rounds, {p.lines} answers)")
        return 0
    figures = {}
    print("round  answers  phrases  right first time (without -> with)  confirmations  silent misreads  re-asks  partial")
    for number in measured:
        table = derive(before(data, number), **variant["derive"])
        items = data[number]
        base, base_results = measure(items, {})
        with_, with_results = measure(items, table)
        a, b = _row(base), _row(with_)
        figures[number] = {"answers": len(items), "phrases": sum(len(v) for v in table.values()), "without": a, "with": b}
        print(f"{number:5d}  {len(items):7d}  {figures[number]['phrases']:7d}  {a['right']:4d} {a['right_pct']:5.1f}% -> {b['right']:4d} {b['right_pct']:5.1f}%"
              f"   {a['confirm']:3d} -> {b['confirm']:3d}     {a['misread']:3d} -> {b['misread']:3d}      {a['reask']:3d} -> {b['reask']:3d}  {a['partial']:3d} -> {b['partial']:3d}")
        if args.alone:
            c = alone(items, table, {r["id"]: r["outcome"] for r in base_results})
            figures[number]["alone"] = c
            for side, what in (("", "the reader right"), ("_missed", "the reader not right")):
                print(f"       phrases alone, {what}: {c['answers' + side]} answers, a choice named for {c['named' + side]}"
                      f" ({c['named_right' + side]} right), strongly for {c['strong' + side]} ({c['strong_right' + side]} right)")
        if args.changes:
            for x, y in zip(base_results, with_results):
                if x["outcome"] != y["outcome"]:
                    print(f"    {x['id']} {x['state']}: {x['outcome']} -> {y['outcome']} stored {y['stored']!r} offered {y['offered']!r}"
                          f" expect {x['expect']} | {x['answer'][:110]!r}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
