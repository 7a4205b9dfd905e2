"""The good and bad points of the options, said as any pair of opposites: "I understand the
advantages and drawbacks", "merits and demerits", "positives and negatives", "the benefits vs the
harms". The lexicon knows "pros and cons" and a few pairs; a pair made of any word for the good
side and any word for the bad side (either first, "the" allowed before the second) is read as
"pros and cons". A word alone ("the drawbacks") is not a pair and is left as it is. Words and
questions are data (dialogues/pros_cons.yaml).

This is a second reading, tried only when the line as written was not understood (read.py). A
pair after a negation ("I don't get the merits and demerits") is left as it is: asked.
"""

from __future__ import annotations

from functools import cache

from .datafile import read_words_file
from .text import clean, tokens

FILE = "pros_cons.yaml"


@cache
def _data():
    d = read_words_file(FILE) or {}
    phrases = lambda words: tuple(sorted({tuple(str(w).split()) for w in words}, key=len, reverse=True))  # noqa: E731
    return (frozenset(d.get("questions", ())), str(d.get("say", "pros and cons")), phrases(d.get("good", ())), phrases(d.get("bad", ())),
            frozenset(str(w) for w in d.get("joins", ())), frozenset(str(w) for w in d.get("negations", ())))


def _at(toks, i, phrases) -> int:
    return next((len(p) for p in phrases if tuple(toks[i : i + len(p)]) == p), 0)


def pros_cons(line: str, spec) -> str | None:
    """The line with a pair of good and bad words put as "pros and cons", or None."""
    questions, say, good, bad, joins, negations = _data()
    if spec.name not in questions:
        return None
    toks = tokens(clean(line))
    for i in range(len(toks)):
        for first, second in ((good, bad), (bad, good)):
            n = _at(toks, i, first)
            if not n or i + n >= len(toks) or toks[i + n] not in joins:
                continue
            j = i + n + 1
            j += 1 if j < len(toks) and toks[j] in ("the", "their", "its", "all") else 0
            m = _at(toks, j, second) if j < len(toks) else 0
            if m and negations.isdisjoint(toks[:i]):
                return " ".join(toks[:i] + say.split() + toks[j + m :])
    return None
