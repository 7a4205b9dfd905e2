"""A doctor named as the one who did what another pick says is who did it, not a pick of its own: at a
pick-any question, "My GP brushed off the swelling for months" is "my symptoms are not taken seriously"; the
GP is the one who brushed it off, not a doctor said to be no specialist ("my doctor is just a GP"). A choice
whose only words in the line are a doctor word standing right before another pick's words (or after "so did")
is left out; the other picks stay as read. Words are data: dialogues/doctor_actor.yaml."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from .reading import SURE, Reading
from .text import tokens

_TITLES = frozenset({"gp", "pcp", "doc", "doctor", "dr", "physician", "practitioner", "internist", "generalist"})


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset[str], tuple[tuple[str, ...], ...], frozenset[str]]:
    from .datafile import read_words_file

    raw = read_words_file("doctor_actor.yaml")
    between = frozenset(str(w).lower() for w in raw["between"])
    before = tuple(sorted((tuple(tokens(str(p))) for p in raw["before"]), key=len, reverse=True))
    dets = frozenset(str(w).lower() for w in raw["determiners"])
    return between, before, dets


def _acts(h, hits, toks, between, before, dets) -> bool:
    """Whether the doctor word of hit `h` stands as the one who does what another choice's words say."""
    others = {x.start for x in hits if x.choice != h.choice}
    k = h.end
    for _ in range(3):  # up to two words between: "my GP kinda brushed me off"
        if k in others:
            return True
        if k < len(toks) and toks[k] in between:
            k += 1
            continue
        break
    j = h.start
    if j > 0 and toks[j - 1] in dets:
        j -= 1
    return any(tuple(toks[max(0, j - len(p)) : j]) == p for p in before) and bool(others)


def doctor_as_actor(reading: Reading, line: str, spec, lex) -> Reading | None:
    """The reading without a choice named only by the doctor who did another pick's deed, or None."""
    if not spec.multi or reading.certainty != SURE or not isinstance(reading.value, list) or len(reading.value) < 2:
        return None
    from .matching import find_hits

    toks = tokens(line)
    hits = [h for h in find_hits(toks, spec, lex) if not h.negated and h.strength == 3]
    between, before, dets = _words()
    actors = set()
    for cid in reading.value:
        mine = [h for h in hits if h.choice == cid]
        if mine and all(h.end - h.start <= 3 and (toks[h.end - 1] in _TITLES or toks[h.end - 1] in lex.doctors)
                        and _acts(h, [x for x in hits if x.choice in reading.value], toks, between, before, dets) for h in mine):
            actors.add(cid)
    rest = [c for c in reading.value if c not in actors]
    if not actors or not rest:
        return None
    return replace(reading, value=rest)
