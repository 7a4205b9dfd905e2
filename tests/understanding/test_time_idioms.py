""""time" said of how often or of an occasion is not "How soon to act" at "Where do the two opinions differ?" (a lead's
trial in the Textual UI, 2026-12-05: "she is tired all the time" was stored as that choice, sure and silent)."""

from __future__ import annotations

import pytest

from .reading_support import reading


@pytest.mark.parametrize("line", ["she is tired all the time", "every time we ask they say something else",
                                  "he is in pain most of the time", "it was a waste of time"])
def test_time_of_how_often_picks_nothing(line):
    read = reading("compare_differs", line)
    assert read.value is None and read.certainty == "unclear"  # asked, never stored as how soon to act


@pytest.mark.parametrize("line, picks", [
    ("the time and the plan", ["urgency", "treatment"]),
    ("what to do and when", ["treatment", "urgency"]),
    ("timing", ["urgency"]),
])
def test_timing_itself_still_picks_how_soon(line, picks):
    read = reading("compare_differs", line)
    assert read.value == picks and read.certainty == "sure"


def test_time_phrases_of_other_questions_are_untouched():
    assert reading("specialist_focus", "the surgery and also i cant take a lot of time off work").value == ["surgery", "travel_hard"]
    assert reading("compare_decision_point", "by the time she starts school").value == "yes"


@pytest.mark.parametrize("line", ["take them out", "they want them out", "take them out, tonsils and adenoids"])
def test_take_them_out_is_surgery_as_take_it_out_is(line):
    # the same trial: "take them out, tonsils and adenoids" at "What did the second doctor advise?" was not understood
    assert reading("compare_two_treatment", line).value == "surgery"
    assert reading("compare_one_treatment", line).value == "surgery"
