"""Round 17: silent misreads, each mechanism tested with wording of our own.

When is a reading not safe to store (assistant/understanding/unsafe.py and the modules named
below)? A second answer offered, a line led by not knowing, a count only said as lost or hanging
on whether someone counts, "the other" for the speaker, a question, one person said against
another, a plan whose first step was not understood. Each test also holds the plain line, so
the check cannot pass by refusing everything.
"""

from __future__ import annotations

import pytest

from assistant.understanding import LIKELY, UNCLEAR
from understanding.reading_support import pick, picks, reading, stored


# --- the person offers a second answer themselves: asked ---------------------------------------

@pytest.mark.parametrize("state, line", [
    ("compare_decision_point", "after the scan results I suppose, or maybe once my sister visits"),
    ("compare_decision_point", "when the biopsy is back, or perhaps after the tumor board"),
    ("decision_situation", "the op is behind us. now they talk about radiation or possibly nothing"),
    ("fit", "plan a second opinion, or maybe just keep going"),
])
def test_a_second_answer_offered_by_the_person_is_asked(state, line):
    assert not stored(reading(state, line))


@pytest.mark.parametrize("state, line, expected", [
    ("compare_decision_point", "after the scan results", "yes"),
    ("fit", "plan a second opinion", "second_opinion"),
])
def test_one_answer_without_a_second_is_still_stored(state, line, expected):
    assert pick(state, line) == expected


def test_a_second_alternative_inside_the_same_pick_at_a_pick_any_question_stays():
    # "a lymphoma or maybe another blood cancer type": both sides are the same pick
    assert picks("specialist_focus", "it's a lymphoma or maybe another blood cancer type") == {"subtype"}
    assert not stored(reading("specialist_focus", "the biopsy or maybe the surgery"))


# --- a line led by not knowing, then an answer: offered back ------------------------------------

@pytest.mark.parametrize("state, line", [
    ("fit_opinions", "idk like a bunch of doctors in the ER saw me"),
    ("compare_first", "not sure, several doctors at the clinic"),
])
def test_an_answer_after_saying_one_does_not_know_is_offered_back(state, line):
    result = reading(state, line)
    assert result.certainty == LIKELY and result.value is not None


@pytest.mark.parametrize("state, line", [
    ("fit_opinions", "dunno, loads of people at the hospital saw him"),
    ("fit_opinions", "i have no idea, a couple of doctors in urgent care I guess"),
])
def test_not_knowing_first_never_stores_a_count(state, line):
    assert not stored(reading(state, line))


# --- counts said only as not known, or hanging on whether someone counts ------------------------

@pytest.mark.parametrize("state, line", [
    ("compare_first", "honestly i've lost count"),
    ("compare_first", "we lost count ages ago"),
])
def test_a_count_said_only_as_lost_is_offered_back(state, line):
    assert reading(state, line).certainty == LIKELY


@pytest.mark.parametrize("line", ["honestly i've lost track", "I can't remember how many, to be truthful"])
def test_a_count_not_remembered_is_never_stored(line):
    assert not stored(reading("fit_opinions", line))


@pytest.mark.parametrize("state, line, expected", [
    ("fit_opinions", "lost count, like six of them", "many"),
    ("compare_first", "I've lost count, so many", "three_plus"),
])
def test_a_lost_count_with_an_amount_is_the_amount(state, line, expected):
    assert pick(state, line) == expected


@pytest.mark.parametrize("state, line", [
    ("fit_opinions", "two, if you count the nurse practitioner"),
    ("compare_first", "three, if you include the ER doctor"),
])
def test_a_count_that_hangs_on_whether_someone_counts_is_asked_when_it_changes_the_answer(state, line):
    result = reading(state, line)
    assert result.certainty == UNCLEAR and len(result.options) == 2


def test_a_count_that_hangs_on_someone_but_lands_on_the_same_answer_is_kept():
    assert pick("fit_opinions", "five, if you count my GP") == "many"


@pytest.mark.parametrize("line, expected", [
    ("two oncologists and the surgeon", "many"),
    ("three specialists and my GP", "many"),
    ("a surgeon and then a cardiologist", "one_more"),
])
def test_doctors_named_after_a_count_are_counted_too(line, expected):
    assert pick("fit_opinions", line) == expected


# --- "the other" for the speaker, beside one person's answer: asked -----------------------------

@pytest.mark.parametrize("line", [
    "My husband would pick the gentler one. I'd go for the other.",
    "He wants the gentler plan, but me, I want the other one",
])
def test_one_answer_for_someone_and_the_other_for_the_speaker_is_asked(line):
    assert not stored(reading("compare_values", line))


def test_the_other_doctor_is_a_person_not_another_choice():
    assert pick("compare_values", "the gentler plan, and I trust the other doctor") == "gentler"


# --- a question, never an answer -----------------------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("logistics_ask", "my doctor could get upset if I ask him?"),
    ("welcome", "First: does 'I am the patient' include my own records? I have some at home."),
])
def test_a_line_put_as_a_question_gets_a_reply_and_stores_nothing(state, line):
    result = reading(state, line)
    assert result.asked and not stored(result)


# --- said of one and the opposite of another: asked ---------------------------------------------

