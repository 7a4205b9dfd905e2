"""Review rv13 (2026-12-05): readings this session's tuning made sure where a careful person would not be."""

from __future__ import annotations

import pytest

from .reading_support import reading
from support import talk


@pytest.mark.parametrize("line, count", [
    ("surgeon and oncologist, the tumor board meets next week", "two"),  # a meeting to come gave no opinion yet
    ("one from my surgeon and one from the tumor board", "two"),
    ("Surgeon, pulmonologist, tumor board.", "three_plus"),  # a board listed beside doctors still counts
])
def test_a_tumor_board_counts_only_when_it_gave_an_opinion(line, count):
    assert reading("compare_first", line).value == count


@pytest.mark.parametrize("line", ["my surgeon presented me at the tumor board", "the oncologist, who took it to the tumor board"])
def test_a_board_a_case_was_taken_to_is_no_second_doctor(line):
    assert reading("compare_first", line).value != "two"


@pytest.mark.parametrize("line", ["i already saw 2 doctors about it, my hands are tied",
                                  "i already saw 2 doctors about it, my back is against the wall with this decision"])
def test_a_figure_of_speech_with_a_body_part_does_not_say_who_the_patient_is(line):
    engine, _ = talk([line])
    assert engine.slots.get("compare_for") is None


def test_a_body_part_of_ones_own_still_does():
    engine, _ = talk(["i already saw 2 doctors about my back"])
    assert engine.slots.get("compare_for") == "patient"


@pytest.mark.parametrize("line", ["the oncologist is not a surgeon, thats fine, shes the expert",
                                  "not a surgeon obviously, hes the cancer specialist"])
def test_not_a_surgeon_said_with_trust_is_no_doubt_about_the_doctor(line):
    assert "not_specialist" not in (reading("signs_more", line).value or [])


def test_not_a_surgeon_said_plainly_still_is():
    assert reading("signs_more", "the pulmonologist isnt a surgeon").value == ["not_specialist"]
