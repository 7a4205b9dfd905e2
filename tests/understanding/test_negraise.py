"""A "not" said on the thinking but meant on what is thought ("I do not believe the scans match how I
feel") is read where it is meant, beside other picks too."""

from __future__ import annotations

import pytest

from assistant.understanding import SURE
from assistant.understanding.negraise import lowered

from .reading_support import reading


@pytest.mark.parametrize(
    "line, picks",
    [("They advised a big operation, and honestly I don't think the CT matches how I feel", ["major_procedure", "mismatch"]),
     ("we dont believe his bloods line up with how he is", ["mismatch"]),
     ("I did not feel like the MRI fitted what she goes through, and the first treatment failed", ["mismatch", "treatment_failed"])],
)
def test_a_raised_not_on_matching_picks_the_mismatch_sign(line, picks):
    result = reading("signs", line)
    assert (result.certainty, sorted(result.value)) == (SURE, sorted(picks))


@pytest.mark.parametrize("line", ["the scans match how I feel", "I think the tests match", "I don't think so", "do not agree with 5"])
def test_lines_without_a_raised_not_on_matching_are_left_as_typed(line):
    assert lowered(line) is None


@pytest.mark.parametrize(
    "line, picks",
    [("the scans, travel isnt hard though", ["imaging"]), ("the biopsy; travel is not a problem for us", ["pathology"]),
     ("travel is hard, and the scans", ["imaging", "travel_hard"])],
)
def test_a_choice_named_then_said_not_to_hold_is_not_picked(line, picks):
    # Seen by 11b on main: "travel isnt hard" stored travel as a need, silently.
    result = reading("specialist_focus", line)
    assert (result.certainty, sorted(result.value)) == (SURE, sorted(picks))
