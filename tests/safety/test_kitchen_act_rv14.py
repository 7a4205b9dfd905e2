"""A kitchen or a meal named beside an act with more than a dose of pills takes nothing back: the kitchen stopper
speaks for a knife at cooking, not for every pill in the cabinet (rv14: "for dinner i am going to take every pill in
the cabinet" was screened as nothing at all)."""

from __future__ import annotations

import pytest

from .safety_support import level


@pytest.mark.parametrize("line", [
    "for dinner i am going to take every pill in the cabinet",
])
def test_an_act_with_every_pill_beside_a_meal_is_not_quiet(line):
    assert level(line) != "none"


@pytest.mark.parametrize("line", [
    "i took the whole onion for dinner and cried chopping it",
    "took every last bit of chicken for lunch",
    "i am taking all of my meds with lunch now as prescribed",
])
def test_cooking_and_meals_stay_quiet(line):
    assert level(line) == "none"
