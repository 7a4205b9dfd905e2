"""Round 19: silent misreads, each mechanism tested with wording of our own.

What did the reader rely on that it should not have? A choice's words in a part of the line that
says it is not known (said_unknown.py); "the first 2" inside "the first 2 times" (positions.py); a
whole count where the person said a count between two (count_parts.py); a choice's words inside a
question whose mark was left off (read.py, tailq.py). Each test also holds the plain line, so the
check cannot pass by refusing everything.
"""

from __future__ import annotations

import pytest

from assistant.understanding import UNCLEAR
from understanding.reading_support import pick, picks, reading, stored


# --- a choice named only to say it is not known --------------------------------------------------

@pytest.mark.parametrize("state, line, expected", [
    ("logistics_insurer", "we got the list of doctors and the form. when they need it by, nobody knows", {"approved_list", "form"}),
    ("logistics_insurer", "the approved list, yes. the form i havent seen", {"approved_list"}),
    ("logistics_insurer", "form and deadline; the list is still a mystery", {"form", "deadline"}),
    ("decision_sure", "i have support and i know the good and bad. my values are anyones guess", {"understand", "support"}),
    ("summary_sure", "I know the pros and cons now, values unclear", {"understand"}),
    ("records", "the scans and the biopsy report. the lab results i have not seen", {"imaging", "pathology"}),
])
def test_a_choice_said_as_not_known_is_not_picked(state, line, expected):
    assert picks(state, line) == expected


@pytest.mark.parametrize("state, line, expected", [
    ("logistics_insurer", "the list and the form and the deadline", {"approved_list", "form", "deadline"}),
    ("compare_context", "the scans, and the biopsy was not clear", {"scans", "biopsy"}),  # "not clear" is the choice's own word there
    ("decision_sure", "i know the good and bad points, and i have support", {"understand", "support"}),
])
def test_choices_said_plainly_or_with_their_own_words_of_doubt_stay(state, line, expected):
    assert picks(state, line) == expected


def test_a_choice_said_as_not_known_is_never_stored_however_the_rest_is_read():
    result = reading("decision_sure", "i have support and i know the good and bad. what matters most to me, no idea")
    assert "values" not in (result.value or [])


def test_when_every_choice_named_is_said_as_not_known_the_line_is_asked_about():
    result = reading("logistics_insurer", "the list, no idea. the form, no idea")
    assert not stored(result)
    assert result.certainty == UNCLEAR


# --- "the first 2 times": a count of times, not the first two choices ---------------------------

@pytest.mark.parametrize("state, line, expected", [
    ("signs", "the big surgery one, and the pills did not work the first 3 times", {"major_procedure", "treatment_failed"}),
    ("signs", "the meds did nothing for the first two years", {"treatment_failed"}),
    ("signs", "peace of mind. the first 2 weeks nobody listened", {"peace_of_mind"}),
])
def test_the_first_few_times_or_years_is_no_position_in_the_list(state, line, expected):
    got = picks(state, line)
    assert got is None or got <= expected | {"not_heard"}
    assert not got or not {"serious_diagnosis", "major_procedure"} - expected & got


@pytest.mark.parametrize("line, expected", [
    ("the first 2", {"serious_diagnosis", "major_procedure"}),
    ("the first two of them", {"serious_diagnosis", "major_procedure"}),
])
def test_the_first_two_said_as_places_still_picks_them(line, expected):
    assert picks("signs", line) == expected


# --- a count between two whole counts ------------------------------------------------------------

@pytest.mark.parametrize("state, line, options", [
    ("fit_opinions", "two and a half lol", ("one_more", "many")),
    ("fit_opinions", "1.5 really", ("zero", "one_more")),
    ("fit_opinions", "one and a half, the second barely looked", ("zero", "one_more")),
    ("compare_first", "two and a bit", ("two", "three_plus")),
])
def test_a_count_between_two_choices_offers_both(state, line, options):
    result = reading(state, line)
    assert not stored(result)
    assert set(result.options) == set(options)


