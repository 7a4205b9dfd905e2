"""A doctor's plan said first, then a step that hangs on a result (lead, walk of 2026-12-07: a woman of 34 comparing an
endocrinologist's "test first" with a surgeon's "take it out" for a thyroid nodule). The first plan is offered back for
a Yes with the line as the note; the plan and its condition in one breath, or the condition first, stay asked."""

from __future__ import annotations

import pytest

from assistant.understanding import LIKELY, UNCLEAR

from .reading_support import pick, reading


@pytest.mark.parametrize("state", ["compare_one_treatment", "compare_two_treatment"])
@pytest.mark.parametrize("line, first, later", [
    ("do the molecular testing (afirma) and if its low risk just ultrasound every year", "tests", "ultrasound every year"),
    ("watch it, and if it grows, surgery", "watch", "surgery"),
    ("watch and wait, unless it grows, then surgery", "watch", "surgery"),
    ("more tests, and if they are fine, watch it", "tests", "watch it"),
])
def test_the_plan_said_first_is_offered_back_with_the_later_step_kept(state, line, first, later):
    got = reading(state, line)
    assert got.certainty == LIKELY and got.value == first
    assert later in got.note


@pytest.mark.parametrize("line", [
    "surgery if the test is positive",         # the plan and its condition in one breath: which plan?
    "if it grows, surgery",                    # the condition first
    "surgery or watch, if I want",             # two plans before the "if"
])
def test_a_plan_hanging_on_its_condition_stays_asked(line):
    got = reading("compare_one_treatment", line)
    assert got.certainty == UNCLEAR and got.value is None


@pytest.mark.parametrize("line", ["testing", "genetic testing first", "more testing", "a molecular test on the biopsy"])
def test_a_test_named_by_its_kind_is_more_tests(line):
    assert pick("compare_one_treatment", line) == "tests"


@pytest.mark.parametrize("state", ["signs", "records", "red_flags", "compare_one_confidence"])
def test_only_the_pick_one_plan_questions_read_it(state):
    from assistant.understanding.conditional_later import conditional_later
    from assistant.understanding.reading import Reading

    from .reading_support import FLOW, LEX

    asked = Reading(UNCLEAR, None, unclear="x")
    assert conditional_later(asked, "watch it, and if it grows, surgery", FLOW.state(state), LEX) is asked
    assert conditional_later(asked, "watch it, and if it grows, surgery", FLOW.state("fit"), LEX) is asked  # no choice named there
