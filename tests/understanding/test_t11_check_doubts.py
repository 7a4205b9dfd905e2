"""Leftovers a person met (helper t11, item 3): at a Yes/No check ("Did you mean *Within a few weeks*?"),
"i dont get it" was read as No, and "huh?" or "what do you mean" left the check; "1. but what number do i
call" at a list kept choice 1 and lost the question. The check is now explained and asked again, nothing
stored; the number question beside an answer is answered, the answer kept."""

from __future__ import annotations

import pytest
from support import talk

TO_CHECK = ["1", "whether to have his prostate out next month", "the doctor did not explain other options"]


def _at_check():
    engine, turns = talk(TO_CHECK)
    assert turns[-1].kind == "confirm" and "Within a few weeks" in turns[-1].text
    return engine


@pytest.mark.parametrize("line", ["i dont get it", "huh?", "what do you mean", "I don't understand", "no idea what that means",
                                  "what does that mean?", "eh?", "you lost me"])
def test_not_following_the_check_explains_it_and_asks_again(line):
    engine = _at_check()
    turn = engine.respond(line)
    assert turn.kind == "confirm" and turn.choices == ["Yes", "No"]
    assert "checking that I read your answer right" in turn.text and "Within a few weeks" in turn.text
    assert "deadline" not in engine.slots


def test_asked_twice_the_explanation_is_said_once_and_yes_still_works():
    engine = _at_check()
    engine.respond("huh?")
    turn = engine.respond("i dont get it")
    assert turn.text.count("checking that I read your answer right") == 1
    engine.respond("yes")
    assert engine.slots["deadline"] == "weeks"


@pytest.mark.parametrize("line", ["no", "nope", "i dont think so", "no, i dont think so", "not really"])
def test_a_no_is_still_a_no(line):
    engine = _at_check()
    turn = engine.respond(line)
    assert turn.kind == "reask" and "deadline" not in engine.slots


@pytest.mark.parametrize("line", ["yes", "yeah", "yes i think so"])
def test_a_yes_is_still_a_yes(line):
    engine = _at_check()
    engine.respond(line)
    assert engine.slots["deadline"] == "weeks"


@pytest.mark.parametrize("line", ["", "   ", "???!!!", "huh " * 300, "\x00\x01"])
def test_bad_input_at_the_check_stores_nothing(line):
    engine = _at_check()
    turn = engine.respond(line)
    assert "deadline" not in engine.slots
    assert turn.state == "decision_when"


TO_SITUATION = ["1", "whether to have surgery on my knee", "the doctor did not explain other options", "2"]


def test_a_pick_with_the_number_question_keeps_the_pick_and_answers_it():
    engine, turns = talk([*TO_SITUATION, "1. but what number do i call"])
    assert engine.slots["situation"] == "surgery"
    assert "call 911 for an emergency" in turns[-1].text
    assert "what number" not in str(engine.slots.get("answer_notes", {})).lower()


def test_a_number_question_about_something_else_is_kept_not_answered_with_911():
    engine, turns = talk([*TO_SITUATION, "1. what number do i call to book the second opinion"])
    assert engine.slots["situation"] == "surgery"
    assert "911" not in turns[-1].text


def test_the_number_question_alone_is_answered_and_the_question_stays():
    engine, turns = talk([*TO_SITUATION, "what number do i call"])
    assert "call 911" in turns[-1].text and "situation" not in engine.slots
