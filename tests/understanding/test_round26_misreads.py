"""Round 26: silent misreads, sorted by why the reader was wrongly sure (helper 11a12), each family tested with
wording of our own (never a corpus line). Each family also holds plain lines that must still be stored, so no
check can pass by refusing everything.

The families (assistant/understanding/wrongly_sure_heard.py, words in dialogues/wrongly_sure_heard.yaml; and
wrongly_sure_said.items_marked_no, answer_then_ask._self_answered, documents_from):
a count, then a later part that adds a number; "yes" and "no" both said; "No" read only from the denial of the
question's premise; "Yes" read from the time of the worsening; a short phrase then a short question about it; two
doctors named in turn; a later "all" part read as nothing; a part said short in one choice's words left out; a pick
hedged then said it may not hold; a later "but" sentence naming another choice; a number of days read as a choice;
a record's source read as a record; items marked partly, or asked of oneself and answered; a paper said to come only
from a doctor.
"""

from __future__ import annotations

import pytest

from understanding.reading_support import pick, picks, reading, stored


def _asked(state, line) -> bool:
    return not stored(reading(state, line))


# --- a count, then a later part that adds a number --------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("compare_first", "Two cardiologists here, and one back home also"),
    ("fit_opinions", "One so far. Maybe two, the nurse practitioner said something too"),
    ("fit_opinions", "just one, plus another one years ago"),
    ("compare_first", "Two. Well, three too if you count the GP"),
])
def test_a_count_with_a_number_added_later_is_asked(state, line):
    assert _asked(state, line)


def test_a_total_said_later_is_offered_back():
    got = reading("compare_first", "Two oncologists, and the radiologist makes three")
    assert not stored(got) and got.value == "three_plus"


@pytest.mark.parametrize("state, line, expected", [
    ("compare_first", "Two oncologists and the radiologist, which makes three", "three_plus"),
    ("fit_opinions", "two, the surgeon and the oncologist", "one_more"),
    ("compare_first", "Three, one in Lisbon and two here", "three_plus"),
    ("compare_first", "two doctors, one here and one in Lima", "two"),
])
def test_a_count_with_the_doctors_listed_is_still_stored(state, line, expected):
    assert pick(state, line) == expected


# --- "yes" and "no" both said ---------------------------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("fit_decision_point", "yes no, my wife decides"),
    ("decision_worsening", "no yes, the doctor maybe"),
    ("fit_decision_point", "yes, no, depends on the scan"),
])
def test_yes_and_no_both_said_is_asked(state, line):
    assert _asked(state, line)


def test_a_plain_yes_is_still_stored():
    assert pick("fit_decision_point", "yes, after the scan") == "yes"


# --- "No" read only from the denial of the premise; "Yes" from the time of the worsening --------------

@pytest.mark.parametrize("state, line", [
    ("timing_seen", "Nothing has got worse. Wrong question for me."),
    ("decision_worsening", "It never got worse really. Odd question."),
    ("decision_worsening", "Weaker this week. Not see doctor yet."),
    ("timing_seen", "More tired this week, that's all."),
])
def test_a_no_or_yes_read_from_the_worsening_itself_is_asked(state, line):
    assert _asked(state, line)


@pytest.mark.parametrize("state, line, expected", [
    ("decision_worsening", "No. Nothing got worse fast, but no, nobody has examined me since", "no"),
    ("decision_worsening", "nope not since it got worse, last visit was in june", "no"),
    ("timing_seen", "worse this week, saw the GP yesterday", "yes"),
])
def test_a_plain_answer_about_the_check_is_still_stored(state, line, expected):
    assert pick(state, line) == expected


# --- a short phrase, then a short question about it -------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("decision_sure", "SURE test, what is?"),
    ("compare_two_treatment", "Watch and wait, what mean?"),
])
def test_a_phrase_then_a_short_question_about_it_is_asked(state, line):
    assert _asked(state, line)


# --- two doctors named in turn at "What kind of doctor?" ---------------------------------------------

@pytest.mark.parametrize("line", ["the urgent care doc, then the GP", "the ER doctor and then the surgeon"])
def test_two_doctors_named_in_turn_are_asked(line):
    assert _asked("compare_one_field", line)


def test_one_doctor_is_still_stored():
    assert pick("compare_one_field", "a surgeon") == "surgeon"


# --- a later part that says "all", read as nothing ---------------------------------------------------

@pytest.mark.parametrize("line", ["scans yes, other i guess all", "labs yes, the rest maybe all"])
def test_an_all_part_read_as_nothing_is_asked(line):
    assert _asked("records", line)


@pytest.mark.parametrize("line, meant", [
    ("labs, and thats all", {"labs"}),
    ("everything except the operation notes and hospital papers", {"imaging", "pathology", "clinic_notes", "labs"}),
])
def test_all_said_plainly_or_with_an_exception_is_still_stored(line, meant):
    assert picks("records", line) == meant


# --- a part said short in one choice's words, left out ----------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("summary_sure", "now me sure, and know good bad"),
    ("decision_sure", "know good bad, and husband help"),
])
def test_a_part_said_short_in_a_choices_words_is_not_left_out(state, line):
    # asked, or (helper u18a: "know good bad" is now a summary_sure word) stored with it, as round 26 marks u26a-0313
    assert _asked(state, line) or "understand" in (picks(state, line) or set())


