"""Rounds 10 and 11, the clear answers (helper 11b): mechanisms tried with wording of our own, not the corpus lines.

A short answer said first and a remark after (leading.py), an onlooker at the keyboard left out
(keyboard.py), the one typing who says who they are to the patient, a statement with "it" left
out, words of Tagalog and Mexican Spanish beside English, treatments by their word endings and by
what they do, "X first, Y only later", a list in bullets (bullets.py), and the how-sure questions
said part by part.
"""

from __future__ import annotations

import pytest

from assistant.understanding import LIKELY, SURE
from assistant.understanding.bullets import unbulleted

from .reading_support import pick, picks, reading, stored


# --- A short answer said first, a remark after ----------------------------------------------

@pytest.mark.parametrize("state, line, want, note", [
    ("compare_who", "Me. It has always been me.", "patient", "It has always been me"),
    ("compare_who", "me - i'm the one with the bad hip", "patient", "i'm the one with the bad hip"),
    ("fit", "option 1; my mind is made up", "second_opinion", "my mind is made up"),
])
def test_a_short_answer_first_is_taken_and_the_rest_kept_as_a_note(state, line, want, note):
    result = reading(state, line)
    assert stored(result) and result.value == want
    assert note.lower() in result.note.lower()


@pytest.mark.parametrize("state, line", [
    ("compare_who", "me, and my twin sister"),  # the rest names another answer
    ("decision_sure", "sure at first, then less sure after the scan"),  # the rest turns it
])
def test_a_first_part_that_the_rest_turns_or_hedges_is_never_stored(state, line):
    assert not stored(reading(state, line))


def test_a_first_part_is_never_taken_at_the_safety_turns():
    # "its not chest pain, its my back": what the rest says decides; never read from the first part
    assert not stored(reading("urgent_care_check", "not chest pain, its my back"))


def test_a_first_part_with_a_doubt_after_it_is_only_offered():
    result = reading("fit", "option 2, unless the surgeon disagrees")
    assert result.certainty in (LIKELY, "unclear") and not stored(result)


# --- Who it is for: onlookers, the one typing, "is for" -------------------------------------

@pytest.mark.parametrize("state, line", [
    ("welcome", "it's me, my husband is just watching over my shoulder"),
    ("welcome", "i am the patient, my daughter is in the room with me"),
    ("compare_who", "myself (my son is reading along)"),
])
def test_someone_who_only_watches_does_not_make_it_someone_else(state, line):
    assert pick(state, line) == "patient"


def test_someone_named_as_the_patient_beside_an_onlooker_is_still_the_caregiver():
    assert pick("welcome", "my son is next to me, it's for my wife") == "caregiver"


@pytest.mark.parametrize("line, who", [
    ("this is her son writing, she had a fall", "my mother"),
    ("her daughter here", "my mother"),
    ("it is his wife typing", "my husband"),
])
def test_the_one_typing_who_says_who_they_are_to_the_patient_is_the_caregiver(line, who):
    result = reading("welcome", line)
    assert stored(result) and result.value == "caregiver" and result.who == who


@pytest.mark.parametrize("line", ["his heart valve is leaking", "her knee is bad"])
def test_his_or_her_before_a_body_part_names_no_helper(line):
    assert pick("welcome", line) != "caregiver"


def test_a_statement_with_it_left_out_is_read_not_taken_for_a_question():
    result = reading("welcome", "is about my grandmother, I help her with the forms")
    assert stored(result) and result.value == "caregiver"
    assert reading("welcome", "is about my dad?").asked  # with a question mark it is still a question


@pytest.mark.parametrize("state, line, want", [
    ("timing_seen", "opo", "yes"),
    ("compare_first", "tatlo", "three_plus"),
    ("compare_who", "para sa tatay ko", "caregiver"),
    ("welcome", "for mi amá, she only speaks spanish", "caregiver"),
])
def test_tagalog_and_mexican_spanish_words_beside_english(state, line, want):
    assert pick(state, line) == want


def test_none_in_tagalog_at_a_pick_any_question():
    assert picks("signs_more", "wala po") == {"none"}


