"""Round 16, part a: silent misreads, each mechanism tested with wording of our own.

General signs of doubt looked for last (assistant/understanding/last_doubts.py and the modules
named below): a line that says a pick and doubts it is asked or confirmed, never stored.
"""

from __future__ import annotations

import pytest

from assistant.understanding import LIKELY, UNCLEAR
from understanding.reading_support import pick, picks, reading, stored


# --- a pick said on a condition: the condition is asked about, the plain picks kept -------------

@pytest.mark.parametrize("state, line, kept", [
    ("signs", "2 and 8, plus 5 if the second biopsy comes back unclear", {"major_procedure", "many_options"}),
    ("signs", "serious diagnosis, and rare if the genetics show that", {"serious_diagnosis"}),
    ("records", "the CT, and the biopsy if the lab sends it", {"imaging"}),
])
def test_a_pick_said_on_a_condition_is_asked_about_and_the_plain_picks_are_kept(state, line, kept):
    result = reading(state, line)
    assert result.certainty == UNCLEAR and kept <= set(result.value) and result.unclear
    assert "if" in result.unclear


@pytest.mark.parametrize("line", [
    "covered if the insurer signs off",
    "it's covered unless they deny the referral",
    "covered once they approve it",
])
def test_a_single_answer_that_hangs_on_a_condition_is_asked(line):
    assert not stored(reading("logistics", line))


@pytest.mark.parametrize("state, line, choices", [
    ("questions", "the risks, and what happens if we wait", None),  # the "if" is the choice's own words
    ("logistics", "not sure if we even have insurance", None),  # "if" for "whether"
    ("fit_alternatives", "a second read of the scan, and an advocate if the clinic has one", {"targeted_review", "advocate"}),
    ("signs", "if I had to pick, 1 and 3", {"serious_diagnosis", "high_risk_treatment"}),
])
def test_if_that_sets_no_condition_on_the_answer_changes_nothing(state, line, choices):
    result = reading(state, line)
    if choices is not None:
        assert picks(state, line) == choices
    else:
        assert not (result.certainty == UNCLEAR and result.unclear and "if" in result.unclear and "depends" in result.message)


def test_the_surgery_date_said_with_if_i_say_yes_is_still_the_date():
    result = reading("decision_when", "the operation is booked for the 20th if I agree")
    assert stored(result)


# --- "none" read from a taking back while a choice is named: asked ------------------------------

@pytest.mark.parametrize("state, line", [
    ("signs_more", "sort of the second one but not really"),
    ("signs_more", "the third one i guess? no not really"),
    ("logistics_insurer", "perhaps the form? not really sure"),
    ("summary_sure", "kinda the first one but nah not really"),
])
def test_none_read_from_a_take_back_beside_a_named_choice_is_asked(state, line):
    result = reading(state, line)
    assert not stored(result)


@pytest.mark.parametrize("state, line", [
    ("signs_more", "none of these, my insurance is fine"),
    ("logistics_insurer", "none of the above"),
])
def test_none_said_as_the_answer_is_still_none(state, line):
    assert picks(state, line) == {"none"}


# --- a pick taken back at the end: asked -------------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("signs_more", "the first, but not really"),
    ("signs_more", "diabetes and heart trouble, but not really"),
    ("signs", "2 and 3 though, honestly not sure"),
    ("compare_one_confidence", "very sure, but then again maybe not"),
])
def test_a_pick_taken_back_at_the_end_is_asked(state, line):
    assert not stored(reading(state, line))


@pytest.mark.parametrize("state, line", [
    ("compare_one_confidence", "fairly sure but not completely"),
    ("fit_decision_point", "3, but not sure"),
])
def test_an_end_that_is_itself_the_answer_is_no_take_back(state, line):
    assert stored(reading(state, line))


# --- a question about the thing just named, or one naming choices: a reply, never a pick --------

@pytest.mark.parametrize("state, line", [
    ("records", "the scans, where do I find those?"),
    ("records", "clinic notes - how would I get hold of them?"),
    ("fit_alternatives", "nurse navigator, whats that?"),
    ("fit_alternatives", "a written plan, what is?"),
    ("specialist_focus", "what is the difference between the scan and the x-ray"),
    ("records", "um whats the difference between labs and pathology"),
])
def test_a_question_about_a_choice_named_is_a_question(state, line):
    result = reading(state, line)
    assert result.asked and not stored(result)


@pytest.mark.parametrize("state, line, choices", [
    ("records", "2 and 4, why do you ask?", {"pathology", "labs"}),
])
def test_a_question_that_does_not_point_back_leaves_the_picks(state, line, choices):
    assert picks(state, line) == choices


