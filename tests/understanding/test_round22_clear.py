"""Round 22 (issue 11, helper 11b8): clear answers asked again, partly kept or confirmed, fixed by
mechanism, in our own words (none of these lines is in a round's data)."""

from __future__ import annotations

import pytest

from assistant.understanding.sounded import heard_word, skeleton, sounded

from .reading_support import pick, reading


# A word spelt as it sounds: vowels dropped or swapped, letters doubled or undoubled, read as the
# one known word with the same sound skeleton (sounded.py, a second reading).
@pytest.mark.parametrize("state, line, meant", [
    ("logistics_ask", "i allredy did", "already"),
    ("logistics_ask", "i tole him allredy", "already"),
    ("compare_one_field", "a sergen", "surgeon"),
    ("compare_one_field", "a surgin", "surgeon"),
    ("compare_two_field", "a sergon", "surgeon"),
])
def test_a_word_spelt_as_it_sounds_is_the_word_meant(state, line, meant):
    assert pick(state, line) == meant


def test_the_sound_skeleton_keeps_the_first_letter_and_the_consonants():
    assert skeleton("allredy") == skeleton("already") == "alrd"
    assert skeleton("remembr") == skeleton("remember")
    assert skeleton("sergon") == skeleton("surgeon")


@pytest.mark.parametrize("typed", [
    "wat",        # a short skeleton fits too many words
    "reely",
    "surgeon",    # a known word is never changed
    "zqxv",       # no known word sounds like it
    "1234",
])
def test_a_word_is_only_changed_when_one_known_word_sounds_like_it(typed):
    assert heard_word(typed) is None


def test_a_line_with_no_word_spelt_by_sound_is_left_alone():
    assert sounded("i told him already") is None


def test_a_line_read_as_written_is_not_read_again_by_sound():
    result = reading("compare_one_field", "a surgeon")
    assert result.value == "surgeon"
