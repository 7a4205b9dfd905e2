"""A part of a pick-any answer asked about is quoted whole: "my husband and i dont agree" is one part, never "my
husband" (a lead's trial in the Textual UI, 2026-12-05: 'I got 2. What did you mean by "my husband"?'). Issue 11:
re-asks quote the whole unclear part, not one word."""

from __future__ import annotations

import pytest

from .reading_support import reading
from benchmarks.understanding import prepare


@pytest.mark.parametrize("line", ["we know the options but dont feel sure, and my husband and i dont agree",
                                  "we know the options, my husband and i dont agree"])
def test_a_part_joined_by_and_is_read_whole(line):
    read = reading("decision_sure", line)  # a disagreement at home is no "enough support": 2 alone, said plainly
    assert read.value == ["understand"] and read.certainty == "sure" and not read.unclear


def test_a_reason_joined_by_and_is_not_asked_about_and_the_turn_goes_on():
    read = reading("signs", "2 and 10, and honestly 9 too, the cardiologist talks super fast and she doesnt get it all in english")
    assert read.value == ["major_procedure", "peace_of_mind", "not_heard"] and read.certainty == "sure"  # round 26 u26b-0123
    engine = prepare("decision_sure", "caregiver")
    engine.respond("we know the options, my husband and i dont agree")
    assert "my husband" not in engine.last_turn.text and engine.slots["sure_before"] == ["understand"]


def test_the_plan_and_a_misspelt_choice_word_is_still_asked():
    read = reading("compare_differs", "the plan and how serius it is")
    assert read.certainty == "unclear" and read.unclear == "how serius it is" and read.value == ["treatment"]
