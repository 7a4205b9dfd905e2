"""What two doctors agree on, said as what "it" is: "just the treatment, the both of them agree it's
the cancer", "the plan; they both say it's a hernia". A part of the line that says they agree, then
names what "it" is, agrees on the diagnosis: that choice is the one said not to differ (clauses.py),
so the line is not "none" beside a pick. Words are data (dialogues/agreed_what.yaml, per question)."""

from __future__ import annotations

from functools import cache

from .datafile import read_words_file
from .text import tokens


@cache
def _words() -> dict[str, dict[str, tuple[tuple[str, ...], ...]]]:
    raw = read_words_file("agreed_what.yaml") or {}
    return {str(q): {str(c): tuple(tuple(tokens(str(w).lower())) for w in ws) for c, ws in (choices or {}).items()}
            for q, choices in raw.items()}


def agreed_on(rest: str, spec) -> set[str]:
    """The choices a "same"/"agree" part names by what "it" is ("both of them, it's the cancer": the
    diagnosis), when more words follow; an empty set otherwise."""
    toks = [t for t in tokens(rest) if t not in (",", ".", ":", ";", "!")]
    ids = {c.id for c in spec.choices}
    found = set()
    for cid, phrases in _words().get(spec.name, {}).items():
        if cid not in ids:
            continue
        for i in range(len(toks)):
            if any(tuple(toks[i : i + len(p)]) == p and len(toks) > i + len(p) for p in phrases):
                found.add(cid)
                break
    return found
