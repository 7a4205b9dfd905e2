"""`replay --verify`: feed each transcript's inputs to today's engine and compare every turn.

In-process and headless: one fresh Engine per transcript (the flow and templates are loaded
once and shared), so hundreds of transcripts take seconds. Turns are matched by number,
which the engine reproduces exactly. Once the state differs, the conversation has taken
another path and later turns are not compared: one report says where it went apart.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass, field

from ..flow import default_flow
from .reader import Transcript
from .resume import fresh_engine

COMPARED = ("state", "text", "choices", "urgent", "plan")


@dataclass
class Divergence:
    turn: int
    field: str
    expected: object
    actual: object

    def diff(self) -> str:
        lines = difflib.unified_diff(
            _lines(self.field, self.expected), _lines(self.field, self.actual), "recorded", "today", lineterm=""
        )
        return "\n".join(lines)


@dataclass
class Result:
    transcript: Transcript
    turns_checked: int = 0
    divergences: list[Divergence] = field(default_factory=list)
    flow_changed: bool = False
    stopped_at: int | None = None  # the turn where the path went apart

    @property
    def ok(self) -> bool:
        return not self.divergences


def _lines(name: str, value: object) -> list[str]:
    if name == "text":
        return str(value).splitlines()
    if name == "choices":
        return [str(v) for v in value or []]
    if name == "plan":
        return json.dumps(value, indent=2, sort_keys=True, ensure_ascii=False).splitlines() if value is not None else ["(no plan)"]
    return [json.dumps(value, ensure_ascii=False)]


def verify(transcript: Transcript) -> Result:
    result = Result(transcript, flow_changed=transcript.header.get("flow_hash") != default_flow().fingerprint)
    recorded = {r["turn"]: r for r in transcript.turns()}
    engine, first = fresh_engine(transcript)
    actual_turns = [first]
    for text, country in transcript.inputs_with_country():
        engine.country = country or engine.country
        actual_turns.append(engine.respond(text))
    for turn in actual_turns:
        expected = recorded.get(turn.number)
        if expected is None:
            continue  # not recorded: the app stopped before writing it
        result.turns_checked += 1
        actual = turn.to_json()
        for name in COMPARED:
            if expected.get(name) != actual.get(name):
                result.divergences.append(Divergence(turn.number, name, expected.get(name), actual.get(name)))
        if expected["state"] != actual["state"]:
            result.stopped_at = turn.number
            break
    return result


def report(result: Result) -> str:
    """What differs, per divergence: file, turn, field and a diff of recorded vs today."""
    path = result.transcript.path
    lines = []
    if result.flow_changed:
        lines.append(f"{path}: recorded with another version of the flow or templates (hash {result.transcript.header.get('flow_hash')}, today {default_flow().fingerprint})")
    for item in result.divergences:
        lines.append(f"{path}: turn {item.turn}: {item.field} differs")
        lines.append(item.diff())
    if result.stopped_at is not None:
        lines.append(f"{path}: turn {result.stopped_at}: the conversation went another way here; later turns were not compared")
    return "\n".join(lines)
