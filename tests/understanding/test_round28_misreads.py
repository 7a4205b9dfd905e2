"""Round 28: silent misreads, sorted by WHY the reader was wrongly sure (helper 11a14), each kind tested with wording
of our own (never a corpus line). Each kind also holds plain lines that must still be stored, so no check can pass by
refusing everything.

The kinds (assistant/understanding/wrongly_sure_left.py, words in dialogues/wrongly_sure_left.yaml): a pick's number
said not to hold ("5 n/a"); "None" read from a "no" that takes back picks said before it; a question said without its
"?" after a word of surprise; an age said as a bound over two age bands; "the 4" at the age question; and a Patois
"nuh" as a negation (lexicon).
"""

from __future__ import annotations

import pytest

from understanding.reading_support import FLOW, pick, picks, reading, stored


def _asked(state, line) -> bool:
    return not stored(reading(state, line))


def _ids(state, *numbers):
    return {FLOW.state(state).choices[n - 1].id for n in numbers}


# --- a pick's number, then a word that says it does not hold ------------------------------------------

@pytest.mark.parametrize("line, kept", [
    ("2 and 4; 5 n/a", (2, 4)),
    ("1, 2 - 3 not applicable", (1, 2)),
    ("4 and 1. 2 tbd", (1, 4)),
])
def test_a_number_said_not_to_hold_is_dropped_and_the_rest_kept(line, kept):
    assert picks("signs", line) == _ids("signs", *kept)


@pytest.mark.parametrize("line, kept", [
    ("2 and 4", (2, 4)),
    ("1, 2 and 3", (1, 2, 3)),
    ("3, not 5", (3,)),
    ("5, 8 awaiting biopsy", (5, 8)),  # (review rv14) waiting is no "does not hold"
    ("3 and 5 once a while", (3, 5)),
])
def test_numbers_without_such_a_word_are_read_as_before(line, kept):
    assert picks("signs", line) == _ids("signs", *kept)


def test_the_only_number_said_not_to_hold_is_asked():
    assert _asked("signs", "5 n/a")


# --- "None" read from a "no" that takes back picks said before it -------------------------------------

@pytest.mark.parametrize("line", [
    "Everything. No, not everything. Not the rare one.",
    "the second and the third... no i mean only the fourth",
    "the first and the last, no, not those",
])
def test_a_no_that_takes_back_picks_is_not_none(line):
    assert _asked("signs", line)


@pytest.mark.parametrize("line", ["none", "no, none of these", "nope, nothing like that"])
def test_none_said_plainly_is_still_none(line):
    assert picks("signs", line) == {"none"}


# --- a question said without its "?", after a word of surprise -----------------------------------------

@pytest.mark.parametrize("state, line", [
    ("logistics_insurer", "hold on what deadline"),
    ("records", "huh which notes"),
])
def test_a_surprised_question_is_not_a_pick(state, line):
    assert _asked(state, line)


@pytest.mark.parametrize("state, line", [
    ("logistics_insurer", "the deadline"),
    ("records", "the visit notes"),
])
def test_the_same_words_as_an_answer_are_stored(state, line):
    assert not _asked(state, line)


# --- an age said as a bound, and "the 4" at the age question ------------------------------------------

@pytest.mark.parametrize("line", ["under 6", "below 4", "over 14", "the 3", "adult, the 1"])
def test_an_age_bound_over_two_bands_or_a_choice_number_with_the_is_asked(line):
    assert _asked("welcome_age", line)


@pytest.mark.parametrize("line, want", [("over 65", "adult"), ("she's 7", "child"), ("under 1", "baby")])
def test_ages_in_one_band_are_stored(line, want):
    assert pick("welcome_age", line) == want


# --- Patois "nuh" as a negation ------------------------------------------------------------------------

def test_nuh_sure_is_not_very_sure():
    assert pick("compare_two_confidence", "she seh she nuh sure at all") != "sure"


def test_nuh_before_a_choice_of_sureness_drops_it():
    assert picks("decision_sure", "mi know di pros an cons, but mi nuh sure which one") == {"understand"}


def test_dialect_words_are_read_plainly_and_plain_lines_are_not_changed():
    from assistant.understanding.dialect import plainly

    assert plainly("dem nuh listen, mi cyaan sleep") == "dem not listen, mi cant sleep"
    assert plainly("the nuance of it") is None and plainly("nothing") is None


# --- a medicine named by its name, read as another treatment ------------------------------------------

@pytest.mark.parametrize("line", ["lisinopril, check again in 6 weeks", "watchful waiting on atorvastatin"])
def test_a_named_medicine_read_as_another_choice_is_put_to_the_person(line):
    got = reading("compare_one_treatment", line)
    assert not stored(got) and "medicine" in got.options


@pytest.mark.parametrize("line, want", [("watch and wait", "watch"), ("keep an eye on it", "watch"),
                                        ("pills, metformin", "medicine"), ("an insulin pump", "device"), ("an insulin pump for my son", "device")])
def test_treatments_without_a_medicine_named_against_them_are_stored(line, want):
    assert pick("compare_one_treatment", line) == want


# --- a guess said before the picks at a question of fact -----------------------------------------------

def test_a_guess_before_picks_at_a_question_of_fact_is_offered_back():
    got = reading("signs_more", "perhaps 2 and 4")
    assert not stored(got) and set(got.value) == _ids("signs_more", 2, 4)


@pytest.mark.parametrize("state, line, kept", [
    ("decision_sure", "maybe 2 and 3", (2, 3)),  # how the person feels about their own list
    ("signs_more", "2 and 4 probably", (2, 4)),  # said after: as before (round 20)
    ("signs_more", "2 and 4", (2, 4)),
])
def test_hedged_lists_of_feelings_or_said_after_are_stored(state, line, kept):
    assert picks(state, line) == _ids(state, *kept)


def test_all_and_no_said_together_is_still_none():
    assert picks("signs_more", "todos no, none of those") == {"none"}
