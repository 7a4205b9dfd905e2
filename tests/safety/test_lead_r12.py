"""Emergencies the round-12 helpers found still missed, and their look-alikes (lead, 2026-12-03)."""

from __future__ import annotations

import pytest

from .safety_support import screen


@pytest.mark.parametrize(
    "line",
    ["he wasnt breathing when i found him", "she wasnt breathing, i shook her", "the baby werent breathing for a bit and still looks grey"],
)
def test_not_breathing_said_with_a_past_helper_is_an_emergency(line):
    assert screen(line).level == "emergency"


@pytest.mark.parametrize("line", ["my 8 week old has a temp", "our 6 week old baby has a slight temp and wont feed"])
def test_a_young_baby_with_a_temp_is_an_emergency(line):
    result = screen(line)
    assert result.level == "emergency" and "sepsis" in result.categories


def test_an_adult_with_a_temp_gets_the_check_question():
    assert screen("my husband has a temp").level == "ask"


@pytest.mark.parametrize("line", ["I had a temp job at the clinic", "she has a temp agency nurse at home", "she has a temp of 37.2"])
def test_temp_meaning_work_or_a_normal_reading_stays_quiet(line):
    assert screen(line).level == "none"


def test_not_breathing_well_in_a_past_told_with_its_year_stays_quiet():
    assert screen("when she had her stroke in 2019 she wasnt breathing well").level == "none"


@pytest.mark.parametrize("line", ["im drowning juggling moms appointments", "we are drowning trying to keep up with his meds", "honestly i feel like im drowning"])
def test_drowning_in_what_one_juggles_is_a_figure_of_speech(line):
    assert screen(line).level == "none"


@pytest.mark.parametrize("line", ["my son is drowning", "im drowning, help me", "he fell in the pool and is drowning"])
def test_someone_drowning_or_a_bare_cry_is_still_an_emergency(line):
    assert screen(line).level == "emergency"
