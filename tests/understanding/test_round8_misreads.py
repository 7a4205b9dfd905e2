"""The second look before storing (assistant/understanding/caution.py and the modules it uses),
added after round 8's silent misreads.

Lines here are written for the tests (new wording, not copied from the corpus), against a pinned
clock (Wednesday 2026-12-02). The rule under test is "never a silent misread": accept what is
clear, offer back what is likely, ask about what is unclear, and never throw away what was read.
"""

from __future__ import annotations

import pytest

from assistant.understanding import LIKELY, SURE, UNCLEAR
from assistant.understanding.caution import counted, words
from understanding.reading_support import reading, stored


def never_stored(result) -> bool:
    return not stored(result) and not result.asked


# --- Two people where the question asks for one ------------------------------------------------

@pytest.mark.parametrize("line", [
    "both of us really, my husband and me have the same problem",
    "its for the two of us, me and my sister",
    "me as well as my mom, we both got diagnosed",
    "both, me n my partner",
])
def test_two_people_at_whose_decision_it_is_are_asked_about(line):
    result = reading("welcome", line)
    assert never_stored(result)
    assert set(result.options) in ({"patient", "caregiver"}, set())


@pytest.mark.parametrize("line", ["for both my parents", "for my dad"])
def test_both_of_someone_elses_is_still_someone_else(line):
    assert reading("welcome", line).value == "caregiver" and stored(reading("welcome", line))


# --- Times only hoped for, guessed, or set beside "no deadline" --------------------------------

@pytest.mark.parametrize("line", ["between 2 and 3", "somewhere between 3 and 4"])
def test_between_two_bare_numbers_is_asked_what_they_count(line):
    assert never_stored(reading("decision_when", line))


def test_between_two_numbers_with_a_unit_is_read():
    assert reading("decision_when", "between 2 and 3 weeks").value == "weeks"


@pytest.mark.parametrize("line", [
    "no real deadline but we would like it sorted before christmas",
    "there is no set date, ideally before the new year though",
])
def test_a_wish_beside_no_deadline_is_asked_which_is_meant(line):
    result = reading("decision_when", line)
    assert never_stored(result) and "no_deadline" in result.options


def test_a_time_said_as_a_guess_with_a_question_mark_is_offered_back():
    result = reading("decision_when", "so maybe a couple of weeks?")
    assert not stored(result)


@pytest.mark.parametrize("state, line", [
    ("compare_decision_point", "hopefully soon-ish"),
    ("compare_decision_point", "soon i hope"),
    ("compare_decision_point", "at some point, fingers crossed"),
    ("fit_decision_point", "sometime soon"),
])
def test_a_vague_time_to_decide_is_no_known_time(state, line):
    assert never_stored(reading(state, line))


def test_a_real_point_to_decide_is_still_read():
    assert reading("compare_decision_point", "after the scan on friday").value == "yes"


# --- An answer taken back after "but" ----------------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("compare_decision_point", "my wife says after the scan, but she always says that"),
    ("fit_decision_point", "he claims he will decide by friday, but i doubt it"),
    ("compare_decision_point", "i want to say yes, but honestly we keep changing our minds"),
    ("timing_tests", "they mentioned an MRI, but nobody has booked anything"),
    ("timing_tests", "there was some talk of a biopsy but it never got scheduled"),
    ("decision_worsening", "the GP saw her in october but she has got much worse since"),
])
def test_an_answer_taken_back_after_but_is_not_stored(state, line):
    result = reading(state, line)
    assert not (stored(result) and result.value == "yes")


def test_what_someone_said_without_a_but_is_still_the_answer():
    assert reading("compare_decision_point", "my son says once the biopsy is back").value == "yes"


# --- A question inside the line ----------------------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("timing_seen", "we had a phone call with the nurse, does that count?"),
    ("decision_when", "um is whenever the same as no deadline?"),
    ("logistics", "ok so does medicaid count as insurance?"),
    ("records", "we have a CD of the scans, is that enough?"),
])
def test_a_question_about_the_answer_is_a_question(state, line):
    assert reading(state, line).asked


def test_an_answer_then_an_unrelated_question_keeps_the_answer():
    assert reading("red_flags", "none of those, why do you ask?").value == ["none"]


# --- Parts not known, not had, or only partly so ----------------------------------------------

