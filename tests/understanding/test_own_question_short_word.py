"""At the order question, a question the person added is named by a short word in it followed by "one"
("the too old one first", "the old one first"): moved there, as the longer words already were
("the whipple one first"). Short everyday words ("the one", "the new one") still name nothing."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare

OWN = "Is she too old for the whipple?"


def _at_order():
    engine = prepare("questions_order", "caregiver")
    engine.slots["questions_added"] = [OWN]
    return engine


@pytest.mark.parametrize("line", ["the too old one first, rest same", "the old one first", "the whipple one first"])
def test_a_word_of_the_own_question_moves_it_to_the_top(line):
    engine = _at_order()
    engine.respond(line)
    order = engine.slots.get("questions_order")
    assert order is not None and order[0] == OWN and len(order) == 6


def test_the_old_one_last_moves_it_to_the_end():
    engine = _at_order()
    engine.respond("the old one last")
    assert engine.slots["questions_order"][-1] == OWN


@pytest.mark.parametrize("line", ["the one first", "the new one first", "the big one first"])
def test_a_word_that_names_no_single_question_is_asked_never_stored(line):
    engine = _at_order()
    turn = engine.respond(line)
    assert "questions_order" not in engine.slots and turn.kind == "reask", turn.text
