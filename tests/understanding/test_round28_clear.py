"""Round 28, the clear answers asked again (helper 11b14): mechanisms tried with wording of our own, not the corpus lines.

Jamaican Creole (Patois) words beside English, read in English when the line is not understood as written
(lexicon rewrites), and "both said <any treatment>" read as agreement at the two-opinions question
(both_said.py), whatever the treatment is.
"""

from __future__ import annotations

import pytest

from assistant.understanding.both_said import both_said

from .reading_support import FLOW, pick, picks, reading, stored


# --- Both doctors said one thing: they agree, whatever the thing -----------------------------

@pytest.mark.parametrize("line", [
    "both docs said stent it, so that settles it",  # a treatment the agree words never list
    "they both recommended the laser",
    "two doctors same say, do the laser",  # a learner's word order
])
def test_both_doctors_saying_one_thing_is_agreement(line):
    assert pick("fit_two_opinions", line) == "agree"


@pytest.mark.parametrize("line", [
    "both said laser but one wants to wait",  # one named apart
    "both said laser, or maybe not",  # a hedge
    "both said laser?",  # asked
    "both",  # both choices, not both doctors
])
def test_both_with_a_difference_a_hedge_or_a_question_is_not_stored_as_agreement(line):
    assert pick("fit_two_opinions", line) != "agree"


def test_both_said_reads_only_at_its_question_and_never_with_a_third_wanted():
    assert both_said("both said laser", FLOW.state("fit")) is None
    assert both_said("both said laser, but I want a third", FLOW.state("fit_two_opinions")) is None
    assert both_said("both said laser", FLOW.state("fit_two_opinions")) == "they agree"


# --- Jamaican Creole beside English ----------------------------------------------------------

def test_patois_nothing_like_that_is_none_at_the_red_flags():
    assert picks("red_flags", "nutten like dat right now") == {"none"}


def test_patois_i_dont_know_is_not_sure():
    assert pick("decision_worsening", "mi nuh know if di doctor see her") == "not_sure"


def test_patois_went_to_the_er_last_night_is_seen_not_happening_now():
    assert pick("urgent_care", "mi did go ER last night, dem check mi heart, all fine") == "seen"


def test_patois_all_of_them_except_the_first():
    assert picks("decision_sure", "all a dem except di firs one") == {"understand", "values", "support"}  # the first is "sure"


def test_patois_doctors_still_unsure_is_asked_not_stored():
    # "nuh sure" alone (the doctors' doubt, not the speaker's) is left unread: read as "not sure" it made a
    # surgery sure beside the doctors' doubt (round 28's u28b-0514); "mi nuh sure" is the speaker's.
    assert not stored(reading("decision_situation", "surgery offer, but dem still nuh sure how far di cancer gone"))