@pytest.mark.parametrize("line", ["2ish", "two and a half, one only saw me for 5 minutes"])
def test_a_count_between_two_is_never_stored(line):
    assert pick("fit_opinions", line) is None


@pytest.mark.parametrize("state, line, expected", [
    ("fit_opinions", "three and a half", "many"),  # both sides are "Three or more"
    ("fit_opinions", "two", "one_more"),
])
def test_a_count_whose_both_sides_are_one_choice_or_a_whole_count_is_stored(state, line, expected):
    assert pick(state, line) == expected


# --- a question whose mark was left off ----------------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("decision_situation", "what mean new diagnosis"),
    ("compare_two_treatment", "what means watch and wait"),
    ("signs", "what meaning of rare condition"),
    ("logistics", "we have aetna will that cover it"),
    ("logistics", "my husband has medicare does it pay for this"),
    ("logistics", "I am on medicaid is that covered"),
])
def test_a_question_without_its_mark_is_answered_and_nothing_stored(state, line):
    result = reading(state, line)
    assert not stored(result)
    assert result.asked


@pytest.mark.parametrize("state, line, expected", [
    ("logistics", "yes it is covered, i called them", "covered"),
    ("decision_situation", "a new diagnosis", "new_diagnosis"),
    ("compare_two_treatment", "watch and wait", "watch"),
])
def test_the_same_words_said_as_an_answer_are_stored(state, line, expected):
    assert pick(state, line) == expected


# --- two people, two answers ---------------------------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("decision_sure", "she knows the good and bad points, i dont"),
    ("decision_sure", "I know the pros and cons, my husband doesnt"),
    ("summary_sure", "my dad feels sure now. not me"),
    ("fit", "mom wants to keep the plan, I want a second opinion"),
    ("fit", "the patient leans to keeping the plan but I lean to a second opinion"),
])
def test_another_persons_answer_beside_a_different_one_of_the_speaker_is_asked(state, line):
    result = reading(state, line)
    assert not stored(result)
    assert result.certainty == UNCLEAR


@pytest.mark.parametrize("state, line, expected", [
    ("decision_sure", "i know the good and bad, she does too", {"understand"}),
    ("fit", "he wants a second opinion and i want one too", "second_opinion"),
    ("logistics_insurer", "my son knows all that, i dont know", {"none"}),  # the speaker's own "I don't know"
])
def test_two_people_who_agree_or_a_plain_dont_know_are_one_answer(state, line, expected):
    result = reading(state, line)
    got = set(result.value) if isinstance(result.value, list) else result.value
    assert stored(result) and got == expected or (not stored(result) and result.dont_know)


# --- at the SURE test, "not sure" alone is no "None of these" -----------------------------------

@pytest.mark.parametrize("state, line", [
    ("summary_sure", "a bit clearer now, but still not sure"),
    ("decision_sure", "i don't feel sure"),
    ("summary_sure", "no sure"),
])
def test_not_sure_alone_is_offered_back_as_none_never_stored(state, line):
    result = reading(state, line)
    assert not stored(result)
    assert result.value == ["none"]


@pytest.mark.parametrize("state, line", [
    ("decision_sure", "none, not sure about anything"),
    ("summary_sure", "nothing yet, still not sure"),
    ("decision_sure", "none of them"),
])
def test_none_said_of_every_item_is_still_stored(state, line):
    assert picks(state, line) == {"none"}


def test_not_sure_beside_an_item_known_still_stores_that_item():
    assert picks("summary_sure", "i understand the options now, still not sure") == {"understand"}


# --- someone else has it in hand -----------------------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("records", "none, my son has them all"),
    ("records", "not yet. my wife keeps those"),
    ("logistics", "my husband deals with all that"),
])
def test_an_answer_held_by_someone_else_is_asked_about(state, line):
    result = reading(state, line)
    assert not stored(result)
    assert result.certainty == UNCLEAR


@pytest.mark.parametrize("state, line, expected", [
    ("logistics", "my daughter handles that, I will ask her", "not_checked"),
    ("logistics", "not yet, i will check", "not_checked"),
    ("records", "none yet", ["none"]),
])
def test_the_persons_own_answer_beside_it_stands(state, line, expected):
    result = reading(state, line)
    assert stored(result) and result.value == expected


