"""A day of the month said alone ("by the 2nd") is this month's, or next month's once it has gone by,
never a day a year away; "the 20th of next month" is next month's."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.flow import default_flow
from assistant.understanding import read

WHEN = default_flow().state("decision_when")


@pytest.mark.parametrize("today, line, day", [
    (date(2026, 12, 4), "by the 2nd", date(2027, 1, 2)),
    (date(2026, 12, 4), "surgery is on the 2nd", date(2027, 1, 2)),
    (date(2026, 12, 2), "by the 2nd", date(2026, 12, 2)),
    (date(2026, 1, 30), "the 2nd", date(2026, 2, 2)),
    (date(2026, 12, 4), "the 20th of next month", date(2027, 1, 20)),
    (date(2026, 12, 2), "by the 20th next month", date(2027, 1, 20)),
    (date(2026, 1, 30), "by the 31st", date(2026, 1, 31)),
])
def test_a_day_of_the_month_is_the_next_such_day(today, line, day):
    assert read(line, WHEN, today=today).date == day.isoformat()


def test_the_31st_in_a_month_without_one_is_not_a_made_up_date():
    result = read("by the 31st", WHEN, today=date(2026, 4, 5))  # April has 30 days: May 31 is next
    assert result.date in (None, "2026-05-31")
