"""A time that says how often, not by when: "3 mo is the f/u CT interval", "a scan every 6 months",
"follow-up CT in 3 mo", "recheck in 6 weeks". At the deadline question it is not the deadline: the
other time in the line is ("... we need to decide by his appt 12/18"), and a decision that names only
such a time ("pulm wants to watch w/ f/u CT in 3 mo") offers no deadline.

A time with a word of deciding before it ("decide by 12/18", "the deadline is the 20th") is the
deadline even beside another time ("surgery in 3 weeks but we must decide by Friday").
"""

from __future__ import annotations

# Words near a time that make it a repeat or a follow-up, not a date to decide by.
_CUES = frozenset({"interval", "intervals", "every", "followup", "fu", "recheck", "rechecks", "surveillance", "rescan", "serial",
                   "monitoring", "monitor", "intervalo", "cada"})
_DECIDING = frozenset({"decide", "deciding", "decision", "deadline", "due", "choose", "answer"})
_STOPS = frozenset({".", ";", "!", "?", "but", "and"})
_NEAR = 6


def _clause(toks: list[str], start: int, end: int) -> list[str]:
    """The words around toks[start:end], up to `_NEAR` each side, within its clause."""
    left = start
    while left > 0 and start - left < _NEAR and toks[left - 1] not in _STOPS:
        left -= 1
    right = end
    while right < len(toks) and right - end < _NEAR and toks[right] not in _STOPS:
        right += 1
    return toks[left:start] + toks[end:right]


def _follow_up(words: list[str]) -> bool:
    joined = " ".join(words)
    return bool(_CUES & set(words)) or "f / u" in joined or "follow up" in joined or "follow - up" in joined


def is_interval(toks: list[str], when) -> bool:
    """The time at `when` (a timewords.When) is how often, or a follow-up's interval."""
    return _follow_up(_clause(toks, when.start, when.end))


def deadline_times(toks: list[str], times: list) -> list:
    """The times that may be the deadline: a follow-up interval is left out when another time is
    said; a time said with deciding wins over the others."""
    deciding = [w for w in times if _DECIDING & set(toks[max(0, w.start - 6) : w.start])]
    if deciding and len(deciding) < len(times):
        return deciding
    kept = [w for w in times if not is_interval(toks, w)]
    return kept if kept else times
