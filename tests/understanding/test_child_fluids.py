"""At the child safety check, a child who will not drink (said with eating, or as no pee) is the fluids sign."""

from __future__ import annotations

import pytest

from .reading_support import picks


@pytest.mark.parametrize("line", [
    "he is not eating or drinking",
    "she won't eat or drink",
    "shes not eating nor drinking since last night",
    "he cant keep anything down",
    "no wet diaper since breakfast",
])
def test_a_child_not_drinking_said_in_everyday_words_is_the_fluids_sign(line):
    assert picks("red_flags_child", line) == {"child_fluids"}


def test_eating_alone_is_not_the_fluids_sign():
    assert "child_fluids" not in (picks("red_flags_child", "he is a picky eater but drinks fine") or set())
