"""A time gone by, said at the deadline question (helper ut15, whole journeys): "It is new diagnosis, the cancer is
found in last month" was stored as *In a few months or more*, "diagnosed last month" and "biopsy was 2 months ago"
the same. A time marked as past ("last month", "the past 2 weeks", "2 months ago", "since March") says when
something happened, not by when the choice is due: when every time in the line is such, the line is asked about.
"""

from __future__ import annotations

import re

from .reading import SURE, LIKELY, UNCLEAR, Reading
from .text import clean

_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "wk", "wks", "mo", "mos", "yr", "yrs"})
_BEFORE = frozenset({"last", "past", "since", "previous"})
_AFTER = frozenset({"ago", "back", "earlier", "before"})
_BETWEEN = frozenset({"the", "a", "an", "few", "couple", "of", "two", "three", "several", "some", "2", "3", "4", "5", "6", "1"})
_TIME_CHOICES = frozenset({"days", "weeks", "months"})
_MONTHS = frozenset("january february march april may june july august september october november december jan feb mar apr jun jul aug "
                    "sep sept oct nov dec".split())


def _unit_after(toks: list[str], at: int) -> bool:
    return any(t in _UNITS for t in toks[at + 1 : at + 3])


def _past(toks: list[str], at: int) -> bool:
    if at + 1 < len(toks) and toks[at + 1] in ("to", "of", "for", "in", "before"):
        return False  # "the last day to cancel the slot is the 18th", "the last week of january": a time to come
    k = at - 1
    while k >= 0 and (toks[k] in _BETWEEN or toks[k].isdigit()):
        k -= 1
    if k >= 0 and toks[k] in _BEFORE:
        return True
    return at + 1 < len(toks) and toks[at + 1] in _AFTER


def time_gone_by(reading, toks, line, spec, lex):
    if spec.multi or reading.certainty not in (SURE, LIKELY) or reading.value not in _TIME_CHOICES:
        return None
    if not _TIME_CHOICES <= {c.id for c in spec.choices}:
        return None
    if any(re.fullmatch(r"\d+(?:st|nd|rd|th)?", t) and not _unit_after(toks, i) for i, t in enumerate(toks)) or _MONTHS & set(toks):
        return None  # a day or a month named besides ("... is the 18th"): read as it is
    units = [i for i, t in enumerate(toks) if t in _UNITS]
    if not units or not all(_past(toks, i) for i in units):
        return None
    return Reading(UNCLEAR, unclear=clean(line),
                   message="That says when something happened. By when does the choice need to be made? Pick one below.")
