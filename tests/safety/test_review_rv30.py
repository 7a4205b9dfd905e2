"""The second review at the merge (rv30, thirtieth session): safety findings, mended."""

from __future__ import annotations

import pytest

from .safety_support import screen


@pytest.mark.parametrize("line", [
    "my son can only say a few words",  # an adult son out of breath; s23's exception for a child's speech hid it
    "my daughter can only say two words",
    "my 80 year old can only say a few words",
    "my 82 year old can only say a few words",
    "my son can only say a few words, he is wheezing",
])
def test_few_words_at_a_time_is_an_emergency_unless_it_is_a_small_child_s_speech(line):
    assert screen(line).level == "emergency"


@pytest.mark.parametrize("line", ["toddler can only say a few words", "my 2 year old can only say a few words",
                                  "he is 18 months old and can only say a few words for his age"])
def test_a_small_child_s_first_words_stay_quiet(line):
    assert screen(line).level == "none"


@pytest.mark.parametrize("line", [
    "the pediatrician raised her dose, the baby now gets 5 ml instead of 2.5",
    "our doctor increased his dose, so the toddler now has 10 ml instead of 7.5",
])
def test_a_dose_a_doctor_changed_stays_quiet_with_the_new_dose_told_in_the_present(line):
    assert screen(line).level == "none"


def test_a_dose_given_wrong_after_a_changed_dose_is_still_an_emergency():
    assert screen("the doctor raised her dose last week, i gave the baby 5 ml instead of 1.25 by mistake").level == "emergency"


@pytest.mark.parametrize("line", [
    "since his stroke in 2015 his left hand is clumsy and his speech is not clear",
    "in my wife family is epilepsy, her sister have seizures",
])
def test_a_present_clause_after_a_history_is_asked_about_not_alarmed(line):
    # s23's own-clause rule screens a clause told in the present with its own subject on its own words ("... and her
    # face is drooping" after a past stroke is an emergency); for these two the cost is the check question, never the
    # urgent turn (these were quiet before; the trade is kept on the safe side)
    assert screen(line).level == "ask"


@pytest.mark.parametrize("line", ["my son left his pill bottle open on the counter again",
                                  "i got a lump in my groin since my hernia, cardiac cath is planned next month"])
def test_s23_s_new_emergencies_have_their_look_alikes_quiet(line):
    assert screen(line).level == "none"


@pytest.mark.parametrize("line", ["found my toddler with the pill bottle open, pills on the floor",
                                  "had a heart cath yesterday and now theres a growing lump in my groin"])
def test_s23_s_new_emergencies_stay_urgent(line):
    assert screen(line).level == "emergency"
