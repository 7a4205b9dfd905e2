"""A deadline said before its question is offered only when it is a time: not "a 2nd opinion", not
"the doctor talked very fast"; and "idk, they want to operate soon" is not knowing, offered as Not sure."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.engine import Engine

from .reading_support import reading, stored


def at_deadline(decision: str, why: str):
    engine = Engine(today=lambda: date(2026, 12, 4))
    engine.start()
    for line in ("for me", decision, why):
        turn = engine.respond(line)
    return turn


@pytest.mark.parametrize("decision, why", [
    ("whether to get a 2nd opinon on switching my chemo", "it is not working"),
    ("whether my son needs heart surgery", "the doctor talked very fast, I not understand everything he say"),
    ("whether to see 3 doctors or 2", "i am confused"),
])
def test_words_that_are_not_a_time_are_not_offered_as_the_deadline(decision, why):
    turn = at_deadline(decision, why)
    assert turn.state == "decision_when" and turn.kind == "ask"
    assert "You said" not in turn.text


def test_a_day_said_with_the_decision_is_still_offered():
    turn = at_deadline("whether to have the surgery booked for the 20th of next month", "not sure it is needed")
    assert turn.kind == "confirm" and '"20th of next month"' in turn.text and "Within a few weeks" in turn.text


@pytest.mark.parametrize("line", ["idk, they said they want to operate soon", "dunno, the surgeon wants it soon",
                                  "idk - next week they said"])
def test_not_knowing_then_someone_elses_time_is_offered_as_not_sure(line):
    result = reading("decision_when", line)
    assert not stored(result) or result.value == "not_sure"  # never stored as the time someone else named
    assert result.value in ("not_sure", None) or result.options  # offered as Not sure, or asked
