"""Found in user trial 6 (2026-12-04): misreads and needless re-asks, in the people's own words
(findings 8, 11, 14, 15/16, 17/18; the plan's findings are in tests/test_user_trial6_plan.py)."""

from __future__ import annotations

import pytest
from support import talk

# To the list of questions to ask: knee surgery, a few weeks, a second opinion planned.
TO_QUESTIONS = ["1", "whether to have surgery on my knee", "the doctor did not explain other options", "2", "1", "none", "none",
                "2, 10", "none", "1", "1", "no", "ok", "none", "ok", "all", "skip", "2", "1"]


def _added(engine) -> list[str]:
    return engine.slots.get("questions_added") or []


# ---- 11. An own question said beside the picks, in statement form, goes on the list and is said back.

@pytest.mark.parametrize("line, picks, asked", [
    ("3, 5, 6, 9. i want to ask about the valve thru a catheter instead of open heart", ["q3", "q5", "q6", "q9"],
     "What about the valve thru a catheter instead of open heart?"),
    ("1, 2, 3, 6. I want to ask about molecular testing of the nodule", ["q1", "q2", "q3", "q6"], "What about molecular testing of the nodule?"),
    ("3, 5, 6 and 8. And I want to ask am I a candidate for keeping my bladder with chemo and radiation",
     ["q3", "q5", "q6", "q8"], "Am I a candidate for keeping my bladder with chemo and radiation?"),
    ("1 2 and 5, also ask how long till I can drive again", ["q1", "q2", "q5"], "How long till I can drive again?"),
    ("2, 4, 6. I'd like to ask if the hospital does many of these", ["q2", "q4", "q6"], "Whether the hospital does many of these?"),
])
def test_an_own_question_beside_the_picks_is_kept_and_said_back(line, picks, asked):
    engine, turns = talk([*TO_QUESTIONS, line])
    assert engine.slots["questions_picked"] == picks and asked in engine.plan()["questions"]
    assert _added(engine) == [asked] and f'"{asked}"' in turns[-1].text and "added it to your questions" in turns[-1].text
    assert turns[-1].state == "questions_own"


ORDERED = [*TO_QUESTIONS, "1, 2, 3, 5, 6", "skip"]


@pytest.mark.parametrize("line, asked", [
    ("drop 5. and add can he get the valve through a catheter instead of open heart surgery?",
     "Can he get the valve through a catheter instead of open heart surgery?"),
    ("put 5 first. And add: can my heart handle a surgery this big?", "Can my heart handle a surgery this big?"),
    ("put 4 first and also ask whether I can drive after", "Whether I can drive after?"),
])
def test_an_own_question_beside_a_new_order_is_kept(line, asked):
    engine, turns = talk([*ORDERED, line])
    assert turns[-1].state == "summary_sure" and asked in _added(engine) and asked in turns[-1].text
    assert engine.plan()["questions"][-1] == asked  # in the plan, after the ones put in order


def test_the_order_change_itself_still_holds():
    engine, _ = talk([*ORDERED, "drop 5. and add can he get the valve through a catheter instead of open heart surgery?"])
    assert engine.slots["questions_removed"] == ["What happens if we wait two weeks? Two months?"]
    assert "What happens if we wait two weeks? Two months?" not in engine.plan()["questions"]
    engine, _ = talk([*ORDERED, "put 5 first. And add: can my heart handle a surgery this big?"])
    assert engine.plan()["questions"][0] == "What happens if we wait two weeks? Two months?"


@pytest.mark.parametrize("line", ["add 2", "1, 2, 3 and add 7", "3, 5, 6. i want to ask"])
def test_picks_or_a_bare_wish_are_no_question(line):
    engine, _ = talk([*TO_QUESTIONS, line]) if not line.startswith("add") else talk([*ORDERED, line])
    assert not any(q.lower().startswith(("7", "2")) for q in _added(engine)) and "Add 7?" not in _added(engine)


# ---- 8. Knowing one side only is not "the good and bad points of EACH option".
AT_SURE = ["1", "whether to have surgery", "skip", "2", "1"]


@pytest.mark.parametrize("line, kept", [
    ("I know the good and bad of surgery pretty well, my brother-in-law had it. Don't know much about the other way. "
     "Got plenty of support, my daughter and the guys from the firehouse.", ["support"]),
    ("i know the risks of surgery. no idea about the alternative. my wife helps me a lot", ["support"]),
    ("I know the pros and cons of the operation but not of the other options", None),
    ("i know the good and bad of surgery, i only know the surgery side", None),
])
def test_one_side_known_is_not_each_option(line, kept):
    engine, turns = talk([*AT_SURE, line])
    assert "understand" not in (engine.slots.get("sure_before") or [])
    assert "left \"I know the good and bad points of each option\" unticked" in turns[-1].text and "type 2" in turns[-1].text
    assert engine.slots.get("sure_before") == kept
    assert "What did you mean by" not in turns[-1].text  # the supporters named are no part to ask about


@pytest.mark.parametrize("line", ["I know the good and bad of both", "2 and 4", "i know the pros and cons of each option"])
def test_each_option_known_is_still_ticked(line):
    engine, _ = talk([*AT_SURE, line])
    assert "understand" in engine.slots["sure_before"]
