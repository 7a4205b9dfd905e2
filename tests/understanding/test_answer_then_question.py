"""A statement with a question after it, where only the question's words fit a choice: the line is
a question, and nothing is stored (tailq.py). A clear answer before a question is kept with the
question's reply (answer_then_ask.py, tests in test_user_trial_two.py).

The user trial of 2026-12-04 (second): "i have medicare and a supplement, does medicare pay for a
second opinion?" was stored as "Yes, I checked and it is covered" (the question's words read as
the answer), and the printed plan ticked the insurer call as done.
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


def test_a_clear_answer_before_a_question_is_kept_and_the_question_answered():
    engine, turn = _answer("fit", "Second opinion definitely. Is there time before June?")
    assert engine.slots["fit_choice"] == "second_opinion"
    assert "I cannot tell how much time there is" in turn.text


@pytest.mark.parametrize("line", ["none, why do you ask?", "none of those. what is this for?"])
def test_an_answer_then_a_question_about_the_question_keeps_the_answer(line):
    engine, _ = _answer("red_flags", line)
    assert engine.slots["red_flags"] == ["none"]


def test_a_question_alone_is_still_only_answered():
    engine, turn = _answer("fit", "is there time before june?")
    assert "fit_choice" not in engine.slots and turn.kind == "reply"
