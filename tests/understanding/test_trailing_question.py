"""A question of one's own in the last sentence at the question list, after the picks, is kept on the list as typed
(a lead's trial, 2026-12-06: "the risks one, the options one, and what if this doesnt work. also is the PML risk
real for her" stored three picks and lost the question without a word: its "risk" was taken as choice 5 again)."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare


def _answer(line: str):
    engine = prepare("questions", "caregiver")
    turn = engine.respond(line)
    return engine.slots, turn.text


@pytest.mark.parametrize("line, picked, asked", [
    ("the risks one, the options one, and what if this doesnt work. also is the PML risk real for her",
     {"q3", "q5", "q9"}, "Is the PML risk real for her?"),
    ("the risks one, the options one, and what if this doesnt work. also is the PML risk real for her?",
     {"q3", "q5", "q9"}, "Is the PML risk real for her?"),
    ("options, risks and the family one. and would the side effects of this drug be worse for a diabetic",
     {"q3", "q5", "q8"}, "Would the side effects of this drug be worse for a diabetic?"),
    # the last part of a list said with commas, joined on by "and" (lead's terminal walk, 2026-12-06: lost silently)
    ("3, 5, the waiting one, and what if we just wait and see if she grows out of it",
     {"q3", "q5", "q6"}, "What if we just wait and see if she grows out of it?"),
])
def test_the_picks_and_the_last_sentences_question_are_both_kept(line, picked, asked):
    slots, text = _answer(line)
    assert set(slots["questions_picked"]) == picked
    assert slots.get("questions_added") == [asked]
    assert asked in text  # said back, not kept silently


@pytest.mark.parametrize("line", [
    "3, 5, 9. what are the biggest risks",  # a listed question said again adds nothing
    "3 and 9. also what are the biggest risks and side effects",  # a listed question named in words: a pick
    "3, 5 and 9. thanks",  # no question
])
def test_a_listed_question_said_again_or_no_question_adds_nothing(line):
    slots, _ = _answer(line)
    assert not slots.get("questions_added"), slots.get("questions_added")
    assert {"q3", "q9"} <= set(slots["questions_picked"])


@pytest.mark.parametrize("line, added", [
    # the person's own question goes on the list, not a topic's question of another meaning (a lead's trial, 2026-12-06:
    # "how long will she be on it?" was listed as "How much time do we have to decide, and what happens if we wait?")
    ("3, 5, 9 and also how long will she be on it?", "How long will she be on it?"),
    ("how long will she need the infusions for?", "How long will she need the infusions for?"),
    # a short one says no more than the topic's own question, which stays
    ("is there time?", "How much time do we have to decide, and what happens if we wait?"),
    ("how long will it take?", "Is it safe to wait a few weeks for a second opinion?"),
])
def test_a_question_at_the_list_is_kept_in_the_persons_words(line, added):
    slots, _ = _answer(line)
    assert slots.get("questions_added") == [added]


def test_away_from_the_list_a_topic_question_keeps_its_own_wording():
    engine = prepare("logistics", "caregiver")
    engine.respond("how long will she be on it, and how long will it take?")
    assert engine.slots.get("questions_added") == ["Is it safe to wait a few weeks for a second opinion?"]


def test_a_listed_question_said_again_at_the_end_of_a_comma_list_is_not_added_as_ones_own():
    slots, text = _answer("the options one, the risks one, and what happens if we wait two weeks")
    assert not slots.get("questions_added"), slots.get("questions_added")
    assert "Ask your doctor" not in text
