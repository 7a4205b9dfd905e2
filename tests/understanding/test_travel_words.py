"""At "what do you need from a second opinion?", care that is not near home is hard travel, never dropped."""

from __future__ import annotations

import pytest

from .reading_support import picks


@pytest.mark.parametrize("line, want", [
    ("the surgery, it is not close to home", {"surgery", "travel_hard"}),
    ("surgery. the hospital is not near us", {"surgery", "travel_hard"}),
    ("the only expert is out of state", {"travel_hard"}),
    ("nothing near us, its a rare thing", {"travel_hard", "rare"}),
])
def test_care_far_from_home_is_hard_travel(line, want):
    assert picks("specialist_focus", line) == want


def test_care_close_to_home_is_not_hard_travel():
    assert picks("specialist_focus", "the surgery, it's close to home") == {"surgery"}
