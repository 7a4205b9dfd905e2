"""Durations and dates in people's words, read against today's date."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from .lexicon import Lexicon


@dataclass(frozen=True)
class When:
    days: float  # from today
    start: int  # token span the time was read from
    end: int
    date: date | None = None  # a day that was named ("Dec 4", "the 15th", "tomorrow")
    no_rush: bool = False


def _match(toks: list[str], at: int, phrase: tuple[str, ...]) -> bool:
    return tuple(toks[at : at + len(phrase)]) == phrase


_HEADS: dict[int, tuple[object, dict[str, list[tuple[str, ...]]]]] = {}


def _heads(phrases) -> dict[str, list[tuple[str, ...]]]:
    """The phrases by first word, longest first; worked out once for each (lexicon) collection."""
    found = _HEADS.get(id(phrases))
    if found is None or found[0] is not phrases:
        heads: dict[str, list[tuple[str, ...]]] = {}
        for phrase in sorted(phrases, key=len, reverse=True):
            if phrase:  # an empty phrase matches nothing worth reading (its length is 0)
                heads.setdefault(phrase[0], []).append(phrase)
        found = _HEADS[id(phrases)] = (phrases, heads)
    return found[1]


def _longest(toks: list[str], at: int, phrases) -> tuple[str, ...] | None:
    """The longest of `phrases` found at `at` (only those starting with the word there are tried)."""
    word = toks[at] if at < len(toks) else None
    for phrase in _heads(phrases).get(word, ()):
        if _match(toks, at, phrase):
            return phrase
    return None


_UP_TO_999 = re.compile(r"[0-9]{1,3}")
_DAY = re.compile(r"([0-9]{1,2})(st|nd|rd|th)?")
_ORDINAL_END = re.compile(r"(st|nd|rd|th)$")
_ONE_OR_TWO = re.compile(r"[0-9]{1,2}")


def _day_number(token: str) -> int | None:
    found = _DAY.fullmatch(token)
    if found and 1 <= int(found.group(1)) <= 31:
        return int(found.group(1))
    return None


_NEXT_MONTH = {("of", "next", "month"): 3, ("next", "month"): 2}  # after "the 20th": next month's 20th (words taken)


def _in_month(first: date, day: int) -> date | None:
    """The `day` of the month `first` is in, or None when that month has no such day (the 31st of April)."""
    try:
        return first.replace(day=day)
    except ValueError:
        return None


_YEAR = re.compile(r"20[0-9]{2}")


def _full_date(toks: list[str], i: int, today: date, past: bool) -> tuple[date, int] | None:
    """A date written with its year, as numbers: "2026-12-20" (year first), "20.12.2026" (day first,
    as much of the world writes it). (The day and its end.)"""
    n = len(toks)
    if i + 4 >= n or toks[i + 1] not in ("-", "/", ".") or toks[i + 3] != toks[i + 1]:
        return None
    if _YEAR.fullmatch(toks[i]) and _ONE_OR_TWO.fullmatch(toks[i + 2]) and _ONE_OR_TWO.fullmatch(toks[i + 4]):
        year, month, day = int(toks[i]), int(toks[i + 2]), int(toks[i + 4])
    elif toks[i + 1] == "." and _ONE_OR_TWO.fullmatch(toks[i]) and _ONE_OR_TWO.fullmatch(toks[i + 2]) and _YEAR.fullmatch(toks[i + 4]):
        year, month, day = int(toks[i + 4]), int(toks[i + 2]), int(toks[i])
    else:
        return None
    try:
        when = date(year, month, day)
    except ValueError:
        return None
    return when, i + 5


def full_date_spans(toks: list[str]) -> set[int]:
    """The places of dates written with their year as numbers ("2026-11-01"): their numbers are no
    choice numbers, whether the day is still ahead or gone by."""
    spans: set[int] = set()
    for i, tok in enumerate(toks):
        if "0" <= tok[:1] <= "9" and _full_date(toks, i, date.min, True):
            spans |= set(range(i, i + 5))
    return spans


def _with_year(toks: list[str], end: int, when: date) -> tuple[date, int]:
    """ "Dec 20, 2026", "12/20/2026": the year said after the day is taken with it (and used)."""
    at = end + 1 if toks[end : end + 1] == [","] else end
    if at < len(toks) and _YEAR.fullmatch(toks[at]) and not toks[at + 1 : at + 2] == ["-"]:
        try:
            return when.replace(year=int(toks[at])), at + 1
        except ValueError:
            return when, end
    if end + 1 < len(toks) and toks[end] == "/" and _YEAR.fullmatch(toks[end + 1]):
        try:
            return when.replace(year=int(toks[end + 1])), end + 2
        except ValueError:
            return when, end
    return when, end


def _future(today: date, month: int, day: int) -> date | None:
    for year in (today.year, today.year + 1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            return None
        if candidate >= today:
            return candidate
    return None


# Words that put a line in the past: "went to the ER on Sunday", "we told him Monday".
def past_said(toks: list[str]) -> bool:
    """A word that puts the line in the past ("we told him Monday"); "got an appointment
    Thursday" is one to come."""
    return any(t in PAST_CUES and not (t == "got" and _BOOKED & set(toks[i + 1 : i + 3])) for i, t in enumerate(toks))


