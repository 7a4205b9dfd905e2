"""Both doctors said to say one thing: "both said scope it, so we're good", "they both say operation, same
same", "Two doctor same say. Do operation." (round 28, fit_two_opinions). What they say is any treatment,
one nobody listed ("both say remove part of kidney", "they both said bypass"): the words that carry the
answer are "both" and the verb of saying, not the treatment. Read as the question's own words for it
("they agree"), a second reading only (read.py: the line as written was not understood or only offered),
and never when the line also says they differ, names one apart ("but one wants ..."), hedges, asks, or
wants a third. Words are data (dialogues/both_said.yaml). Helper 11b14."""

from __future__ import annotations

import re
from functools import cache

from .datafile import read_words_file
from .text import clean, tokens


def _alt(words) -> str:
    return "|".join(r"\s+".join(re.escape(w) for w in str(p).lower().split()) for p in sorted(words, key=len, reverse=True))


@cache
def _data():
    raw = read_words_file("both_said.yaml") or {}
    said = re.compile(rf"(?<![\w'])(?:{_alt(raw.get('subjects') or ())})\s+(?:{_alt(raw.get('verbs') or ())})(?![\w'])")
    vetoes = [tuple(tokens(str(v).lower())) for v in raw.get("vetoes") or ()]
    return {str(k): str(v) for k, v in (raw.get("states") or {}).items()}, said, [v for v in vetoes if v]


def both_said(line: str, spec) -> str | None:
    """The question's "they agree" words, when the line says both doctors said one thing; else None."""
    states, said, vetoes = _data()
    into = states.get(spec.name)
    if into is None:
        return None
    toks = tokens(clean(line))
    text = " ".join(toks)
    if not said.search(text):
        return None
    for veto in vetoes:
        n = len(veto)
        if any(tuple(toks[i : i + n]) == veto for i in range(len(toks) - n + 1)):
            return None
    return into


__all__ = ["both_said"]
