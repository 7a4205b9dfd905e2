"""A question's phrase table set out for lookups, worked out once per question and lexicon.

find_hits (matching.py) looks a line's words up here instead of scanning every phrase of the
question: the phrases by first word in the index's order (longest first), the one-word names a
misspelling may be close to, and the negations by first word.
"""

from __future__ import annotations

from ..flow import StateSpec
from .lexicon import Lexicon, Phrase


class Prepared:
    """What find_hits looks up for one question, worked out once: its phrases by first word."""

    def __init__(self, spec: StateSpec, lex: Lexicon) -> None:
        self.spec, self.lex = spec, lex  # kept, so the ids they are cached under stay theirs
        from .matching import phrase_index  # (matching imports this module)

        index = phrase_index(spec, lex)
        self.by_head: dict[str, list[tuple[int, Phrase, str, int]]] = {}
        self.always: list[tuple[int, Phrase, str, int]] = []  # an empty phrase (none today) is tried at every line
        singles: dict[str, set[str]] = {}
        from .stems import phrase_key

        for order, (phrase, cid, strength) in enumerate(index):
            entry = (order, phrase_key(phrase), cid, strength)  # longer phrases by word family (stems.py)
            if phrase:
                self.by_head.setdefault(entry[1][0], []).append(entry)
            else:
                self.always.append(entry)
            if strength == 3 and len(phrase) == 1 and len(phrase[0]) >= 5:
                singles.setdefault(phrase[0], set()).add(cid)
        self.singles = singles
        # "go ahead" names one choice and begins another's "go ahead with the plan": said alone, it
        # may be either (pick-one questions only; asked, never one of them picked).
        self.begins_other: dict[Phrase, tuple[str, ...]] = {}
        if not spec.multi:
            named = [(phrase, cid) for phrase, cid, strength in index if strength == 3]
            plain = set(lex.yes) | set(lex.no) | set(lex.not_sure)  # "it is" / "it is not": the longer one turns it; no doubt
            for phrase, cid in named:
                if phrase in plain:
                    continue
                others = {other for longer, other in named if other != cid and len(longer) > len(phrase) and longer[: len(phrase)] == phrase
                          and longer[len(phrase)] not in ("not", "no", "never", "yet", "anymore")}
                if others and len(phrase) >= 2:
                    self.begins_other[phrase] = tuple(sorted(others))
        self.negations: dict[str, list[Phrase]] = {}
        for neg in lex.negations:
            self.negations.setdefault(neg[0] if neg else "", []).append(neg)


_PREPARED: dict[tuple[int, int], Prepared] = {}


def prepared(spec: StateSpec, lex: Lexicon) -> Prepared:
    """By identity: hashing a StateSpec (all its choices) on every call cost more than the lookup."""
    found = _PREPARED.get((id(spec), id(lex)))
    if found is None or found.spec is not spec or found.lex is not lex:
        if len(_PREPARED) > 512:
            _PREPARED.clear()
        found = _PREPARED[(id(spec), id(lex))] = Prepared(spec, lex)
    return found


_HITS: dict[tuple, tuple] = {}


def remembered(find):
    """find_hits, worked out once per line, question, lexicon and skipped words (helper p15): a turn
    asked it the same five or six times (1,672 calls for 517 different lines in round 28's first 300
    answers). The hits are frozen; each caller gets its own list of them."""

    def find_hits(toks, spec, lex, skip=frozenset()):
        key = (tuple(toks), id(spec), id(lex), frozenset(skip))
        found = _HITS.get(key)
        if found is None or found[0] is not spec or found[1] is not lex:
            if len(_HITS) > 512:
                _HITS.clear()
            found = _HITS[key] = (spec, lex, tuple(find(toks, spec, lex, skip)))
        return list(found[2])

    find_hits.__doc__, find_hits.__wrapped__ = find.__doc__, find
    return find_hits