@pytest.mark.parametrize("line, value", [
    ("we have the list, still need to find out about the form", ["approved_list"]),
    ("the form is sorted, the date is tbd", ["form"]),
    ("got the deadline, the form is still unknown", ["deadline"]),
])
def test_a_part_said_not_to_be_known_is_no_pick(line, value):
    result = reading("logistics_insurer", line)
    assert result.value == value


def test_nothing_known_of_what_was_named_is_asked():
    assert never_stored(reading("logistics_insurer", "Form: unknown"))


@pytest.mark.parametrize("state, line, value", [
    ("summary_sure", "i understand the options but i need more support", ["understand"]),
    ("decision_sure", "we know what matters but could use more advice", ["values"]),
])
def test_wanting_more_of_something_is_not_having_it(state, line, value):
    assert reading(state, line).value == value


def test_a_degree_said_partly_is_asked_and_the_rest_kept():
    result = reading("summary_sure", "i feel a bit more sure and i know what matters")
    assert result.certainty == UNCLEAR and result.value == ["values"] and "sure" in result.unclear


# --- Not knowing is never "None of these" --------------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("signs_more", "not sure about any of them"),
    ("signs", "no clue about any of these honestly"),
    ("compare_context", "no idea about any of it"),
])
def test_not_knowing_about_any_is_not_none(state, line):
    result = reading(state, line)
    assert result.value != ["none"]
    assert result.dont_know or result.value == ["not_sure"]


def test_none_is_still_none():
    assert reading("signs_more", "none of these").value == ["none"]


def test_at_the_insurers_question_knowing_none_yet_is_none():
    assert reading("logistics_insurer", "i dont know any of it yet").value == ["none"]


@pytest.mark.parametrize("state, line", [
    ("compare_two_treatment", "i cant recall what he said"),
    ("compare_differs", "cant really tell from this"),
    ("decision_situation", "no recollection, sorry"),
])
def test_not_remembering_is_not_knowing(state, line):
    result = reading(state, line)
    assert result.dont_know or (stored(result) and result.value in ("not_sure", ["not_sure"]))


# --- Places in the list said with "not", or two of them ------------------------------------------

@pytest.mark.parametrize("line", ["not the second one", "anything but the first"])
def test_a_place_said_with_not_asks_which_of_the_others(line):
    result = reading("fit", line)
    assert never_stored(result) and len(result.options) == 2


@pytest.mark.parametrize("line", ["the third, or maybe the fifth", "sort of the first but also the second"])
def test_two_places_at_a_pick_one_question_are_asked_about(line):
    result = reading("decision_situation", line)
    assert never_stored(result) and len(result.options) == 2


def test_a_count_confirmed_by_places_is_not_two_places():
    assert reading("compare_first", "two doctors, the first and the second").value == "two"


@pytest.mark.parametrize("line", ["mainly the third one", "mostly the first thing"])
def test_one_place_said_as_mainly_at_a_pick_any_question_is_asked(line):
    assert never_stored(reading("compare_differs", line))


# --- A number before what it counts --------------------------------------------------------------

@pytest.mark.parametrize("toks, at, answer", [
    (["for", "2", "yeers"], 1, True),
    (["and", "two", "injections"], 1, True),
    (["2", "seems", "right"], 0, False),  # first word: left to the position reader
    (["and", "3", "sounds", "ok"], 1, False),  # a verb, not what is counted
    (["and", "4", "please"], 1, False),
])
def test_a_number_before_a_plural_or_a_misspelt_unit_is_a_count(toks, at, answer):
    assert counted(toks, at) is answer


def test_a_count_in_a_story_is_no_choice_number():
    result = reading("decision_situation", "tried 3 medicines over 2 yrs, none helped")
    assert result.value != "new_diagnosis"


# --- Of two choices named, the one the line's shape says -----------------------------------------

@pytest.mark.parametrize("state, line, value", [
    ("compare_two_treatment", "physio instead of an operation", "medicine"),
    ("compare_one_treatment", "pills rather than surgery", "medicine"),
    ("compare_two_treatment", "watch and wait instead of chemo", "watch"),
    ("fit_two_opinions", "compare what i have first, then maybe a third", "compare"),
    ("fit_two_opinions", "third opinion first, then compare", "third"),
])
def test_instead_of_and_first_then_say_which(state, line, value):
    result = reading(state, line)
    assert stored(result) and result.value == value


