"""At a pick-any question, "none ... except X" answers X: the exception is the answer, not a second answer to ask
about (lead's terminal walk, twenty-third session: "honestly none of them, except my wife is a big support" at the
SURE test was met with "You typed 'none', and also words that fit choice 4")."""

from __future__ import annotations

import pytest

from .reading_support import picks


@pytest.mark.parametrize("state, line, expected", [
    ("decision_sure", "honestly none of them, except my wife is a big support", {"support"}),
    ("decision_sure", "none except number 4", {"support"}),
    ("signs", "none apart from the surgery one", {"major_procedure"}),
    ("signs", "nothing other than wanting peace of mind", {"peace_of_mind"}),
])
def test_none_with_an_exception_is_the_exception(state, line, expected):
    assert picks(state, line) == expected


@pytest.mark.parametrize("state, line, never", [
    ("decision_sure", "none, but my wife helps", {"support"}),  # a plain "but" may take the none back or add to it: asked
    ("decision_sure", "none. except that i'm scared", {"support"}),  # the exception names no choice
    ("signs", "none of these. the surgery one is not us", {"major_procedure"}),
])
def test_none_without_an_exception_naming_a_choice_is_not_that_choice(state, line, never):
    assert picks(state, line) != never
