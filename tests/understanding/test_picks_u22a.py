"""Pick-several answers kept whole (helper u22a): a plain pick is never lost to a doubt said after it, a doubt on one
item never swallows the items said after it, and "none of the others" after a pick told in lay words closes the
list. Wordings of our own, not the corpus lines, and look-alikes that must keep their reading."""

from __future__ import annotations

import pytest

from assistant.understanding import UNCLEAR
from benchmarks.understanding import prepare

from .reading_support import picks, reading


def turn(state: str, line: str):
    engine = prepare(state, "patient")
    return engine, engine.respond(line)


# --- plain picks, then "not sure about N": the picks kept, N offered back by name ------------------------------------

@pytest.mark.parametrize("state, line, kept, quoted", [
    ("signs", "1, not sure about 2", {"serious_diagnosis"}, "not sure about 2"),
    ("records", "1, not sure about 2", {"imaging"}, "not sure about 2"),
    ("questions", "1, 3, 4 not sure about 5", {"q1", "q3", "q4"}, "not sure about 5"),
    ("compare_differs", "4, not sure about 3", {"treatment"}, "not sure about 3"),
    ("compare_context", "1. unsure about 5 tbh", {"urgent"}, "unsure about 5 tbh"),
    ("specialist_focus", "1 and 3, unsure about 5", {"imaging", "surgery"}, "unsure about 5"),
    ("decision_sure", "2 and 4, not sure about number 1", {"understand", "support"}, "not sure about number 1"),
    ("records", "scans and labs, not sure about the biopsy", {"imaging", "labs"}, "not sure about the biopsy"),
])
def test_plain_picks_are_kept_and_the_doubted_last_one_is_asked(state, line, kept, quoted):
    result = reading(state, line)
    assert result.certainty == UNCLEAR and set(result.value) == kept and result.unclear == quoted


def test_the_doubted_choice_is_named_back_and_a_yes_adds_it():
    engine, said = turn("signs_more", "1, not sure about 2")
    assert said.kind == "reask" and 'Add "My insurance asks for a second opinion" too?' in said.text
    assert "I got 1." in said.text
    engine.respond("yes")
    assert engine.slots["signs_more"] == ["comorbidities", "insurance_requires"]


@pytest.mark.parametrize("answer, stored", [("no", ["comorbidities"]), ("that's all", ["comorbidities"])])
def test_the_doubted_choice_is_left_out_on_a_no(answer, stored):
    engine, _ = turn("signs_more", "1, not sure about 2")
    engine.respond(answer)
    assert engine.slots["signs_more"] == stored


def test_two_doubted_choices_are_asked_about_together_the_plain_pick_kept():
    result = reading("signs_more", "1, not sure about 2 and 3")
    assert result.certainty == UNCLEAR and result.value == ["comorbidities"]
    assert result.unclear == "not sure about 2 and 3"


@pytest.mark.parametrize("state, line", [
    ("signs", "not sure about 2"),  # a doubt alone: no pick to keep
    ("urgent_care_check", "1, not sure about 2"),  # never at the urgent checks
    ("signs_more", "1, not sure about the rest"),  # "the rest" names no choice: the 1 is stored
])
def test_look_alikes_are_not_read_as_a_doubted_last_choice(state, line):
    result = reading(state, line)
    assert not (result.certainty == UNCLEAR and result.unclear.startswith("not sure about") and result.value)


def test_a_doubt_about_the_rest_keeps_the_plain_picks():
    assert picks("signs_more", "1, not sure about the rest") == {"comorbidities"}


@pytest.mark.parametrize("line, kept", [("3, not sure about 5", ["heart_attack"]), ("4. not sure about 1 though", ["breathing"])])
def test_a_sign_said_plainly_beside_a_doubted_one_at_the_danger_list_leads_to_the_emergency_advice(line, kept):
    engine, said = turn("red_flags", line)  # it gave the reply for not knowing and lost the sign said plainly
    assert engine.state == "urgent_care" and said.urgent
    assert reading("red_flags", line).value == kept


def test_a_doubt_alone_at_the_danger_list_keeps_the_direct_check_reply():
    engine, said = turn("red_flags", "not sure about 5")
    assert said.kind == "reply" and "call a doctor or nurse now" in said.text


# --- a hedge on one record does not swallow the records said after it ------------------------------------------------

@pytest.mark.parametrize("line, quoted", [
    ("the scans, maybe the labs and the letters", "maybe the labs and the letters"),
    ("the scans, maybe the labs and the stuff from the gp", "maybe the labs and the stuff from the gp"),
])
def test_a_record_after_a_hedged_one_is_asked_about_with_it(line, quoted):
    result = reading("records", line)
    assert result.certainty == UNCLEAR and result.value == ["imaging"] and result.unclear == quoted
    engine, said = turn("records", line)
    assert "Add " not in said.text  # never offered as the one hedged choice: a yes would drop the letters
    assert quoted in said.text


@pytest.mark.parametrize("line", ["the scans, maybe the labs and thats it", "the scans, maybe the labs"])
def test_a_list_closed_after_the_hedge_offers_only_the_hedged_choice(line):
    engine, said = turn("records", line)
    assert 'You said "maybe the labs". Add "Lab results and other tests, like an ECG" too?' in said.text


def test_a_plain_record_after_a_hedged_one_is_kept():
    result = reading("records", "scans, probably labs and the op notes")
    assert result.certainty == UNCLEAR and set(result.value) == {"imaging", "procedure_notes"}
    assert result.unclear == "probably labs"


# --- one sign told in lay words, then "none of the others" -----------------------------------------------------------

@pytest.mark.parametrize("state, line, kept", [
    ("signs", "honestly i just want peace of mind, none of the others", {"peace_of_mind"}),
    ("signs", "the doctor doesnt listen to me, no to the rest", {"not_heard"}),
    ("signs", "we tried the tablets for months and they didnt help, the others dont apply", {"treatment_failed"}),
    ("signs_more", "she has diabetes and a bad heart as well, none of the rest", {"comorbidities"}),
    ("signs", "1 and 3, none of the others", {"serious_diagnosis", "high_risk_treatment"}),
])
def test_one_sign_in_lay_words_and_none_of_the_others(state, line, kept):
    assert picks(state, line) == kept


def test_none_of_the_others_alone_is_none():
    assert picks("signs_more", "none of the others") == {"none"}


# --- "no one" who does something is never the "no" of None of these ---------------------------------------------------

@pytest.mark.parametrize("state, line, kept", [
    ("signs", "no one explains anything and the surgery is huge", {"not_heard", "major_procedure"}),
])
def test_no_one_doing_something_is_read_for_what_they_do(state, line, kept):
    assert picks(state, line) == kept


def test_no_one_doing_something_the_question_has_no_choice_for_is_never_stored_as_none():
    result = reading("signs", "no one takes me seriously")  # not taken seriously is the next question's choice
    assert not (result.value and "none" in result.value)


@pytest.mark.parametrize("state, line", [("signs", "no one"), ("signs_more", "no one of these"), ("signs_more", "no one fits"),
                                         ("signs", "none"), ("signs_more", "no")])
def test_no_one_alone_is_still_none(state, line):
    assert picks(state, line) == {"none"}