# --- a first answer said as a joke --------------------------------------------------------------

@pytest.mark.parametrize("state, line, offered", [
    ("decision_sure", "all four. jk, only 2", ["understand"]),
    ("fit", "watch and wait haha no, plan a second opinion", "second_opinion"),
    ("summary_sure", "1 and 2, just kidding, 3", ["values"]),
])
def test_the_answer_after_kidding_is_offered_back(state, line, offered):
    result = reading(state, line)
    assert not stored(result)
    assert result.value == offered


# --- "what happens if we do nothing" at the list of questions -----------------------------------

@pytest.mark.parametrize("line, kept", [
    ("side effects, and what happens if we dont do anything", {"q5"}),
    ("what if she does nothing at all, and what would you do for your own family", {"q8"}),
    ("the risks. what would happen if we leave it alone. and whats next if it fails", {"q5", "q9"}),
])
def test_what_doing_nothing_leads_to_is_asked_about_and_the_rest_kept(line, kept):
    result = reading("questions", line)
    assert not stored(result)
    assert result.certainty == UNCLEAR
    assert set(result.value or []) == kept


@pytest.mark.parametrize("line, expected", [
    ("the options including doing nothing, the risks, and your own family", {"q3", "q5", "q8"}),
    ("the doing nothing one, the risks and the family one", {"q3", "q5", "q8"}),
])
def test_the_options_question_named_by_doing_nothing_is_still_picked(line, expected):
    assert picks("questions", line) == expected


# --- words of a kind the lexicon lacked ----------------------------------------------------------

@pytest.mark.parametrize("state, line, expected", [
    ("compare_one_confidence", "mas o menos sure", "fairly"),
    ("compare_two_confidence", "more or less certain", "fairly"),
    ("compare_one_treatment", "a holter monitor for two weeks first", "tests"),
    ("compare_two_treatment", "she wears a heart monitor, then they decide", "tests"),
])
def test_lay_words_for_a_degree_or_a_test(state, line, expected):
    result = reading(state, line)
    assert result.value == expected


def test_everything_except_the_op_notes_and_dc_summaries_leaves_out_just_those():
    assert picks("records", "all of it except the op notes and the dc summaries") == {"imaging", "pathology", "clinic_notes", "labs"}


# --- the speaker said first ----------------------------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("compare_who", "me, my sister drives me to the visits"),
    ("compare_who", "its for me but my husband does the paperwork"),
    ("welcome", "me. my daughter is typing for me"),
])
def test_the_speaker_said_first_is_offered_back_never_the_other_person(state, line):
    result = reading(state, line)
    assert result.value == "patient" or (not stored(result) and "patient" in result.options)


@pytest.mark.parametrize("state, line", [("compare_who", "my mom"), ("welcome", "for my dad, he is 80")])
def test_someone_else_said_first_is_still_stored(state, line):
    assert pick(state, line) == "caregiver"


# --- said from memory: "I'd have to look it up" -------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("logistics_insurer", "the form and the list of doctors, i would have to check"),
    ("records", "the scans and the biopsy, I would have to check for the rest"),
    ("compare_context", "the scans were missing i think, let me check"),
])
def test_an_answer_the_person_would_have_to_look_up_is_offered_back(state, line):
    result = reading(state, line)
    assert not stored(result)
    assert result.value


def test_the_same_answer_without_it_is_stored():
    assert picks("records", "the scans and the biopsy") == {"imaging", "pathology"}


def test_a_superscript_digit_counted_back_reads_without_error():
    # "²" is a digit to str.isdigit() but not to int(): found by test_never_crashes (hypothesis)
    reading("welcome", "² , first")
    reading("signs", "1 and 2, those ²")
    reading("fit_opinions", "² , first")
    reading("questions_order", "move ² to ³")


def test_the_speaker_first_with_who_it_is_for_said_after_is_that_person():
    assert pick("compare_who", "me and my husband, for our daughter") == "caregiver"