# --- a word that is another word with letters put before it is no misspelling of it ------------

@pytest.mark.parametrize("state, line, never", [
    ("signs_more", "she has atrial flutter", "experimental"),  # "atrial" is not "trial"
    ("summary_sure", "I am uncertain about the choice", "sure"),  # "uncertain" is not "certain"
    ("summary_sure", "still unsure which is best", "sure"),
])
def test_a_word_with_letters_before_a_choice_word_is_not_that_word(state, line, never):
    result = reading(state, line)
    assert never not in (result.value or [])


def test_a_slip_of_the_keys_inside_a_word_is_still_read():
    assert picks("signs_more", "clinical trail drug") == {"experimental"}


# --- a degree said less than fully ("rather surer than before"): that part asked ----------------

@pytest.mark.parametrize("line, kept", [
    ("a tad more confident, and my family is behind me", {"support"}),
    ("rather clearer than last week. I know the pros and cons now", {"understand"}),
])
def test_a_softened_degree_at_the_summary_is_asked_and_the_rest_kept(line, kept):
    result = reading("summary_sure", line)
    assert result.certainty == UNCLEAR and set(result.value or []) == kept and result.unclear


# --- a choice number with something said of it: that part asked --------------------------------

@pytest.mark.parametrize("state, line, kept", [
    ("summary_sure", "1, 2. 4 is half there", {"sure", "understand"}),
    ("records", "1, 2, 4 is on the way", {"imaging", "pathology"}),
    ("signs_more", "1. 3 is sort of true", {"comorbidities"}),
])
def test_a_number_said_of_is_asked_and_the_plain_picks_kept(state, line, kept):
    result = reading(state, line)
    assert result.certainty == UNCLEAR and set(result.value) == kept and result.unclear[:1].isdigit()


@pytest.mark.parametrize("state, line, choices", [
    ("summary_sure", "2 and 3. 4 is true too", {"understand", "values", "support"}),
    ("records", "1 and 2. 4 is the main one", {"imaging", "pathology", "labs"}),
])
def test_a_number_said_to_be_so_stays_a_pick(state, line, choices):
    assert picks(state, line) == choices


# --- a bare yes or no after a comma at a sentence's end is said of what comes before -------------

@pytest.mark.parametrize("state, line, choices", [
    ("logistics_insurer", "the deadline, yes. the doctors list, nope.", {"deadline"}),
    ("logistics_insurer", "List, no. Form, yes.", {"form"}),
    ("summary_sure", "pros and cons, yes. sure, no.", {"understand"}),
])
def test_a_yes_or_no_after_a_comma_answers_the_part_before_it(state, line, choices):
    assert picks(state, line) == choices


# --- not knowing said first in full words ("I do not know, ..."): the pick after it is offered ---

@pytest.mark.parametrize("state, line", [
    ("compare_first", "i cannot remember really, there were lots of doctors"),
    ("compare_first", "I do not know, the surgeon and two others"),
    ("decision_situation", "I do not know, they offered him an operation"),
])
def test_not_knowing_in_full_words_first_offers_the_pick(state, line):
    result = reading(state, line)
    assert result.certainty == LIKELY and result.value


def test_not_knowing_exactly_with_a_band_is_the_band():
    assert stored(reading("compare_first", "can't remember exactly, six or seven"))


# --- letters said by name, as voice typing writes them ------------------------------------------

@pytest.mark.parametrize("state, line, choices", [
    ("specialist_focus", "the see tee scan", {"imaging"}),
    ("specialist_focus", "a pee ee tee and the biopsy", {"imaging", "pathology"}),
    ("records", "the em are eye report and his lab results", {"imaging", "labs"}),
])
def test_letters_said_by_name_are_the_short_name_they_spell(state, line, choices):
    assert picks(state, line) == choices


def test_letter_names_that_spell_nothing_known_are_left_as_words():
    from assistant.understanding.homophones import letters_said

    assert letters_said("see you later, the biopsy") is None
    assert letters_said("oh are you sure") is None


# --- ages: a band said not to be it, and two ages that do not agree ------------------------------

@pytest.mark.parametrize("line", [
    "no longer a kid, not an adult either",
    "she's not a baby, not a teenager",
    "somewhere between, not a small child and not a teen yet",
])
def test_only_bands_said_not_to_be_it_are_asked(line):
    assert not stored(reading("welcome_age", line))


@pytest.mark.parametrize("line, band", [
    ("she is not a baby anymore, she is 3", "child"),
    ("not quite a teenager, 12", "child"),
    ("he is 1 year and 2 months", "child"),
    ("a teenager, not an adult", "teen"),
])
def test_a_band_said_not_to_be_it_beside_an_age_leaves_the_age(line, band):
    assert pick("welcome_age", line) == band