_BOOKED = frozenset({"appt", "appointment", "appointments", "apt", "slot", "booking", "date", "visit", "consult", "consultation"})
PAST_CUES = frozenset({"saw", "seen", "went", "told", "called", "checked", "was", "were", "had", "did", "emailed", "examined",
                       "visited", "sent", "spoke", "talked", "mentioned", "asked", "phoned", "rang", "messaged", "last", "ago",
                       "confirmed", "verified", "adjusted", "reviewed", "looked", "admitted", "discharged", "met", "came", "took", "gave",
                       "got", "stayed", "happened", "received", "approved", "denied", "signed", "changed", "started", "stopped"})
_END_OF = {("end", "of", "the", "month"): "month", ("end", "of", "this", "month"): "month", ("end", "of", "month"): "month",
           ("end", "of", "the", "year"): "year", ("end", "of", "this", "year"): "year", ("end", "of", "year"): "year"}
_END_HEADS = frozenset(p[0] for p in _END_OF)


def _end_of(today: date, what: str) -> date:
    if what == "year":
        return date(today.year, 12, 31)
    return (today.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


_STARTS: dict[int, tuple[object, frozenset[str]]] = {}


def _starts(lex: Lexicon) -> frozenset[str]:
    """Every word a time expression below can begin with, other than a number; once per lexicon."""
    found = _STARTS.get(id(lex))
    if found is None or found[0] is not lex:
        words = set(lex.months) | set(lex.weekdays) | _END_HEADS | {"yesterday"}
        for phrases in (lex.time_amounts, lex.time_no_rush, lex.time_phrases, lex.time_soon, lex.time_holidays):
            words |= set(_heads(phrases))
        found = _STARTS[id(lex)] = (lex, frozenset(words))
    return found[1]


_AHEAD = frozenset({"will", "shall", "ill", "well", "going", "gonna", "plan", "planning", "intend", "tomorrow", "next", "booked", "scheduled",
                    "coming", "upcoming", "hope", "hoping", "aim", "try", "should"})


def _ahead_said(toks: list[str], at: int) -> bool:
    """ "We have not checked. I shall call them on Monday": in its own sentence, a word of the
    future before the day makes it the coming one, though the line also tells what happened."""
    start = max((k for k in range(at) if toks[k] in (".", ";", "!", "?", "but")), default=-1) + 1
    return bool(_AHEAD & set(toks[start:at]))


def read_times(toks: list[str], lex: Lexicon, today: date, past: bool | None = False) -> list[When]:
    """Every time expression in the line, left to right, as days from today. `past`: the line
    tells what happened (a question about the past), so "Monday" is the last Monday and
    "yesterday" a day; None: not a deadline question, and nothing says the past. Dates said in
    passing are put right after (dates.py)."""
    from .dates import settled, time_words

    from .agedue import due_by_age  # "before she's 6 months old, she's 7 weeks now": the time left

    toks = time_words(toks, lex)
    return due_by_age(settled(_read_times(toks, lex, today, bool(past)), toks, today, past, When), toks, When)


def _read_times(toks: list[str], lex: Lexicon, today: date, past: bool = False) -> list[When]:
    from .ordinals import counts_a_thing

    found: list[When] = []
    i = 0
    n = len(toks)
    amounts = lex.time_amounts  # _longest tries them longest first
    starts = _starts(lex)
    while i < n:
        tok = toks[i]
        if tok not in starts and not "0" <= tok[:1] <= "9" and not (tok in lex.ordinals and toks[i + 1 : i + 2] == ["of"]):
            i += 1  # no time expression begins with this word (most words of a line)
            continue
        full = _full_date(toks, i, today, past) if "0" <= tok[:1] <= "9" else None
        if full:  # "2026-12-20", "20.12.2026"; a day gone by only where the past is read (its numbers are no choice)
            if full[0] >= today or past:
                found.append(When((full[0] - today).days, i, full[1], full[0]))
            i = full[1]
            continue
        # A number or amount word followed by a unit: "6 weeks", "a couple of months", "2-3 weeks".
        amount, width = None, 0
        if _UP_TO_999.fullmatch(tok):
            amount, width = float(tok), 1
            if i + 2 < n and toks[i + 1] in ("-", "to", "or") and _UP_TO_999.fullmatch(toks[i + 2]):
                amount, width = float(toks[i + 2]), 3  # a range: take its end, the deadline
        elif tok in starts:
            phrase = _longest(toks, i, amounts)
            if phrase:
                amount, width = lex.time_amounts[phrase], len(phrase)
        if amount is not None and i + width < n and toks[i + width] in lex.time_units:
            unit = lex.time_units[toks[i + width]]
            end = i + width + 1
            if end + 1 < n and toks[end] in ("or", "to", "-"):  # "a week or two", "a month or 2": the longer end
                more = float(toks[end + 1]) if _UP_TO_999.fullmatch(toks[end + 1]) else lex.numbers.get(toks[end + 1])
                if more and more > amount and (end + 2 >= n or toks[end + 2] not in lex.time_units):
                    amount, end = more, end + 2
            found.append(When(amount * unit, i, end))
            i = end
            continue
        # "Dec 4", "december 4th", "4 december", "the 15th", "12/15", weekdays, phrases.
        if tok in lex.months:
            month = lex.months[tok]
            if i + 1 < n and _day_number(toks[i + 1]):
                day = _day_number(toks[i + 1])
                when = _future(today, month, day)
                if when:
                    when, end = _with_year(toks, i + 2, when)  # "Dec 20, 2026"
                    found.append(When((when - today).days, i, end, when))
                    i = end
                    continue
            before = toks[i - 1] if i > 0 else ""
            before2 = toks[i - 2] if i > 1 else ""
            if tok not in ("may", "mar", "sun", "sat", "wed") or before in ("in", "by", "before", "early", "mid", "late", "end", "of"):
                at_end = before in ("late", "end") or (before == "of" and before2 in ("end", "late"))
                day = 5 if before == "early" else 28 if at_end else 15
                when = _future(today, month, day) or _future(today, month, 1)
                if when and at_end:  # "by end of january": the last day of that month
                    nxt = (when.replace(day=28) + timedelta(days=4)).replace(day=1)
                    when = nxt - timedelta(days=1)
                if when:
                    found.append(When((when - today).days, i, i + 1, when if at_end else None))
                    i += 1
                    continue
        day = _day_number(tok)
        if i + 2 < n and toks[i + 1] == "of" and toks[i + 2] in lex.months and (day or tok in lex.ordinals):
            # "the seventh of December", "7th of dec": the day, then "of" and the month
            when = _future(today, lex.months[toks[i + 2]], day or lex.ordinals[tok])
            if when:
                found.append(When((when - today).days, i, i + 3, when))
                i += 3
                continue
        if day and i + 1 < n and toks[i + 1] in lex.months:
            when = _future(today, lex.months[toks[i + 1]], day)
            if when:
                found.append(When((when - today).days, i, i + 2, when))
                i += 2
                continue
        if day and _ORDINAL_END.search(tok) and counts_a_thing(toks, i):
            i += 1  # "a 2nd surgery", "the 3rd opinion": which one, not which day (ordinals.py)
            continue
        if day and _ORDINAL_END.search(tok):  # "by the 15th": this month's, or next month's once it has gone by
            nxt = (today.replace(day=1) + timedelta(days=32)).replace(day=1)
            then = _NEXT_MONTH.get(tuple(toks[i + 1 : i + 4])) or _NEXT_MONTH.get(tuple(toks[i + 1 : i + 3]))
            if then:  # "the 20th of next month", "the 20th next month"
                when, end = _in_month(nxt, day), i + 1 + then
            else:
                when, end = _in_month(today, day), i + 1
                if when is None or when < today:
                    when = _in_month(nxt, day)
            if when:
                found.append(When((when - today).days, i, end, when))
                i = end
                continue
        if _ONE_OR_TWO.fullmatch(tok) and i + 2 < n and toks[i + 1] == "/" and _ONE_OR_TWO.fullmatch(toks[i + 2]):
            a, b = int(tok), int(toks[i + 2])
            month, day = (a, b) if a <= 12 else (b, a)
            when = _future(today, month, day) if 1 <= month <= 12 else None
            if when:
                when, end = _with_year(toks, i + 3, when)  # "12/20/2026"
                found.append(When((when - today).days, i, end, when))
                i = end
                continue
        if past and tok in lex.weekdays and len(tok) > 3 and not (i > 0 and toks[i - 1] == "next") and not _ahead_said(toks, i):
            ago = (today.weekday() - lex.weekdays[tok]) % 7 or 7
            found.append(When(-ago, i, i + 1, today - timedelta(days=ago)))
            i += 1
            continue
        if past and tok == "yesterday":
            found.append(When(-1, i, i + 1, today - timedelta(days=1)))
            i += 1
            continue
        ends = next((p for p in _END_OF if _match(toks, i, p)), None) if tok in _END_HEADS else None
        if ends:  # "by the end of the month": its last day, kept as a date
            when = _end_of(today, _END_OF[ends])
            found.append(When((when - today).days, i, i + len(ends), when))
            i += len(ends)
            continue
        # "wed", "fri" alone may be other words; after "by", "on", "next" they are days ("by fri").
        if tok in lex.weekdays and (len(tok) > 3 or (i > 0 and toks[i - 1] in ("by", "on", "next", "this", "until", "till", "before"))):
            ahead = (lex.weekdays[tok] - today.weekday()) % 7 or 7
            if i > 0 and toks[i - 1] == "next" and ahead < 4:
                ahead += 7
            when = today + timedelta(days=ahead)
            found.append(When(ahead, i, i + 1, when))
            i += 1
            continue
        phrase = _longest(toks, i, lex.time_holidays) if lex.time_holidays else None
        if phrase:  # "by new year's", "before christmas": the next such day, kept as a date
            when = _future(today, *lex.time_holidays[phrase])
            if when:
                found.append(When((when - today).days, i, i + len(phrase), when))
                i += len(phrase)
                continue
        if tok not in starts:
            i += 1  # a number that began nothing above: no phrase below begins with it
            continue
        phrase = _longest(toks, i, lex.time_no_rush)
        if phrase:
            found.append(When(10_000, i, i + len(phrase), None, True))
            i += len(phrase)
            continue
        phrase = _longest(toks, i, lex.time_phrases)
        if phrase:
            days = lex.time_phrases[phrase]
            named = today + timedelta(days=days) if phrase in (("today",), ("tomorrow",), ("tonight",)) else None
            found.append(When(days, i, i + len(phrase), named))
            i += len(phrase)
            continue
        phrase = _longest(toks, i, lex.time_soon)
        if phrase and i > 0 and toks[i - 1] == "how":
            i += len(phrase)  # "never said how soon": a question about the time, not a time
            continue
        if phrase and _denied(toks, i):
            i += len(phrase)  # "not super urgent", "isnt that soon": no soon time (a teenager's journey, 2026-12-05)
            continue
        if phrase:
            found.append(When(3, i, i + len(phrase)))
            i += len(phrase)
            continue
        i += 1
    return found


_NOT = frozenset({"not", "isnt", "wasnt", "arent", "aint", "never", "nothing"})
_DEGREE = frozenset({"super", "very", "that", "so", "too", "really", "all", "terribly", "particularly", "especially", "extremely",
                     "overly", "crazy", "hugely", "desperately", "immediately", "exactly"})


def _denied(toks: list[str], i: int) -> bool:
    """A soon word with a degree between it and a "not" before it ("not super urgent", "isnt that urgent"): said not
    to be soon. (A bare "not urgent" is a no-rush phrase of its own; "not now" is no soon word here.)"""
    return i >= 2 and toks[i - 1] in _DEGREE and toks[i - 2] in _NOT