@pytest.mark.parametrize("state, line, meant", [
    ("decision_sure", "I know good and bad points. My sister helps me a lot", {"understand", "support"}),
    ("decision_sure", "I know the good and bad points but I am not sure", {"understand"}),
])
def test_a_label_said_in_full_or_left_out_on_purpose_is_still_stored(state, line, meant):
    assert picks(state, line) == meant


# --- a pick hedged, then said it may not hold; a later "but" sentence naming another choice -------------

@pytest.mark.parametrize("state, line", [
    ("logistics", "Covered, I guess, but the specialist might be out of network."),
    ("decision_when", "The surgeon says no deadline. But my leave only lasts until April."),
])
def test_a_pick_said_against_later_is_asked(state, line):
    assert _asked(state, line)


def test_a_plain_covered_is_still_stored():
    assert pick("logistics", "yes it's covered, I checked") == "covered"


# --- a number of days read as a choice; a record's source read as a record --------------------------------

def test_a_number_of_days_is_no_choice_number():
    assert picks("compare_context", "the first doctor said act in a day or two, and the second guy didn't have my x-rays") \
        == {"urgent", "records"}


def test_a_records_source_is_no_record_of_its_own():
    assert picks("records", "MRI, the biopsy from her colonoscopy, and blood tests") == {"imaging", "pathology", "labs"}


@pytest.mark.parametrize("line, meant", [
    ("notes from his colonoscopy", {"procedure_notes"}),
    ("the biopsy from her colonoscopy and the colonoscopy report", {"pathology", "procedure_notes"}),
])
def test_a_record_named_by_its_source_or_named_twice_is_still_stored(line, meant):
    assert picks("records", line) == meant


# --- items marked partly, or asked of oneself and answered -------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("decision_sure", "Support: plenty, my kids are great. Certainty: zero. Pros and cons: getting there."),
    ("decision_sure", "I have support from my wife. sure? no. do I know the pros and cons? kind of"),
])
def test_an_item_marked_partly_is_not_stored(state, line):
    assert _asked(state, line)


# --- a paper said to come only from a doctor (the held item, helper 11a12) ------------------------------

@pytest.mark.parametrize("line", ["the X-ray and paper from doctor", "I have a paper from the heart doctor"])
def test_a_paper_only_from_a_doctor_is_asked(line):
    assert _asked("records", line)


@pytest.mark.parametrize("line, meant", [
    ("bloods, and the paper from the doctor visit", {"labs", "clinic_notes"}),
    ("a letter from the oncologist", {"clinic_notes"}),
    ("notes from the doctor", {"clinic_notes"}),
])
def test_a_paper_from_a_visit_or_named_is_still_visit_notes(line, meant):
    assert picks("records", line) == meant


def test_notes_said_by_their_source_keep_that_source():
    assert picks("records", "the MRI reports, my GP's letters, and the notes from my knee operation last year") \
        == {"imaging", "clinic_notes", "procedure_notes"}


# --- a choice number taken back at once for another ------------------------------------------------------

@pytest.mark.parametrize("line", ["1 no 2", "1 sorry 2", "1 no wait 2"])
def test_a_number_taken_back_for_another_offers_the_later_one(line):
    got = reading("decision_when", line)
    assert not stored(got) and got.value == "weeks"


@pytest.mark.parametrize("line, expected", [("2", "weeks"), ("2, a few weeks", "weeks")])
def test_a_plain_number_is_still_stored(line, expected):
    assert pick("decision_when", line) == expected



def test_spanish_ya_no_is_not_yes_and_no():
    # "ya no me acuerdo" (I no longer remember) stays "not sure" (round 20), never asked as "yes" and "no"
    assert pick("compare_one_field", "ya no me acuerdo") == "not_sure"


# --- a sentence opened by "mostly", read as nothing ------------------------------------------------------

def test_a_sentence_opened_by_mostly_is_not_left_out():
    line = "mainly whether he should get the defibrillator. also he can't drive far"
    # asked, or (helper u18a: a defibrillator is now a surgery word) both parts stored, as round 26 marks u26b-0228
    assert _asked("specialist_focus", line) or picks("specialist_focus", line) == {"surgery", "travel_hard"}


@pytest.mark.parametrize("line, meant", [
    ("mostly the scans. also travel is hard", {"imaging", "travel_hard"}),
    ("the biopsy. also she can't travel far", {"pathology", "travel_hard"}),
])
def test_a_sentence_with_its_own_pick_is_still_stored(line, meant):
    assert picks("specialist_focus", line) == meant


# --- numbered picks, and words pointing back at them read as one more ----------------------------------------

def test_words_pointing_back_at_numbered_picks_add_no_guess():
    got = reading("questions", "1 2 5 8 haha all the good ones")
    assert not stored(got) and set(got.value or []) <= {"q1", "q2", "q5", "q8"}


@pytest.mark.parametrize("line", ["1 and 2 and the one about their own family", "3 5 8 and the one about what if it doesnt work"])
def test_a_choice_described_beside_numbers_is_still_read(line):
    assert stored(reading("questions", line))
