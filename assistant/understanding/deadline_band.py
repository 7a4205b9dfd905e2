"""A date kept for the deadline that the person's own pick then contradicts is dropped: "2nd" read
as 2 January (about four weeks) was asked about, then "In a few months or more" was picked. The
plan's "Decide by" never shows a day the person did not stand by (user trial 6)."""

from __future__ import annotations

from datetime import date

BANDS = ("days", "weeks", "months")


def date_fits(value: str, iso: str, today: date, time: dict) -> bool:
    """The kept date `iso` lies in the band of the choice `value` (the edges of `time`, the
    lexicon's days -> choice thresholds; the days between "days" and "weeks" fit both)."""
    try:
        days = (date.fromisoformat(iso) - today).days
    except (TypeError, ValueError):
        return True
    if value == "days":
        return days <= time["weeks_from"]
    if value == "weeks":
        return time["days"] < days <= time["weeks"]
    if value == "months":
        return days > time["weeks"]
    return True


def dropped_date(state_words, value, slots: dict, today: date, reading_date) -> bool:
    """The kept deadline date goes: the pick `value` at the deadline question says another time."""
    if not state_words.time or value not in BANDS or reading_date or not slots.get("deadline_date"):
        return False
    return not date_fits(value, slots["deadline_date"], today, state_words.time)


__all__ = ["date_fits", "dropped_date"]
