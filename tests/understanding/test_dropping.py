"""Taking questions off the list at the order question, and "skip" there.

The user trial of 2026-12-04 (second): "drop the one about jake coming" moved that question to the
top, and "put 5 first and take out the last one" moved the wrong one: the words of the question to
drop were read as the question to put first (a silent misread). "skip" was refused.
"""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare

FAMILY = "What would you advise for your own family, and why?"
RISKS = "What are the biggest risks and side effects?"


def _at_order(line: str, added: list[str] | None = None):
    engine = prepare("questions_order", "patient")
    if added:
        engine.slots["questions_added"] = list(added)
    shown = engine._question_list()
    turn = engine.respond(line)
    return engine, shown, turn


@pytest.mark.parametrize("line", ["drop the one about the family", "remove 5", "take out the last one", "delete number 5",
                                  "i dont need the family one", "get rid of 5 please", "cross off the fifth"])
def test_a_question_named_to_drop_is_taken_off_and_said_back(line):
    engine, shown, turn = _at_order(line)
    assert engine.slots["questions_order"] == [q for q in shown if q != FAMILY]
    assert f'I took off "{FAMILY}"' in turn.text
    assert FAMILY not in engine.plan()["questions"]


def test_dropping_one_and_moving_another_does_both():
    engine, shown, _ = _at_order("put 3 first and drop 5")
    assert engine.slots["questions_order"] == [RISKS] + [q for q in shown if q not in (RISKS, FAMILY)]


@pytest.mark.parametrize("line, says", [
    ("i wont ask him that", "Which question should I take off?"),
    ("drop 1, 2 and 3", "A plan keeps at least 3 questions."),
    ("remove 9", "There are 5 questions"),
    ("put 5 first and take out the last one", "That moves and takes off the same question."),
])
def test_a_drop_that_is_unclear_or_leaves_too_few_is_asked_about_and_nothing_is_stored(line, says):
    engine, _, turn = _at_order(line)
    assert "questions_order" not in engine.slots and turn.state == "questions_order"
    assert says in turn.text


def test_a_question_asked_along_the_way_and_dropped_does_not_come_back():
    engine, shown, _ = _at_order("drop 6", added=["Will he be mad if I get a second opinion?"])
    assert len(shown) == 6
    assert "Will he be mad if I get a second opinion?" not in engine.plan()["questions"]
    assert len(engine.plan()["questions"]) == 5


@pytest.mark.parametrize("line", ["skip", "skip it"])
def test_skip_keeps_the_order_as_shown(line):
    engine, shown, turn = _at_order(line)
    assert engine.slots["questions_order"] == shown and turn.state == "summary_sure"


def test_a_question_of_ones_own_named_by_a_word_in_it_is_dropped():
    engine, shown, turn = _at_order("drop the one about jake coming", added=["Should Jake come to the appointment?"])
    assert "Should Jake come to the appointment?" not in engine.plan()["questions"]
    assert engine.slots["questions_order"] == shown[:5]
