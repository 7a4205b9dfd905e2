"""Mends of the twenty-second session's second review (helper rv15): ordinary lines about a treatment that the screen
made the urgent turn with a crisis line, and look-alikes that must stay loud."""

from __future__ import annotations

import pytest
from safety.safety_support import screen

# a patient weighing a treatment: "no point in going on with chemo" is about the chemo, not a life
TREATMENT_NOT_LIFE = [
    "there's no point in going on with chemo",
    "no point in going on with treatment, the cancer has spread",
    "honestly no point going on with the dialysis, he's 91",
    "I see no point in going on with the radiation if it only buys a month",
]
STILL_A_LIFE = [
    "there's no point in going on with this, I want to die",
    "theres no point in going on anymore",
    "no point in going on with my life",
    "no point in going on, I have the pills ready",
    "i see no point in living, chemo or not",
]


@pytest.mark.parametrize("line", TREATMENT_NOT_LIFE)
def test_no_point_in_going_on_with_a_treatment_is_no_crisis(line):
    assert screen(line).level == "none", (line, screen(line))


@pytest.mark.parametrize("line", STILL_A_LIFE)
def test_no_point_in_going_on_with_a_life_is_still_the_urgent_turn(line):
    result = screen(line)
    assert result.is_emergency and "self_harm" in result.categories, (line, result)
