"""A place or a person said to hold the rest, beside picks (brief u24b): "1, 2 and 4 because the hospital has the
rest" stored the discharge papers too ("hospital" is one of their words). The words naming who or where holds "the
rest" ("the hospital has the rest", "his GP keeps everything else") say where the other records are, not one more
pick: that hit is dropped when something else is picked in the line. "the hospital papers, and 2" still picks them
(no "has the rest" after). Words are data (dialogues/holds_rest.yaml)."""

from __future__ import annotations

from functools import cache

from .datafile import read_words_file

_DETERMINERS = frozenset("the my his her their our your its a that this".split())


@cache
def _data() -> tuple[frozenset, frozenset]:
    d = read_words_file("holds_rest.yaml") or {}
    phrases = lambda key: frozenset(tuple(str(w).split()) for w in d.get(key, ()))  # noqa: E731
    return phrases("holds"), phrases("rest")


def holder_hits(toks: list[str], hits: list) -> set[int]:
    """The starts of hits that name who holds the rest ("the hospital has the rest"), when another pick stands."""
    holds, rest = _data()
    out = set()
    for h in hits:
        if h.negated or h.strength != 3 or h.start == 0 or toks[h.start - 1] not in _DETERMINERS:
            continue
        after = toks[h.end :]
        verb = next((v for v in holds if tuple(after[: len(v)]) == v), None)
        if verb is None or not any(tuple(after[len(verb) : len(verb) + len(r)]) == r for r in rest):
            continue
        if any(o.start != h.start and o.choice != h.choice and not o.negated for o in hits):
            out.add(h.start)
    return out


__all__ = ["holder_hits"]
