"""A line that answers and then asks: the question gets its reply, chosen from the question part,
and nothing is stored (as the people who labelled the unseen rounds read such lines).

The user trial of 2026-12-04 (second): "i have medicare and a supplement, does medicare pay for a
second opinion?" was stored as "Yes, I checked and it is covered" (the question's words read as
the answer) and the printed plan ticked the insurer call as done.
"""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare


def _answer(state: str, line: str):
    engine = prepare(state, "patient")
    turn = engine.respond(line)
    return engine, turn


@pytest.mark.parametrize("line", ["i have medicare and a supplement, does medicare pay for a second opinion?",
                                  "we have blue cross. is a second opinion covered?",
                                  "i got aetna, will they pay for it?"])
def test_a_question_about_cover_after_naming_the_insurer_is_answered_and_nothing_is_stored(line):
    engine, turn = _answer("logistics", line)
    assert "insurance" not in engine.slots and turn.state == "logistics" and turn.kind == "reply"
    assert "Your insurer can tell you if a second opinion is covered" in turn.text


@pytest.mark.parametrize("state, line, reply", [
    ("fit", "Second opinion definitely. Is there time before June?", "I cannot tell how much time there is"),
    ("logistics", "yes its covered, do I need a referral?", "referral"),
    ("records", "the scans and the biopsy. do i need a referral for the review?", "referral"),
])
def test_the_reply_answers_the_question_part(state, line, reply):
    engine, turn = _answer(state, line)
    assert turn.kind == "reply" and reply in turn.text
    assert engine.flow.state(state).slot not in engine.slots


def test_a_medical_question_after_an_answer_goes_on_the_doctors_list_in_its_own_words():
    engine, _ = _answer("signs", "major surgery and nobody listens, is that normal?")
    assert engine.slots["questions_added"] == ["Is that normal?"]


def test_a_plain_answer_with_no_question_is_still_stored():
    engine, _ = _answer("fit", "Second opinion definitely.")
    assert engine.slots["fit_choice"] == "second_opinion"


@pytest.mark.parametrize("line", ["none, why do you ask?", "none of those. what is this for?"])
def test_an_answer_then_a_question_about_the_question_keeps_the_answer(line):
    engine, _ = _answer("red_flags", line)
    assert engine.slots["red_flags"] == ["none"]
