"""Round 15 (issue 11b): clear answers that were asked about again, by mechanism, in our own words."""

from __future__ import annotations

import pytest

from assistant.understanding.laydoctor import as_doctor
from assistant.understanding.lexicon import default_lexicon

from .reading_support import FLOW, pick, picks, reading


# Medical shorthand and test names read as the plain words the lexicon knows (plain_words.yaml).
@pytest.mark.parametrize("state, line, meant", [
    ("records", "the dopplers and the bloods", {"imaging", "labs"}),
    ("records", "a doppler scan of her legs", {"imaging"}),
    ("specialist_focus", "the fna result, and whether to operate", {"pathology", "surgery"}),
    ("specialist_focus", "his fine needle aspiration", {"pathology"}),
    ("signs_more", "t2dm and ckd", {"comorbidities"}),
    ("signs_more", "htn for years", {"comorbidities"}),
])
def test_shorthand_picks(state, line, meant):
    assert picks(state, line) == meant


@pytest.mark.parametrize("state, line, meant", [
    ("compare_one_treatment", "a LEEP next month", "surgery"),
    ("compare_two_treatment", "she wants a cone biopsy", "surgery"),
    ("compare_two_field", "the pain management people", "specialist"),
    ("compare_one_field", "a gastro doc", "specialist"),
])
def test_shorthand_pick(state, line, meant):
    assert pick(state, line) == meant


# A doctor named as a person by what they treat, or by their place in the story.
@pytest.mark.parametrize("state, line, meant", [
    ("compare_one_field", "the heart lady", "specialist"),
    ("compare_two_field", "some bone guy", "specialist"),
    ("compare_two_field", "the kidney fella", "specialist"),
    ("fit_opinions", "only the 1st guy so far", "zero"),
    ("fit_opinions", "my GP and then a second lady at the university", "one_more"),
])
def test_doctor_as_a_person(state, line, meant):
    assert pick(state, line) == meant


def test_person_words_elsewhere_stay():
    spec = FLOW.state("compare_two_field")
    lex = default_lexicon()
    assert as_doctor(["the", "lady", "at", "the", "desk"], spec, lex) == ["the", "lady", "at", "the", "desk"]
    assert as_doctor(["my", "man", "says"], spec, lex) == ["my", "man", "says"]
    assert as_doctor(["the", "cancer", "woman"], spec, lex) == ["the", "cancer", "doctor"]
    assert pick("compare_two_field", "the lady at the front desk") is None


# "the other hospital" is a place; the choice "Another kind" is still there for "other".
@pytest.mark.parametrize("line, meant", [("a spine surgeon at the other clinic", "surgeon"), ("an oncologist from the other hospital", "specialist"),
                                         ("other", "not_sure"), ("some other kind", "not_sure")])
def test_other_place_is_not_another_kind(line, meant):
    assert pick("compare_two_field", line) == meant


# "ain't" before what was (not) done, and a state in the -ing form.
@pytest.mark.parametrize("line", ["we ain't checked yet", "my wife has Medicaid but I ain't phoned them"])
def test_aint_done(line):
    assert pick("logistics", line) == "not_checked"


@pytest.mark.parametrize("state, line", [("decision_sure", "we are not knowing which is right"), ("summary_sure", "I am not knowing")])
def test_ing_form_dont_know(state, line):
    assert picks(state, line) == {"none"}


@pytest.mark.parametrize("state, line", [("fit", "I am not knowing what to choose"), ("fit", "I am not able to decide it"),
                                         ("fit", "honestly unable to decide"), ("compare_who", "I haven't a notion")])
def test_dont_know_without_a_choice_for_it(state, line):
    result = reading(state, line)
    assert result.dont_know and result.value is None


def test_dont_know_where_there_is_a_choice():
    assert picks("specialist_focus", "ah I haven't a notion") == {"none"}
    assert pick("timing_tests", "I can't decide") == "not_sure"


# Lay words for choices.
@pytest.mark.parametrize("state, line, meant", [
    ("compare_who", "it's for a client of mine", "caregiver"),
    ("compare_who", "someone I support at home", "caregiver"),
])
def test_lay_words_pick(state, line, meant):
    assert pick(state, line) == meant


@pytest.mark.parametrize("state, line, meant", [
    ("signs", "she is not feeling heard at all, and the chemo is harsh", {"not_heard", "high_risk_treatment"}),
    ("signs", "major surgery, and the meds afterwards are strong stuff", {"major_procedure", "high_risk_treatment"}),
    ("specialist_focus", "the scans; transport is a big barrier too", {"imaging", "travel_hard"}),
    ("specialist_focus", "getting a ride there is the problem", {"travel_hard"}),
])
def test_lay_words_picks(state, line, meant):
    assert picks(state, line) == meant
