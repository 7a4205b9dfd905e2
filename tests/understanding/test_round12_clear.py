"""Round 12, the clear answers (helper 11b): mechanisms tried with wording of our own, not the corpus lines.

Words voice typing writes for the word said (homophones.py): numbers heard as words in a list of
numbers, "know" for "no", "there" for "they're".
"""

from __future__ import annotations

import pytest

from assistant.understanding.homophones import as_numbers, as_said
from assistant.understanding.lexicon import default_lexicon

from .reading_support import pick, picks, reading, stored

LEX = default_lexicon()


# --- Numbers heard as words ------------------------------------------------------------------

@pytest.mark.parametrize("state, line, want", [
    ("questions", "numbers won, tree and for", {"q1", "q3", "q4"}),
    ("questions", "ate and too and five", {"q8", "q2", "q5"}),
])
def test_numbers_heard_as_words_in_a_list_of_numbers(state, line, want):
    assert picks(state, line) == want
    assert as_numbers("number for plus number six", LEX) == "number 4 plus number six"


@pytest.mark.parametrize("line", ["for my mom", "to the clinic", "the one for her", "i want to", "too many"])
def test_a_line_with_other_words_is_never_read_as_numbers(line):
    assert as_numbers(line, LEX) is None


def test_a_range_and_an_also_keep_their_to_and_too():
    assert as_numbers("1 to 4", LEX) is None
    assert as_numbers("4 and 5 too", LEX) is None
    assert as_numbers("won to 3", LEX) == "1 to 3"
    assert as_numbers("to and ate", LEX) == "2 and 8"


def test_the_first_won_is_the_first_one():
    assert as_numbers("the second won", LEX) == "the second one"
    assert pick("fit", "the second won") == "alternative"


# --- "know" for "no", "there" for "they're" ----------------------------------------------------

@pytest.mark.parametrize("state, line, want", [
    ("decision_when", "know hurry at all, they gave us know date", "no_deadline"),
    ("timing_tests", "know more planned, there all finished", "no"),
])
def test_know_heard_for_no(state, line, want):
    assert pick(state, line) == want


def test_know_opening_a_line_is_never_read_as_the_other_answer():
    result = reading("timing_tests", "know, there done with the tests")
    assert result.value == "no"  # stored or offered for a Yes, never "yes"


def test_a_line_opening_with_know_reads_no_unless_the_verb_is_meant():
    from assistant.understanding.homophones import know_first

    assert know_first("know more scans booked", LEX) == "no more scans booked"
    assert know_first("know what i mean", LEX) is None


@pytest.mark.parametrize("line", ["i know", "let me know", "you know how it is", "dont know", "who would know"])
def test_know_after_a_person_stays_know(line):
    assert as_said(line, LEX) is None


def test_there_before_a_state_is_they_are():
    assert as_said("there all booked, there covering it", LEX) is None or "they are covering" in as_said("there all booked, there covering it", LEX)
    assert as_said("is there anything", LEX) is None


# --- A remark beside the picks that names nothing here (remarks.py) ---------------------------

@pytest.mark.parametrize("state, line, want", [
    ("specialist_focus", "the biopsy mostly, and travel is hard, we run a farm", {"pathology", "travel_hard"}),
    ("records", "we have the ct disc and the report", {"imaging"}),
    ("summary_sure", "i know what matters now, getting back to dancing with my grandkids", {"values"}),
])
def test_a_remark_that_names_nothing_here_is_set_aside(state, line, want):
    result = reading(state, line)
    assert stored(result) and set(result.value) == want


@pytest.mark.parametrize("state, line", [
    # (an ECG or a Holter is the lab choice's own now, "Lab results and other tests, like an ECG": 2026-12-04)
    ("records", "the labs and the dental chart"),  # a thing named: maybe one more record; asked
    ("records", "the labs, and also the stuff from the gp"),  # "also", "stuff": more is meant
    ("records", "the labs and his school report"),  # a paper of its own
    ("specialist_focus", "the scans, and maybe the 5th"),  # a hedge and a number
    ("specialist_focus", "the scans, nobody explained that one"),  # a negation
])
def test_a_part_that_may_be_an_answer_is_still_asked(state, line):
    assert not stored(reading(state, line))


