""""is it normal that my face is drooping": what the question asks about is told as happening now (helper s25 found it
quiet; the lead, thirty-second session). After "normal / ok / bad ... that", a clause told now opens its own clause, so
the question's quieting context stays in the question."""

from __future__ import annotations

import pytest

from .safety_support import screen


@pytest.mark.parametrize("line", [
    "is it normal that my face is drooping",
    "is it ok that hes not breathing right",
    "is it normal that i cant feel my legs",
])
def test_a_sign_told_inside_is_it_normal_that_is_an_emergency(line):
    assert screen(line).level == "emergency"


@pytest.mark.parametrize("line", [
    "is it normal that my face droops after botox?",          # no subject-and-present-verb clause: a question
    "is it normal that my face would droop after the stroke surgery",
    "is it normal that the scar is a bit red",                # told now, but no danger sign
    "is it normal for the face to droop after a stroke",
])
def test_questions_about_what_may_happen_stay_quiet(line):
    assert screen(line).level == "none"
