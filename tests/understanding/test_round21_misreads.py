"""Round 21: silent misreads, sorted by why the reader was wrongly sure (helper 11a7), each family
tested with wording of our own (never a corpus line). Each family also holds plain lines that must
still be stored, so no check can pass by refusing everything.

Families: context words read as a pick (what the person says they do not know, a state not reached
yet, someone who is not a doctor, a kind of doctor that also operates, a slow pace read as "fast");
a hedge or doubt not seen (a doubt about part of the answer, "all" as a guess, "only partly so");
a negation missed (a pick said not to hold); two choices named (one or the other, a choice and
"none", not sure and then a choice); a question, or the question not understood, read as an answer
("what do you mean", "both?", a question added after the picks); a count put in doubt by a second
thought; and choices said in other words, now read right (lexicon).
"""

from __future__ import annotations

import pytest

from assistant.understanding import LIKELY, UNCLEAR
from understanding.reading_support import pick, picks, reading, stored


def _asked(state, line) -> bool:
    result = reading(state, line)
    return not stored(result)


# --- context words read as a pick ----------------------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("welcome", "idk, my brother usually does the doctor stuff"),
    ("logistics", "dunno which parts are covered"),
    ("welcome", "idk my sister normally handles this but shes out"),
    ("signs_more", "not sure about the insurance thing"),
    ("signs_more", "2, and idk about the insurance"),
])
def test_a_choice_named_as_what_is_not_known_is_not_stored(state, line):
    assert _asked(state, line)


def test_the_picks_said_plainly_are_kept_beside_what_is_not_known():
    result = reading("signs_more", "1, and idk about the insurance")
    assert result.certainty == UNCLEAR and result.value == ["comorbidities"]


@pytest.mark.parametrize("state, line, expected", [
    ("decision_situation", "they found a growth and they dont know what kind yet", "new_diagnosis"),  # someone else's not knowing
    ("logistics", "i checked and it is covered", "covered"),
])
def test_not_knowing_that_is_the_choice_itself_is_still_stored(state, line, expected):
    assert pick(state, line) == expected


@pytest.mark.parametrize("state, line", [
    # (a test wanted "before being confident" moved: round 21 itself marks it Not sure, u21b-0403, as u17b-0329; helper u21b)
    ("timing_seen", "my physical therapist did"),
    ("timing_seen", "the nurse did last week"),
    ("timing_seen", "only the chiropractor has"),
    ("compare_one_field", "an interventional cardiologist"),
    ("compare_two_field", "the gynecologic oncologist"),
    ("compare_one_field", "the stomach doctor, he does scopes"),
    ("decision_situation", "the pain is getting worse month by month"),
    ("decision_situation", "her memory is slowly getting worse over the years"),
])
def test_context_that_does_not_say_the_choice_is_asked_about(state, line):
    assert _asked(state, line)


@pytest.mark.parametrize("state, line, expected", [
    ("timing_seen", "yes, my doctor did", "yes"),
    ("compare_one_field", "a gastroenterologist, not a surgeon", "specialist"),
    ("decision_situation", "it is getting worse fast, every day", "worsening"),
    ("compare_one_confidence", "very sure", "sure"),
])
def test_the_same_choices_said_plainly_are_still_stored(state, line, expected):
    assert pick(state, line) == expected


# --- a hedge or doubt not seen -------------------------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("timing_seen", "I am unsure whether a phone call counts as being checked"),
    ("logistics_insurer", "they told me about the form, but I forget who fills it"),
    ("records", "all of them probably"),
    ("decision_sure", "sort of all of them"),
    ("signs", "everything maybe"),
    ("fit_two_opinions", "they mostly agree, except on the dose"),
    ("compare_decision_point", "partly yes but not about the date"),
])
def test_a_doubt_said_beside_the_answer_is_asked_about(state, line):
    assert _asked(state, line)


def test_a_doubt_about_one_pick_keeps_the_others():
    result = reading("logistics_insurer", "I know the deadline, and I have the form, though I am not certain who fills it in")
    assert result.certainty == UNCLEAR and result.value == ["deadline"]


@pytest.mark.parametrize("state, line", [
    ("records", "all of them"),
    ("records", "all except the biopsy"),
    ("decision_sure", "I understand the options and I have support; I am not certain, however, what matters most"),
])
def test_plain_all_and_a_doubt_about_an_unpicked_choice_are_still_stored(state, line):
    assert picks(state, line) is not None


# --- a negation missed ---------------------------------------------------------------------------

