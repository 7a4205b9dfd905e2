"""Round 15, part a: silent misreads, each mechanism tested with wording of our own.

A line that fits two readings is asked or confirmed, never stored as one of them.
"""

from __future__ import annotations

import pytest

from assistant.understanding import UNCLEAR
from understanding.reading_support import pick, picks, reading, stored


# --- "soon" alone, said by someone or said with a remark: days or weeks? asked -------------------

@pytest.mark.parametrize("line", [
    "my cardiologist said soon",
    "he wants it done soon",
    "Soon, God willing.",
    "the nurse told us 'soon'",
    "pretty soon I guess, they were vague",
    "very soon, they said",  # round 20 (u20a-0033 "Soon!! Very soon!!"): "very soon" is no clearer a time; changed on purpose
])
def test_soon_alone_inside_a_longer_line_is_asked_between_days_and_weeks(line):
    result = reading("decision_when", line)
    assert not stored(result)
    assert set(result.options) == {"days", "weeks"}


@pytest.mark.parametrize("line, choice", [
    ("very soon, this week", "days"),
    ("asap according to the surgeon", "days"),
    ("soon, probably within the week", "days"),
])
def test_a_clearer_time_beside_soon_is_the_answer(line, choice):
    assert pick("decision_when", line) == choice


# --- a choice number no reading took is asked about, never dropped ------------------------------

@pytest.mark.parametrize("state, line, kept", [
    ("records", "2 foo 5", {"pathology"}),
    ("records", "1, 2 et 4", {"imaging", "pathology"}),
    ("logistics_insurer", "2 und 4", {"form"}),
])
def test_a_choice_number_joined_by_an_unknown_word_is_asked_about(state, line, kept):
    result = reading(state, line)
    assert result.certainty == UNCLEAR and set(result.value) == kept and result.unclear


@pytest.mark.parametrize("state, line, choices", [
    ("records", "2 y 5", {"pathology", "procedure_notes"}),  # Spanish "y": and
    ("records", "like 1 and 4", {"imaging", "labs"}),
    ("records", "1, 2 and honestly 4", {"imaging", "pathology", "labs"}),
    ("summary_sure", "um 2 and 3", {"understand", "values"}),
])
def test_a_choice_number_after_and_or_a_word_of_talk_is_picked(state, line, choices):
    assert picks(state, line) == choices


@pytest.mark.parametrize("state, line", [
    ("records", "1 and 4, she had 2 biopsies"),  # a count of things, not choice 2
    ("signs", "the rare one, like 1 in 50000"),
])
def test_a_number_that_counts_something_is_no_stray_choice(state, line):
    result = reading(state, line)
    assert "2" not in (result.unclear or "") and "1 in" not in (result.unclear or "")


# --- doctors counted in groups: every group counts ------------------------------------------------

@pytest.mark.parametrize("line, choice", [
    ("one cardiologist and one surgeon", "one_more"),
    ("1 oncologist, 1 radiologist and 1 surgeon", "many"),
    ("one GP and two surgeons", "many"),
    ("one surgeon", "zero"),
    ("two doctors, my GP and a surgeon", "one_more"),  # the names after a count are the ones it counts
])
def test_every_group_of_doctors_counted_in_a_line_is_added(line, choice):
    assert pick("fit_opinions", line) == choice


# --- "what is X", "is there ...": a question back, even when X is a choice's word ------------------

@pytest.mark.parametrize("state, line", [
    ("specialist_focus", "whats imaging"),
    ("specialist_focus", "what is a subtype"),
    ("records", "what are procedure notes"),
    ("compare_decision_point", "is there a date I ought to pick"),
    ("logistics_insurer", "are there forms for this"),
])
def test_asking_what_a_choice_is_or_whether_there_is_one_is_a_question(state, line):
    result = reading(state, line)
    assert result.asked and not stored(result)


@pytest.mark.parametrize("state, line", [
    ("specialist_focus", "whats important is the surgery"),
    ("specialist_focus", "what matters is the biopsy"),
    ("specialist_focus", "whats worrying us: the surgery"),
])
def test_an_answer_that_begins_with_what_is_stays_an_answer(state, line):
    assert not reading(state, line).asked


# --- not knowing, said with a word inside or as a question turned round ----------------------------

@pytest.mark.parametrize("line", [
    "I don't honestly know which of them",
    "i wouldnt know which",
    "I don't rightly know which one",
])
def test_not_knowing_which_with_a_word_inside_is_i_dont_know(line):
    result = reading("fit_alternatives", line)
    assert result.dont_know and not stored(result)


@pytest.mark.parametrize("line", [
    "I wouldn't know is it covered or not",
    "dont know does my plan pay for it",
    "haven't a clue will they pay",
])
def test_not_knowing_a_question_turned_round_is_never_a_yes(line):
    result = reading("logistics", line)
    assert result.value != "covered"
    assert not stored(result) or result.value == "not_checked"  # the question's own "not sure" choice


