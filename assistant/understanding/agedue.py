"""A deadline said as an age, beside the age now: "before she's 6 months old, she's 7 weeks now"
is in about 4 months; "they want it
done before he is one year old and he is 10 months" is in 2 months. Both ages are read as times
(timewords.py); here the pair becomes the time left, so the line is not read as "6 months" and
"7 weeks" at once (two answers, asked about)."""

from __future__ import annotations

_AGE_VERBS = frozenset({"shes", "hes", "is", "s", "turns", "turning", "reaches", "gets", "be", "its", "theyre", "im", "am", "are"})
_NOW = frozenset({"now", "today", "currently", "already", "old", "at", "the", "moment", "just", "only"})


def _age_said(toks: list[str], when) -> bool:
    """The time is an age: "6 months old", "she's 7 weeks", "turns 2", "is one year"."""
    after = toks[when.end] if when.end < len(toks) else ""
    before = toks[when.start - 1] if when.start > 0 else ""
    return after == "old" or before in _AGE_VERBS


def due_by_age(found: list, toks: list[str], when_cls) -> list:
    """The found times, with an age to reach and an age now made into the time left."""
    ages = [w for w in found if not w.no_rush and w.date is None and w.days > 0 and _age_said(toks, w)]
    if len(ages) != 2:
        return found
    goal, now = ages
    lead = toks[max(0, goal.start - 5) : goal.start]
    if not ({"before", "by", "until", "till", "when"} & set(lead)) or goal.days <= now.days:
        return found
    left = when_cls(goal.days - now.days, goal.start, now.end)
    rest = [w for w in found if w not in (goal, now) and not (w.days == 0 and w.start >= now.end and set(toks[now.end : w.end]) <= _NOW)]
    return sorted(rest + [left], key=lambda w: w.start)
