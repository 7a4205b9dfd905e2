"""Choices picked by a rule on their numbers: "even numbers", "the odd ones", "every other one".

A second reading (read.py), tried only when the line was not understood as written: at a pick-any
question such a line is rewritten as the numbers it means ("2, 4, 6"). Only when the whole line is
the rule (give or take filler words); "the even ones but not 4" is left to be asked.
"""

from __future__ import annotations

from .lexicon import Lexicon
from .text import tokens

_EVEN = {("even",), ("even", "numbers"), ("even", "ones"), ("even", "numbered"), ("even", "numbered", "ones"), ("evens",)}
_ODD = {("odd",), ("odd", "numbers"), ("odd", "ones"), ("odd", "numbered"), ("odd", "numbered", "ones"), ("odds",),
        ("every", "other", "one"), ("every", "second", "one"), ("every", "other")}


def by_parity(line: str, spec, lex: Lexicon) -> str | None:
    """The numbers a parity rule picks, as a line ("2, 4, 6"), or None."""
    if not spec.multi:
        return None
    core = tuple(t for t in tokens(line) if t not in (",", ".", "!") and t not in ("the", "all", "only", "just", "please", "of", "them"))
    count = len([c for c in spec.choices if c.id != spec.none_choice])
    if core in _EVEN:
        start = 2
    elif core in _ODD:
        start = 1
    else:
        return None
    return ", ".join(str(n) for n in range(start, count + 1, 2))