@pytest.mark.parametrize("line", [
    "my family doctor isn't a specialist but the neurologist is",
    "the first doctor is not an expert in this, but the second one is.",
])
def test_said_of_one_doctor_and_the_opposite_of_another_is_asked(line):
    assert not stored(reading("signs_more", line))


def test_the_plain_statement_is_still_stored():
    assert picks("signs_more", "my family doctor isn't a specialist") == {"not_specialist"}


# --- a plan in steps whose first step was not understood: asked ---------------------------------

@pytest.mark.parametrize("line", [
    "FOLFOX first, then maybe an operation",
    "ABVD then consider surgery",
])
def test_a_plan_whose_first_step_is_not_understood_is_never_stored_as_the_later_step(line):
    # A chemo regimen's name is understood now (user trial 4): the first step may be stored, the later one never.
    result = reading("compare_two_treatment", line)
    assert not stored(result) or result.value == "strong"


def test_doctors_counted_in_steps_are_not_a_plan():
    assert pick("compare_first", "my surgeon and then another surgeon at the university") == "two"


# --- a thing someone only mentioned, said after it -----------------------------------------------

def test_a_thing_the_doctor_only_mentioned_is_asked_the_rest_kept():
    result = reading("logistics_insurer", "I know the deadline, and some form the nurse brought up")
    assert result.certainty == UNCLEAR and result.value == ["deadline"] and "form" in result.unclear


# --- a report of what someone wants, then "I think": a fact in doubt ----------------------------

def test_what_someone_else_wants_said_with_i_think_is_asked():
    assert not stored(reading("logistics_insurer", "they want it before her operation I think"))


def test_a_wish_of_ones_own_said_softly_is_still_a_choice():
    assert picks("logistics_insurer", "I'd like to know the deadline I think") == {"deadline"}


# --- all but ...: a choice's own name, and "em" ---------------------------------------------------

@pytest.mark.parametrize("state, line, expected", [
    ("fit_alternatives", "everything except the second read", {"structured_followup", "written_plan", "advocate"}),
    ("fit_alternatives", "all but the second one", {"structured_followup", "targeted_review", "advocate"}),
    ("decision_sure", "all of em except the first", {"understand", "values", "support"}),
])
def test_all_but_reads_a_choice_by_name_and_a_place_by_place(state, line, expected):
    assert picks(state, line) == expected


def test_not_knowing_which_of_these_with_asides_is_not_knowing():
    result = reading("signs", "I truly don't know which of these fit any more")
    assert not stored(result)


# --- doctors whose field both operates and does not: asked ---------------------------------------

@pytest.mark.parametrize("line", ["a bone doctor", "the retina specialist"])
def test_a_doctor_whose_field_may_or_may_not_operate_is_asked(line):
    result = reading("compare_one_field", line)
    assert not stored(result) and set(result.options) == {"surgeon", "specialist"}


def test_a_device_put_in_through_a_catheter_is_asked_between_procedure_and_device():
    result = reading("compare_one_treatment", "they want to put a plug in through a catheter, a small device")
    assert not stored(result)
    assert pick("compare_one_treatment", "a catheter procedure to open the valve") == "surgery"


# --- a degree said with resignation: offered back ------------------------------------------------

@pytest.mark.parametrize("line", ["about as sure as I'm going to get", "as sure as it gets"])
def test_a_degree_said_with_resignation_is_offered_back(line):
    assert reading("summary_sure", line).certainty == LIKELY


# --- "everything" alone, with only some named beside it: all offered back -----------------------

@pytest.mark.parametrize("state, line", [
    ("compare_differs", "all of it really, the diagnosis and how soon"),
    ("fit_alternatives", "everything - the written plan, the advocate"),
])
def test_everything_said_alone_beside_a_few_names_offers_all_of_them(state, line):
    result = reading(state, line)
    assert result.certainty == LIKELY and len(result.value) == len([c for c in reading(state, "all of them").value])


def test_everything_said_of_where_things_are_keeps_the_few_named():
    assert picks("records", "labs and scans, everything that's on the portal") == {"labs", "imaging"}


# --- "none", then what the person only wants: asked ----------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("signs", "none really, I only want a fresh pair of eyes on it"),
    ("fit_alternatives", "nothing really, I just want someone to explain it properly"),
])
def test_none_then_what_the_person_only_wants_is_asked(state, line):
    assert not stored(reading(state, line))


@pytest.mark.parametrize("state, line", [
    ("fit_alternatives", "none of these, we want the whole second opinion"),
    ("signs", "none really"),
])
def test_none_said_plainly_or_alone_is_still_none(state, line):
    assert picks(state, line) == {"none"}


# --- a choice's own "not a X" said with one word inside it --------------------------------------

@pytest.mark.parametrize("line, expected", [
    ("her GP is not a lupus specialist, and she also has diabetes and kidney disease", {"not_specialist", "comorbidities"}),
    ("his neurologist isn't an epilepsy specialist", {"not_specialist"}),
])
def test_not_a_specialist_with_a_word_inside_is_the_choice(line, expected):
    assert picks("signs_more", line) == expected


def test_a_not_a_phrase_of_no_choice_with_a_word_inside_picks_nothing():
    assert not stored(reading("signs_more", "the surgeon is not a big talker"))
