"""Found in a user trial (2026-12-04), each said several ways.

- "3, went to hospital, MRI was ok, its gone now" at "Tell me when you can": the number typed first
  is the answer, the rest its reason (the rest named another choice, and the line was asked again);
- "he gets confused but it isn't new" at the safety list: a sign said to be old is not happening now;
- "none" beside words that fit a choice: the re-ask says which choice the words fit.
"""

from __future__ import annotations

import pytest

from .reading_support import pick, picks, reading


@pytest.mark.parametrize("line, want", [
    ("3, went to hospital, MRI was ok, its gone now", "seen"),
    ("3 - they checked her at the ER and it went away", "seen"),
    ("4, it stopped an hour ago, no doctor yet", "stopped"),
])
def test_a_number_typed_first_then_its_reason_is_that_choice(line, want):
    assert pick("urgent_care", line) == want


@pytest.mark.parametrize("line", ["3, or maybe it just stopped", "3, no wait 4"])
def test_a_number_then_a_doubt_is_still_asked(line):
    assert pick("urgent_care", line) is None


@pytest.mark.parametrize("line", ["6, the confusion isnt new", "6, his confusion is nothing new", "6 - she is confused as usual"])
def test_a_sign_said_to_be_old_is_not_happening_now(line):
    assert picks("red_flags", line) == {"none"}


def test_a_sign_said_now_is_still_read_as_the_sign():
    assert picks("red_flags", "she is confused right now and her face droops") == {"stroke"}


def test_none_beside_words_that_fit_a_choice_says_which_choice():
    from benchmarks.understanding import prepare

    turn = prepare("records", "caregiver").respond("none, just the mri and the biopsy")
    assert "You typed 'none', and also words that fit choices" in turn.text