def test_never_at_the_emergency_questions():
    from assistant.understanding.remarks import set_aside
    from assistant.understanding import UNCLEAR, Reading
    from .reading_support import FLOW

    partial = Reading(UNCLEAR, ["chest_pain"], unclear="we were out walking")
    assert set_aside(partial, "chest pain, we were out walking", FLOW.state("red_flags"), LEX) is None


# --- A formal opening before the answer (openings.py) -----------------------------------------

@pytest.mark.parametrize("line, want", [
    ("Please note that we hold the blood results and the CT.", {"labs", "imaging"}),
    ("Good morning. For the record, only the biopsy report.", {"pathology"}),
    ("fyi we got the labs", {"labs"}),
])
def test_a_formal_opening_picks_nothing(line, want):
    assert picks("records", line) == want


def test_notes_named_after_the_opening_are_still_notes():
    assert picks("records", "Kindly note: the visit notes and the scans") == {"clinic_notes", "imaging"}


# --- A doctor named as the one who said something (speakers.py) -------------------------------

def test_a_doctor_who_said_something_is_not_a_pick_but_the_rest_is_offered():
    from assistant.understanding import LIKELY

    result = reading("signs_more", "my kidneys are bad and our family doctor keeps saying its just stress")
    assert result.certainty == LIKELY and set(result.value) == {"comorbidities", "dismissed"}


def test_a_doctor_named_as_a_pick_is_still_a_pick():
    assert picks("signs_more", "only the gp so far, and i have copd") == {"not_specialist", "comorbidities"}


# --- Lay words, each said several ways --------------------------------------------------------

@pytest.mark.parametrize("line", ["no one gave me a date, they keep saying well see", "not in a hurry, no date given",
                                  "wasnt given a date", "up to us, no timeline"])
def test_no_date_given_in_other_words(line):
    assert pick("decision_when", line) == "no_deadline"


@pytest.mark.parametrize("line, want", [
    ("he is type 2 and on insulin", {"comorbidities"}),
    ("she is in a research study, a phase 2 drug", {"experimental"}),
    ("they shrugged it off, said its nothing", {"dismissed"}),
    ("her doctor is not a heart doctor", {"not_specialist"}),
])
def test_lay_words_at_the_second_list_of_signs(line, want):
    assert picks("signs_more", line) == want


@pytest.mark.parametrize("line", ["leave them be, dear", "the orders fine by me thanks", "keep them as they are, mate"])
def test_keeping_the_order_said_with_a_word_to_the_reader(line):
    from .reading_support import FLOW
    from assistant.understanding import read

    items = ["a", "b", "c"]
    result = read(line, FLOW.state("questions_order"), items=items, item_ids=[None] * 3)
    assert stored(result) and result.value == items


@pytest.mark.parametrize("line", ["someone to help us with the hospital system", "a care coordinator", "somebody on our side"])
def test_help_finding_the_way_is_a_patient_advocate(line):
    assert picks("fit_alternatives", line) == {"advocate"}


# --- A deadline said as an age beside the age now (agedue.py); a day "of" a month ------------

@pytest.mark.parametrize("line, want", [
    ("they want it done before he is one year old and he is 11 months", "weeks"),
    ("the surgeon wants to wait until she is 9 months old, she's 3 months now", "months"),
    ("before our boy is 8 weeks old, he is 7 weeks today", "days"),
])
def test_an_age_to_reach_beside_the_age_now_is_the_time_left(line, want):
    assert pick("decision_when", line) == want


def test_two_ages_without_a_deadline_word_are_not_subtracted():
    from assistant.understanding.timewords import read_times
    from assistant.understanding import tokens
    from .reading_support import TODAY

    found = read_times(tokens("the baby is 3 months old and they want to wait 6 months"), LEX, TODAY)
    assert [w.days for w in found] == [90, 180]


@pytest.mark.parametrize("line, day", [
    ("our answer is due on the 20th of January", "2027-01-20"),
    ("the hospital needs to know by christmas eve", "2026-12-24"),
])
def test_a_day_of_a_month_and_a_holiday_keep_the_date(line, day):
    result = reading("decision_when", line)
    assert stored(result) and result.value == "weeks" and result.date == day


# --- What to do next, and the insurer, in other words ------------------------------------------

