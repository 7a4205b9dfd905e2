"""A note keeps what was said, not only its last clause (user trial 7, finding 35: "NHS waiting
list is about 6 months, she said" was kept as "She said"; "I'm waiting for an MRI, it's booked for
January" as "It's booked for January")."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare


def _note(state: str, line: str) -> str:
    engine = prepare(state, "patient")
    engine.respond(line)
    return (engine.slots.get("answer_notes") or {}).get(state, "")


@pytest.mark.parametrize("state, line, kept", [
    ("decision_when", "NHS waiting list is about 6 months, she said", "NHS waiting list is about 6 months"),
    ("decision_when", "the surgeon's schedule is full for 3 months, his nurse told me", "surgeon's schedule is full"),
    ("timing_tests", "I'm waiting for an MRI, it's booked for January", "waiting for an MRI"),
])
def test_the_part_with_the_answer_stays_in_the_note_when_it_says_more(state, line, kept):
    note = _note(state, line)
    assert kept in note, note


@pytest.mark.parametrize("state, line, note", [
    ("timing_tests", "no, I had the MRI in March", "I had the MRI in March"),  # the answer word is not news
    ("decision_when", "dr said no rush, maybe in a few wks", "Dr said no rush"),  # "maybe in a few wks" is the answer itself
])
def test_a_bare_answer_is_not_repeated_in_the_note(state, line, note):
    assert _note(state, line) == note


def test_a_hedge_asked_as_a_question_is_not_made_a_note():
    engine = prepare("fit_decision_point", "patient")
    engine.respond("kinda? after his next report card, like in january")
    assert "kinda" not in (engine.slots.get("answer_notes") or {}).get("fit_decision_point", "").lower()
