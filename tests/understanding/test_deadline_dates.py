"""A date said for the decision reaches the plan; a follow-up interval is not a deadline (user trial 4).

The trial: "surgery is on the 14th" was asked "within days or a few weeks?" and the date was lost;
"decide by his appt 12/18" beside "3 mo is the f/u CT interval" was asked "months or weeks?", and the
export said "Decide by: ___"; "la cirugia es en enero" and "esta semana" were not read as times.
The wordings below are new.
"""

from __future__ import annotations

from datetime import date

import pytest
from support import talk

from assistant.engine import Engine
from assistant.flow import default_flow
from assistant.kit import plan as kit_plan
from assistant.understanding.dialogue import step

TODAY = date(2026, 12, 4)  # a Friday
WHEN = default_flow().state("decision_when")


def _read(line: str):
    return step(line, WHEN, None, today=TODAY).reading


@pytest.mark.parametrize("line, value, day", [
    ("repeat MRI every 6 months, but the surgeon needs an answer by 12/21", "weeks", "2026-12-21"),
    ("follow up scan in 3 months. our deadline is the 11th", "days", "2026-12-11"),
    ("the op is in 5 weeks, we have to decide by monday", "days", "2026-12-07"),
])
def test_the_time_to_decide_by_wins_over_an_interval_or_another_time(line, value, day):
    reading = _read(line)
    assert reading.value == value and reading.date == day


@pytest.mark.parametrize("line, value", [("esta semana tenemos que decidir", "days"), ("en febrero", "months"),
                                         ("la operacion es el proximo mes", "weeks")])
def test_times_in_spanish_are_read(line, value):
    assert _read(line).value == value


def _at_deadline(lines):
    # on the same fixed day as the readings above (the real clock made "the 15th" a week away on 2026-12-08)
    return talk(["1", "whether to have my gallbladder out", "skip", *lines], Engine(today=lambda: TODAY))


def test_a_date_asked_about_is_kept_with_the_pick_that_follows_and_shown_in_the_plan():
    engine, turns = _at_deadline(["the operation is booked for the 15th", "within a few weeks"])
    assert turns[-2].state == "decision_when"  # 11 days: days or weeks? asked
    assert engine.slots["deadline"] == "weeks" and engine.slots["deadline_date"] == "2026-12-15"
    said = engine.plan()["said"]
    assert said["deadline_day"] == "Tuesday 15 December"


def test_no_set_date_after_a_date_leaves_no_date():
    engine, _ = _at_deadline(["on the 14th i think", "actually there is no set date"])
    assert engine.slots["deadline"] == "no_deadline" and not engine.slots.get("deadline_date")
    assert engine.plan()["said"]["deadline_day"] is None


def test_the_kit_header_says_the_day_to_decide_by():
    engine, _ = _at_deadline(["we must choose by 12/22"])
    row = next(r for r in kit_plan.header(engine.slots, engine.plan(), created="2026-12-04T09:00", patient="me", redacted=False)
               if r["label"] == "Decide by")
    assert row["value"] == "Tuesday 22 December"


def test_a_follow_up_interval_in_the_decision_is_not_offered_as_the_deadline():
    engine, turns = talk(["1", "whether to biopsy my thyroid nodule or repeat the ultrasound, recheck interval 6 months", "skip"])
    assert turns[-1].state == "decision_when" and "Did you mean" not in turns[-1].text
