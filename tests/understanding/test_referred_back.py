"""At "how many doctors have given an opinion", a doctor named after another as the one who sent the case on
("just the ENT and our pediatrician who sent us there") referred; they gave no view of their own: one opinion
(lead's terminal walk, 2026-12-06: it was stored as two, and the plan offered to compare two opinions)."""

from __future__ import annotations

import pytest

from .reading_support import pick


@pytest.mark.parametrize("line", [
    "just the ENT and our pediatrician who sent us there",
    "the cardiologist and my gp who sent me over",
    "my oncologist and the GP who sent me to her",
    "just the cardiologist so far, well the GP sent us to him",  # the referral as a sentence of its own (walk, 2026-12-07)
    "the cardiologist, the GP sent us to him",
])
def test_the_doctor_who_sent_the_case_on_is_not_an_opinion(line):
    assert pick("fit_opinions", line) == "zero"


@pytest.mark.parametrize("line", [
    "the ENT and our pediatrician",                                  # two named, nothing said of a referral
    "the ENT and our pediatrician, who also thinks she needs it",    # the one who referred gave a view too
    "the surgeon and my gp who sent me there both say operate",      # both gave one
    "the ENT and the pediatrician who sent us there said wait",      # the referrer said what to do
    "the cardiologist and the GP, the GP said surgery too",          # a view said, no referral
])
def test_a_doctor_who_gave_a_view_still_counts(line):
    assert pick("fit_opinions", line) != "zero"
