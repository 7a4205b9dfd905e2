"""User trial 7, findings 23 and 24 (helper t13): after "No, not right now" at the check question or
the emergency turn, the choices typed on the same line are read as the answer, and the sentence that
told the sign is kept as a note for the doctor. Nothing typed is lost; nothing is asked twice."""

import pytest

from assistant.screened_part import split
from tests.support import talk

AT_SIGNS = ["1", "knee surgery", "skip", "2", "1", "none", "none"]
AT_RED_FLAGS = ["1", "knee surgery", "skip", "2", "1", "none"]


@pytest.mark.parametrize("line, answer, picked, note", [
    ("peace of mind mostly. oh and my chest was tight this morning, gone now", "no",
     ["peace_of_mind"], "my chest was tight this morning, gone now"),
    ("many options. also i coughed up blood earlier", "no", ["many_options"], "i coughed up blood earlier"),
    ("not heard; and some days i want to die", "no, not right now", ["not_heard"], "some days i want to die"),
    ("the diagnosis is rare. my lips went blue yesterday", "2", ["rare_complex"], "my lips went blue yesterday"),
    ("new diagnosis, many options n no clear way, peace of mind. also her sugar was 58 this morning but juice fixed it",
     "no", ["serious_diagnosis", "many_options", "peace_of_mind"], "her sugar was 58 this morning but juice fixed it"),
    ("6. and i dont feel heard. tbh everyone would be better off without me", "no",
     ["treatment_failed", "not_heard"], "everyone would be better off without me"),
])
def test_the_picks_on_a_checked_line_are_the_answer_once_the_sign_is_not_happening(line, answer, picked, note):
    engine, turns = talk([*AT_SIGNS, line])
    assert turns[-1].state in ("urgent_care_check", "urgent_care")  # screened first, as every line is
    turn = engine.respond(answer)
    assert turn.state == "signs_more", turn.text  # not the whole list again
    assert engine.slots["signs"] == picked
    assert note in engine.slots["answer_notes"]["signs"]  # the sign is kept for the doctor, not dropped
    assert "as a note for the doctor" in turn.text and "from where we were" not in turn.text


def test_none_beside_a_sign_of_last_night_is_stored_with_the_sign_kept():
    engine, turns = talk([*AT_RED_FLAGS, "NONE. HAD CHILLS N A BIT OF FEVER LAST NITE THO"])
    assert turns[-1].state == "urgent_care_check"
    turn = engine.respond("NO. JUST LAST NITE. OK NOW")
    assert turn.state == "signs" and engine.slots["red_flags"] == ["none"]
    assert "FEVER LAST NITE" in engine.slots["answer_notes"]["red_flags"]


@pytest.mark.parametrize("line, answer", [
    ("he has chest pain", "no"),  # the whole line is the sign: nothing else to read
    ("blah blah. she had a seizure last night", "no"),  # what is left answers nothing
    ("1 and 8. also she has crushing chest pain right now", "yes"),  # happening now: nothing read
    ("peace of mind. my chest was tight this morning", "yes it is"),
])
def test_no_answer_is_read_when_nothing_else_was_said_or_the_sign_is_happening(line, answer):
    engine, _ = talk([*AT_SIGNS, line])
    turn = engine.respond(answer)
    assert "signs" not in engine.slots
    assert turn.state in ("signs", "urgent_care")


def test_a_sign_picked_at_the_red_flag_question_is_never_read_from_the_rest():
    engine, _ = talk([*AT_RED_FLAGS, "chest pain. also she had chills last night"])
    engine.respond("no")
    assert engine.slots.get("red_flags") in (None, ["none"])  # never a sign picked from the held line


@pytest.mark.parametrize("line, answer, told", [
    ("new diagnosis, peace of mind. also her sugar was 58 this morning but juice fixed it",
     "new diagnosis, peace of mind.", "her sugar was 58 this morning but juice fixed it"),
    ("1 8 10, also her sugar was 58 this morning", "1 8 10", "her sugar was 58 this morning"),
    ("NONE. HAD CHILLS N A BIT OF FEVER LAST NITE THO", "NONE.", "HAD CHILLS N A BIT OF FEVER LAST NITE THO"),
    ("he has chest pain", "", "he has chest pain"),
    ("peace of mind", "peace of mind", ""),
    ("", "", ""),
])
def test_the_line_is_cut_at_the_clause_that_tells_the_sign(line, answer, told):
    assert split(line) == (answer, told)
