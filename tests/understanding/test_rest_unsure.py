"""Clear picks, then a doubt about the rest of the list (rest_unsure.py; lead, walk of 2026-12-07: a husband for his
wife's DCIS surgery). The picks are what the person is sure of; the doubt about the rest is neither a pick nor a
question to ask. Wordings of our own, with the look-alikes that keep their reading."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare

from .reading_support import reading
from assistant.understanding import SURE


@pytest.mark.parametrize("state, line, want", [
    ("signs_more", "she has diabetes and thyroid. dont know about the others", ["comorbidities"]),
    ("signs_more", "1, not sure about the rest", ["comorbidities"]),
    ("signs_more", "1, the rest i dont know", ["comorbidities"]),
    ("signs_more", "2 and 3, unsure about the others", ["insurance_requires", "not_specialist"]),
    ("signs_more", "1 and not sure about the rest", ["comorbidities"]),
    ("signs_more", "2 3 idk the others", ["insurance_requires", "not_specialist"]),
    ("signs", "1, 2, not sure about the rest", ["serious_diagnosis", "major_procedure"]),
    ("records", "scans and the biopsy, dunno about the rest", ["imaging", "pathology"]),
])
def test_the_sure_picks_are_the_answer(state, line, want):
    got = reading(state, line)
    assert got.certainty == SURE and sorted(got.value) == sorted(want) and not got.unclear


def test_the_answer_goes_on_without_a_question_about_the_rest():
    engine = prepare("signs_more", "caregiver")
    turn = engine.respond("she has diabetes and thyroid. dont know about the others")
    assert engine.state != "signs_more" and engine.slots["signs_more"] == ["comorbidities"]
    assert "What did you mean" not in turn.text and "the others" not in turn.text


def test_the_quote_of_a_part_is_never_one_the_person_did_not_type():
    turn = prepare("signs_more", "caregiver").respond("2 and 3, unsure about the others")
    assert "3 unsure" not in turn.text


@pytest.mark.parametrize("line", ["1, not sure about the others", "3 and not sure about the rest"])
def test_a_sign_happening_now_beside_a_doubt_about_the_rest_leads_to_the_emergency_advice(line):
    engine = prepare("red_flags", "caregiver")
    turn = engine.respond(line)
    assert engine.state == "urgent_care" and turn.urgent


@pytest.mark.parametrize("state, line", [
    ("signs_more", "not sure about the rest"),           # no pick at all: "I don't know", as before
    ("signs_more", "none, not sure about the others"),   # "none" beside a doubt is never taken
    ("red_flags", "none, not sure about the others"),    # at the emergency question above all
    ("signs_more", "1, not sure about 2"),               # a doubt about a choice named, not about the rest
    ("signs_more", "1, maybe the others too"),            # a hedge that may add picks, not a doubt about them
])
def test_look_alikes_are_not_stored_as_sure(state, line):
    engine = prepare(state, "caregiver")
    engine.respond(line)
    assert engine.state == state and not engine.slots.get(state)


@pytest.mark.parametrize("state, line, want", [
    ("summary_sure", "my wife helps a lot. the rest, no idea", ["support"]),   # the rest and the doubt in two parts
])
def test_the_rest_and_its_doubt_said_in_two_parts(state, line, want):
    got = reading(state, line)
    assert got.certainty == SURE and got.value == want
