"""A choice's own negative phrase said with one word inside it: "is not a fibroid specialist",
"isn't an endo specialist" for "not a specialist". Only a phrase "not a X" of the choice's own
words, with one plain word between "a" and X; the word inside names the field, never a pick of its
own (matching.py drops a hit read from it alone)."""

from __future__ import annotations

from .stems import stem
from .text import SEPARATORS

_NOT = frozenset({"not", "isnt", "arent", "wasnt", "never"})
_A = frozenset({"a", "an"})


def with_a_modifier(toks: list[str], stemmed: list[str], table, taken: set[int]) -> list:
    """Hits for "not a <word> X" where "not a X" is a phrase of a choice; `taken` is updated."""
    from .matching import Hit

    out = []
    entries = table.by_head.get(stem("not"), ())
    if not entries:
        return out
    for i in range(len(toks) - 3):
        if toks[i] not in _NOT or toks[i + 1] not in _A:
            continue
        span = set(range(i, i + 4))
        middle = toks[i + 2]
        if (span - {i + 2}) & taken or not middle.isalpha() or middle in SEPARATORS or middle in _NOT:
            continue  # (the word inside may have been read alone: "not a lupus specialist" is no "lupus")
        want = (stem("not"), stem("a"), stemmed[i + 3])
        for _, phrase, cid, strength in entries:
            if tuple(phrase) == want:
                out.append(Hit(cid, i, i + 4, strength))
                taken |= span
                break
    return out
