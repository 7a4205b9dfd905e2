"""Round 12, part a: a careful listener's doubts, and the silent misreads of round 12.

Each mechanism is tested with wording of our own (never a corpus line): where a careful person
would not simply write the answer down, the reading is offered back, asked about, or read as a
question; where the words are clear, it is stored. Readings against the pinned clock (2026-12-02).
"""

from __future__ import annotations

import pytest

from assistant.understanding import LIKELY, SURE, UNCLEAR
from assistant.understanding.dialogue import step
from understanding.reading_support import FLOW, LEX, TODAY, reading, stored


# --- a limit on what the person knows: offered back, never stored ---------------------------------

@pytest.mark.parametrize("state, line, value", [
    ("timing_tests", "none as far as I know", "no"),
    ("timing_tests", "nothing else pending afaik", "no"),
    ("timing_seen", "yes, from what I understand", "yes"),
    ("logistics_ask", "already told her, if I remember right", "already"),
])
def test_an_answer_only_as_far_as_the_person_knows_is_offered_back(state, line, value):
    result = reading(state, line)
    assert (result.certainty, result.value) == (LIKELY, value)


def test_not_to_my_knowledge_is_never_stored():
    assert not stored(reading("timing_tests", "not to my knowledge"))


def test_the_same_answer_without_the_limit_is_stored():
    assert stored(reading("timing_tests", "none pending"))


# --- a degree on the deciding word: offered back ---------------------------------------------------

@pytest.mark.parametrize("line", ["its partially covered i think they said", "sort of covered", "covered, up to a point"])
def test_a_degree_on_the_deciding_word_is_offered_back(line):
    result = reading("logistics", line)
    assert (result.certainty, result.value) == (LIKELY, "covered")


# --- a statement with a question tag is a question ------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("logistics", "my plan pays for this, doesn't it?"),
    ("logistics", "the county plan covers that right?"),
    ("logistics_ask", "my GP would be fine with it, wouldn't he?"),
])
def test_a_statement_with_a_question_tag_is_a_question_not_an_answer(state, line):
    result = reading(state, line)
    assert result.asked and not stored(result)


@pytest.mark.parametrize("state, line", [("timing_tests", "there are no more tests, correct?"), ("logistics", "the state plan covers it, yes?")])
def test_a_statement_with_a_question_tag_is_never_stored(state, line):
    assert not stored(reading(state, line))


def test_an_answer_then_a_separate_question_keeps_the_answer():
    # the tag belongs to the second statement only; the first part answers (round 11 marks such a line so)
    result = reading("fit", "keep the plan for now, I can always change it later right?")
    assert not result.asked


# --- an answer that depends on something still open ----------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("compare_one_treatment", "surgery, depending on what the scan shows"),
    ("compare_two_treatment", "it hinges on the biopsy, probably more tests"),
])
def test_an_answer_that_depends_on_something_open_is_offered_back(state, line):
    assert not stored(reading(state, line))


# --- the same said on both sides of "when" ---------------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("fit_decision_point", "we'll decide when we decide"),
    ("compare_decision_point", "I will know it when I know it"),
])
def test_the_same_said_on_both_sides_of_when_answers_nothing(state, line):
    result = reading(state, line)
    assert result.certainty == UNCLEAR and result.value is None


def test_a_when_clause_about_an_event_still_answers_when_the_decision_comes():
    assert reading("compare_decision_point", "once the MRI is back").value != None  # noqa: E711 - read by the rules before, not asked away


# --- a yes or no first, then another choice in its own words ---------------------------------------

def test_a_bare_yes_then_a_past_telling_is_already_told():
    result = reading("logistics_ask", "Yes - I informed the surgeon on Monday")
    assert (result.certainty, result.value) == (SURE, "already")


def test_a_no_then_words_for_the_opposite_is_never_flipped_at_a_yes_no_question():
    assert reading("timing_tests", "no, all the tests are done").value == "no"


# --- having insurance is not having checked it -------------------------------------------------------

@pytest.mark.parametrize("line", ["we've got decent insurance", "I'm insured through work", "yes we have Aetna"])
def test_having_insurance_is_asked_never_taken_as_checked(line):
    result = reading("logistics", line)
    assert result.certainty == UNCLEAR and result.value is None


def test_the_offer_of_checked_becomes_a_question_about_the_check():
    result = reading("logistics", "yes we have Aetna")
    assert "checked" in result.message


def test_the_positive_of_a_negative_name_is_never_read_as_the_negative():
    # "not insured" names "I do not have insurance"; "insured" alone must not
    result = reading("logistics", "I'm insured through my husband's job")
    assert result.value != "no_insurance" and not stored(result)


def test_having_insurance_and_a_call_made_is_checked():
    assert reading("logistics", "we have Aetna and I called, it's covered").value == "covered"


def test_a_near_spelling_never_swaps_one_word_for_another():
    assert reading("logistics", "great insurance").value != "no_insurance"
    assert reading("logistics", "no insurence").value == "no_insurance"  # a typo still is one


# --- numbers heard by ear -----------------------------------------------------------------------------

