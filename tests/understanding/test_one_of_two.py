""" "one cut, one wait": "one" said twice, each before words of its own, is one of two doctors, never choice 1
(round 31, a silent misread at compare_differs: "the plan. one cut, one wait" stored the diagnosis too)."""

import pytest

from .reading_support import picks, reading, stored


@pytest.mark.parametrize("line", ["the plan. one cut, one wait", "the plan; one cut, one wait", "one cut, one wait"])
def test_one_of_two_doctors_is_no_choice_number(line):
    result = reading("compare_differs", line)
    value = result.value if isinstance(result.value, list) else []
    assert "diagnosis" not in value


@pytest.mark.parametrize("line, meant", [
    ("one and three", {"diagnosis", "urgency"}),
    ("one, three and four", {"diagnosis", "urgency", "treatment"}),
    ("3, one and 4", {"urgency", "diagnosis", "treatment"}),
    ("one", {"diagnosis"}),
])
def test_one_as_a_number_still_picks(line, meant):
    assert picks("compare_differs", line) == meant


def test_one_doctor_says_this_and_one_that_is_the_plan():
    assert picks("compare_differs", "one says surgery and one says wait") == {"treatment"}


def test_a_misspelt_sure_is_no_unsure():
    # a near spelling of "he wasnt sure" without its "not" is another meaning ("he was shure" was stored as unsure)
    assert reading("compare_two_confidence", "he was shure").value == "sure"
    result = reading("compare_two_confidence", "he wasnt shure")
    assert not stored(result) or result.value == "unsure"
