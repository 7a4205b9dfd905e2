"""A question about what to do is a what-if, unless it says the thing is going on right now: "what do we do if he has a
seizure right now" is news and reaches the urgent turn; "what do we do if he has a seizure" stays quiet (noticed by
helper 12_11 on main, eighteenth session)."""

from __future__ import annotations

import pytest

from safety.safety_support import level


@pytest.mark.parametrize("line", ["what do we do if he has a seizure right now", "what should i do if my dad has a seizure as we speak",
                                  "what do i do if she is having a seizure right this minute"])
def test_a_question_that_says_it_is_going_on_now_is_urgent(line):
    assert level(line) == "emergency"


@pytest.mark.parametrize("line", ["what do we do if he has a seizure", "what should we do if he ever has a seizure",
                                  "he is fine right now but what if he has a seizure", "what do i do if he has a seizure, he is fine right now",
                                  "what if my chest pain comes back, right now its fine"])
def test_the_same_questions_without_it_stay_quiet(line):
    assert level(line) == "none"
