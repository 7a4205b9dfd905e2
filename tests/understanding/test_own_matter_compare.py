"""At the welcome, two opinions to compare about "my" illness, diagnosis or surgery: the decision is the person's own,
and the compare path does not ask "First, who is this decision for?" again (both_paths.py, dialogues/own_matters.yaml;
lead, walk of 2026-12-07). Wordings of our own, with the look-alikes."""

from __future__ import annotations

import pytest

from benchmarks.understanding import prepare


@pytest.mark.parametrize("line", [
    "I have two opinions already for my prostate cancer and they do not agree",
    "two doctors disagree about my diagnosis",
    "i want to compare 2 opinions on my surgery",
])
def test_my_own_illness_makes_the_comparison_mine(line):
    engine = prepare("welcome", None)
    engine.respond(line)
    assert engine.slots.get("role") == "compare" and engine.slots.get("compare_for") == "patient"
    engine.respond("yes")  # the number of opinions offered back
    assert engine.state != "compare_who"


@pytest.mark.parametrize("line, who", [
    ("my dad has two opinions on his cancer and they disagree", "my dad"),
    ("we have two opinions on my son's surgery and they dont agree", None),
])
def test_someone_elses_illness_is_never_taken_as_mine(line, who):
    engine = prepare("welcome", None)
    engine.respond(line)
    assert engine.slots.get("compare_for") != "patient"
    if who:
        assert engine.slots.get("who") == who and engine.slots.get("compare_for") == "caregiver"
