"""An act told as just done is news, even when the same sentence dates an earlier attempt (rv14: "he overdosed in 2018,
and he just took 40 of his pills" was screened as nothing at all: the year made the whole sentence history)."""

from __future__ import annotations

import pytest

from .safety_support import level


@pytest.mark.parametrize("line", [
    "he overdosed in 2018, and he just took 40 of his pills",
    "he overdosed in 2018, in therapy now, and he just took 40 of his pills",
    "she tried in 2019 and she just swallowed the whole bottle",
])
def test_an_act_just_done_beside_a_dated_attempt_is_an_emergency(line):
    assert level(line) == "emergency"


@pytest.mark.parametrize("line", [
    "had a bad reaction years ago, he just took his usual dose",
    "years ago she overdosed once, she just took her normal meds",
])
def test_a_usual_dose_just_taken_beside_an_old_event_stays_quiet(line):
    assert level(line) == "none"
