"""What the urgent turn tells back names what was typed (issue 12, item 4; review rv13): "she went grey and her heart was
35" is no "serious trouble breathing", no "faintness" and no "very low blood pressure". Labels only: the level and the
categories of every line below are the same as before."""

from __future__ import annotations

import pytest
from safety.safety_support import screen

NOT_TYPED = ("serious trouble breathing", "a very slow pulse with faintness", "a very low blood pressure")


def test_grey_and_a_slow_pulse_is_told_as_what_was_typed():
    result = screen("today she went grey and her heart was 35 on the machine")
    assert result.is_emergency and result.categories == ("breathing", "vitals")
    assert not set(NOT_TYPED) & set(result.labels()), result.labels()
    assert "turning blue, grey or purple" in result.labels()
    assert "a very slow pulse with other warning signs" in result.labels()


@pytest.mark.parametrize("text", [
    "pulse is 180 and i feel faint",  # a fast pulse
    "his temperature is 106.2, hes stopped sweating and hes confused",  # a temperature
    "his sats are 78 on his oxygen and hes drowsy",  # an oxygen reading
    "bp 220/130 and drowsy",  # a high pressure
])
def test_a_dangerous_reading_that_is_no_low_pressure_is_not_told_as_one(text):
    result = screen(text)
    assert result.is_emergency and "a very low blood pressure" not in result.labels(), result.labels()


@pytest.mark.parametrize(("text", "label"), [
    ("pulse 38 and she fainted", "a very slow pulse with faintness"),  # faintness typed: still told so
    ("heart rate 35 and i feel lightheaded", "a very slow pulse with faintness"),
    ("heart was 35 and he looks very pale", "a very slow pulse with other warning signs"),
    ("her lips are going blue", "serious trouble breathing"),  # a sign of its own for the lips keeps its label
])
def test_look_alikes_keep_their_level_and_a_label_for_what_was_typed(text, label):
    result = screen(text)
    assert result.is_emergency and label in result.labels(), result.labels()


@pytest.mark.parametrize("text", [
    "it reads 70/45 and she has a headache",
    "the machine says 65 over 40 and she is confused",
    "cuff showed 60/35, she is confused and sweaty",
])
def test_a_low_bare_reading_is_urgent_but_never_told_as_a_very_high_blood_pressure(text):
    result = screen(text)
    assert result.is_emergency and "vitals" in result.categories, result.categories
    assert "a very high blood pressure" not in result.labels(), result.labels()


@pytest.mark.parametrize("text", ["bp 195 over 125 and blurry vision", "his pressure was 230 over 130 this morning, now a bad headache"])
def test_a_high_reading_with_a_headache_or_blurred_sight_is_still_told_as_one(text):
    result = screen(text)
    assert result.is_emergency and "a very high blood pressure" in result.labels(), result.labels()
