"""'can't', 'cannot', 'couldn't', 'shouldn't' before a choice say the opposite of it: never stored as that choice.

They reach only the words right after them, so a choice whose own words hold the negation
("cannot be away from the shop" is hard travel) is still read as itself.
"""

from __future__ import annotations

import pytest

from .reading_support import pick, picks, reading, stored


@pytest.mark.parametrize("line", [
    "i can't keep the current plan",
    "can't keep the plan, it is not working",
    "we cannot stick with the plan",
    "honestly i couldnt keep going as is",
    "i shouldnt keep the plan i think",
])
def test_a_choice_said_after_cant_is_never_stored_as_that_choice(line):
    result = reading("fit", line)
    assert not (stored(result) and pick("fit", line) == "keep_plan")


def test_cant_about_something_else_leaves_the_choice_said_alone():
    assert pick("fit", "keep the plan, i can't travel anyway") == "keep_plan"


def test_cant_decide_before_the_choice_is_a_doubt_offered_back_never_the_opposite():
    result = reading("fit", "i can't decide. keep the plan for now")
    assert result.value == "keep_plan"  # stored or offered for a Yes, never negated into another choice


@pytest.mark.parametrize("line, want", [
    ("whether to have the knee done at all, and i cannot be away from the shop", {"surgery", "travel_hard"}),
    ("a rare thing, and i can't be away from work long", {"rare", "travel_hard"}),
])
def test_a_choice_whose_own_words_hold_cant_is_still_that_choice(line, want):
    assert picks("specialist_focus", line) == want
