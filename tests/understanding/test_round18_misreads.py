"""Round 18: silent misreads, each mechanism tested with wording of our own.

What did the reader rely on that it should not have? A choice word inside the words that explain
a list of numbers (said_numbers.py); a word heard as its sound-alike (homophones.py, read.py); a
part added with "also" that names nothing, or a part only half remembered (added_parts.py); a
guess said with a question mark (tentative.py). Each test also holds the plain line, so the check
cannot pass by refusing everything.
"""

from __future__ import annotations

import pytest

from assistant.understanding import LIKELY, UNCLEAR
from understanding.reading_support import pick, picks, reading, stored


# --- the numbers are the answer; the words beside them explain ---------------------------------

@pytest.mark.parametrize("state, line, expected", [
    ("signs", "2 and 6. the surgery already failed once and it is a big operation", {"major_procedure", "treatment_failed"}),
    ("signs", "1 and 8 - it is serious and my doctor said the type is unusual", {"serious_diagnosis", "many_options"}),
    ("specialist_focus", "1 and 3: what the scans show and what type of operation", {"imaging", "surgery"}),
    ("summary_sure", "2, 3 and 4. i will feel sure once the second doctor has seen me", {"understand", "values", "support"}),
    ("signs", "the doctor saw me for 3 minutes. so 9 and 10", {"not_heard", "peace_of_mind"}),
])
def test_a_closed_list_of_numbers_is_the_answer_and_the_words_beside_it_add_nothing(state, line, expected):
    assert picks(state, line) == expected


@pytest.mark.parametrize("state, line, expected", [
    ("signs", "1 and 2, also the treatment is risky", {"serious_diagnosis", "major_procedure", "high_risk_treatment"}),
    ("signs", "1, 2 and the risky treatment", {"serious_diagnosis", "major_procedure", "high_risk_treatment"}),
    ("signs", "the treatment is risky, and 1", {"serious_diagnosis", "high_risk_treatment"}),
])
def test_words_that_add_on_plainly_or_inside_the_list_still_count(state, line, expected):
    assert picks(state, line) == expected


# --- a word heard as its sound-alike: offered back, never stored --------------------------------

@pytest.mark.parametrize("state, line", [("timing_tests", "know"), ("decision_worsening", "know")])
def test_know_alone_is_offered_back_as_no_never_stored(state, line):
    result = reading(state, line)
    assert not stored(result)
    assert result.certainty == LIKELY and result.value == "no"


def test_no_itself_is_still_stored():
    assert pick("timing_tests", "no") == "no"


@pytest.mark.parametrize("state, line", [("compare_first", "to or three"), ("fit_opinions", "to or three"),
                                         ("compare_first", "won or to")])
def test_a_sound_alike_number_beside_or_gives_two_counts_and_is_asked(state, line):
    result = reading(state, line)
    assert not stored(result)
    assert len(result.options) == 2


# --- a part added with "also" that names nothing; a part half remembered ------------------------

@pytest.mark.parametrize("state, line, kept", [
    ("signs", "3, also my doctors do not talk to each other", ["high_risk_treatment"]),
    ("records", "the scans, also the doctors do not talk to each other", ["imaging"]),
    ("signs", "1, 2, and also my family keeps arguing about it", ["serious_diagnosis", "major_procedure"]),
    ("signs", "the diagnosis is serious. plus the nurses never call me back", ["serious_diagnosis"]),
])
def test_a_part_added_with_also_that_names_nothing_is_asked_and_the_picks_are_kept(state, line, kept):
    result = reading(state, line)
    assert result.certainty == UNCLEAR
    assert set(result.value) == set(kept)
    assert result.unclear


@pytest.mark.parametrize("state, line, kept", [
    ("logistics_insurer", "the approved list, and they said something about 60 days", ["approved_list"]),
    ("logistics_insurer", "which form, and some kind of list i think", ["form"]),
])
def test_a_part_only_half_remembered_is_asked_about_and_the_rest_kept(state, line, kept):
    result = reading(state, line)
    assert result.certainty == UNCLEAR
    assert result.value == kept


def test_a_part_added_with_also_that_names_a_choice_is_one_more_pick():
    assert picks("logistics_insurer", "the approved list, also which form they need") == {"approved_list", "form"}


def test_picks_without_an_added_part_are_stored():
    assert picks("signs", "1, 2") == {"serious_diagnosis", "major_procedure"}


# --- a guess said with a question mark ----------------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("fit_opinions", "the surgeon and the oncologist, so two?"),
    ("compare_first", "the one in town and the one at the university, two?"),
    ("decision_when", "they did not give a date, so no set date?"),
])
def test_a_pick_one_answer_guessed_with_a_question_mark_is_offered_back(state, line):
    result = reading(state, line)
    assert not stored(result)
    assert result.certainty == LIKELY


@pytest.mark.parametrize("line", ["my GP and a surgeon, three?", "my GP sent me to the surgeon, so two?"])
def test_a_guess_beside_a_count_read_otherwise_is_never_stored(line):
    assert not stored(reading("fit_opinions", line))


@pytest.mark.parametrize("state, line", [("fit_opinions", "the surgeon and the oncologist, so two"),
                                         ("decision_situation", "5?"), ("decision_situation", "uh the 2nd?")])
def test_the_same_answer_said_plainly_or_a_number_with_a_question_mark_is_stored(state, line):
    assert pick(state, line) is not None


def test_a_pick_any_guess_with_a_question_mark_is_asked_and_the_rest_kept():
    result = reading("specialist_focus", "it is a rare thing. and they want to operate, so surgery i guess?")
    assert result.certainty == UNCLEAR
    assert result.value == ["rare"]
