"""An ordinal that counts a thing is no date: "they want to do a 2nd surgery", "a 3rd opinion", "his
1st round of chemo", "2nd means second surgery". A bare "15th" is a day of the month only where it
reads as one: after "the", "on", "by", "before", "until" (or alone on the line), and with no counted
thing (`counted_after_ordinal` in dialogues/plain_words.yaml) in the three words after it.
"""

from __future__ import annotations

from functools import cache

from .text import tokens

DAY_LEADS = frozenset({"the", "on", "by", "before", "until", "till", "thru", "through", "after", "due", ",", "-", "from", "to"})
WINDOW = 3
STOPS = frozenset({".", ",", ";", "!", "?", ":", "and", "or", "but", "of", "next", "this"})  # "the 20th of next month"


@cache
def _counted() -> frozenset[str]:
    from .plainer import _raw

    return frozenset(t for w in (_raw().get("counted_after_ordinal") or []) for t in tokens(str(w)))


def counts_a_thing(toks: list[str], at: int) -> bool:
    """toks[at] is an ordinal ("2nd") that says which one of something, not which day."""
    before = toks[at - 1] if at > 0 else ""
    alone = all(not t.isalnum() for i, t in enumerate(toks) if i != at)
    if not alone and before not in DAY_LEADS:
        return True  # "a 2nd surgery", "2nd means", "his 3rd round"
    for tok in toks[at + 1 : at + 1 + WINDOW]:
        if tok in STOPS:
            return False
        if tok in _counted():
            return True  # "the 2nd open heart surgery"
    return False


__all__ = ["counts_a_thing"]