# --- Treatments by their word endings and by what they do ----------------------------------

@pytest.mark.parametrize("line, want", [
    ("a colectomy", "surgery"),
    ("start rituximab", "medicine"),
    ("they put her on apixaban", "medicine"),
    ("valve replacement", "surgery"),
    ("amputation below the knee", "surgery"),
    ("chemoradiotherapy", "strong"),
    ("weekly transfusions", "medicine"),
    ("regular scans every 6 months", "watch"),
])
def test_treatments_named_by_their_endings_or_by_what_they_do(line, want):
    assert pick("compare_one_treatment", line) == want


@pytest.mark.parametrize("state, line, want", [
    ("compare_two_treatment", "pills first, and maybe an operation if they fail", "medicine"),
    ("fit", "3 first, and 1 later if we still have doubts", "keep_plan"),
])
def test_what_is_done_first_is_the_answer_when_the_later_step_is_a_maybe(state, line, want):
    result = reading(state, line)
    assert stored(result) and result.value == want and result.note


def test_a_plan_of_two_steps_is_asked_about():
    assert not stored(reading("compare_one_treatment", "radiation first, then an operation"))


# --- A list in bullets ----------------------------------------------------------------------

def test_bullet_marks_open_items_and_are_never_minus_signs():
    assert unbulleted("- 4 (the scan)\n* 7\n• 9") == "4 (the scan). 7. 9"
    assert unbulleted("3-4 weeks") == "3-4 weeks"  # a dash inside a line stays
    assert unbulleted("1. the MRI\n2. the biopsy") == "1. the MRI\n2. the biopsy"  # a numbered list is left as typed


@pytest.mark.parametrize("state, line, want", [
    ("signs_more", "- 1: she has diabetes too\n- 3", {"comorbidities", "not_specialist"}),
    ("fit_alternatives", "* 1\n* 2 (in writing please)", {"structured_followup", "written_plan"}),
])
def test_a_list_in_bullets_is_read_item_by_item(state, line, want):
    assert picks(state, line) == want


# --- The how-sure questions part by part ----------------------------------------------------

@pytest.mark.parametrize("state, line, want", [
    ("summary_sure", "I get the options now. Sure? Not yet.", {"understand"}),
    ("decision_sure", "My friends and neighbours help a lot. The rest, no.", {"support"}),
    ("summary_sure", "We know what matters, which is her staying at home. Sure, no.", {"values"}),
    ("decision_sure", "I understand the choices but I am not entirely sure yet", {"understand"}),
])
def test_a_no_said_of_the_part_before_it(state, line, want):
    assert picks(state, line) == want


@pytest.mark.parametrize("line", ["im not quite sure what i value most", "I am not yet sure what I value more"])
def test_a_doubt_about_what_matters_is_never_a_pick_of_it(line):
    assert not stored(reading("decision_sure", line))


def test_sure_with_no_after_it_is_not_taken_as_sure():
    result = reading("summary_sure", "support yes. sure, no.")
    assert result.certainty == SURE and result.value == ["support"]


# --- Said of the pick before it, and marks that cut nothing ---------------------------------

@pytest.mark.parametrize("state, line, want", [
    ("records", "the blood results, loads of them, and the scans", {"labs", "imaging"}),
    ("fit_alternatives", "a written plan, so my daughter can go over it with me", {"written_plan"}),
    ("fit_alternatives", "a follow-up visit, with a translator", {"structured_followup"}),
])
def test_a_part_said_of_the_pick_before_it_is_no_new_answer(state, line, want):
    assert picks(state, line) == want


@pytest.mark.parametrize("state, line", [
    ("records", "the scans, with a letter from the physio"),  # a paper named: one more answer, asked
    ("decision_sure", "i know the good points, not the bad ones"),  # a no to a part of a choice: asked
])
def test_a_part_with_a_paper_or_a_not_in_it_is_still_asked_about(state, line):
    assert not stored(reading(state, line))


