"""Round 24: silent misreads, sorted by why the reader was wrongly sure (helper 11a10), each family tested
with wording of our own (never a corpus line). Each family also holds plain lines that must still be stored,
so no check can pass by refusing everything.

Families (assistant/understanding/wrongly_sure_said.py, words in dialogues/wrongly_sure.yaml "Round 24"): a
question in a shape the earlier checks missed; a doubt said with a word of degree in it; "no" used for "not"
read as "None of these"; "both" in other words; two choice numbers at a question that takes one; items of a
list marked "no"; at "Who is this for?", the person saying they are the one typing; the only answer said as an
addition to something not said. And "can't say about X" as a way of not knowing, two opinions already seen at the welcome (words added to the older checks and the lexicon).
"""

from __future__ import annotations

import pytest

from understanding.reading_support import pick, picks, reading, stored


def _asked(state, line) -> bool:
    return not stored(reading(state, line))


# --- a question in a shape the earlier checks missed -------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("timing_tests", "would an eye pressure check count"),
    ("timing_tests", "does the blood work count"),
    ("fit_opinions", "my GP and the heart doctor, is that 2?"),
    ("logistics_insurer", "um whats a referral form"),
    ("fit", "how much does a second opinion cost"),
    ("compare_differs", "urgency means what"),
    ("compare_first", "just one, the GP. the nurse is not a doctor, right?"),
    ("logistics_ask", "so should i tell him first"),
])
def test_a_question_in_a_new_shape_is_asked_not_stored(state, line):
    assert _asked(state, line)


@pytest.mark.parametrize("state, line, expected", [
    ("timing_tests", "yes, a blood test next week", "yes"),
    ("fit", "plan a second opinion", "second_opinion"),
    ("logistics_ask", "I already told him", "already"),
    ("timing_seen", "no, not yet", "no"),
])
def test_a_plain_answer_is_still_stored(state, line, expected):
    assert pick(state, line) == expected


def test_a_plain_pick_at_a_list_is_still_stored():
    assert picks("compare_differs", "the diagnosis and the plan") == {"diagnosis", "treatment"}


# --- a doubt said with a word of degree ------------------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("timing_seen", "yes I think, though I'm not totally sure that visit counts"),
    ("timing_seen", "yes, but I am not completely certain it was after"),
    ("decision_sure", "1. well, actually not really sure"),
    ("decision_sure", "number 1 i suppose, nah not entirely sure"),
    ("logistics_ask", "I already told her, but I'm not fully certain she heard"),
])
def test_a_doubt_with_a_word_of_degree_is_asked_not_stored(state, line):
    assert _asked(state, line)


def test_a_doubt_about_a_choice_not_picked_keeps_the_picks():
    # "not really sure" says the "I feel sure" choice does not hold; the picks named are right
    assert picks("decision_sure", "I know the pros and cons, but not really sure yet") == {"understand"}


# --- "no" used for "not", read as "None of these" ----------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("signs", "the surgeon no explain me anything"),
    ("signs", "my doctor no hear what I say"),
    ("signs_more", "the clinic no tell me"),
    ("signs", "doctor no look at my scan"),
    ("signs", "the doctor no answer my questions"),
])
def test_no_for_not_is_asked_not_read_as_none(state, line):
    assert _asked(state, line)


@pytest.mark.parametrize("state, line", [
    ("signs", "none"),
    ("signs", "honestly no, none of these"),
    ("signs_more", "no"),
])
def test_a_plain_none_is_still_stored(state, line):
    assert stored(reading(state, line))


# --- "both" in other words at a question that takes one ---------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("compare_values", "las dos"),
    ("compare_values", "ambos"),
    ("compare_values", "both really"),
    ("compare_values", "a bit of both, I want her well but not hurting"),
    ("compare_one_treatment", "both?"),
])
def test_both_at_a_pick_one_question_is_asked(state, line):
    assert _asked(state, line)


def test_both_as_the_subject_of_a_sentence_is_still_read():
    assert pick("fit_two_opinions", "both said the same, operate") == "agree"


# --- two choice numbers at a question that takes one ---------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("fit", "maybe 1, or 2 I guess"),
    ("fit", "2 but also 3"),
    ("compare_values", "1 or 2, can't decide"),
    ("decision_when", "3 maybe 4"),
    ("logistics_ask", "1 and 2"),
])
def test_two_choice_numbers_at_a_pick_one_question_are_asked(state, line):
    assert _asked(state, line)