# --- Irish "sure" before a clause is no yes ---------------------------------------------------------

@pytest.mark.parametrize("state, line, expected", [
    ("specialist_focus", "Sure I haven't a clue", ["none"]),
    ("fit", "Sure we'll keep the plan for now", "keep_plan"),
])
def test_sure_said_before_a_clause_colours_it_and_picks_nothing(state, line, expected):
    result = reading(state, line)
    assert stored(result) and result.value == expected


def test_sure_at_a_question_about_being_sure_is_still_read():
    assert pick("compare_one_confidence", "sure he was") == "sure"


# --- a visit whose verb does not tell the time: asked, unless a yes was said first -----------------

@pytest.mark.parametrize("state, line", [
    ("timing_seen", "the GP see him on Friday"),
    ("decision_worsening", "doctor check her Monday when it got bad"),
    ("timing_seen", "yes, the nurse sees him next week"),  # a yes, then a visit to come: which?
])
def test_a_visit_whose_time_the_verb_does_not_tell_is_asked(state, line):
    result = reading(state, line)
    assert not stored(result) and result.certainty == UNCLEAR


@pytest.mark.parametrize("state, line", [
    ("timing_seen", "yeah the oncologist see him this week"),
    ("decision_worsening", "yes, doctor check her on Monday"),
])
def test_a_yes_said_first_with_a_bare_verb_is_the_answer(state, line):
    assert pick(state, line) == "yes"


@pytest.mark.parametrize("state, line", [
    ("timing_seen", "we will see the doctor on Friday"),
    ("decision_worsening", "she has an appointment next Tuesday"),
])
def test_a_visit_said_in_the_future_is_still_not_yet(state, line):
    assert pick(state, line) == "no"


# --- at "How old?": years spent somewhere, and "baby brother", are no age ---------------------------

@pytest.mark.parametrize("line", [
    "he has been 12 years in the States",
    "she is 15 years with this illness",
    "my baby sister",
    "he's our little boy",
])
def test_time_spent_or_a_family_word_is_asked_not_read_as_an_age(line):
    result = reading("welcome_age", line)
    assert not stored(result)


@pytest.mark.parametrize("line, band", [
    ("she is 72 years of age", "adult"),
    ("my baby brother, he is 16", "teen"),
    ("my little girl is 4 years old", "child"),
])
def test_an_age_said_beside_them_is_read(line, band):
    assert pick("welcome_age", line) == band


# --- someone who helps is not the one the decision is for --------------------------------------------

@pytest.mark.parametrize("line", [
    "me but my husband is helping",
    "me, my sister is helping out",
    "it's me, my son is also helping",
])
def test_a_helper_named_beside_me_leaves_me_the_patient(line):
    assert pick("compare_who", line) == "patient"


# --- a degree said of one part and denied of another; "one way" is no choice 1 ---------------------

@pytest.mark.parametrize("line", [
    "certain about the diagnosis but not the plan",
    "confident of the findings, not the timing though",
    "sure about what it is but not what to do",
])
def test_a_degree_said_of_one_part_only_is_asked(line):
    assert not stored(reading("compare_two_confidence", line))


@pytest.mark.parametrize("line", [
    "she never did say",
    "he didn't let on one way or the other",
])
def test_never_saying_either_way_is_not_said(line):
    assert pick("compare_one_confidence", line) == "not_said"


def test_one_in_a_phrase_of_the_sentence_is_no_choice_number():
    assert pick("compare_one_confidence", "one way or the other, he was very sure") == "sure"
    assert pick("compare_one_confidence", "on one hand he seemed certain") in (None, "sure")


# --- a choice's words, then said not to be there: no pick -----------------------------------------

@pytest.mark.parametrize("state, line, choices", [
    ("records", "the scans and the blood work, the biopsy was never done", {"imaging", "labs"}),
    ("records", "labs. the MRI hasn't been done", {"labs"}),
    ("summary_sure", "I get the pros and cons; support is lacking though", {"understand"}),
    ("decision_sure", "sure and I know what matters, support isn't enough", {"sure", "values"}),
])
def test_a_choice_said_to_be_missing_is_not_picked(state, line, choices):
    assert picks(state, line) == choices


# --- "the one before none": the last real choice ---------------------------------

@pytest.mark.parametrize("line", ["the one right before none", "the last one above none of these", "the one just above none"])
def test_the_one_before_none_is_the_last_real_choice(line):
    assert picks("signs", line) == {"peace_of_mind"}


@pytest.mark.parametrize("line", ["second to last", "the one before the last"])
def test_a_place_counted_from_the_end_of_a_list_ending_in_none_is_asked(line):
    assert not stored(reading("signs", line))


