"""A kind of doctor asked for in the person's own words is kept and shown first under "Who to see".

The user trial of 2026-12-04 (second): "i want an endometriosis specialist" and "we should see a
movement disorders neurologist" were kept only as notes, and the plan sent them to a general
internist; a man who wanted "a doctor who does the TAVR" got only "a surgeon".
"""

from __future__ import annotations

import pytest
from support import talk

from assistant.understanding.wished import asked_for

from benchmarks.understanding import JOURNEY_NUMBERS


@pytest.mark.parametrize("line, expected", [
    ("wait a general internist?? i said i want an endometriosis specialist", ["an endometriosis specialist"]),
    ("we should see a movement disorders neurologist", ["a movement disorders neurologist"]),
    ("I want a doctor who does the TAVR to look at me", ["a doctor who does the TAVR"]),
    ("maybe an IBD center", ["an IBD center"]),
    ("looking for a doctor who specializes in endometriosis, near boston", ["a doctor who specializes in endometriosis"]),
    ("id like to see a thyroid surgeon", ["a thyroid surgeon"]),
])
def test_a_doctor_asked_for_is_found_as_typed(line, expected):
    assert asked_for(line) == expected


@pytest.mark.parametrize("line", [
    "my cardiologist sent me to the surgeon", "he sees a neurologist every year", "I want a second opinion",
    "we want another doctor", "I need a doctor", "the oncologist wants surgery first", "her surgeon is great",
])
def test_a_doctor_one_already_has_or_a_plain_second_look_is_no_kind_asked_for(line):
    assert asked_for(line) == []


def _journey_with(line: str, at: int = 2):
    lines = JOURNEY_NUMBERS[:at] + [line] + JOURNEY_NUMBERS[at + 1:]
    return talk(lines)


def test_the_kind_asked_for_heads_who_to_see_in_the_plan_and_the_turn_that_shows_it():
    engine, turns = _journey_with("they say its normal but i want an endometriosis specialist")
    assert engine.plan()["specialist_asked"] == ["an endometriosis specialist"]
    shown = next(t for t in turns if t.state == "specialist").text
    assert "The kind you asked for: an endometriosis specialist." in shown
    summary = engine.respond("summary").text
    who = summary[summary.index("Who to see"):]
    assert who.index("an endometriosis specialist") < who.index("A surgeon who does this exact surgery")


def test_nothing_asked_for_leaves_the_plan_as_it_was():
    engine, _ = talk(JOURNEY_NUMBERS)
    assert engine.plan()["specialist_asked"] == []
    assert "The kind you asked for" not in engine.respond("summary").text


def test_the_same_kind_said_twice_is_kept_once():
    engine, _ = talk(JOURNEY_NUMBERS[:2] + ["i want an IBD center", "skip", "i want an IBD Center please"])
    assert engine.slots["specialist_asked"] == ["an IBD center"]
