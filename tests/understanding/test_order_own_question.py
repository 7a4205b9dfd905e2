"""The person's own question named by its words when they reorder the list ("put the chemo one first")."""

from __future__ import annotations

import pytest

from assistant.understanding import SURE, UNCLEAR

from .reading_support import FLOW, reading

LABELS = FLOW.choice_labels("questions")
IDS = ["q1", "q3", "q5", None]
OWN = "How much will the chemo affect her growth?"
ITEMS = [LABELS["q1"], LABELS["q3"], LABELS["q5"], OWN]


def order(line: str, items=ITEMS, ids=IDS):
    return reading("questions_order", line, items=items, item_ids=ids, questions=FLOW.state("questions"))


@pytest.mark.parametrize("line", ["put the chemo one first", "the growth question goes first", "chemo question at the top please"])
def test_own_question_named_by_a_word_moves_to_the_top(line):
    result = order(line)
    assert (result.certainty, result.value) == (SURE, [OWN, ITEMS[0], ITEMS[1], ITEMS[2]])


def test_own_question_named_and_sent_to_the_end_of_a_list():
    own_first = [OWN, ITEMS[0], ITEMS[1], ITEMS[2]]
    result = order("chemo one last", items=own_first, ids=[None, "q1", "q3", "q5"])
    assert (result.certainty, result.value) == (SURE, [ITEMS[0], ITEMS[1], ITEMS[2], OWN])


def test_a_word_in_two_questions_names_neither():
    # "risks" is in the list's own risk question too: it does not single out the person's question.
    items = [LABELS["q1"], LABELS["q5"], "What are the risks of waiting?"]
    result = order("the risks one first", items=items, ids=["q1", "q5", None])
    assert result.value != [items[2], items[0], items[1]]


def test_a_word_not_in_any_question_is_still_asked_about():
    result = order("put the hospital one first")
    assert result.certainty == UNCLEAR