@pytest.mark.parametrize("line", [
    "the passport says 8 but really he is 70 or so",
    "the form has her as 2 years, she is actually about 45",
])
def test_two_ages_in_different_bands_are_asked(line):
    result = reading("welcome_age", line)
    assert not stored(result) and len(result.options) == 2


# --- a time gone by ("for 8 years" after "I've been dealing with this") is no time to decide ----

@pytest.mark.parametrize("line, choice", [
    ("no deadline, I've had this for 8 years", "no_deadline"),
    ("there is no set date, we have been living with it for the last 3 years", "no_deadline"),
    ("they want to wait for 6 weeks", "weeks"),  # "for" without a time gone by: the time to wait
    ("had the scan, surgery in 3 weeks", "weeks"),
])
def test_how_long_something_has_lasted_is_not_when_to_decide(line, choice):
    assert pick("decision_when", line) == choice


def test_a_time_gone_by_alone_is_no_answer():
    assert not stored(reading("decision_when", "I've been suffering with this for 2 years"))


# --- "just" before two doctors named with "and" is not "only one" ------------------------------

@pytest.mark.parametrize("line, choice", [
    ("just my ENT and the surgeon", "two"),
    ("only her gynecologist and the oncologist", "two"),
    ("only my PCP so far", "one"),
    ("Just the one, the cardiologist", "one"),
])
def test_only_said_before_two_doctors_joined_by_and_counts_both(line, choice):
    assert pick("compare_first", line) == choice


# --- an answer heard from someone, then the teller doubted: asked -------------------------------

@pytest.mark.parametrize("state, line", [
    ("compare_one_treatment", "my wife says he advised surgery but she mixes things up"),
    ("compare_one_confidence", "my son says the doctor was very sure, but he might be wrong"),
    ("compare_two_confidence", "auntie said they were fairly sure but she does not speak much english"),
])
def test_an_answer_heard_from_someone_then_doubted_is_not_stored(state, line):
    assert not stored(reading(state, line))


def test_an_answer_heard_from_someone_without_a_doubt_stays():
    assert pick("compare_one_treatment", "my wife says he advised surgery") == "surgery"


# --- a point to decide that is someone's say-so or a feeling is no point known -----------------

@pytest.mark.parametrize("state, line", [
    ("fit_decision_point", "when my husband decides"),
    ("fit_decision_point", "we will decide when we feel ready"),
    ("compare_decision_point", "once the Lord shows us the way"),
])
def test_a_say_so_or_a_feeling_is_not_a_known_point(state, line):
    assert not stored(reading(state, line))


@pytest.mark.parametrize("line", ["when the biopsy comes back", "when the doctor says so on the 12th"])
def test_a_result_or_a_date_is_a_known_point(line):
    assert pick("fit_decision_point", line) == "yes"


# --- a plural in -ies is its singular in -y ("surgeries", "biopsies") ---------------------------

def test_a_plural_in_ies_matches_its_singular():
    from assistant.understanding.lexicon import fold

    assert fold("surgeries") == "surgery" and fold("biopsies") == "biopsy" and fold("therapies") == "therapy"


@pytest.mark.parametrize("line", ["a retina specialist who does surgeries", "a nerve specialist who does surgeries too"])
def test_a_specialist_who_does_surgeries_is_never_stored_as_the_doctor_who_does_not(line):
    result = reading("compare_two_field", line)
    assert not (stored(result) and result.value == "specialist")


# --- a choice only talked about at a pick-any question: asked, the rest kept --------------------

@pytest.mark.parametrize("state, line, kept", [
    ("signs_more", "I have diabetes, and they brought up an experimental drug", {"comorbidities"}),
    ("signs", "a serious diagnosis; the surgeon floated major surgery", {"serious_diagnosis"}),
    ("signs_more", "the oncologist mentioned a trial drug", set()),
])
def test_a_choice_only_talked_about_is_asked(state, line, kept):
    result = reading(state, line)
    assert result.certainty == UNCLEAR and set(result.value or []) == kept


def test_a_choice_said_plainly_beside_a_mention_stays():
    assert picks("signs_more", "the plan uses an experimental drug, the doctor mentioned it twice") == {"experimental"}


@pytest.mark.parametrize("line", ["he is 9, his sister is 16", "my dad is 80 and my son is 4"])
def test_an_age_said_of_someone_else_named_between_is_theirs(line):
    assert stored(reading("welcome_age", line))
