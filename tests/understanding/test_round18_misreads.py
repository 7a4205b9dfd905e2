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
    ("records", "2 and 3. 1 matters most", {"imaging", "pathology", "clinic_notes"}),
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


# --- doubts the person says about their own answer (said_doubts.py) -----------------------------

@pytest.mark.parametrize("state, line", [
    ("decision_worsening", "define checked. the pharmacist had a look at it"),
    ("welcome_age", "i'm 40 if you mean me"),
])
def test_the_question_s_word_put_in_doubt_is_offered_back(state, line):
    result = reading(state, line)
    assert not stored(result)
    assert result.certainty == LIKELY


def test_depends_what_you_mean_is_never_stored():
    assert not stored(reading("timing_seen", "depends what you mean by seen, a nurse saw me at the walk-in"))


def test_the_same_answer_without_the_doubt_is_stored():
    assert pick("welcome_age", "i'm 40") == "adult"


@pytest.mark.parametrize("state, line", [
    ("compare_first", "mom isnt sure, she saw a lot of doctors at the clinic"),
    ("compare_first", "my husband doesn't remember, he met a lot of doctors in hospital"),
])
def test_someone_else_not_knowing_leads_the_line_and_the_answer_after_it_is_offered_back(state, line):
    result = reading(state, line)
    assert not stored(result)
    assert result.certainty == LIKELY


def test_the_answer_without_the_lead_is_stored():
    assert pick("compare_first", "she saw a lot of doctors at the clinic") == "three_plus"
    assert pick("compare_first", "he met a lot of doctors in hospital") == "three_plus"


@pytest.mark.parametrize("state, line", [
    ("decision_sure", "some days 2, some days none of them"),
    ("fit_decision_point", "sometimes yes, sometimes no"),
])
def test_an_answer_that_changes_from_day_to_day_is_asked(state, line):
    result = reading(state, line)
    assert result.certainty == UNCLEAR and not stored(result)


@pytest.mark.parametrize("state, line", [
    ("decision_situation", "i have had back pain for ten years and nobody found why, now the surgeon wants to fuse my spine"),
])
def test_then_and_now_giving_two_answers_are_both_offered(state, line):
    result = reading(state, line)
    assert not stored(result)
    assert len(result.options) == 2


@pytest.mark.parametrize("state, line", [
    ("compare_two_confidence", "how am i meant to know if she was sure"),
    ("compare_one_confidence", "how would i know if he was very sure"),
])
def test_a_question_without_its_mark_is_no_answer(state, line):
    result = reading(state, line)
    assert not stored(result)


def test_a_question_at_the_question_list_is_still_an_answer():
    from assistant.understanding import SURE, Reading
    from assistant.understanding.said_doubts import asked_without_mark
    from assistant.understanding.text import tokens
    from understanding.reading_support import FLOW, LEX

    line = "what would you do if it was your own family"
    spec = FLOW.state("questions")
    assert asked_without_mark(Reading(SURE, ["q8"]), tokens(line), spec, LEX, line) is None
    assert asked_without_mark(Reading(SURE, "sure"), tokens(line), FLOW.state("compare_one_confidence"), LEX, line) is not None


@pytest.mark.parametrize("state, line", [("fit_decision_point", "sort of, after the holidays i think"),
                                         ("logistics", "kinda, it is covered i think")])
def test_a_lone_hedge_opening_the_line_makes_the_answer_offered_back(state, line):
    result = reading(state, line)
    assert not stored(result)


def test_the_answer_without_the_hedge_is_stored():
    assert pick("fit_decision_point", "after the holidays") == "yes"


@pytest.mark.parametrize("state", ["signs", "records", "specialist_focus"])
def test_the_instruction_said_back_is_asked(state):
    result = reading(state, "all that apply")
    assert result.certainty == UNCLEAR and not stored(result)


# --- a foreign word the first reading passed over (foreign.py) ---------------------------------

@pytest.mark.parametrize("line, left_out", [("lahat except the labs", "labs"), ("lahat po except the scans", "imaging")])
def test_a_pick_any_line_read_otherwise_in_english_is_offered_back(line, left_out):
    result = reading("records", line)
    assert result.certainty == LIKELY
    assert left_out not in result.value and len(result.value) >= 4


def test_all_but_one_in_tagalog_is_read_as_all_but_that_one():
    result = reading("records", "lahat maliban sa biopsy")
    assert not stored(result) or set(result.value) == {"imaging", "clinic_notes", "labs", "procedure_notes", "discharge_summaries"}


def test_a_question_in_tagalog_about_a_choice_is_no_answer():
    assert not stored(reading("signs", "ano ang ibig sabihin ng number 2?"))


# --- a count the line's own parts do not bear out (count_parts.py) ------------------------------

@pytest.mark.parametrize("state, line", [
    ("fit_opinions", "three doctors over the years, but for this problem only one"),
    ("fit_opinions", "lots of cardiologists in my life but on the valve? just the one"),
    ("compare_first", "Only the first doctor, the neurosurgeon."),
])
def test_two_counts_in_the_parts_of_the_line_are_both_offered(state, line):
    result = reading(state, line)
    assert not stored(result)
    assert len(result.options) == 2


def test_a_concession_naming_another_doctor_who_gave_a_view_makes_the_count_offered_back():
    result = reading("fit_opinions", "just the surgeon, though my GP said it sounds sensible")
    assert not stored(result)
    assert result.certainty == LIKELY


@pytest.mark.parametrize("state, line, expected", [("fit_opinions", "my GP, the surgeon", "one_more"),
                                                   ("fit_opinions", "only the surgeon", "zero")])
def test_counts_the_parts_bear_out_are_stored(state, line, expected):
    assert pick(state, line) == expected


# --- an old person beside a bare number (ages.py) -----------------------------------------------

@pytest.mark.parametrize("line, offered", [("she's old haha, 4", "adult"), ("elderly, 3", "teen")])
def test_a_bare_number_beside_an_old_person_is_the_choice_offered_back(line, offered):
    result = reading("welcome_age", line)
    assert result.certainty == LIKELY and result.value == offered


@pytest.mark.parametrize("line, age", [("my son, 4", "child"), ("he's 3, old enough to talk", "child"), ("she is 4 years old", "child")])
def test_an_age_said_as_an_age_is_still_the_age(line, age):
    assert pick("welcome_age", line) == age


# --- a whole clause joined to the list by a bare "and" (added_parts.py) -------------------------

@pytest.mark.parametrize("state, line, kept", [
    ("summary_sure", "2 and 3 and my husband is fine with it now", ["understand", "values"]),
    ("compare_differs", "the diagnosis and the first doctor was very rude", ["diagnosis"]),
    ("records", "the scans and the clinic is two hours away", ["imaging"]),
])
def test_a_clause_joined_to_the_picks_by_and_that_names_nothing_is_asked(state, line, kept):
    result = reading(state, line)
    assert result.certainty == UNCLEAR
    assert set(result.value) == set(kept) and result.unclear


@pytest.mark.parametrize("state, line, expected", [
    ("summary_sure", "good support from my wife and my brother who is a doctor", {"support"}),
    ("compare_differs", "the first one wanted to operate straight away and the second one said there was no hurry, so the plan and the timing i guess", {"treatment", "urgency"}),
    ("compare_differs", "the diagnosis and the plan", {"diagnosis", "treatment"}),
])
def test_a_person_described_or_an_answer_drawn_at_the_end_is_still_stored(state, line, expected):
    assert picks(state, line) == expected
