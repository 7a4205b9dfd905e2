"""Short answers with a slip of the keys: "nno", "yess", "nnoe", "tw o", "noen", "al".

spelling.py puts right words of five letters or more; a short answer ("no", "none", "two") is
left to this second reading, tried only when the line as written was not understood (read.py).
A word of one to three tokens is put right only when exactly one known word fits: a letter
typed twice ("nno", "yess"), a space inside a word ("tw o"), or two letters swapped in a word
of four letters or more ("nnoe", "noen"). The known words are the shared yes/no/none/all and
number words and the question's own one-word names.
"""

from __future__ import annotations

from functools import lru_cache

from .lexicon import Lexicon
from .text import tokens


@lru_cache(maxsize=64)
def _known(spec, lex: Lexicon) -> frozenset[str]:
    from .matching import phrase_index

    words = {p[0] for p in lex.yes + lex.no if len(p) == 1} | {"none", "all", "nothing", "both"} | set(lex.numbers) | set(lex.ordinals)
    words |= {phrase[0] for phrase, _, strength in phrase_index(spec, lex) if len(phrase) == 1 and strength == 3}
    return frozenset(w for w in words if w.isalpha())


def _squeeze(word: str) -> str:
    """A letter typed twice or more, once: "nno" -> "no", "yesss" -> "yes"."""
    out = []
    for ch in word:
        if not out or out[-1] != ch:
            out.append(ch)
    return "".join(out)


def _swapped(word: str) -> set[str]:
    return {word[:i] + word[i + 1] + word[i] + word[i + 2 :] for i in range(len(word) - 1)}


def squeezed(line: str, spec, lex: Lexicon) -> str | None:
    """The line with its slip put right, or None."""
    toks = [t for t in tokens(line) if t not in (".", "!", ",")]
    if not 1 <= len(toks) <= 3 or not all(t.isalpha() for t in toks):
        return None
    known = _known(spec, lex)
    if all(t in known or t in lex.fillers for t in toks):
        return None  # nothing to put right
    if 2 <= len(toks) <= 3 and len("".join(toks)) <= 6 and "".join(toks) in known:
        return "".join(toks)  # "tw o"
    out, changed = [], False
    for tok in toks:
        if tok in known or tok in lex.fillers:
            out.append(tok)
            continue
        fits = {_squeeze(tok)} & known if _squeeze(tok) != tok else set()
        if not fits and len(tok) >= 4:
            fits = _swapped(tok) & known
        if len(fits) != 1:
            return None
        out.append(fits.pop())
        changed = True
    return " ".join(out) if changed else None
