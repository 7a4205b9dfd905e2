"""A pain rated 9 or 10 out of 10, told as now, with no place named (a lead's walk, 2026-12-07): "since this morning the
other side is super painful and swollen, like 9/10" went by with no word. It is asked about (the check question), never
the urgent turn by itself; a score that is long-standing, past, a rating of a doctor or a date stays quiet."""

from __future__ import annotations

import pytest

from .safety_support import screen


@pytest.mark.parametrize("line", [
    "it all went so fast, 3 days ago he said probably cancer and now surgery friday. also since this morning the other "
    "side is super painful and swollen, like 9/10",
    "the pain is 10/10 right now",
    "pain is like 9/10 since this morning and getting worse",
    "it hurts, about 9 out of 10 since this morning",
    "pain level 10 out of 10 today",
    "its 9 out of 10 pain",
    "super painful, like 10/10",
])
def test_a_pain_of_nine_or_ten_told_now_is_asked_about(line):
    result = screen(line)
    assert result.level in ("ask", "emergency")
    assert "pain" in result.categories or result.level == "emergency"


@pytest.mark.parametrize("line", [
    "the surgeon is great, like 10/10",
    "10/10 would recommend this surgeon",
    "i'd rate him like 10/10",
    "surgery is on 9/10",
    "surgery date is like 9/10 or so",
    "her back pain is 9/10 most days",
    "my pain is 9/10 for months now",
    "pain was 10/10 after the surgery last year",
    "they asked me to rate my pain 1 to 10",
    "my pain is 2/10 today",
    "his pain is 8 out of 10 today",
    "last year it was super painful, like 9/10",
])
def test_a_score_that_is_no_bad_pain_now_stays_quiet(line):
    assert screen(line).level == "none"


def test_the_check_names_the_pain_not_another_kind():
    assert screen("the pain is 10/10 right now").labels() == ["a very bad pain (9 or 10 out of 10)"]
