"""A line nothing else matched, compared as a whole with each choice's names (a typo, a near miss)."""

from __future__ import annotations

from ..flow import StateSpec
from .lexicon import Lexicon
from .matching import phrase_index
from .text import SEPARATORS

FUZZY_SURE = 85
FUZZY_LIKELY = 78


def fuzzy(norm_tokens: list[str], spec: StateSpec, lex: Lexicon) -> tuple[str | None, float]:
    from rapidfuzz import fuzz  # only an answer nothing else matched pays for this

    line = " ".join(t for t in norm_tokens if t not in SEPARATORS)
    if not line or any(ch.isdigit() for ch in line):
        return None, 0
    best: dict[str, float] = {}
    for phrase, cid, strength in phrase_index(spec, lex):
        if strength < 3:
            continue
        name = " ".join(phrase)
        if len(name) < 4:
            continue
        score = fuzz.ratio(line, name)
        if score > best.get(cid, 0):
            best[cid] = score
    if not best:
        return None, 0
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] >= ranked[0][1] - 5:
        return None, 0  # two names equally close: never pick between them
    return ranked[0]
