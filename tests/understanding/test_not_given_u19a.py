"""Never store a reading the person did not clearly give (helper u19a): a deadline alone is no reason, a wish at the
SURE tests is a note, easy travel is no "Travel is hard". Wordings of our own, and look-alikes that keep their reading."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare


def _after(state: str, line: str, role: str = "patient"):
    engine = prepare(state, role)
    turn = engine.respond(line)
    return engine, turn


# --- What makes you unsure: a deadline alone -----------------------------------------------------

@pytest.mark.parametrize("line, band", [
    ("the surgeon want answer in 2 wks", "Within a few weeks"),
    ("they need a decision by friday", "Within days"),
    ("the doctor wants to know by next month", "Within a few weeks"),
    ("in 3 weeks", "Within a few weeks"),
])
def test_a_deadline_alone_is_no_reason_and_is_offered_at_by_when(line, band):
    engine, turn = _after("decision_why", line)
    assert not engine.slots.get("unsure_because")
    assert engine.slots["answer_notes"]["decision_why"] == line
    assert engine.state == "decision_when" and band in turn.text and "worth telling" not in turn.text
    engine.respond("yes")
    assert engine.slots.get("deadline") in ("days", "weeks")


@pytest.mark.parametrize("line", [
    "the surgeon wants an answer in 2 weeks and I dont know which is right",  # a reason beside the deadline
    "scared, the surgery is in 2 weeks",
    "had pain for 6 weeks and nothing helps",  # a time gone by
    "the doctor did not explain the other options",
])
def test_a_reason_is_kept_as_typed(line):
    engine, _ = _after("decision_why", line)
    assert engine.slots.get("unsure_because") == line


# --- The SURE tests: a wish is kept as a note -------------------------------------------------------

@pytest.mark.parametrize("state", ["decision_sure", "summary_sure"])
@pytest.mark.parametrize("line", ["she want to be home for christmas", "he hopes to see his grandkids graduate",
                                  "mum wants to stay in her own house"])
def test_a_wish_alone_is_kept_and_the_question_asked_again(state, line):
    engine, turn = _after(state, line, "caregiver")
    assert engine.state == state and turn.kind == "reask"
    assert engine.slots["answer_notes"][state] == line and "kept" in turn.text


def test_a_wish_beside_picks_keeps_the_picks_and_the_note():
    engine, _ = _after("summary_sure", "1 and 2, she want to be home for christmas", "caregiver")
    assert engine.slots["sure_after"] == ["sure", "understand"]
    assert "home for christmas" in engine.slots["answer_notes"]["summary_sure"]


@pytest.mark.parametrize("line, picked", [("2", ["understand"]), ("1 and 2", ["sure", "understand"])])
def test_picks_without_a_wish_keep_no_note(line, picked):
    engine, _ = _after("summary_sure", line, "caregiver")
    assert engine.slots["sure_after"] == picked and "summary_sure" not in (engine.slots.get("answer_notes") or {})


# --- What the choice rests on: travel said to be easy ----------------------------------------------------

@pytest.mark.parametrize("line", ["we dont need to go far", "distance isn't a problem", "we live close by",
                                  "travel is fine for us", "not far from the hospital"])
def test_easy_travel_alone_is_asked_again_without_travel(line):
    engine, turn = _after("specialist_focus", line)
    assert engine.state == "specialist_focus" and "focus" not in engine.slots
    assert "left choice 6 out" in turn.text


@pytest.mark.parametrize("line, focus", [
    ("the biopsy. travel is fine", ["pathology"]),
    ("the scans, and we dont need to go far", ["imaging"]),
])
def test_easy_travel_beside_a_pick_keeps_only_the_pick(line, focus):
    engine, _ = _after("specialist_focus", line)
    assert engine.slots.get("focus") == focus


@pytest.mark.parametrize("line", ["not close to home", "hours away", "we cant go far", "far"])
def test_hard_travel_still_reads_as_hard(line):
    engine, turn = _after("specialist_focus", line)
    assert engine.slots.get("focus") == ["travel_hard"] or "Travel is hard" in turn.text


# --- The SURE tests: "some yes, some no" over the whole list -------------------------------------------

@pytest.mark.parametrize("state", ["decision_sure", "summary_sure"])
@pytest.mark.parametrize("line", ["yes and no", "honestly a bit of both", "some are, some arent", "partly yes, partly no"])
def test_some_yes_some_no_is_asked_which(state, line):
    engine, turn = _after(state, line)
    assert engine.state == state and turn.kind == "reask" and "Which ones hold" in turn.text
    assert "sure_before" not in engine.slots and "sure_after" not in engine.slots


@pytest.mark.parametrize("line, picked", [("none", ["none"]), ("no", ["none"]), ("2", ["understand"])])
def test_plain_answers_at_the_sure_test_keep_their_reading(line, picked):
    engine, _ = _after("decision_sure", line)
    assert engine.slots.get("sure_before") == picked


# --- The SURE tests: an item wished for is not an item that holds -----------------------------------------

@pytest.mark.parametrize("state", ["decision_sure", "summary_sure"])
@pytest.mark.parametrize("line", ["I want to understand the options better", "i wish i had more support",
                                  "would like to feel sure", "need to know more about the options"])
def test_an_item_wished_for_is_asked(state, line):
    engine, turn = _after(state, line)
    assert engine.state == state and turn.kind == "reask" and "would like" in turn.text


@pytest.mark.parametrize("line, picked", [
    ("I feel sure, but need more advice", ["sure"]),  # the wish is for advice, the item said plainly
    ("I know what matters to me, she'd want to be comfortable", ["values"]),
    ("I understand the options", ["understand"]),
    ("2 and 3", ["understand", "values"]),
])
def test_items_said_plainly_beside_a_wish_are_kept(line, picked):
    engine, _ = _after("decision_sure", line)
    assert engine.slots.get("sure_before") == picked
