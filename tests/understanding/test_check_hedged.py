"""A "no" at the emergency check question that does not sound sure is asked once more, with the advice to treat it as
happening now when unsure (check_hedged.py; round 40 folded: "not really" and "not rn i think? ..." were stored as No)."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare

from .reading_support import reading


@pytest.mark.parametrize("line", [
    "not rn i think? she said earlier it felt weird",
    "not really",
    "probably not",
    "i dont think so",
])
def test_an_unsure_no_at_the_emergency_check_is_asked_again(line):
    r = reading("urgent_care_check", line)
    assert r.certainty == "unclear" and "safer to treat it as happening now" in r.message


@pytest.mark.parametrize("line", ["maybe not?? hard to tell", "no i guess?"])
def test_an_unsure_no_is_never_stored_as_no(line):
    assert reading("urgent_care_check", line).certainty != "sure"  # asked, or offered back for a Yes


@pytest.mark.parametrize("line", [
    "no", "nah", "not rn", "not right now",
    "not rn, shes sitting watching her dramas lol",
    "Is not happening. I think you misunderstood me.",
    "no no chest pain, i think i typed chest when i meant his chest sounds",
])
def test_a_plain_no_at_the_emergency_check_is_still_no(line):
    r = reading("urgent_care_check", line)
    assert (r.certainty, r.value) == ("sure", "no")


def test_the_turn_gives_the_number_again_and_a_plain_no_goes_on():
    engine = prepare("urgent_care_check", "caregiver")
    turn = engine.respond("not really")
    assert engine.state == "urgent_care_check"
    assert "You do not sound sure" in turn.text and "call 911" in turn.text
    engine.respond("no")
    assert engine.state != "urgent_care_check"


def test_an_unsure_no_elsewhere_is_not_touched():
    assert reading("timing_tests", "probably not").value == "no"
