"""None, said as a denial over the whole list (helper u17): "I don't think any of these", "not any",
"can't say any do", "doesn't apply to us", "neither", "not applicable".

At a pick-any question with a none choice, the line is "none" when it is ONLY such a denial: a denial
("dont", "not", "cant"), maybe a verb of thinking or saying ("think", "say"), then "any" ranging over the
list, then only words that point back at the list or say it holds ("of these", "apply", "fit", "to us").
Or the whole line is a word or two of its own ("neither", "not applicable"). Anything else in the line
(a choice's words, "any better", "any time soon", a reason) leaves it to the rest of the reader: this
never adds a pick, and never reads a line that names something. Before it, "I don't think any of these"
was offered back as "I do not feel heard" and "don't think any of them fit" stored as "tests and feeling
do not match". Words are data: dialogues/none_in_words.yaml.
"""

from __future__ import annotations

from functools import cache

from .phrase_files import phrases
from .text import clean, tokens


@cache
def _words() -> dict:
    """Each key's phrases as the line's words would be, longest first (so "of them" is taken before "of")."""
    raw = phrases("none_in_words.yaml")
    return {key: tuple(sorted({p for p in raw.get(key, ()) if p}, key=len, reverse=True))
            for key in ("denials", "hedges", "any", "applies", "filler", "alone")}


def _take(toks: list[str], i: int, key: str) -> int:
    """The index after a phrase of `key` at i, or i when none is there."""
    for phrase in _words()[key]:
        if tuple(toks[i : i + len(phrase)]) == phrase:
            return i + len(phrase)
    return i


def _only(toks: list[str], i: int, keys: tuple[str, ...]) -> bool:
    """Whether toks[i:] is made only of phrases of `keys`."""
    while i < len(toks):
        j = next((k for k in (_take(toks, i, key) for key in keys) if k > i), i)
        if j == i:
            return False
        i = j
    return True


def says_none(line: str, spec) -> bool:
    """Whether `line`, at the pick-any question `spec`, says only that none of the list holds."""
    if not spec.multi or spec.none_choice is None:
        return False
    toks = tokens(clean(line))
    if not toks or len(toks) > 14:
        return False
    start = 0
    while start < len(toks) and _take(toks, start, "filler") > start and toks[start] in ("no", "nope", "honestly", "tbh", "i", "really"):
        start = _take(toks, start, "filler")
    if _only(toks, start, ("alone", "filler")) and any(_take(toks, k, "alone") > k for k in range(start, len(toks))):
        return True
    i = _take(toks, start, "denials")
    if i == start:
        return False
    while (j := _take(toks, i, "hedges")) > i:
        i = j
    k = _take(toks, i, "any")
    if k == i:
        return False
    return _only(toks, k, ("applies", "filler"))
