"""User trial 7 (helper t13), findings 9, 10 and 11: at the question steps, a question of one's own is
kept on the list (never "I cannot answer that here"), "what else i can do" is the options question, and
"nr 3 is wrong" takes 3 off the list, never puts it first. Phrasings of our own beside the trial's."""

import pytest

from tests.support import talk

TO_QUESTIONS = ["1", "whether to have surgery on my knee", "the doctor did not explain other options", "2", "1", "none", "none",
                "2, 10", "none", "1", "1", "no", "ok", "none", "ok", "all", "skip", "2", "1"]
TO_OWN = [*TO_QUESTIONS, "1, 3, 5, 6"]
TO_ORDER = [*TO_OWN, "skip"]


def _listed(engine) -> str:
    return " | ".join(engine.slots.get("questions_order") or []) + " | " + " | ".join(engine.slots.get("questions_added") or []) \
        + " | " + str(engine.slots.get("questions_own") or "")


@pytest.mark.parametrize("line", [
    "do i have to taper off the sertraline first",
    "should i stop my blood thinner before",
    "do i have to go to the same hospital for the scan",
    "will i be able to drive after",
    "how long i not work after?",
    "can my wife stay with me in the hospital",
])
def test_a_question_at_the_add_your_own_step_is_kept(line):
    engine, turns = talk([*TO_OWN, line])
    assert turns[-1].state == "questions_order", turns[-1].text
    assert "cannot answer" not in turns[-1].text
    assert line.rstrip("?") in engine.slots.get("questions_own", "")


@pytest.mark.parametrize("line", ["what should i write here", "what do you mean"])
def test_a_question_about_the_step_itself_still_gets_help(line):
    engine, turns = talk([*TO_OWN, line])
    assert turns[-1].state == "questions_own" and turns[-1].kind == "reply"
    assert not engine.slots.get("questions_own")


@pytest.mark.parametrize("line, asked", [
    ("1, 3, 5. how long i not work after?", "How long i not work after?"),
    ("2 5 6, and when can i go back to my job", "When can i go back to my job?"),
    ("the risks, the options and waiting. do i need someone at home after", "Do i need someone at home after?"),
    ("1 3 6 - is physio included", "Is physio included?"),
    ("risk, what if wait, what else i can do. how long i not work after?", "How long i not work after?"),
])
def test_an_own_question_beside_the_picks_goes_on_the_list(line, asked):
    engine, turns = talk([*TO_QUESTIONS, line])
    assert turns[-1].state == "questions_own", turns[-1].text
    assert asked in (engine.slots.get("questions_added") or [])


@pytest.mark.parametrize("line", ["what else i can do, risks and waiting", "risk, what if wait, what else i can do",
                                  "what else can we do, the risks, and what if we wait", "other ways, risks, wait"])
def test_what_else_i_can_do_is_the_options_question(line):
    engine, _ = talk([*TO_QUESTIONS, line])
    assert "q3" in engine.slots["questions_picked"] and "q1" not in engine.slots["questions_picked"]


def test_what_else_it_could_be_is_still_the_diagnosis_question():
    engine, _ = talk([*TO_QUESTIONS, "what else it could be, risks, waiting"])
    assert "q1" in engine.slots["questions_picked"]


@pytest.mark.parametrize("line, gone", [
    ("nr 3 is wrong. i mean other options, no operacja", 2),  # the list: q1, q3, q5, q6 (3rd is q5)
    ("3 is wrong", 2),
    ("number 2 isn't what I meant", 1),
    ("4 is not mine", 3),
    ("question 1 is a mistake", 0),
])
def test_a_number_said_to_be_wrong_is_taken_off_never_put_first(line, gone):
    engine, turns = talk([*TO_ORDER])
    items = list(engine.slots.get("questions_order") or [])
    shown = turns[-1].text
    assert turns[-1].state == "questions_order"
    engine.respond(line)
    order = engine.slots["questions_order"]
    listed = [q for q in shown.splitlines() if q[:2] in ("1.", "2.", "3.", "4.")]
    taken = listed[gone].split(". ", 1)[1]
    assert taken not in order and len(order) == 3, (order, items)


def test_a_wrong_number_that_would_leave_too_few_is_asked_about():
    engine, _ = talk([*TO_ORDER])
    engine.respond("drop 1")
    turn = engine.respond("back")
    turn = engine.respond("2 is wrong and 3 is wrong")
    assert turn.state == "questions_order" and turn.kind == "reask"