def test_before_the_last_of_something_else_is_no_place():
    result = reading("signs", "peace of mind before the last treatment")
    assert stored(result) and set(result.value) == {"peace_of_mind"}


# --- two places in words, one or the other: asked --------------------------------------------------

@pytest.mark.parametrize("line", ["either one or three", "two or three, doesn't matter", "one or two whichever"])
def test_two_places_in_words_given_as_alternatives_are_asked(line):
    result = reading("fit", line)
    assert not stored(result) and len(result.options) == 2


# --- "no" typed for "know" -------------------------------------------------------------------------

@pytest.mark.parametrize("line, choices", [
    ("we no the good and bad of each, and we have support", {"understand", "support"}),
    ("i no what matters most and i feel sure", {"values", "sure"}),
])
def test_no_typed_for_know_after_the_one_who_knows_is_know(line, choices):
    assert picks("decision_sure", line) == choices


def test_a_no_after_a_comma_stays_no():
    from assistant.understanding.homophones import no_as_know

    assert no_as_know("I, no, the options are not clear") is None
    assert no_as_know("they no longer listen") is None


# --- "whether ... or no" is a question said as a clause, not the answer "no" ---------------------------

@pytest.mark.parametrize("state, line, choices", [
    ("specialist_focus", "the operation, whether to have it or no", {"surgery"}),
    ("specialist_focus", "the scans, if they are right or no", {"imaging"}),
])
def test_or_no_closing_a_whether_clause_is_no_none(state, line, choices):
    assert picks(state, line) == choices


def test_a_plain_no_after_or_is_still_read():
    from assistant.understanding.twosided import whether_or_not

    assert whether_or_not("the scans or no, I can't decide") is None


# --- a word inside "don't ..." only softens it ------------------------------------------------------

@pytest.mark.parametrize("line, choices", [
    ("peace of mind, and we don't fully understand the plan", {"peace_of_mind", "not_heard"}),
    ("the rare one and i do not quite understand the plan", {"rare_complex", "not_heard"}),
])
def test_a_softening_word_inside_a_not_keeps_the_choice(line, choices):
    assert picks("signs", line) == choices


# --- "the thing with X": something to do with a choice, asked --------------------------------------

@pytest.mark.parametrize("state, line, kept", [
    ("compare_context", "4, and the thing with the MRI", {"biopsy"}),
    ("records", "the labs and that stuff with the biopsy", {"labs"}),
])
def test_the_thing_with_a_choices_word_is_asked_about(state, line, kept):
    result = reading(state, line)
    assert result.certainty == UNCLEAR and set(result.value or []) == kept and result.unclear


# --- lay words: notes from a procedure; a doctor who "never see" the records -------------------------

@pytest.mark.parametrize("line, choices", [
    ("labs and the notes from the injection", {"labs", "procedure_notes"}),
    ("the notes from the nerve block", {"procedure_notes"}),
])
def test_notes_from_a_procedure_are_procedure_notes(line, choices):
    assert picks("records", line) == choices


def test_a_doctor_who_never_see_the_files_did_not_see_all_the_records():
    assert picks("compare_context", "the other doctor never see my files") == {"records"}


# --- a "no" closing a statement asks for agreement: no "none" ----------------------------------------

@pytest.mark.parametrize("line, choices", [
    ("the scans, and lymphoma has many kinds no", {"imaging", "subtype"}),
    ("biopsy, the surgery is the big question no?", {"pathology", "surgery"}),
])
def test_a_tag_no_after_a_statement_is_left_out(line, choices):
    assert picks("specialist_focus", line) == choices


def test_a_plain_no_is_still_none():
    assert picks("specialist_focus", "no") == {"none"}


# --- a procedure named beside a finding: both readings, asked -------------------------------------------

@pytest.mark.parametrize("line", ["they found abnormal cells and want to do a LEEP", "abnormal cells on the smear and they want a LEEP"])
def test_a_procedure_offered_beside_a_finding_is_never_stored_as_the_finding_alone(line):
    result = reading("decision_situation", line)
    assert result.value == "surgery" if stored(result) else "surgery" in result.options


def test_a_leep_alone_is_a_procedure():
    assert pick("decision_situation", "they recommend a LEEP") == "surgery"


# --- a scan to come "before deciding" is more tests first, not watching ---------------------------------

@pytest.mark.parametrize("line", ["a CT in two weeks before we decide", "he wants another scan in a month before deciding"])
def test_a_scan_before_the_decision_is_never_stored_as_watching(line):
    result = reading("compare_two_treatment", line)
    assert result.value == "tests" if stored(result) else "tests" in result.options


def test_a_scan_in_some_months_alone_is_still_watching():
    assert pick("compare_two_treatment", "an MRI in 6 months") == "watch"
