"""Dates said in passing, put right after they are read (timewords.py):

- about what has happened ("saw me on the 28th", "confirmed with the insurer 11/30"), a date
  without a year is the last such day, not the next one; so is a date in numbers ("11/30", "Nov
  28") that would be most of a year away, at a question that is not about a deadline, unless
  "next" is said;
- "Friday the 11th": the day of the month is the date; the weekday only describes it;
- "this morning", "last night", "earlier today": a day, at a question about what has happened
  (the words are data: `past_times` in dialogues/plain_words.yaml);
- "tmrw", "fryday": a time word in texting or misspelt is read as the word it stands for.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from functools import cache

from .text import tokens

FAR = 240  # days: a date without a year this far ahead was most likely meant in the past
RECENT = 62  # days: how far back such a date may be put


@cache
def _past_times() -> dict[tuple[str, ...], int]:
    from .plainer import _raw

    return {tuple(tokens(str(k))): int(v) for k, v in (_raw().get("past_times") or {}).items()}


def time_words(toks: list[str], lex) -> list[str]:
    """The words with texting and misspelt time words put right, one word for one ("tmrw", "fryday")."""
    from .plainer import _near

    names = set(lex.weekdays) | set(lex.months) | {"tomorrow", "today", "tonight", "yesterday"}
    out = []
    for tok in toks:
        into = lex.rewrites.get((tok,))
        if into and len(into) == 1 and into[0] in names:
            out.append(into[0])
        elif tok.isalpha() and len(tok) >= 5 and tok not in names and tok not in lex.fillers:
            close = [n for n in names if len(n) >= 5 and _near(tok, n)]
            out.append(close[0] if len(close) == 1 else tok)
        else:
            out.append(tok)
    return out


def settled(found: list, toks: list[str], today: date, past: bool | None, when_cls) -> list:
    """`past`: the line tells what happened; None: nothing says so, and it is not a deadline."""
    if past and _FUTURE & set(toks):
        past = None  # "they want a scan called a MAG3 on the 14th": the line is about what is to come
    out = []
    for k, when in enumerate(found):
        nxt = found[k + 1] if k + 1 < len(found) else None
        if (nxt is not None and when.end - when.start == 1 and nxt.date is not None and 0 <= nxt.start - when.end <= 1
                and toks[when.start][:3] in _WEEKDAY_HEADS and toks[when.end : nxt.start] in ([], ["the"]) and nxt.end - nxt.start == 1):
            continue  # "friday the 11th": the 11th
        if when.date is not None and when.date > today and toks[max(0, when.start - 1)] != "next" and toks[when.start] != "next" \
                and (past or (past is None and (when.date - today).days > FAR and "next" not in toks
                              and any(t[:1].isdigit() for t in toks[when.start : when.end]))) and toks[when.start] not in ("tomorrow", "tonight"):
            back = _last_before(when.date, today)
            if back is not None and (today - back).days <= (366 if past else RECENT):
                when = replace(when, days=(back - today).days, date=back)
        out.append(when)
    if past:
        taken = {i for w in out for i in range(w.start, w.end)}
        for phrase, days in sorted(_past_times().items(), key=lambda kv: -len(kv[0])):
            for at in range(len(toks) - len(phrase) + 1):
                span = set(range(at, at + len(phrase)))
                if tuple(toks[at : at + len(phrase)]) == phrase and not span & taken:
                    out.append(when_cls(days, at, at + len(phrase), today + timedelta(days=days)))
                    taken |= span
        out.sort(key=lambda w: w.start)
    return out


_FUTURE = frozenset({"want", "wants", "will", "ill", "going", "gonna", "booked", "scheduled", "planned", "due", "upcoming", "coming", "next",
                     "plan", "plans", "shall", "tomorrow", "soon", "later", "expect", "expecting", "waiting", "until", "till"})
_WEEKDAY_HEADS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _last_before(day: date, today: date) -> date | None:
    """The same day of the month one month back, or the same date one year back, whichever is the
    last one not after today."""
    for candidate in (_month_back(day), _year_back(day)):
        if candidate is not None and candidate <= today:
            return candidate
    return None


def _month_back(day: date) -> date | None:
    first = day.replace(day=1) - timedelta(days=1)
    try:
        return first.replace(day=day.day)
    except ValueError:
        return None


def _year_back(day: date) -> date | None:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return None
