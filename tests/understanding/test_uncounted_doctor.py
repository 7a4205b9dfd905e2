"""(Lead, walk of 2026-12-07.) A doctor said not to count among the opinions is not counted (counting._uncounted; lead, walk of 2026-12-07: a
husband for his wife's DCIS: "just the surgeon. well the gyno found it on mammo first but she doesnt count" had read
as two). Wordings of our own, with look-alikes."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare

from .reading_support import reading


@pytest.mark.parametrize("line", [
    "just the surgeon. well the gyno found it on mammo first but she doesnt count",
    "only the surgeon, not counting the GP",
    "the surgeon. the oncologist doesnt count i guess, he only did the port",
])
def test_the_doctor_said_not_to_count_is_left_out(line):
    got = reading("fit_opinions", line)
    assert got.value == "zero"  # "One: only the first doctor so far"


def test_the_walk_goes_on_as_one_opinion():
    engine = prepare("fit_opinions", "caregiver")
    engine.respond("just the surgeon. well the gyno found it on mammo first but she doesnt count")
    assert engine.slots["opinions_so_far"] == "zero" and engine.state != "fit_two_opinions"


@pytest.mark.parametrize("line", [
    "the surgeon and the gyno",                                # both counted
    "the surgeon and the gyno, she counts too",                # said to count
    "the surgeon and the gyno, she doesnt count calories lol",  # "count" of something else
])
def test_doctors_not_said_to_be_left_out_still_count(line):
    got = reading("fit_opinions", line)
    assert got.value == "one_more"  # "Two: the first doctor and one more"


def test_a_question_whether_a_doctor_counts_is_answered_not_stored():
    engine = prepare("fit_opinions", "caregiver")
    engine.respond("the surgeon and the gyno, does she count?")
    assert engine.state == "fit_opinions" and not engine.slots.get("fit_opinions")


# --- The note kept whole at a question that keeps the line: not the pick's number (told._unled) ---------------------

@pytest.mark.parametrize("state, line, note", [
    ("compare_one_treatment", "1, robotic within 2 months", "Robotic within 2 months"),
    ("compare_one_treatment", "6 months of watching, then a scan", "6 months of watching, then a scan"),  # a number of the plan
    ("compare_one_treatment", "surgery, robotic within 2 months", "surgery, robotic within 2 months"),     # the plan as told
    ("timing_tests", "1. mri next week", "Mri next week"),
])
def test_the_plan_as_told_leaves_out_the_number_picked(state, line, note):
    engine = prepare(state, "patient")
    engine.respond(line)
    assert engine.slots["answer_notes"][state] == note