@pytest.mark.parametrize("state, line, value", [
    ("signs", "number for and number six", ["mismatch", "treatment_failed"]),
    ("summary_sure", "to and four", ["understand", "support"]),
    ("questions", "number won, to and ate", ["q1", "q2", "q8"]),
])
def test_numbers_heard_by_ear_in_a_line_of_numbers(state, line, value):
    result = reading(state, line)
    assert stored(result) and sorted(result.value) == sorted(value)


def test_a_range_and_a_plain_sentence_are_not_numbers_by_ear():
    assert reading("questions", "1 to 3").value == ["q1", "q2", "q3"]
    assert reading("welcome", "for my dad").value == "caregiver"


# --- an aside inside "not ... sure" ------------------------------------------------------------------

def test_an_aside_inside_not_sure_still_says_no_to_sure():
    result = reading("summary_sure", "I know the pros and cons; I am not, honestly, sure what to pick.")
    assert "sure" not in (result.value or [])
    assert "understand" in (result.value or [])


# --- a second place after "or", a count against the pick ---------------------------------------------

def test_a_second_place_after_or_is_asked_between_the_two():
    result = reading("fit_decision_point", "the first? or maybe the second")
    assert result.certainty == UNCLEAR and set(result.options) == {"yes", "no"}


def test_a_count_said_against_the_pick_is_asked():
    result = reading("fit_opinions", "four doctors, counting the first one")
    assert not stored(result) and result.value in (None, "many")


def test_one_more_at_another_place_is_counted():
    assert reading("compare_first", "my cardiologist plus one at the university").value == "two"


def test_a_doctor_who_gave_no_view_is_not_counted():
    assert reading("fit_opinions", "Just the surgeon. Our family doctor refused to weigh in.").value == "zero"


# --- not knowing said first, a clinician who is not a doctor, "all but the last" ---------------------

def test_not_knowing_first_then_a_reason_naming_a_choice_is_offered():
    result = reading("fit_opinions", "can't recall, there were lots of specialists")
    assert result.certainty == LIKELY and result.value == "many"


@pytest.mark.parametrize("line", ["the physician assistant checked him, no doctor though", "only the np saw her"])
def test_a_clinician_who_is_not_a_doctor_seen_is_asked(line):
    assert reading("timing_seen", line).certainty == UNCLEAR


def test_a_phone_talk_with_a_nurse_is_still_a_no():
    assert reading("timing_seen", "I only spoke to a nurse on the phone, not a doctor").value == "no"


def test_all_but_the_last_where_the_rest_holds_none_is_asked():
    result = reading("records", "all of them except the last")
    assert result.certainty == UNCLEAR and "Not sure" in result.message


def test_all_but_the_last_where_the_last_is_none_is_every_real_choice():
    assert reading("signs_more", "everything except the last").value == ["comorbidities", "insurance_requires", "not_specialist",
                                                                         "dismissed", "experimental"]


# --- one doctor did not mention it; a guessed yes; none beside "I know" -------------------------------

def test_a_pick_said_where_one_doctor_did_not_mention_it_is_asked_and_the_rest_kept():
    result = reading("compare_differs", "the timing. also the first said grade 2, the second never mentioned it")
    assert result.certainty == UNCLEAR and result.value == ["urgency"] and "never mentioned" in result.unclear


def test_a_guessed_yes_doubted_after_but_offers_not_sure():
    result = reading("timing_seen", "I think so? he went in but I didn't go with him")
    assert (result.certainty, result.value) == (LIKELY, "not_sure")


def test_none_beside_a_plain_i_know_is_asked():
    result = reading("summary_sure", "I know what she wants but honestly I don't know anything about this")
    assert result.certainty == UNCLEAR and result.value is None


# --- places, dates and words ----------------------------------------------------------------------------

def test_a_bare_ordinal_at_the_decision_point_is_place_or_date():
    result = reading("compare_decision_point", "the 2nd")
    assert result.certainty == UNCLEAR and "a date" in result.message


def test_a_day_said_before_of_and_the_month():
    result = reading("decision_when", "they want an answer by the ninth of December")
    assert (result.value, result.date) == ("days", "2026-12-09")


def test_second_opinion_written_with_digits():
    assert reading("welcome", "I already have a 2nd opinion").value == "compare"


def test_the_how_sure_one_is_not_choice_one():
    result = reading("questions", "the risks, the family one and the how-sure one")
    assert "q1" not in (result.value or [])


# --- an earlier answer that is itself one of the signs ---------------------------------------------------

def test_no_sign_in_own_words_after_surgery_was_offered_is_offered_back():
    spec = FLOW.state("signs")
    done = step("nah", spec, None, today=TODAY, lexicon=LEX, known={"situation": "surgery"})
    assert done.action == "confirm" and "Major surgery" in done.say
    assert step("none", spec, None, today=TODAY, lexicon=LEX, known={"situation": "surgery"}).action == "store"  # the choice as shown
    assert step("nah", spec, None, today=TODAY, lexicon=LEX, known={"situation": "chronic"}).action == "store"


def test_not_sure_about_a_choice_named_doubts_that_choice_not_the_not_sure_line():
    result = reading("records", "the ct disc, not sure about the bloodwork")
    assert result.certainty == UNCLEAR and result.value == ["imaging"]
