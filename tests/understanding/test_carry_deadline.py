"""A deadline said with the decision ("his prostate out next month") is offered at the deadline
question for a Yes, never stored unasked; a time that is not a coming deadline is not offered."""

from __future__ import annotations

import pytest

from support import talk


def _to_deadline(decision: str, why: str = "skip"):
    engine, turns = talk(["2", "my husband", decision, why])
    return engine, turns[-1]


def test_next_month_in_the_decision_is_offered_at_the_deadline_question():
    engine, turn = _to_deadline("whether he should have his prostate out next month, im not sure its the only way")
    assert turn.state == "decision_when" and turn.kind == "confirm"
    assert turn.choices == ["Yes", "No"]
    assert 'You said "next month". Did you mean *Within a few weeks*?' in turn.markdown
    assert "By when does the choice need to be made?" in turn.markdown  # the question itself is shown too
    assert "deadline" not in engine.slots  # nothing stored before the Yes
    _, turns = talk(["yes"], engine)
    assert engine.slots["deadline"] == "weeks" and turns[-1].state == "decision_situation"


def test_a_date_in_the_decision_is_kept_with_the_yes():
    engine, turn = _to_deadline("the surgeon booked the op for january 10 and we dont know if we should")
    assert 'You said "for january 10"' not in turn.markdown and '"january 10"' in turn.markdown
    talk(["Yes"], engine)
    assert engine.slots["deadline"] == "weeks" and engine.slots["deadline_date"] == "2027-01-10"


def test_no_to_the_offer_asks_the_question_and_keeps_nothing():
    engine, turn = _to_deadline("chemo first or surgery, they said to decide in 3 weeks")
    assert '"in 3 weeks"' in turn.markdown
    _, turns = talk(["no"], engine)
    assert turns[-1].state == "decision_when" and turns[-1].kind != "confirm"
    assert "deadline" not in engine.slots and "deadline_date" not in engine.slots
    _, turns = talk(["a few months"], engine)
    assert engine.slots["deadline"] == "months"


def test_a_time_in_the_reason_for_doubt_is_offered_too():
    engine, turn = _to_deadline("whether to get the pacemaker", "they want to put it in asap and nobody explained why")
    assert turn.kind == "confirm" and "*Within days*" in turn.markdown


@pytest.mark.parametrize("decision", [
    "she was diagnosed 2 weeks ago and they want surgery",  # a time gone by
    "whether to do radiation for 6 weeks",  # how long it lasts
    "whether to wait a year and watch it",  # an option, not a deadline
    "whether to start the new medicine now",  # too vague to be a deadline
    "last month they found a spot on his lung",
    "which treatment to choose",
    "surgery in 3 weeks or we could wait until next year",  # two deadlines in different bands
])
def test_a_time_that_is_not_one_coming_deadline_is_not_offered(decision):
    engine, turn = _to_deadline(decision)
    assert turn.state == "decision_when" and turn.kind != "confirm"
    assert "You said" not in turn.markdown and "deadline" not in engine.slots


def test_the_offer_is_screened_like_any_line():
    engine, turn = _to_deadline("whether to have the valve surgery next month")
    _, turns = talk(["yes but he has crushing chest pain right now"], engine)
    assert turns[-1].state.startswith("urgent")


# The user trial of 2026-12-04 (second): times from sentences that tell what happened, or how long
# something has lasted, were offered as the deadline ("You said 'in 2 days'" - the neighbour's stay).
@pytest.mark.parametrize("why", [
    "my neighbor had the TAVR and was home in 2 days, so why open heart for me",
    "the curve went from 35 to 48 in a year and the brace didnt help",
    "i am in dialysis 2 years and they say no to transplant",
    "my sister had the same thing and recovered in 3 weeks",
    "she was in hospital for 10 days last time",
])
def test_a_time_told_about_what_happened_or_how_long_is_not_offered(why):
    engine, turn = _to_deadline("whether to have the surgery", why)
    assert turn.state == "decision_when" and turn.kind != "confirm"
    assert "You said" not in turn.markdown


@pytest.mark.parametrize("why, said", [
    ("the doctor said surgery in 3 weeks but nobody explained other options", "in 3 weeks"),
    ("i was told within 2 weeks and i dont feel ready", "within 2 weeks"),
    ("they want a cath done first, thats in 2 weeks", "in 2 weeks"),
    ("surgery scheduled 3 weeks from now", "3 weeks"),
])
def test_a_time_told_as_what_someone_said_or_planned_is_still_offered(why, said):
    engine, turn = _to_deadline("whether to have the surgery", why)
    assert turn.kind == "confirm" and f'You said "{said}"' in turn.markdown


@pytest.mark.parametrize("answer", ["They want to schedule it for summer break, so June", "june", "in march i think they said"])
def test_a_month_named_at_the_deadline_question_is_kept_in_the_persons_words_for_the_plan(answer):
    engine, _ = _to_deadline("whether to have the surgery")
    talk([answer], engine)
    assert engine.slots["deadline"] == "months"
    assert engine.slots["deadline_text"] == answer
    assert engine.plan()["said"]["deadline_text"] == answer  # the plan's "The deadline:" line shows it
