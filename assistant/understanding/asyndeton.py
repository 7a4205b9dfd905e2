"""Two words said side by side with their "and" left out: "know good bad", "pros cons", "watch
wait", "risks benefits". Telegraphic English (texting, dictation, learners, ASL-shaped English)
drops the "and" the question's own words have ("the good and bad points", "pros and cons").
The pairs are not listed here: they are taken from this question's choice words, wherever a
name for a choice says "A and B". A second reading (read.py): tried only when the line as written
was not understood.
"""

from __future__ import annotations

from functools import lru_cache

from .text import clean, tokens


@lru_cache(maxsize=128)
def _pairs(spec, lex) -> frozenset[tuple[str, str]]:
    names: list[tuple[str, ...]] = []
    for c in spec.choices:
        names.append(tuple(tokens(c.label.lower())))
        names += [tuple(tokens(s)) for s in c.synonyms]
    for phrases in lex.state(spec.name).choices.values():
        names += [tuple(p) for p in phrases]
    out = set()
    for name in names:
        for k in range(1, len(name) - 1):
            if name[k] == "and" and name[k - 1].isalpha() and name[k + 1].isalpha():
                out.add((name[k - 1], name[k + 1]))
    return frozenset(out)


def with_and(line: str, spec, lex) -> str | None:
    """The line with "and" put back between two words this question names together, or None."""
    pairs = _pairs(spec, lex)
    if not pairs:
        return None
    toks = tokens(clean(line))
    out: list[str] = []
    changed = False
    for k, tok in enumerate(toks):
        out.append(tok)
        if k + 1 < len(toks) and (tok, toks[k + 1]) in pairs:
            out.append("and")
            changed = True
    return " ".join(out) if changed else None
