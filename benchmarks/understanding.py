"""python3 -m benchmarks.understanding FILE.jsonl [--json OUT] [--misses]: how well answers are understood.

Each corpus line is {"id", "state", "role", "answer", "expect"}; `expect` is one of
  {"pick": id, optional "note": text, "date": "YYYY-MM-DD", "who": text}
  {"picks": [ids], optional "unclear": text}      several picks; `unclear`: a part that should be asked about
  {"order": [numbers] or "keep"}                  a new order of the listed questions
  {"ask": true}                                   should be confirmed or asked about, never stored
  {"question": true}                              a question to the assistant: a reply, nothing stored
  {"dont_know": true}                             "I don't know": the not-sure choice, or a clear way on
An engine is put in the given state with plausible earlier answers, the answer is typed, and the
outcome classified: right first time, confirm (right reading offered), confirm (wrong reading
offered), re-ask, partial kept, reply, silent misread (stored something other than what was
meant). Also: turns to reach the plan for one journey typed as numbers and in own words.
Not collected by pytest (tests/understanding/test_corpus.py runs a folded-in round).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from assistant.engine import Engine
from assistant.flow import default_flow
from assistant.understanding import default_lexicon

TODAY = date(2026, 12, 2)
ORDER_PICKS = ["q1", "q3", "q5", "q6", "q8"]
OUTCOMES = ("right", "confirm_right", "confirm_wrong", "reask", "partial", "reply", "misread", "missed")

# One journey, typed twice: as numbers, and in a person's own words.
JOURNEY_NUMBERS = [
    "1", "Whether to have knee surgery", "skip", "2", "1", "1, 2", "6", "2", "6", "1", "1", "2", "", "1, 3", "",
    "1, 2, 3", "skip", "1", "1", "1, 3, 5", "skip", "ok", "1, 2, 3, 4",
]
JOURNEY_WORDS = [
    "it's for me", "Whether to have knee surgery", "skip", "in about 6 weeks", "they offered me surgery",
    "I feel sure and I know the pros and cons", "none of these", "surgery", "none of those", "just the first doctor",
    "plan a second opinion", "no, I had the MRI in March", "ok", "the MRI and the surgery", "ok",
    "the MRI, the biopsy and the visit notes", "not now", "yes it's covered, I checked", "I will ask my doctor",
    "the diagnosis, the options and the risks", "skip", "fine as is", "all of them",
]


def prepare(state: str, role: str | None) -> Engine:
    """An engine at `state` with plausible earlier answers (a decision, a role)."""
    flow = default_flow()
    engine = Engine(today=lambda: TODAY)
    engine.start()
    slots = engine.slots
    if state != "welcome":
        slots["role"] = role if role in ("patient", "caregiver") else "patient"
        if slots["role"] == "caregiver":
            slots["who"] = "my mother"
        slots["decision"] = "Whether to have knee surgery"
    if state.startswith("compare_"):
        slots["role"] = "compare"
        earlier = {"compare_opinions": "two", "compare_one_field": "surgeon", "compare_one_diagnosis": "Gallstones",
                   "compare_one_confidence": "fairly", "compare_one_treatment": "surgery", "compare_one_reason": None,
                   "compare_two_field": "specialist", "compare_two_diagnosis": "Gallstones", "compare_two_confidence": "sure",
                   "compare_two_treatment": "watch", "compare_two_reason": None, "compare_differs": ["treatment"],
                   "compare_context": ["none"], "compare_values": "not_sure"}
        slot = flow.state(state).slot
        slots.update({k: v for k, v in earlier.items() if k != slot})
    if state == "questions_order":
        slots["questions_picked"] = list(ORDER_PICKS)
    if state in (flow.urgent_state, flow.check_state):
        engine.model.resume_state = "signs"
        slots["recognised"] = ["chest pain"]
        slots["emergency_current"] = True
    engine.machine.set_state(state, model=engine.model)
    return engine


def _dont_know_ids(spec) -> set[str]:
    words = default_lexicon().state(spec.name)
    ids = {c.id for c in spec.choices if c.id in ("not_sure", "not_said", "unsure")}
    if words.dont_know:
        ids.add(words.dont_know)
    return ids


def _emergency_led_to_urgent(engine: Engine, spec, expect: dict) -> bool:
    """An emergency sign meant at the red-flag question, and the engine went to the urgent turn (or
    asked at once whether it is happening now)."""
    want = expect.get("picks") or []
    return (spec.slot == "red_flags" and bool(want) and "none" not in want
            and engine.model.state in (engine.flow.urgent_state, engine.flow.check_state)
            and bool(engine.slots.get("recognised")))


def classify(item: dict) -> dict:
    state, expect = item["state"], item["expect"]
    engine = prepare(state, item.get("role"))
    spec = engine.flow.state(state)
    if spec.ask == "multi" and "pick" in expect:
        # One choice named at a pick-any question: the stored value is a list of that one pick.
        expect = {("picks" if k == "pick" else k): ([v] if k == "pick" else v) for k, v in expect.items()}
    items = engine._question_list() if spec.ask == "order" else []
    events: list[dict] = []
    engine.listener = events.append
    turn = engine.respond(item["answer"])
    stored = [e for e in events if e.get("type") == "slot" and e["name"] == spec.slot]
    value = stored[-1]["value"] if stored else None
    pending = engine.pending
    offered = pending.reading.value if pending is not None and pending.kind == "confirm" else None
    slots = engine.slots
    if "pick" in expect or "picks" in expect:
        want = expect.get("pick", expect.get("picks"))
        same = (lambda v: v == want) if "pick" in expect else (lambda v: isinstance(v, list) and set(v) == set(want))
        if "unclear" in expect:
            if stored:
                outcome = "misread"
            elif pending is not None and pending.kind == "partial" and set(pending.reading.value or []) <= set(want):
                outcome = "right"
            elif turn.kind == "confirm":
                outcome = "confirm_wrong"
            else:
                outcome = "reask"
        elif stored:
            outcome = "right" if same(value) else "misread"
        elif _emergency_led_to_urgent(engine, spec, expect):
            # The red-flag screen read the emergency sign before the answer was read as picks, and
            # led straight to the urgent turn: that is the right outcome, with nothing to store.
            outcome = "right"
        elif turn.kind == "confirm":
            outcome = "confirm_right" if same(offered) else "confirm_wrong"
        elif pending is not None and pending.kind == "partial":
            # Understood exactly, and asked for more only because the question needs more picks
            # (questions: at least 3): the reading was right; the flow's rule asks for more.
            kept = pending.reading.value or []
            outcome = "right" if "picks" in expect and set(kept) == set(want) and len(kept) < spec.min_picks else "partial"
        elif turn.kind == "reply":
            outcome = "reply"
        else:
            outcome = "reask"
    elif "order" in expect:
        want = items if expect["order"] == "keep" else [items[n - 1] for n in expect["order"] if 1 <= n <= len(items)]
        if stored:
            outcome = "right" if value == want else "misread"
        else:
            outcome = {"confirm": "confirm_right" if offered == want else "confirm_wrong", "reply": "reply"}.get(turn.kind, "reask")
    elif expect.get("ask"):
        outcome = "misread" if stored else "right"
    elif expect.get("question"):
        outcome = "misread" if stored else ("right" if turn.kind == "reply" else "reask")
    elif expect.get("dont_know"):
        if stored:
            ok = set(value if isinstance(value, list) else [value]) <= _dont_know_ids(spec) or spec.ask == "free"
            outcome = "right" if ok else "misread"
        else:
            outcome = "right" if turn.kind in ("reply", "confirm") else "reask"
    else:
        raise ValueError(f"{item.get('id')}: unknown expect {expect}")
    details = {}
    if outcome == "right" and ("pick" in expect or "pick" in item["expect"]):
        if "date" in expect:
            details["date"] = expect["date"] in (slots.get("deadline_date"), slots.get("answer_dates", {}).get(state))
        if "who" in expect:
            details["who"] = (slots.get("who") or "").lower() == str(expect["who"]).lower()
        if "note" in expect:
            details["note"] = bool(slots.get("answer_notes", {}).get(state))
    return {"id": item.get("id"), "state": state, "kind": _kind(expect), "answer": item["answer"], "expect": expect,
            "outcome": outcome, "stored": value if stored else None, "offered": offered, "turn_kind": turn.kind,
            "said": turn.text.split("\n")[0][:160], "details": details}


def _kind(expect: dict) -> str:
    for key in ("unclear", "picks", "pick", "order", "ask", "question", "dont_know"):
        if key in expect:
            return "picks+unclear" if key == "unclear" else key
    return "?"


def journey_turns(lines: list[str]) -> tuple[int, str]:
    """Lines typed until the plan (state `summary`) is reached; the state where it stopped."""
    engine = Engine(today=lambda: TODAY)
    engine.start()
    for count, line in enumerate(lines, start=1):
        engine.respond(line)
        if engine.state == "summary":
            return count, engine.state
    return len(lines), engine.state


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "-"


def report(results: list[dict]) -> dict:
    total = len(results)
    count = Counter(r["outcome"] for r in results)
    first = count["right"]
    confirms = count["confirm_right"] + count["confirm_wrong"]
    summary = {
        "answers": total,
        "right_first_time": first,
        "right_first_time_pct": round(100 * first / total, 1) if total else 0,
        "silent_misreads": count["misread"],
        "confirmations": confirms,
        "confirmations_pct": round(100 * confirms / total, 1) if total else 0,
        "outcomes": dict(count),
    }
    for group in ("state", "kind"):
        table = defaultdict(Counter)
        for r in results:
            table[r[group]][r["outcome"]] += 1
        summary[f"by_{group}"] = {k: {"n": sum(c.values()), "right": c["right"], "misread": c["misread"],
                                      "confirm": c["confirm_right"] + c["confirm_wrong"]} for k, c in sorted(table.items())}
    details = Counter()
    for r in results:
        for key, ok in r["details"].items():
            details[f"{key}_{'kept' if ok else 'missed'}"] += 1
    summary["details"] = dict(details)
    numbers, _ = journey_turns(JOURNEY_NUMBERS)
    words, where = journey_turns(JOURNEY_WORDS)
    summary["journey"] = {"numbers_turns": numbers, "words_turns": words, "words_reached": where}
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m benchmarks.understanding", description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--json", type=Path, help="write every result and the summary here")
    parser.add_argument("--misses", action="store_true", help="list every answer not right first time")
    args = parser.parse_args(argv)
    try:
        lines = args.corpus.read_text(encoding="utf-8").splitlines()
        items = [json.loads(line) for line in lines if line.strip()]
    except (OSError, ValueError) as error:
        print(f"{args.corpus}: cannot be read as JSON Lines ({error})", file=sys.stderr)
        return 2
    flow = default_flow()
    for number, item in enumerate(items, start=1):
        problem = None
        if not isinstance(item, dict) or not {"state", "answer", "expect"} <= set(item):
            problem = "each line needs 'state', 'answer' and 'expect'"
        elif item["state"] not in flow.states or flow.state(item["state"]).ask == "info":
            problem = f"state {item['state']!r} is not a question of the flow"
        elif not isinstance(item["expect"], dict) or _kind(item["expect"]) == "?":
            problem = "expect must have one of pick, picks, order, ask, question, dont_know"
        if problem:
            print(f"{args.corpus}:{number}: {problem}", file=sys.stderr)
            return 2
    results = [classify(item) for item in items]
    summary = report(results)
    print(f"{args.corpus.name}: {summary['answers']} answers, understood {TODAY.isoformat()} clock")
    print(f"  right first time  {summary['right_first_time']:4d}  {_pct(summary['right_first_time'], summary['answers'])}")
    print(f"  confirmations     {summary['confirmations']:4d}  {_pct(summary['confirmations'], summary['answers'])}")
    print(f"  silent misreads   {summary['silent_misreads']:4d}")
    print("  outcomes: " + ", ".join(f"{k} {v}" for k, v in sorted(summary["outcomes"].items())))
    if summary["details"]:
        print("  details of right picks: " + ", ".join(f"{k} {v}" for k, v in sorted(summary["details"].items())))
    for group in ("state", "kind"):
        print(f"  by {group}:")
        for key, row in summary[f"by_{group}"].items():
            print(f"    {key:24} n={row['n']:3d}  right {_pct(row['right'], row['n']):>6}  confirm {row['confirm']}  misread {row['misread']}")
    j = summary["journey"]
    print(f"  journey to the plan: {j['numbers_turns']} lines as numbers, {j['words_turns']} in own words")
    if args.misses:
        for r in results:
            if r["outcome"] != "right":
                print(f"  [{r['outcome']}] {r['id']} {r['state']}: {r['answer']!r} expect {r['expect']} -> stored {r['stored']!r} offered {r['offered']!r} ({r['turn_kind']}: {r['said']})")
    if args.json:
        args.json.write_text(json.dumps({"summary": summary, "results": results}, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
