"""A kind of doctor the person asks for, or says no to, is heard wherever it is said (user trial 4).

The trial: a woman got "The kind you asked for: a gyn" because an ER doctor "said see a gyn"; her
"i want a gyn oncologist" typed at "Who to see" was only a note; a man who said "NOT a surgeon. a
pain doctor or physiatrist" still got a surgeon; "a thoracic surgeon or a nodule clinic" kept only
the first. The wordings below are new.
"""

from __future__ import annotations

import pytest
from support import talk

from assistant import rules
from assistant.understanding.wished import asked_for, rejected_in

from benchmarks.understanding import JOURNEY_NUMBERS


@pytest.mark.parametrize("line", [
    "my GP just said go see a cardiologist",
    "the nurse told us to see a rheumatologist first",
    "her oncologist wants her to see a radiation oncologist",
    "i didnt ask for a neurologist",
    "we dont need a surgeon",
])
def test_what_someone_else_said_to_do_or_a_wish_said_with_not_is_not_asked_for(line):
    assert asked_for(line) == []


@pytest.mark.parametrize("line, expected", [
    ("i want an epilepsy neurologist", ["an epilepsy neurologist"]),  # the whole kind, not its first word
    ("we'd like a peds cardiologist or a heart center", ["a peds cardiologist", "a heart center"]),
    ("ideally a liver transplant team / hepatologist", ["a liver transplant team", "a hepatologist"]),
    ("looking for somebody who talks to you, like a sports medicine doc", ["a sports medicine doc"]),
    ("maybe a foot and ankle surg", ["a foot and ankle surg"]),
])
def test_every_kind_asked_for_is_found_whole_and_as_typed(line, expected):
    assert asked_for(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("I said no surgeons. I want a rheumatologist", ["a surgeon"]),
    ("please, not another surgeon", ["a surgeon"]),
    ("just not a surgeon", ["a surgeon"]),
    ("i dont want a radiologist, i want a person", ["a radiologist"]),
])
def test_a_kind_said_with_not_is_rejected(line, expected):
    assert rejected_in(line) == expected


@pytest.mark.parametrize("line", ["she is a family doctor, not a cancer doctor", "the ER doc is not a specialist",
                                  "it is not a surgeon who decides that"])
def test_a_doctor_described_with_not_is_no_kind_rejected(line):
    assert rejected_in(line) == []


def test_a_surgeon_said_no_to_leaves_the_plan_and_someone_is_still_there_to_see():
    slots = {"situation": "surgery", "focus": ["surgery"], "specialist_rejected": ["a surgeon"]}
    assert rules.specialists(slots) == ["subspecialist"]
    assert "procedure_surgeon" in rules.specialists({"situation": "surgery", "focus": ["surgery"]})


def _to_who_to_see():
    at = JOURNEY_NUMBERS.index("", 13)  # the "Who to see" turn, where the person may press Enter
    engine, turns = talk(JOURNEY_NUMBERS[:at])
    assert turns[-1].state == "specialist"
    return engine, at


def test_a_kind_typed_at_who_to_see_changes_the_list_there_and_back_undoes_it():
    engine, _ = _to_who_to_see()
    turn = engine.respond("honestly no surgeon, I want a knee sports medicine specialist")
    assert turn.state == "specialist"
    assert "The kind you asked for: a knee sports medicine specialist" in turn.text
    assert "A surgeon who does this exact surgery" not in turn.text
    assert "Not a surgeon, as you said." in turn.text
    plan = engine.plan()
    assert plan["specialist_rejected"] == ["a surgeon"] and "procedure_surgeon" not in plan["specialist"]
    back = engine.respond("back")
    assert back.state == "specialist" and "A surgeon who does this exact surgery" in back.text
    assert engine.respond("").state == "records"


def test_an_answer_at_who_to_see_that_names_no_kind_goes_on():
    engine, _ = _to_who_to_see()
    assert engine.respond("ok sounds good").state == "records"


def test_a_kind_only_asked_about_at_who_to_see_is_not_added():
    engine, _ = _to_who_to_see()
    engine.respond("what sort of surgeon, like a bone surgeon?")
    assert engine.plan()["specialist_asked"] == []


def test_a_kind_never_asked_for_is_not_shown():
    lines = list(JOURNEY_NUMBERS)
    lines[9] = "just the first doctor, he said to see an orthopedist"
    engine, turns = talk(lines)
    assert engine.plan()["specialist_asked"] == []
    assert "The kind you asked for" not in next(t for t in turns if t.state == "specialist").text