@pytest.mark.parametrize("state, line, want", [
    ("signs", "it is rare, about 1 in 50,000", {"rare_complex"}),
    ("records", "the MRI and the discharge summary from St. Mary's", {"imaging", "discharge_summaries"}),
])
def test_a_thousands_comma_or_a_title_stop_cuts_nothing(state, line, want):
    assert picks(state, line) == want


# --- A visit still to come, and deadlines in other words ------------------------------------

@pytest.mark.parametrize("state, line, day", [
    ("decision_worsening", "we are seeing her GP on Friday", "2026-12-04"),
    ("timing_seen", "appointment with the neurologist next tuesday", "2026-12-08"),
    ("decision_worsening", "he goes to the clinic tomorrow", "2026-12-03"),
])
def test_a_visit_still_to_come_is_not_checked_yet_and_its_day_is_kept(state, line, day):
    result = reading(state, line)
    assert stored(result) and result.value == "no" and result.date == day


@pytest.mark.parametrize("state, line", [
    ("decision_worsening", "saw the doctor on monday, going back friday"),  # a visit that happened
    ("timing_seen", "yep, dr checkd her, back again tomorrow"),  # a yes, a past misspelt
    ("decision_worsening", "maybe the clinic tomorrow"),  # a hedge
])
def test_a_visit_that_happened_or_is_hedged_is_never_read_as_not_yet(state, line):
    result = reading(state, line)
    assert not (stored(result) and result.value == "no")


@pytest.mark.parametrize("line, want", [
    ("aint been seen yet", "no"),
    ("we aint had a check since", "no"),
])
def test_aint_said_for_havent(line, want):
    assert pick("decision_worsening", line) == want


@pytest.mark.parametrize("line, want, day", [
    ("the final day to decide is the 20th", "weeks", "2026-12-20"),
    ("cutoff date is the 5th", "days", "2026-12-05"),
])
def test_a_last_day_said_in_other_words_is_a_deadline(line, want, day):
    result = reading("decision_when", line)
    assert stored(result) and result.value == want and result.date == day


@pytest.mark.parametrize("line", ["we can take it at our own pace", "whenever we are ready, they said", "there is never any rush with them"])
def test_no_deadline_in_other_words(line):
    assert pick("decision_when", line) == "no_deadline"


# --- A child's danger signs: well in other words ---------------------------------------------

@pytest.mark.parametrize("line", ["nope", "nah, she's okay", "only teething, nothing like that", "just a bit of a cold", "he seems fine"])
def test_a_child_who_is_well_said_in_other_words_is_none(line):
    assert picks("red_flags_child", line) == {"none"}


@pytest.mark.parametrize("line", ["she seems fine but she is very floppy", "just a cold, but he won't drink anything"])
def test_well_beside_a_danger_sign_is_never_none(line):
    result = reading("red_flags_child", line)
    assert not (stored(result) and result.value == ["none"])


# --- Counts past the list, lay names of specialists, another doctor, texting yes --------------

@pytest.mark.parametrize("line", ["seven", "at least three, maybe more", "I've lost count honestly, so many", "half a dozen"])
def test_a_count_past_the_list_is_three_or_more(line):
    # (a bare "I've lost count" says no amount: offered back for a Yes, test_round17_misreads.py)
    assert pick("compare_first", line) == "three_plus"


# (a bone doctor may be an orthopaedic surgeon or not: asked, test_round17_misreads.py)
@pytest.mark.parametrize("line", ["a nerve doctor", "her hormone doctor"])
def test_a_specialist_by_the_body_part_they_treat(line):
    assert pick("compare_one_field", line) == "specialist"


@pytest.mark.parametrize("line", ["find another doc", "we will try another doctor"])
def test_another_doctor_is_a_second_opinion(line):
    assert pick("fit", line) == "second_opinion"


@pytest.mark.parametrize("line", ["yeh", "ys she was seen"])
def test_yes_as_people_text_it(line):
    assert pick("timing_seen", line) == "yes"


def test_free_text_is_kept_exactly_as_typed_with_its_marks_and_bullets():
    line = "- fell at St. Mary's, walked 1,000 steps a day"
    assert reading("decision_what", line).value == line
