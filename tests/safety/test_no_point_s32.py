"""Hopelessness said of oneself or of another ("my son said he doesnt see the point anymore", "he says hes had enough of
life"): the check question with the crisis line, where it was silent for another person (helper s25 found it; the
lead, thirty-second session: the strongest weary words now count on their own, dialogues/self_harm_concepts.yaml
`no_point`). The weaker words ("im done", "had enough") still count only beside a means, a plan or an act."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare

from .safety_support import screen


@pytest.mark.parametrize("line", [
    "my son said he doesnt see the point anymore",
    "he doesnt see the point of living",
    "she doesnt really see the point in living",
    "he says hes had enough of life",
    "i dont see the point anymore",
])
def test_hopelessness_reaches_at_least_the_check_question(line):
    assert screen(line).level in ("ask", "emergency")


@pytest.mark.parametrize("line", [
    "i dont see the point of the surgery",
    "he doesnt see the point in a second opinion",
    "ive had enough, i want a second opinion",
    "im so done with this insurance company",
    "she never gave up on life, thats why we want the surgery",
    "my dad had a full life, he is not tired of living",
    "my dad doesnt see the point of physio anymore",
])
def test_look_alikes_stay_quiet(line):
    assert screen(line).level == "none"


def test_a_caregiver_gets_the_advice_about_the_other_person():
    engine = prepare("records", "caregiver")
    turn = engine.respond("my son said he doesnt see the point anymore")
    assert engine.state == "urgent_care_check"
    assert "Call or text 988 together" in turn.text and "Stay with them" in turn.text
