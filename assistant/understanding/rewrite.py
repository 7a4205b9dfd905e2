"""A line in another language or in broken English, read again in the English the lexicon knows.

"Para mi mama" is "for my mom", "tercera opinion por favor" is "third opinion please", "doctor no
say a date" is "doctor didnt say a date", "not gonna tell him" is "not going to tell him". The
words are data (`shared.rewrites` in dialogues/lexicon.yaml), matched longest first, whole words
only, accents dropped. A word in `shared.rewrites_alone` is rewritten so only when nothing else
stands in its part of the line: "segunda opinion, si" says yes, "que pasa si esperamos" says if.

This is a second reading, tried only when the line as written was not understood (read.py): a
line the lexicon already reads is never changed by it.
"""

from __future__ import annotations

import unicodedata

from .lexicon import Lexicon
from .text import SEPARATORS, clean, tokens


def plain(text: str) -> str:
    """The text with its accents dropped: "sé" -> "se", "opinión" -> "opinion", "niño" -> "nino"."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def rewritten(line: str, lex: Lexicon) -> str | None:
    """The line in the lexicon's English, or None when nothing in it is rewritten."""
    if not lex.rewrites and not lex.rewrites_alone:
        return None
    toks = tokens(plain(clean(line)))
    longest = _longest(lex.rewrites)
    out: list[str] = []
    changed = False
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok in lex.rewrites_alone and _alone(toks, i):
            out.append(lex.rewrites_alone[tok])
            changed, i = True, i + 1
            continue
        for size in range(min(longest, len(toks) - i), 0, -1):
            into = lex.rewrites.get(tuple(toks[i : i + size]))
            if into is not None:
                out += into
                changed, i = True, i + size
                break
        else:
            out.append(tok)
            i += 1
    return " ".join(out) if changed else None


_LONGEST: dict[int, tuple[dict, int]] = {}  # id of a lexicon's table -> (the table, its longest phrase)


def _longest(rewrites: dict) -> int:
    """The most words a rewrite replaces, worked out once per table (by identity, as
    asking.heads does): counting it on every call was most of the cost of this second reading."""
    found = _LONGEST.get(id(rewrites))
    if found is None or found[0] is not rewrites:
        if len(_LONGEST) > 64:
            _LONGEST.clear()
        found = _LONGEST[id(rewrites)] = (rewrites, max(map(len, rewrites), default=1))
    return found[1]


def _alone(toks: list[str], i: int) -> bool:
    """Nothing but list marks on either side: "segunda opinion, si", "si".
    (A word before it still counts as alone when a mark follows: "para mi" ends the part.)"""
    after = toks[i + 1] if i + 1 < len(toks) else ","
    return after in SEPARATORS or after in ("?", "-")