@pytest.mark.parametrize("state, line, expected", [
    ("fit", "1", "second_opinion"),
    ("fit", "2", "alternative"),
])
def test_one_choice_number_is_still_stored(state, line, expected):
    assert pick(state, line) == expected


# --- items of a list marked "no" -----------------------------------------------------------------------

def test_a_pick_from_an_item_marked_no_is_never_stored():
    got = reading("decision_sure", "feel sure: no; support: yes")
    assert not stored(got) or "sure" not in (got.value or [])


# --- a plain list of differences is still read -----------------------------------------------------------

def test_a_plain_difference_is_still_stored():
    assert picks("compare_differs", "the plan and how soon") == {"treatment", "urgency"}


# --- at "Who is this for?", the person says they are the one typing ---------------------------------------

@pytest.mark.parametrize("line", [
    "im typing for my nan",
    "i am typing, its about my uncle",
    "not me, my aunt. im just typing",
    "my dad. i am the one typing",
    "hello, im typing this for my mum",
])
def test_the_one_typing_is_not_read_as_the_patient(line):
    assert pick("welcome", line) != "patient"


@pytest.mark.parametrize("line", [
    "it's for me",
    "me, my son is typing for me",
    "I am the patient, my daughter is helping me type",
])
def test_the_patient_is_still_read(line):
    assert pick("welcome", line) == "patient"


# --- words added to the older checks -----------------------------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("signs_more", "I couldn't say about the insurance, we're on the NHS"),
    ("signs_more", "cant say about insurance"),
    ("welcome", "for my son. we already have two opinions that disagree"),
])
def test_cant_say_and_all_said_loosely_are_asked(state, line):
    assert _asked(state, line)


def test_all_with_a_number_is_still_read():
    assert stored(reading("signs", "1 and 2"))


@pytest.mark.parametrize("line", [
    "we already saw two surgeons and they disagree, it's for my dad",
    "for my wife, we have already seen 2 specialists",
])
def test_two_opinions_already_seen_beside_a_helper_is_not_stored_as_the_helper(line):
    assert pick("welcome", line) != "caregiver"


# --- the only answer said as an addition to something not said ---------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("compare_one_treatment", "she talked also of a brace for the knee"),
    ("compare_one_treatment", "he mentioned also a shunt to drain it"),
    ("compare_two_treatment", "she also spoke of tablets"),
    ("compare_one_treatment", "they also said something about a pump"),
    ("compare_one_treatment", "he also brought up physical therapy"),
])
def test_an_addition_to_something_not_said_is_asked(state, line):
    assert _asked(state, line)


@pytest.mark.parametrize("state, line, expected", [
    ("compare_one_treatment", "surgery", "surgery"),
    ("compare_one_treatment", "watch and wait", "watch"),
])
def test_a_plain_treatment_is_still_stored(state, line, expected):
    assert pick(state, line) == expected


@pytest.mark.parametrize("state, line, expected", [
    ("compare_two_field", "a second urologist, also surgeon", "surgeon"),
    ("welcome", "it is for myself, the surgeon wants to operate and I am not so sure about it", "patient"),
])
def test_an_addition_to_what_is_said_or_a_doubt_about_something_named_is_still_read(state, line, expected):
    assert pick(state, line) == expected


def test_a_wh_word_before_to_names_a_difference_and_is_still_read():
    assert picks("compare_differs", "how much to take off, and how quickly") == {"treatment", "urgency"}


def test_a_question_word_after_a_verb_of_showing_is_still_read():
    assert picks("specialist_focus", "whether to operate, and the scan shows where") == {"surgery", "imaging"}


@pytest.mark.parametrize("state, line, expected", [
    ("fit", "2 first, then maybe 1 later", "alternative"),
    ("welcome_age", "not totally sure, no papers, but around 40", "adult"),
])
def test_an_order_of_steps_or_a_doubt_answered_after_is_still_read(state, line, expected):
    assert pick(state, line) == expected


def test_a_description_after_a_colon_is_no_item_marked_no():
    assert picks("decision_sure", "I'm clear about what matters to me: not losing my sight.") == {"values"}


def test_no_before_a_thing_after_have_is_no_none():
    assert stored(reading("signs", "none, we have no complaints"))