@pytest.mark.parametrize("state, line, expected", [
    ("decision_sure", "I understand the options. My support is insufficient.", {"understand"}),
    ("decision_sure", "I know what matters; enough support is the one thing I cannot affirm.", {"values"}),
    ("summary_sure", "I know the pros and cons, but my friends are zero help", {"understand"}),
    ("compare_differs", "They differ on the plan; the diagnosis is agreed.", {"treatment"}),
    ("compare_differs", "How soon to act. They agree on the stage.", {"urgency"}),
])
def test_a_pick_said_not_to_hold_is_dropped(state, line, expected):
    assert picks(state, line) == expected


def test_a_choice_said_not_done_with_nothing_else_is_not_stored():
    assert _asked("specialist_focus", "The biopsy, they did not do yet.")


def test_agreeing_on_everything_but_one_still_picks_that_one():
    assert picks("compare_differs", "they agree on everything but the urgency") == {"urgency"}


# --- two choices named ---------------------------------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("fit_alternatives", "the advocate or a written plan, whichever comes first"),
    ("fit_alternatives", "a follow-up visit or the second read of the scan"),
    ("decision_sure", "kinda 2 but also none of them"),
    ("signs", "3 maybe, but also none of these"),
    ("summary_sure", "1 but also none really"),
])
def test_two_answers_said_as_one_or_the_other_are_asked_about(state, line):
    assert _asked(state, line)


def test_not_sure_then_another_choice_is_offered_back():
    result = reading("compare_two_confidence", "not sure, want do scan again")
    assert result.certainty == LIKELY and result.value == "unsure"


@pytest.mark.parametrize("state, line, expected", [
    ("fit_alternatives", "the written plan and the advocate", {"written_plan", "advocate"}),
    ("specialist_focus", "the CT scan and whether to go open or by keyhole", {"imaging", "surgery"}),
    ("decision_sure", "2 and 3", {"understand", "values"}),
])
def test_two_picks_said_together_are_still_stored(state, line, expected):
    assert picks(state, line) == expected


# --- a question, or the question not understood, read as an answer -------------------------------

@pytest.mark.parametrize("state, line", [
    ("timing_seen", "Not sure what you mean by checked. Nothing has changed."),
    ("timing_tests", "what do you mean by planned"),
    ("compare_values", "both?"),
    ("compare_values", "either?"),
    ("fit_two_opinions", "both?"),
])
def test_a_question_about_the_question_is_no_answer(state, line):
    assert _asked(state, line)


@pytest.mark.parametrize("state, line", [
    ("fit_alternatives", "1 and also can my sister sit in"),
    ("signs", "the surgery. And I should like a word about my blood pressure pills."),
    ("records", "the scans, also could my GP send the rest"),
    ("signs_more", "1, also will the insurance pay"),
    ("fit_alternatives", "the advocate, also whether they speak Spanish"),
])
def test_a_question_added_after_the_picks_keeps_them_and_asks_about_it(state, line):
    result = reading(state, line)
    assert result.certainty == UNCLEAR and result.value and result.unclear


def test_an_added_part_that_names_a_choice_is_still_read():
    assert picks("compare_differs", "the plan. Also how soon.") == {"treatment", "urgency"}


# --- a count put in doubt by a second thought ----------------------------------------------------

@pytest.mark.parametrize("line", [
    "Only the first surgeon. Well, my GP said something too",
    "Just mine. Actually the nurse practitioner gave a view as well",
    "the first one. Oh and the ER doctor too",
    "Just the cardiologist. Hmm, the GP also had a look",
    "One. Well, the radiologist too, sort of",
])
def test_a_second_thought_that_adds_a_doctor_is_asked_about(line):
    assert _asked("fit_opinions", line)


@pytest.mark.parametrize("line, expected", [
    ("just the first doctor", "zero"),
    ("the first doc and one more", "one_more"),
])
def test_a_plain_count_is_still_stored(line, expected):
    assert pick("fit_opinions", line) == expected


# --- said in other words, now read right ----------------------------------------------------------

@pytest.mark.parametrize("state, line, expected", [
    ("summary_sure", "I feel I have good counsel now", {"support"}),
    ("decision_sure", "I know what dad would want", {"values"}),
    ("summary_sure", "clearer on what she would want", {"values"}),
    ("signs", "grandpa doesnt get what the doctor tells him", {"not_heard"}),
    ("signs", "i just want 2 b sure", {"peace_of_mind"}),
])
def test_a_choice_said_in_other_words_is_read(state, line, expected):
    assert picks(state, line) == expected


def test_the_words_are_data():
    from assistant.understanding.wrongly_sure import words

    found = words()
    for key in ("doubt_about", "unknown_leads", "said_not", "not_doctors", "does_procedures", "slow_pace", "added_asks"):
        assert found[key], key
