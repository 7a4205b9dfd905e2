"""A line nothing else matched, compared as a whole with each choice's names (a typo, a near miss)."""

from __future__ import annotations

from ..flow import StateSpec
from .lexicon import Lexicon
from .matching import phrase_index
from .text import SEPARATORS

FUZZY_SURE = 85
FUZZY_LIKELY = 78
_NOT_PREFIXES = ("dis", "un", "in", "im", "ir", "il", "non", "mis")
_NEGATIONS = frozenset({"no", "not", "dont", "none", "never", "without", "nothing", "nobody", "cant", "didnt", "doesnt", "isnt", "havent", "wont", "un"})


def fuzzy(norm_tokens: list[str], spec: StateSpec, lex: Lexicon) -> tuple[str | None, float]:
    from rapidfuzz import fuzz  # only an answer nothing else matched pays for this

    line = " ".join(t for t in norm_tokens if t not in SEPARATORS)
    if not line or any(ch.isdigit() for ch in line):
        return None, 0
    best: dict[str, float] = {}
    negations = _NEGATIONS | {phrase[0] for phrase in lex.negations if len(phrase) == 1}  # "wasnt", "arent", "hasnt" too
    said_no = negations.intersection(line.split())
    for phrase, cid, strength in phrase_index(spec, lex):
        if strength < 3:
            continue
        name = " ".join(phrase)
        if len(name) < 4 or negations.intersection(phrase) != said_no:
            continue  # "good insurance" is no near miss of "no insurance": a "no" said one way only is the whole meaning
        if any(_opposite(t, w) or _opposite(w, t) for t in line.split() for w in phrase):
            continue  # "they disagree" is no typo of "they agree", "they dont agree" none of "they dont disagree"
        score = fuzz.ratio(line, name)
        if score > best.get(cid, 0) and all(max(fuzz.ratio(t, w) for w in phrase) >= 60 for t in line.split() if len(t) >= 4 and not t.endswith("ly")):
            best[cid] = score  # a typo of each word ("insurence"), never another word ("good" for "lost")
    if not best:
        return None, 0
    ranked = sorted(best.items(), key=lambda kv: -kv[1])
    if len(ranked) > 1 and ranked[1][1] >= ranked[0][1] - 5:
        return None, 0  # two names equally close: never pick between them
    return ranked[0]


def _opposite(word: str, other: str) -> bool:
    """`word` is `other` with a prefix that turns it round ("disagree" / "agree", "unsure" / "sure")."""
    from rapidfuzz import fuzz

    return len(other) >= 4 and any(word.startswith(p) and not other.startswith(p) and fuzz.ratio(word[len(p):], other) >= 80
                                   for p in _NOT_PREFIXES)