def test_a_doctors_plan_in_two_steps_is_not_one_of_them():
    assert not stored(reading("compare_two_treatment", "surgery first then radiation"))


def test_the_answer_after_so_is_taken_when_the_rest_was_a_doubt():
    result = reading("logistics_ask", "not sure how she will take it, we go back years, so no, not yet")
    assert stored(result) and result.value == "not_yet"


def test_the_answer_after_so_is_asked_when_the_rest_named_another():
    assert not stored(reading("compare_values", "my son would say the strongest one, but, so put down the gentler one"))


# --- A part set aside that echoes a choice --------------------------------------------------------

@pytest.mark.parametrize("state, line, kept", [
    ("compare_differs", "the diagnosis and how advansed it is", ["diagnosis"]),
    ("signs", "the surgery one and the one about the thing i ticked earlier", ["major_procedure"]),
])
def test_a_part_that_echoes_a_choice_not_picked_is_asked_about(state, line, kept):
    result = reading(state, line)
    assert result.certainty == UNCLEAR and result.value == kept and result.unclear


def test_a_remark_about_a_pick_is_still_context():
    assert stored(reading("logistics_insurer", "the form, my GP fills it in for me"))


# --- Lay words met in round 8, said other ways ---------------------------------------------------

@pytest.mark.parametrize("state, line, value", [
    ("logistics", "we pay privately, no cover", "no_insurance"),
    ("logistics", "confirmed with the insurer, its in-network", "covered"),
    ("logistics", "havent phoned them yet", "not_checked"),
    ("timing_tests", "none that i know of", "no"),
    ("timing_tests", "nothing scheduled as far as i know", "no"),
    ("fit", "leave things as they are", "keep_plan"),
    ("decision_situation", "none of it worked", "treatment_failure"),
])
def test_lay_words_said_other_ways(state, line, value):
    assert reading(state, line).value == value


def test_a_hedged_cover_beside_not_having_called_is_not_stored():
    result = reading("logistics", "I think we are covered but I have not phoned them")
    assert not stored(result) or result.value == "not_checked"


# --- The words are data ------------------------------------------------------------------------

def test_the_caution_words_load_as_phrases_and_state_sets():
    data = words()
    assert ("no", "idea") in data["unknown"] and "logistics_insurer" in data["knowing_states"]
    assert all(isinstance(p, tuple) and p for p in data["both_people"])
    assert {LIKELY, SURE, UNCLEAR} == {"likely", "sure", "unclear"}


@pytest.mark.parametrize("line", ["myself and my brother", "me, but my husband too"])
def test_the_person_and_someone_else_named_as_the_answer_are_asked_about(line):
    assert never_stored(reading("welcome", line))


def test_the_person_and_someone_else_deciding_for_a_third_is_not_asked():
    assert reading("welcome", "me and my wife, for our son").value == "caregiver"


@pytest.mark.parametrize("line", ["either 3 or 4", "3-4"])
def test_two_bare_numbers_at_a_time_question_are_asked(line):
    assert never_stored(reading("decision_when", line))


def test_not_the_last_one_asks_which_of_the_others():
    result = reading("fit", "not the last one")
    assert never_stored(result) and "keep_plan" not in result.options


@pytest.mark.parametrize("line, kept", [
    ("a little more confident now, and i have help", ["support"]),
    ("somewhat clearer on what matters, and i have support", ["support"]),
])
def test_a_degree_choice_said_partly_is_asked_and_the_rest_kept(line, kept):
    result = reading("summary_sure", line)
    assert result.certainty == UNCLEAR and result.value == kept


def test_more_of_something_had_is_still_had():
    assert reading("summary_sure", "we got more help now, that's it").value == ["support"]
    assert reading("summary_sure", "much more confident now").value == ["sure"]  # rounds 1, 2, 4: "more sure" is sure


def test_a_misspelt_word_of_a_choice_not_picked_is_asked_about():
    result = reading("summary_sure", "we have suport and i feel shure")
    assert result.certainty == UNCLEAR and result.value == ["support"] and "shure" in result.unclear


@pytest.mark.parametrize("line", ["the scans, the biopsy is still pending", "scans yes, the path report was requested"])
def test_a_record_still_pending_is_not_had(line):
    assert reading("records", line).value == ["imaging"]


def test_a_part_said_of_the_pick_after_like_is_not_asked():
    assert reading("fit_alternatives", "somebody to go through it in polish, like an advocate").value == ["advocate"]
