"""Round 25: silent misreads, sorted by why the reader was wrongly sure (helper 11a11), each family tested with
wording of our own (never a corpus line). Each family also holds plain lines that must still be stored, so no
check can pass by refusing everything.

The families share one cause: the line answers something the question's choices leave open, while it names a
choice's word (assistant/understanding/wrongly_sure_open.py, per-question data in dialogues/question_open.yaml):
the question's premise denied; doctors counted by naming them, one of whom may not count; the answer still to
be checked; a choice number judged in the line, or a statement said in the negative; a line that asks which one is meant or whether something counts; "not sure" where whose doubt it
is stays open; two choices both touched; a pick hedged then said against; a doubt that names another choice.
"""

from __future__ import annotations

import pytest

from understanding.reading_support import pick, picks, reading, stored


def _asked(state, line) -> bool:
    return not stored(reading(state, line))


# --- the question's premise denied ----------------------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("timing_seen", "it hasnt got worse at all, I saw my GP in the spring"),
    ("timing_seen", "nothing is worse really, the doctor saw him last week"),
    ("decision_worsening", "it's not getting worse, my doctor saw me in May"),
    ("decision_worsening", "never got worse, but yes a doctor looked at it"),
    ("timing_seen", "it aint worse, doc checked me anyway"),
])
def test_a_line_that_denies_the_questions_premise_is_asked(state, line):
    assert _asked(state, line)


@pytest.mark.parametrize("state, line, expected", [
    ("timing_seen", "not since it got worse, no", "no"),
    ("timing_seen", "yes, a doctor checked since it got worse", "yes"),
    ("decision_worsening", "yes, last week", "yes"),
])
def test_a_plain_answer_about_the_check_is_still_stored(state, line, expected):
    assert pick(state, line) == expected


# --- doctors counted by naming them, one of whom may not count ------------------------------------

@pytest.mark.parametrize("state, line", [
    ("fit_opinions", "the heart doctor, then the urgent care guy"),
    ("fit_opinions", "my surgeon. and the GP who sent me there"),
    ("compare_first", "the oncologist, then my friend who is a nurse"),
    ("compare_first", "the eye surgeon. well and the one who referred us"),
    ("fit_opinions", "the neurologist. and his regular doctor said something too"),
])
def test_doctors_named_one_after_another_with_one_who_may_not_count_are_asked(state, line):
    assert _asked(state, line)


@pytest.mark.parametrize("state, line, expected", [
    ("fit_opinions", "my GP, then the surgeon, then the oncologist", "many"),
    ("fit_opinions", "two, the surgeon and the oncologist", "one_more"),
    ("compare_first", "just the first doctor so far", "one"),
])
def test_doctors_counted_plainly_are_still_stored(state, line, expected):
    assert pick(state, line) == expected


# --- the answer still to be checked ---------------------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("logistics", "yes I believe so, but I need to check"),
    ("logistics", "covered I think, we have to check again with them"),
    ("logistics", "I think its covered, I need to check again"),
    ("logistics", "pretty sure yes, though I gotta check"),
    ("timing_seen", "yes I think, I need to look at the dates"),
])
def test_an_answer_the_person_still_has_to_check_is_asked(state, line):
    assert _asked(state, line)


@pytest.mark.parametrize("state, line, expected", [
    ("logistics", "not yet, I will check", "not_checked"),
    ("logistics", "yes, I checked and it is covered", "covered"),
    ("decision_situation", "the pills work fine, I just want someone to double check", "straightforward"),
])
def test_a_plain_answer_with_check_in_it_is_still_stored(state, line, expected):
    assert pick(state, line) == expected


def test_a_pick_the_person_still_has_to_check_at_a_list_is_asked():
    got = reading("signs_more", "I have diabetes, and I need to check whether my insurance requires it")
    assert not stored(got)


# --- a choice number judged in the line, or a statement said in the negative ----------------------

@pytest.mark.parametrize("state, line, expected", [
    ("decision_sure", "Number 2 is true. Number 1 is false.", {"understand"}),
    ("decision_sure", "Number 3 is true. Number 1 is false.", {"values"}),
    ("summary_sure", "2 is true. 3 is true. 1 and 4 are not true.", {"understand", "values"}),
    ("decision_sure", "I know the good and bad points. I do not know yet which of them matter most to me.", {"understand"}),
    ("summary_sure", "I understand the options now. I don't have enough support yet.", {"understand"}),
])
def test_a_number_said_false_or_a_statement_denied_is_dropped(state, line, expected):
    assert picks(state, line) == expected


