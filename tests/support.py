"""Helpers for driving the engine in tests, the way a user would: one line at a time."""

from __future__ import annotations

import io
import json

from assistant.engine import Engine
from assistant.plain import run_plain


def talk(lines: list[str], engine: Engine | None = None) -> tuple[Engine, list]:
    """Start a conversation and answer each line; returns the engine and every turn."""
    engine = engine or Engine()
    turns = [engine.start()]
    for line in lines:
        turns.append(engine.respond(line))
    return engine, turns


def plain_jsonl(lines: list[str]) -> list[dict]:
    """Run plain JSONL mode on the given input lines and parse every output line."""
    stdin = io.StringIO("".join(line + "\n" for line in lines))
    stdout = io.StringIO()
    assert run_plain(Engine(), jsonl=True, stdin=stdin, stdout=stdout) == 0
    return [json.loads(line) for line in stdout.getvalue().splitlines()]


def path_to_summary(
    *,
    situation: str,
    role: list[str] = ["1"],
    decision: str = "whether to have surgery on my knee",
    deadline: str = "2",
    sure_before: str = "none",
    signs: str = "2, 10",
    opinions: str = "1",
    fit: str = "1",
    timing: list[str] = ["no"],
    focus: str = "none",
    records: str = "all",
    timeline: str = "skip",
    questions: str = "1, 5, 6",
    own_question: str = "skip",
    order: str = "ok",
    sure_after: str = "all",
) -> list[str]:
    """The input lines for a whole conversation from welcome to the plan, on the main path."""
    # "Symptoms are getting worse fast" (3) asks at once if a doctor has checked: `timing` answers it.
    worsening = situation in ("3", "worsening")
    lines = [*role, decision, "the doctor did not explain other options", deadline, situation,
             *(timing if worsening else []), sure_before, "none", signs, "none", opinions, fit]
    seen = timing[0] if worsening and timing else None
    if worsening:
        timing = []
    if fit in ("2", "alternative"):
        return lines + ["1, 2", questions, own_question, order, sure_after]
    # The optional timeline step after the records question is asked unless time is short:
    # a choice within days, or worsening symptoms not yet checked by a doctor (urgent care first).
    not_checked = worsening and seen not in ("1", "yes")
    asks_timeline = deadline not in ("1", "days") and not not_checked
    return lines + [*timing, "ok", focus, "ok", records, *([timeline] if asks_timeline else []), "2", "1",
                    questions, own_question, order, sure_after]


def urgent_answer(line: str):
    """What the urgent turn stored for `line` (the slot is cleared again once the conversation goes on)."""
    from benchmarks.understanding import prepare

    engine = prepare("urgent_care", "caregiver")
    events: list[dict] = []
    engine.listener = events.append
    engine.respond(line)
    return next((e["value"] for e in events if e.get("type") == "slot" and e["name"] == "urgent_status"), None)
