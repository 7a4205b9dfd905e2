"""An answer in a person's own words is said back before the next question, so a wrong reading is
seen at once ("I took that as ..."); numbers, yes/no and a choice's own words are not."""

from __future__ import annotations

import pytest
from support import talk

from assistant.engine import Engine

TO_WHEN = ["1", "whether to have knee surgery", "skip"]  # the next question: by when
TO_SIGNS_AS_CAREGIVER = ["2", "my dad", "whether he should have a heart valve replaced", "skip", "2", "1", "none", "none"]
TOOK = "I took that as"


def first_line(turn) -> str:
    return turn.markdown.split("\n", 1)[0]


def test_an_answer_in_own_words_is_said_back_with_the_choice_it_was_taken_as():
    engine, turns = talk([*TO_WHEN, "they want to operate in january"])
    assert engine.slots["deadline"] == "weeks"
    said = first_line(turns[-1])
    assert said.startswith(f'*{TOOK} "Within a few weeks"') and "type back" in said
    assert turns[-1].state == "decision_situation" and turns[-1].choices  # the next question follows in the same turn


@pytest.mark.parametrize("answer", ["2", " 2. ", "Within a few weeks", "weeks"])
def test_numbers_a_choices_own_words_or_one_word_are_not_said_back(answer):
    engine, turns = talk([*TO_WHEN, answer])
    assert engine.slots["deadline"] == "weeks"
    assert TOOK not in turns[-1].markdown


def test_back_after_the_echo_undoes_the_answer_and_asks_again():
    engine, turns = talk([*TO_WHEN, "they want to operate in january", "back"])
    assert turns[-1].state == "decision_when" and "deadline" not in engine.slots
    assert TOOK not in turns[-1].markdown


def test_several_picks_are_named_in_the_list_order_and_many_are_given_by_number():
    engine, turns = talk([*TO_SIGNS_AS_CAREGIVER, "the drugs are risky and the operation is a big one"])
    assert set(engine.slots["signs"]) == {"major_procedure", "high_risk_treatment"}
    said = first_line(turns[-1])
    assert said.index("Major surgery") < said.index("is risky"), said  # the order of the list, not of the line
    engine, turns = talk([*TO_SIGNS_AS_CAREGIVER, "new diagnosis, big operation, risky treatment, rare disease and peace of mind"])
    assert len(engine.slots["signs"]) == 5
    assert first_line(turns[-1]).startswith(f"*{TOOK} 1, 2, 3, 7 and 10\\.")  # by their numbers


def test_a_caregiver_hears_the_choice_in_their_own_voice():
    engine, turns = talk([*TO_SIGNS_AS_CAREGIVER, "his test results dont match how he feels, its really odd"])
    assert engine.slots["signs"] == ["mismatch"]
    assert "how my dad feels" in first_line(turns[-1])


def test_a_reason_kept_with_the_answer_is_said_back_too():
    lines = ["1", "whether to have surgery", "skip", "2", "1", "none", "none", "2", "none", "1", "1"]
    engine, turns = talk([*lines, "no, I had the MRI in March"])
    assert engine.slots["tests_pending"] == "no"
    said = first_line(turns[-1])
    assert '"No"' in said and "MRI in March" in said


def test_what_the_person_typed_is_escaped_when_it_is_said_back():
    lines = ["1", "whether to have surgery", "skip", "2", "1", "none", "none", "2", "none", "1", "1"]
    engine, turns = talk([*lines, "no, I had the *MRI* in [March](http://example.com)"])
    said = first_line(turns[-1])
    assert "\\*MRI\\*" in said and "\\[March\\]" in said  # shown as typed: no emphasis, no link


def test_an_answer_that_leads_to_the_urgent_turn_is_not_said_back():
    to_red_flags = ["1", "whether to have surgery", "skip", "2", "1", "none"]
    engine, turns = talk([*to_red_flags, "the first one, my face is drooping"])
    assert turns[-1].urgent
    assert TOOK not in turns[-1].markdown


def test_the_echo_is_the_same_in_plain_mode_and_in_the_saved_turn():
    engine = Engine()
    events: list[dict] = []
    engine.listener = events.append
    engine.start()
    for line in [*TO_WHEN, "they want to operate in january"]:
        turn = engine.respond(line)
    saved = [e for e in events if e.get("type") == "turn"][-1]
    assert TOOK in turn.text and TOOK in saved.get("markdown", saved.get("text", ""))
