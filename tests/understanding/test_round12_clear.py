"""Round 12, the clear answers (helper 11b): mechanisms tried with wording of our own, not the corpus lines.

Words voice typing writes for the word said (homophones.py): numbers heard as words in a list of
numbers, "know" for "no", "there" for "they're".
"""

from __future__ import annotations

import pytest

from assistant.understanding.homophones import as_numbers, as_said
from assistant.understanding.lexicon import default_lexicon

from .reading_support import reading, stored

LEX = default_lexicon()


def pick(state, line):
    result = reading(state, line)
    return result.value if stored(result) else None


def picks(state, line):
    result = reading(state, line)
    return set(result.value) if stored(result) and isinstance(result.value, list) else None


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
