"""The people who help, named beside the SURE items (helper u26b, issue 11; sure_helpers.py, dialogues/sure_helpers.yaml)."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare


def answer(line: str, state: str = "decision_sure"):
    engine = prepare(state, "patient")
    turn = engine.respond(line)
    return turn, engine.slots.get("sure_before" if state == "decision_sure" else "sure_after"), engine.state


@pytest.mark.parametrize("line,want", [
    ("support from my dad and the nurse", ["support"]),
    ("i have support, my aunt and the lads thats it", ["support"]),
    ("I know the pros and cons, and I have my sisters", ["understand", "support"]),
    ("I am sure. my wife and the kids are behind me.", ["sure", "support"]),
])
def test_helpers_named_beside_the_items_are_the_support_item_s_words(line, want):
    turn, stored, state = answer(line)
    assert sorted(stored) == sorted(want) and state != "decision_sure"
    assert "What did you mean" not in turn.text


def test_the_same_at_the_sure_test_after_the_plan():
    turn, stored, state = answer("enough support, my son and the social worker", "summary_sure")
    assert stored == ["support"]


@pytest.mark.parametrize("line", ["I understand the options, my husband is far away",
                                  "I know the pros and cons, my daughter is abroad",
                                  "I know the pros and cons. My husband."])
def test_people_said_with_anything_else_are_still_asked_about(line):
    turn, stored, state = answer(line)
    assert stored is None and state == "decision_sure"


@pytest.mark.parametrize("line,want", [("2 and 4", ["understand", "support"]), ("I feel sure", ["sure"]),
                                       ("I have enough support", ["support"]), ("none of these", ["none"])])
def test_clear_answers_are_still_taken_at_once(line, want):
    turn, stored, state = answer(line)
    assert sorted(stored) == sorted(want)
