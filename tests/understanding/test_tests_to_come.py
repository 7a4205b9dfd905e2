"""At "Are any tests planned, or results still pending?", a test still to have is a "yes", and a test told as done is
no test to come (a lead's trial, 2026-12-06: "the biopsy was done" was stored as Yes, sure). A test's everyday name counts
only after a word that says it is still to have ("needs bloodwork", review rv14): "bloodwork" alone made rounds 16 and
22's "bloodwork but thats like every month lol" a yes."""

from __future__ import annotations

import pytest
from .reading_support import reading


@pytest.mark.parametrize("line", [
    "she needs an mri before the infusion",
    "he has to have a heart echo first",
    "yes, bloodwork before the infusion",
])
def test_a_test_still_to_have_is_yes(line):
    got = reading("timing_tests", line)
    assert got.value == "yes" and got.certainty in ("sure", "likely"), (got.value, got.certainty)


@pytest.mark.parametrize("line", ["labs are done", "the biopsy was done", "scan done", "had the mri"])
def test_a_test_told_as_done_is_never_stored_as_yes(line):
    got = reading("timing_tests", line)
    assert got.value != "yes", (got.value, got.certainty)


@pytest.mark.parametrize("line, value", [
    ("tests are done", "no"),
    ("had the ct. nothing else", "no"),
    ("had the mri, another one next week", "yes"),
    ("biopsy done, results pending", "yes"),
    ("no labs needed", "no"),
])
def test_done_beside_what_is_to_come_is_still_read(line, value):
    got = reading("timing_tests", line)
    assert got.value == value and got.certainty == "sure", (got.value, got.certainty)


@pytest.mark.parametrize("line, note", [
    # a lead's trial, 2026-12-06: the plan printed "About danger signs: Like that, she's just tired ..."
    ("no nothing like that, she's just tired and her legs are weak like usual", "She's just tired and her legs are weak like usual"),
    ("no nothing like that, but her back hurts a lot today", "Her back hurts a lot today"),  # the "but" goes too (lead, 2026-12-07)
    ("none of that, her legs are weak like usual", "Her legs are weak like usual"),
])
def test_a_remark_after_nothing_like_that_is_kept_whole_and_alone(line, note):
    from benchmarks.understanding import prepare

    engine = prepare("red_flags", "caregiver")
    turn = engine.respond(line)
    assert engine.slots["red_flags"] == ["none"]
    assert engine.slots["answer_notes"]["red_flags"] == note
    assert note[0].lower() + note[1:] in turn.text


@pytest.mark.parametrize("line", [
    # (rv14) a bare "labs"/"bloodwork" or "needs a" read as a test to come: each was a sure "yes" on main
    "labs came back normal", "the labs showed high sugar", "had the blood work, all normal", "bloodwork was fine",
    "he needs a second opinion, thats why im here", "she needs more time to decide", "has to get a referral",
    "will have a meeting with the surgeon", "lab work was ok", "all the labs are back",
])
def test_a_test_named_with_no_word_of_it_to_come_is_no_sure_yes(line):
    got = reading("timing_tests", line)
    assert not (got.value == "yes" and got.certainty == "sure"), (got.value, got.certainty)


@pytest.mark.parametrize("line, value", [
    ("i dont think so, labs were done", "no"),  # (rv14) was a sure "yes" on main
    ("no labs pending", "no"),
    ("she doesnt need bloodwork", "no"),
    ("needs bloodwork", "yes"),
    ("they ordered labs", "yes"),
])
def test_labs_done_or_not_needed_or_to_have(line, value):
    got = reading("timing_tests", line)
    assert got.value == value and got.certainty == "sure", (got.value, got.certainty)
