"""The decision typed at the welcome is kept and offered back at "What do you need to decide?"
(a user trial, 2026-12-04: it was kept only as a note, or refused, and then asked for again)."""

from __future__ import annotations

import pytest

from support import talk


def run(*lines: str):
    engine, turns = talk(list(lines))
    return engine, turns[-1]


@pytest.mark.parametrize("first", ["hi, im trying to decide whether to have knee surgery or keep doing physio",
                                   "whether to have knee surgery or keep doing physio",
                                   "Should I have knee surgery or keep doing physio?"])
def test_a_decision_typed_before_who_it_is_for_is_kept_and_who_is_asked(first):
    engine, turn = run(first)
    assert turn.state == "welcome" and turn.kind == "reask"
    assert "I kept what you need to decide" in turn.text and "knee surgery or keep doing physio" in turn.text
    assert "did not understand" not in turn.text
    engine.respond("1")
    turn = engine.respond("yes")
    assert engine.slots["decision"].lower().endswith("have knee surgery or keep doing physio")
    assert turn.state == "decision_why"


@pytest.mark.parametrize("first", ["im the patient, trying to decide whether to have knee surgery or keep doing physio",
                                   "for me. my surgeon wants me to have a knee replacement"])
def test_a_decision_said_with_who_it_is_for_is_offered_for_a_yes(first):
    engine, turn = run(first)
    assert turn.state == "decision_what" and turn.kind == "confirm"
    assert "Is that the decision?" in turn.text and "knee" in turn.text
    assert "decision" not in engine.slots  # never stored unasked


def test_a_caregivers_decision_is_offered_after_who_and_age():
    engine, turn = run("my dad needs to decide whether to have a heart bypass")
    while turn.state != "decision_what":
        turn = engine.respond("4" if turn.state == "welcome_age" else "1")
    assert turn.kind == "confirm" and "heart bypass" in turn.text


def test_no_to_the_offered_decision_asks_for_it_in_the_persons_words():
    engine, turn = run("im the patient, trying to decide whether to have knee surgery or keep doing physio")
    turn = engine.respond("no")
    assert turn.state == "decision_what" and "Type it in your own words" in turn.text
    turn = engine.respond("whether to get a knee brace first")
    assert engine.slots["decision"] == "whether to get a knee brace first"


def test_a_new_sentence_instead_of_yes_is_the_decision():
    engine, turn = run("im the patient, trying to decide whether to have knee surgery or keep doing physio")
    engine.respond("whether to have the surgery in january or wait till spring")
    assert engine.slots["decision"] == "whether to have the surgery in january or wait till spring"


@pytest.mark.parametrize("first", ["im the patient", "hello", "my mom is 80", "what is a second opinion?",
                                   "is this private?"])
def test_a_line_that_is_no_decision_is_not_offered_as_one(first):
    engine, turn = run(first)
    assert "I kept what you need to decide" not in turn.text
    while turn.state == "welcome" or turn.state.startswith("welcome_"):
        turn = engine.respond("1")
    assert turn.state == "decision_what" and turn.kind != "confirm"


@pytest.mark.parametrize("answer, decision", [
    ("no. whether to go ahead with the hip replacement in january", "whether to go ahead with the hip replacement in january"),
    ("nope, its whether to try the injections first", "whether to try the injections first"),
    ("Not quite - which surgeon should do my knee", "which surgeon should do my knee"),
])
def test_a_no_before_the_right_decision_is_not_kept_in_it(answer, decision):
    engine, _ = run("im the patient, trying to decide whether to have knee surgery or keep doing physio")
    turn = engine.respond(answer)
    assert engine.slots["decision"].lower() == decision.lower()
    assert turn.state == "decision_why"


@pytest.mark.parametrize("answer", ["no", "not really, no", "nope"])
def test_a_plain_no_to_the_offered_decision_asks_for_it(answer):
    engine, _ = run("im the patient, trying to decide whether to have knee surgery or keep doing physio")
    turn = engine.respond(answer)
    assert "decision" not in engine.slots and turn.state == "decision_what"
    assert "own words" in turn.text
