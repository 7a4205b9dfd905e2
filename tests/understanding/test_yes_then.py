"""A parent's walk (2026-12-07, twenty-ninth session): "hi my son is 8 they want to take his tonsils and adenoids out bc
he snores" at the welcome, then "yes thats it. but is he too young?" to the decision offered back. The run-on after the
age kept the rest as a note (notes._CLAUSE_BREAK), "bc" ends the proposal after "and adenoids out"
(decision_proposed.py), and a yes with more takes the offer (yes_then.py). Wordings of our own, with look-alikes."""

from __future__ import annotations

import pytest
from support import talk

from assistant.understanding.decision_proposed import proposed_decision

from .reading_support import reading

WELCOME = "hi my son is 8 they want to take his tonsils and adenoids out bc he snores"


@pytest.mark.parametrize("line, note", [
    (WELCOME, "they want to take his tonsils and adenoids out bc he snores"),
    ("my mom is 79 she needs a new hip they say", "she needs a new hip they say"),
])
def test_the_words_after_an_age_in_a_run_on_are_kept(line, note):
    assert reading("welcome", line).note.lower() == note


def test_an_age_alone_leaves_no_note():
    assert reading("welcome", "my son is 8").note == ""


@pytest.mark.parametrize("text, decision", [
    ("they want to take his tonsils and adenoids out bc he snores", "Whether to let them take his tonsils and adenoids out"),
    ("the ent wants to put tubes in bc of ear infections", "Whether to let them put tubes in"),
    ("they want to take her tonsils out cuz of strep", "Whether to let them take her tonsils out"),
])
def test_a_texted_because_ends_the_proposal(text, decision):
    assert proposed_decision(text) == decision


def test_the_decision_is_offered_from_the_run_on():
    engine, turns = talk([WELCOME])
    assert 'From what you said, I wrote "Whether to let them take his tonsils and adenoids out". Is that the decision?' in turns[-1].text


def test_a_yes_with_a_question_takes_the_offer_and_lists_the_question():
    engine, turns = talk([WELCOME, "yes, how long is recovery?"])
    assert engine.slots["decision"] == "Whether to let them take his tonsils and adenoids out"
    assert engine.slots["questions_added"] == ["How long is recovery?"]
    assert "I added it to your questions" in turns[-1].text and turns[-1].state == "decision_why"


def test_a_yes_with_a_childs_question_is_answered_and_kept():
    engine, turns = talk([WELCOME, "yes thats it. but is he too young?"])
    assert engine.slots["decision"] == "Whether to let them take his tonsils and adenoids out"
    assert "A doctor who often treats children" in turns[-1].text and engine.slots["questions_added"]


def test_a_yes_with_a_doubt_offers_the_doubt_next():
    engine, turns = talk([WELCOME, "yeah but we are not sure he needs it"])
    assert engine.slots["decision"] == "Whether to let them take his tonsils and adenoids out"
    assert 'You said "We are not sure he needs it". Keep that as what makes you unsure?' in turns[-1].text
    engine.respond("yes")
    assert engine.slots["unsure_because"] == "We are not sure he needs it"


@pytest.mark.parametrize("line", ["yes", "yes thats it", "ok. so what now"])
def test_a_plain_yes_takes_the_offer_and_adds_nothing(line):
    engine, turns = talk([WELCOME, line])
    assert engine.slots["decision"] == "Whether to let them take his tonsils and adenoids out"
    assert not engine.slots.get("questions_added") and "Keep that as what makes you unsure" not in turns[-1].text


@pytest.mark.parametrize("line, decision", [
    ("no, just the tonsils", "just the tonsils"),
    ("yesterday they said only the tonsils", "yesterday they said only the tonsils"),
])
def test_a_no_or_a_new_wording_is_the_answer_as_before(line, decision):
    engine, _ = talk([WELCOME, line])
    assert engine.slots["decision"] == decision


def test_a_note_kept_at_the_decision_that_says_no_doubt_is_not_offered_as_one():
    engine, turns = talk(["for me", "pancreas cancer. whipple?", "whether to have the whipple surgery"])
    assert turns[-1].state == "decision_why" and engine.slots["answer_notes"]["decision_what"] == "Pancreas cancer. whipple?"
    assert "Keep that as what makes you unsure" not in turns[-1].text


@pytest.mark.parametrize("text, decision", [
    ("My spine curve is 48 degrees and they say fusion surgery", "Whether to have the fusion surgery"),
    ("the surgeon said a hip replacement", "Whether to have the hip replacement"),
    ("they said he needs a bypass", "Whether to have the bypass"),  # the "needs" form, as before
])
def test_an_operation_said_by_the_doctors_is_the_proposal(text, decision):
    assert proposed_decision(text) == decision


@pytest.mark.parametrize("text", ["they said its fine", "the doctor mentioned a second opinion", "they say he is doing well"])
def test_a_saying_without_an_operation_proposes_nothing(text):
    assert proposed_decision(text) is None