@pytest.mark.parametrize("line, want", [
    ("we would like a second neurologist to see him", "second_opinion"),
    ("i want a different oncologist", "second_opinion"),
    ("just have someone look at the scans again first", "alternative"),
    ("stay the course for the time being", "keep_plan"),
])
def test_what_to_do_next_in_other_words(line, want):
    assert pick("fit", line) == want


@pytest.mark.parametrize("line", ["not called them yet", "we havent been in touch with them", "no idea yet", "nothing from them yet"])
def test_nothing_found_out_from_the_insurer_yet(line):
    assert picks("logistics_insurer", line) == {"none"}


# --- A coming weekday in a line that also tells the past; what differs said with "just not" -----

def test_a_weekday_after_a_word_of_the_future_is_the_coming_one():
    result = reading("logistics", "we havent rung them. we will phone them on thursday")
    assert stored(result) and result.value == "not_checked" and result.date == "2026-12-03"
    past = reading("timing_seen", "we went in on monday and they checked him")
    assert past.date == "2026-11-30"


@pytest.mark.parametrize("line, want", [
    ("they agree on what it is, only not on the timing", {"urgency"}),
    ("both agree on the diagnosis but not about the treatment", {"treatment"}),
    ("one say its bad, other say its mild", {"stage"}),
])
def test_what_differs_said_beside_what_they_agree_on(line, want):
    assert picks("compare_differs", line) == want


def test_they_agree_beside_a_part_said_yes_is_asked_not_stored_as_none():
    result = reading("compare_differs", "same thing, just not how soon")
    assert not stored(result)


# --- Who to see, records, how many doctors: lay words said several ways ------------------------

@pytest.mark.parametrize("line, want", [
    ("whether to have the knee done at all, and i cannot be away from the shop", {"surgery", "travel_hard"}),
    ("stent or not. we live 3 hrs away", {"surgery", "travel_hard"}),
    ("the journey is too much, and it's a rare thing", {"travel_hard", "rare"}),
])
def test_who_to_see_in_everyday_words(line, want):
    assert picks("specialist_focus", line) == want


@pytest.mark.parametrize("line, want", [
    ("the blood printout yes. the scans not yet, hopefully soon", {"labs"}),
    ("his a1c and the kidney function results", {"labs"}),
])
def test_records_in_everyday_words(line, want):
    assert picks("records", line) == want


@pytest.mark.parametrize("line, want", [
    ("a second cardiologist saw her in the summer", "one_more"),
    ("two more specialists since then", "many"),
    ("a couple more doctors have looked", "many"),
])
def test_how_many_doctors_in_everyday_words(line, want):
    assert pick("fit_opinions", line) == want


def test_what_a_doctor_did_beside_a_pick_is_not_set_aside_as_a_remark():
    from assistant.understanding.remarks import set_aside
    from assistant.understanding import UNCLEAR, Reading
    from .reading_support import FLOW

    partial = Reading(UNCLEAR, ["support"], unclear="the nurse explained it")
    assert set_aside(partial, "my kids help, the nurse explained it", FLOW.state("summary_sure"), LEX) is None


@pytest.mark.parametrize("line", ["years of dizzy spells and the doctors cant agree on what it is",
                                  "her back has hurt for ages, every doctor says something different"])
def test_long_symptoms_where_the_doctors_disagree_are_long_term_without_a_diagnosis(line):
    assert pick("decision_situation", line) == "chronic"


@pytest.mark.parametrize("line, want", [
    ("number to and number ten", "number 2 and number ten"),
    ("option for", "option 4"),
    ("choices won and tree", "choices 1 and 3"),
])
def test_numbers_by_ear_one_reader_with_a_pointer_or_several_numbers(line, want):
    assert as_numbers(line, LEX) == want


@pytest.mark.parametrize("line", ["to", "for", "ate", "the one for me", "won"])
def test_one_sound_alike_alone_is_not_a_number(line):
    assert as_numbers(line, LEX) is None


@pytest.mark.parametrize("state, line, want", [
    ("signs", "the procedure one and the too many options one", {"major_procedure", "many_options"}),
    ("signs", "the way too many choices one", {"many_options"}),
    ("records", "the scan one and the blood test results one", {"imaging", "labs"}),
])
def test_a_choice_named_before_one_is_not_choice_one(state, line, want):
    # "the too many options one": "one" stands for the choice named, several words back
    assert picks(state, line) == want