@pytest.mark.parametrize("state, line", [
    ("decision_sure", "3, and partly 2"),
    ("decision_sure", "number 4, and sort of number 1"),
    ("summary_sure", "Number 2. Number 3 is still a mess."),
    ("decision_sure", "i know the pros and cons, support = my useless brother. so 2 i guess"),
    ("summary_sure", "I know what matters, and my wife backs me. so 3 probably"),
])
def test_a_number_said_partly_or_judged_in_other_words_is_asked(state, line):
    assert _asked(state, line)


@pytest.mark.parametrize("state, line, expected", [
    ("decision_sure", "2 and 3", {"understand", "values"}),
    ("decision_sure", "Number 2 is true, number 3 is true", {"understand", "values"}),
    ("summary_sure", "I know the pros and cons and what matters to me", {"understand", "values"}),
])
def test_plain_statements_are_still_stored(state, line, expected):
    assert picks(state, line) == expected


# --- a line that asks which one is meant, or whether something counts -----------------------------

@pytest.mark.parametrize("state, line", [
    ("welcome_age", "him or me? im 16"),
    ("welcome_age", "my dad or me? I'm 15"),
    ("records", "hmm does a referral letter count"),
    ("signs", "Before I answer: does 'major surgery' include a day procedure?"),
    ("timing_tests", "idk would a hearing test count"),
])
def test_a_line_that_asks_which_one_or_whether_it_counts_is_asked(state, line):
    assert _asked(state, line)


@pytest.mark.parametrize("state, line, expected", [
    ("welcome_age", "he is 16", "teen"),
    ("welcome_age", "16", "teen"),
])
def test_a_plain_age_is_still_stored(state, line, expected):
    assert pick(state, line) == expected


# --- "not sure" where whose doubt it is stays open ------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("compare_two_confidence", "not sure"),
    ("compare_one_confidence", "unsure"),
    ("compare_two_confidence", "not certain"),
    ("compare_one_confidence", "im not certain"),
    ("compare_two_confidence", "I'm not sure"),
])
def test_not_sure_alone_where_the_doctor_may_be_meant_is_asked(state, line):
    assert _asked(state, line)


@pytest.mark.parametrize("state, line, expected", [
    ("compare_two_confidence", "not sure, she wanted more tests", "unsure"),
    ("compare_one_confidence", "very sure", "sure"),
    ("compare_two_confidence", "they did not say", "not_said"),
])
def test_a_plain_confidence_is_still_stored(state, line, expected):
    assert pick(state, line) == expected


@pytest.mark.parametrize("state, line", [
    ("compare_two_confidence", "dunno"),
    ("compare_one_confidence", "idk"),
])
def test_not_knowing_said_plainly_is_still_they_did_not_say(state, line):
    assert pick(state, line) == "not_said"


# --- two choices both touched ---------------------------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("compare_one_treatment", "the operation and then radiation"),
    ("compare_two_treatment", "chemo + surgery"),
    ("compare_one_treatment", "la cirugia y despues quimio"),
    ("decision_situation", "THE PILLS STOPPED WORKING. NOW THEY WANT TO OPERATE"),
    ("fit_two_opinions", "maybe a third. or just go with it"),
])
def test_two_choices_both_touched_are_asked(state, line):
    assert _asked(state, line)


@pytest.mark.parametrize("state, line, expected", [
    ("compare_two_treatment", "chemo first, then maybe surgery", "strong"),
    ("compare_one_treatment", "wait and see", "watch"),
    ("fit_two_opinions", "compare them now, maybe a third later", "compare"),
    ("fit_two_opinions", "they agree, so we will just go with it", "agree"),
])
def test_one_choice_marked_as_the_answer_is_still_stored(state, line, expected):
    assert pick(state, line) == expected


# --- a pick hedged, then said against; a doubt that names another choice --------------------------

@pytest.mark.parametrize("state, line", [
    ("fit_two_opinions", "they agree more or less, but one wants surgery now and the other says wait"),
    ("fit_two_opinions", "sort of agree, but not on the timing at all"),
    ("welcome", "I am helping my dad. We saw another surgeon already, not sure if that counts as a second opinion"),
    ("welcome", "for my wife. she saw a second doctor, though I am not certain it counts as a second opinion"),
    ("fit_two_opinions", "kind of the same, except one wants to operate and one doesnt"),
])
def test_a_hedged_pick_said_against_or_a_doubt_about_another_choice_is_asked(state, line):
    assert _asked(state, line)


@pytest.mark.parametrize("state, line, expected", [
    ("fit_two_opinions", "they agree", "agree"),
    ("welcome", "I am helping my dad", "caregiver"),
    ("welcome", "it's for me", "patient"),
])
def test_a_plain_pick_is_still_stored(state, line, expected):
    assert pick(state, line) == expected
