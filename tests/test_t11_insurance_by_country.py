"""A leftover a person met (helper t11, item 6): "I do not have insurance" read the same with --country UK,
CA, AU..., where a public health plan covers most people. Outside the US the choice says "a health plan or
insurance that covers this" (the question already asks about "the health plan or insurance"), and the reply
after it speaks of cover; the US wording is unchanged. (Who-to-see names no endocrinologist or transplant
hepatologist: the seeds name no such field, so nothing is added; see docs/understanding.md.)"""

from __future__ import annotations

import pytest
from support import path_to_summary

from assistant.engine import Engine


def _at_insurance(country: str | None, role: list[str] = ["1"]):
    engine = Engine(country=country)
    engine.start()
    for line in path_to_summary(situation="1", role=role):
        turn = engine.respond(line)
        if turn.state == "logistics":
            return engine, turn
    raise AssertionError("never reached the insurance question")


def test_the_us_keeps_its_words():
    _, turn = _at_insurance("US")
    assert turn.choices[-1] == "I do not have insurance"


@pytest.mark.parametrize("country", ["UK", "CA", "AU", "NZ", "IE", "EU"])
def test_outside_the_us_the_choice_speaks_of_a_health_plan_or_insurance(country):
    engine, turn = _at_insurance(country)
    assert turn.choices[-1] == "I do not have a health plan or insurance that covers this"
    after = engine.respond("3")
    assert engine.slots["insurance"] == "no_insurance"
    assert after.text.startswith("Without cover for this, ask the clinic for the price first")


def test_a_caregiver_outside_the_us_gets_the_caregiver_form():
    _, turn = _at_insurance("UK", role=["2", "my mum"])
    assert turn.choices[-1].endswith("not have a health plan or insurance that covers this")
    assert not turn.choices[-1].startswith("I ")


@pytest.mark.parametrize("line", ["no insurance", "uninsured", "none", "3"])
def test_the_words_people_type_still_pick_it_outside_the_us(line):
    engine, _ = _at_insurance("UK")
    engine.respond(line)
    assert engine.slots.get("insurance") == "no_insurance"


@pytest.mark.parametrize("line", ["", "   ", "4", "insurance?" * 100])
def test_bad_input_outside_the_us_picks_nothing(line):
    engine, _ = _at_insurance("UK")
    engine.respond(line)
    assert engine.slots.get("insurance") is None


def test_called_and_not_covered_is_still_asked_about_not_read_as_no_insurance():
    engine, _ = _at_insurance("UK")
    engine.respond("I called and it's NOT covered")
    assert engine.slots.get("insurance") is None
