"""Dates written with their year, as numbers or after the month (a fifth user trial, 2026-12-04:
"2026-12-20" at "By when...?" was not understood; "by Dec 20, 2026 (16 days from today)" kept the
note "2026 (16 days from today)"; and a date gone by, "2026-11-01", was read as choice 1)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.flow import default_flow
from assistant.understanding.read import read

TODAY = date(2026, 12, 4)
FLOW = default_flow()


def at(state: str, line: str):
    return read(line, FLOW.state(state), today=TODAY)


@pytest.mark.parametrize("line, choice, day", [
    ("2026-12-20", "weeks", "2026-12-20"),
    ("2026-12-20. Follow-up appointment with Dr. Patel is that date", "weeks", "2026-12-20"),
    ("by 2027-01-15", "weeks", "2027-01-15"),
    ("20.12.2026", "weeks", "2026-12-20"),
    ("the surgery is booked for 07.12.2026", "days", "2026-12-07"),
    ("12/20/2026", "weeks", "2026-12-20"),
    ("Dec 20, 2027", "months", "2027-12-20"),
    ("dec 20 2026", "weeks", "2026-12-20"),
])
def test_a_date_with_its_year_is_the_deadline_and_is_kept(line, choice, day):
    reading = at("decision_when", line)
    assert (reading.certainty, reading.value, reading.date) == ("sure", choice, day)


def test_the_year_after_the_day_is_not_left_in_the_note():
    assert at("decision_when", "by Dec 20, 2026 (16 days from today)").note == "(16 days from today)"
    assert at("decision_when", "Dec 20, 2026. thats the follow up").note == "Thats the follow up"


@pytest.mark.parametrize("line", ["2026-11-01", "01.11.2026"])
def test_a_date_gone_by_picks_no_choice_by_its_numbers(line):
    reading = at("decision_when", line)
    assert reading.value is None and reading.certainty == "unclear"


def test_a_test_on_a_written_date_is_kept_with_the_yes():
    reading = at("timing_tests", "yes, 2027-01-10")
    assert (reading.value, reading.date) == ("yes", "2027-01-10")


@pytest.mark.parametrize("state, line, picks", [("signs", "1, 3-5", 4), ("records", "1-3", 3)])
def test_ranges_of_choice_numbers_are_still_ranges(state, line, picks):
    reading = at(state, line)
    assert reading.certainty == "sure" and len(reading.value) == picks
