"""At the question that orders the person's list, a number said to be wrong is taken off: "nr 3 is
wrong. i mean other options" moved 3 to the top (user trial 7, finding 9). "N is wrong", "number 2
isn't what I meant" is read as "drop N", and the drop rules decide the rest (dropping.py: at least
three stay; a remark beside it moves nothing). Words are data: dialogues/wrong_item.yaml."""

from __future__ import annotations

import re
from functools import cache

from .datafile import read_words_file


@cache
def _pattern():
    words = read_words_file("wrong_item.yaml")["wrong"]
    forms = "|".join(r"\s+".join(re.escape(p) for p in str(w).lower().replace("'", "").split())
                     for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:\b(?:nr|no|number|num|question|q)\.?\s*|#\s*)?(?<![\w.])(?P<n>\d{{1,2}})\s*(?:is\s+|was\s+)?(?:{forms})(?![\w])",
                      re.IGNORECASE)


def as_drop(text: str) -> str | None:
    """The line with "N is wrong" said as "drop N"; None when it says no such thing."""
    plain = text.replace("'", "").replace("\u2019", "")
    changed = _pattern().sub(lambda found: f"drop {found.group('n')}", plain)
    return changed if changed != plain else None


__all__ = ["as_drop"]
