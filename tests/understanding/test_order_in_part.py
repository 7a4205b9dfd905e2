"""An order typed in part (helper u27b, issue 11; order_in_part.py and dialogues/order_in_part.yaml): two or more
questions named in order, fewer than all, nothing said of the rest. Offered back, never stored at once. The list
shown: 1 diagnosis, 2 options, 3 risks, 4 waiting, 5 family."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare


def answer(*lines: str):
    engine = prepare("questions_order", "caregiver")
    items = engine._question_list()
    turn = None
    for line in lines:
        turn = engine.respond(line)
    stored = engine.slots.get("questions_order")
    return turn, ([items.index(q) + 1 for q in stored] if stored else None), engine.state


@pytest.mark.parametrize("line,said", [
    ("2 first, then 5", "2, 5, then the rest as they are (1, 3, 4)"),
    ("the options one first and after that the risks", "2, 3, then the rest as they are (1, 4, 5)"),
    ("waiting first. then family. then whatever", "4, 5, then the rest as they are (1, 2, 3)"),
    ("5 and then 2 i think", "5, 2, then the rest as they are (1, 3, 4)"),
])
def test_an_order_typed_in_part_is_offered_back_with_the_rest_as_they_are(line, said):
    turn, order, state = answer(line)
    assert turn.kind == "confirm" and order is None and state == "questions_order"
    assert turn.text == f"Did you mean {said}?"


@pytest.mark.parametrize("yes", ["yes", "yep", "Yes that's right"])
def test_a_yes_to_the_offer_stores_the_named_ones_then_the_rest_in_their_order(yes):
    turn, order, state = answer("2 first, then 5", yes)
    assert order == [2, 5, 1, 3, 4] and state == "summary_sure"


def test_a_no_to_the_offer_stores_nothing_and_a_full_order_after_it_is_stored():
    turn, order, state = answer("2 first, then 5", "no")
    assert order is None and state == "questions_order" and turn.kind == "reask"
    turn, order, state = answer("2 first, then 5", "2 5 4 3 1")
    assert order == [2, 5, 4, 3, 1] and state == "summary_sure"


@pytest.mark.parametrize("line,want", [
    ("2 first", [2, 1, 3, 4, 5]),  # one question moved: every round keeps the rest
    ("the waiting one first", [4, 1, 2, 3, 5]),
    ("options first, then family, the others stay as they are", [2, 5, 1, 3, 4]),
    ("2 then 5 then the rest the same", [2, 5, 1, 3, 4]),
    ("1 4, rest fine", [1, 4, 2, 3, 5]),
    ("swap 2 and 4", [1, 4, 3, 2, 5]),
    ("the family one first and the options one second", [5, 2, 1, 3, 4]),
    ("the risks one last", [1, 2, 4, 5, 3]),
    ("4 2 5 1 3", [4, 2, 5, 1, 3]),
    ("backwards please", [5, 4, 3, 2, 1]),
    ("fine as it is", [1, 2, 3, 4, 5]),
    ("4, 2 and 5 first", [4, 2, 5, 1, 3]),  # "first" after all the named ones: they go first together
    ("five four three two one", [5, 4, 3, 2, 1]),
    ("the family one before the options", [1, 5, 2, 3, 4]),
    ("4 2 5 1", [4, 2, 5, 1, 3]),  # four of five named: the last one can only go last
])
def test_clear_orders_are_still_stored_at_once(line, want):
    turn, order, state = answer(line)
    assert order == want and state == "summary_sure"


@pytest.mark.parametrize("line", ["2 or 5 first, cant decide", "idk, they all matter", "what does the order change?", "2 and 5 matter most"])
def test_a_doubt_or_a_question_is_still_not_stored(line):
    turn, order, state = answer(line)
    assert order is None and state == "questions_order" and turn.kind != "confirm"


# The lead's merge: numbers alone ("3 1 2", as the question's own example shows) are stored at once, the rest after them
# in their order; only an order typed in part with words is offered back.
@pytest.mark.parametrize("line", ["1 4 2", "4 3", "3, then 1"])
def test_numbers_alone_typed_in_part_are_stored_with_the_rest_after_them(line):
    turn, order, state = answer(line)
    assert state != "questions_order"
    named = [int(t) for t in line.replace(",", " ").split() if t.isdigit()]
    assert order == named + [n for n in range(1, 6) if n not in named]
