"""Orders told in words at the question that orders the list (helper u26b, issue 11; order_words.py and
dialogues/order_words.yaml). The list shown: 1 diagnosis, 2 options, 3 risks, 4 waiting, 5 family."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare


def answer(line: str):
    engine = prepare("questions_order", "patient")
    items = engine._question_list()
    turn = engine.respond(line)
    stored = engine.slots.get("questions_order")
    return turn, ([items.index(q) + 1 for q in stored] if stored else None), engine.state


@pytest.mark.parametrize("line", ["meh, leave it", "honestly whatever, keep it", "ok haha", "no preference, leave it as is",
                                  "um they all look good", "i dont mind, keep them as they are", "kk", "leave em as they are",
                                  "4 2 1, no wait, keep it as it is", "3 1 2 haha. actually leave it"])
def test_keep_said_beside_words_that_say_nothing_about_the_order_keeps_it(line):
    turn, order, state = answer(line)
    assert order == [1, 2, 3, 4, 5] and state == "summary_sure"


@pytest.mark.parametrize("line", ["idk they are all important", "meh", "whatever you think", "lol"])
def test_asides_alone_or_a_remark_that_is_no_keep_store_nothing(line):
    turn, order, state = answer(line)
    assert order is None and state == "questions_order"


@pytest.mark.parametrize("line,want", [
    ("could the risks one go first?", [3, 1, 2, 4, 5]),
    ("may I move the family question to the top, and the waiting one second?", [5, 4, 1, 2, 3]),
    ("can you swap the last two?", [1, 2, 3, 5, 4]),
    ("is it ok if i put the waiting one first? it worries me most", [4, 1, 2, 3, 5]),
    ("do I just type numbers? 2 1 3 5 4", [2, 1, 3, 5, 4]),
])
def test_a_reorder_asked_as_a_question_is_the_order_it_asks_for(line, want):
    turn, order, state = answer(line)
    assert order == want
    assert "added it to your questions" not in turn.text  # never kept as a question for the doctor


@pytest.mark.parametrize("line", ["can I put the risks first, or is that silly?", "can we put the risks one first? what happens then",
                                  "can I add another question?", "could you explain the order?"])
def test_a_real_question_at_the_order_question_stores_no_order(line):
    turn, order, state = answer(line)
    assert order is None and state == "questions_order"


@pytest.mark.parametrize("line,want", [
    ("1 and 3 trade places", [3, 2, 1, 4, 5]),
    ("let 2 and 5 swap places", [1, 5, 3, 4, 2]),
    ("the waiting one before the diagnosis", [4, 1, 2, 3, 5]),
    ("the diagnosis after the risks, rest as is", [2, 3, 1, 4, 5]),
    ("three, one, two, five, four", [3, 1, 2, 5, 4]),
    ("five four three two one", [5, 4, 3, 2, 1]),
    ("the options first and the diagnosis one last", [2, 3, 4, 5, 1]),
    ("turn it round, family first and diagnosis last", [5, 4, 3, 2, 1]),
])
def test_orders_told_in_words(line, want):
    turn, order, state = answer(line)
    assert order == want and state == "summary_sure"


@pytest.mark.parametrize("line,want", [("3 1 2 4 5", [3, 1, 2, 4, 5]), ("ok", [1, 2, 3, 4, 5]), ("keep it", [1, 2, 3, 4, 5]),
                                       ("put the risks first", [3, 1, 2, 4, 5]), ("swap 1 and 2", [2, 1, 3, 4, 5]),
                                       ("reverse it", [5, 4, 3, 2, 1])])
def test_clear_answers_are_still_taken_at_once(line, want):
    turn, order, state = answer(line)
    assert order == want and state == "summary_sure"
