"""Answers a person would want to be asked about (helper u16a, assistant/understanding/asked_to_ask.py), each shape
tested with wording of our own, with look-alikes that must still be stored."""

from __future__ import annotations

import pytest

from understanding.reading_support import pick, picks, reading, stored


def _asked(state, line) -> bool:
    return not stored(reading(state, line))


# --- a condition said as the answer ----------------------------------------------------------------

@pytest.mark.parametrize("state, line", [
    ("compare_values", "depends on how much pain recovery brings"),
    ("compare_values", "Depends on the scarring."),
    ("compare_decision_point", "it depends on my daughter's wedding plans"),
])
def test_a_condition_alone_is_asked_not_stored_as_not_sure(state, line):
    assert _asked(state, line)


def test_the_re_ask_names_the_condition():
    assert "depends" in reading("compare_values", "depends on the scarring").message


@pytest.mark.parametrize("state, line", [
    ("compare_values", "not sure, depends on the scarring"),
    ("compare_values", "i dont know, depends how long the recovery is"),
])
def test_a_condition_with_plain_not_sure_keeps_not_sure(state, line):
    assert pick(state, line) == "not_sure"


# --- a bare "all" where the question asks for a focus ----------------------------------------------

@pytest.mark.parametrize("line", ["all", "everything", "All of it."])
def test_all_at_the_focus_question_is_asked(line):
    assert _asked("specialist_focus", line)


def test_all_but_one_at_the_focus_question_is_still_stored():
    assert picks("specialist_focus", "everything but travel") == {"imaging", "pathology", "surgery", "subtype", "rare"}


def test_all_elsewhere_is_still_every_choice():
    assert picks("compare_differs", "everything") == {"diagnosis", "stage", "urgency", "treatment"}


# --- who it is for and the compare path both said --------------------------------------------------

@pytest.mark.parametrize("line", [
    "I am the patient, though I already got a second opinion last month",
    "it's for my mum but we already have a second opinion to compare",
])
def test_role_and_compare_path_both_said_are_asked(line):
    assert _asked("welcome", line)


@pytest.mark.parametrize("line, value", [
    ("I am the patient but my son helps me type", "patient"),
    ("for my husband, he is the patient", "caregiver"),
    ("my wife already got a second opinion, we want to compare the two", "compare"),
])
def test_role_alone_is_still_stored(line, value):
    assert pick("welcome", line) == value


# --- a count hedged with another count -------------------------------------------------------------

@pytest.mark.parametrize("line", ["two, possibly three", "a couple or three", "Two, perhaps three."])
def test_two_counts_of_different_choices_are_asked(line):
    assert _asked("compare_first", line)


@pytest.mark.parametrize("line, value", [("4 or 5", "three_plus"), ("two", "two"), ("three or more", "three_plus")])
def test_counts_of_one_choice_are_still_stored(line, value):
    assert pick("compare_first", line) == value
