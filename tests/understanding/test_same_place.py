"""Doctors counted at "how many doctors have given an opinion": a place said with "same" is where the doctors
already named are, not one more doctor (lead's terminal walk, twenty-third session: "the cardiologist and the surgeon,
but same hospital, same team really" was stored silently as three or more)."""

from __future__ import annotations

import pytest

from .reading_support import reading


@pytest.mark.parametrize("line", [
    "the cardiologist and the surgeon, but same hospital, same team really",
    "the cardiologist and the surgeon, both at the same hospital",
    "my GP and a surgeon from the same clinic",
])
def test_a_place_said_as_the_same_is_no_more_doctor(line):
    assert reading("fit_opinions", line).value == "one_more"


@pytest.mark.parametrize("line, value", [
    ("3 hospitals", "many"),  # a number of places still counts them
    ("a surgeon here and another one at a different hospital", "one_more"),
    ("my GP, a surgeon and a cardiologist", "many"),
])
def test_places_still_counted_where_they_stand_for_doctors(line, value):
    assert reading("fit_opinions", line).value == value
