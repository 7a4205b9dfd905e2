"""A line mostly in another language is read in English first.

"mami no tiene seguro" has one English word, "no", which alone reads as "Not yet" at the
insurance question; "el primero y otro, so dos" ends with "so two". When at least half of a
line's words are rewritten (rewrite.py: Spanish, texting, broken English), the rewritten line is
the one meant: it is read first, and the line as written only when that is not understood.
"""

from __future__ import annotations

from .lexicon import Lexicon
from .rewrite import plain, rewritten
from .text import clean, tokens

_MARKS = {",", ".", "?", "!", ";", ":", "-", "/", "'", '"'}


def mostly_foreign(line: str, lex: Lexicon) -> str | None:
    """The line in English when half or more of its words are rewritten; else None."""
    again = rewritten(line, lex)
    if again is None:
        return None
    words = [t for t in tokens(plain(clean(line))) if t not in _MARKS]
    changed = _changed(words, lex)
    return again if len(words) >= 2 and changed * 2 >= len(words) else None


def _changed(words: list[str], lex: Lexicon) -> int:
    """How many words a rewrite covers, longest phrases first."""
    longest = max((len(p) for p in lex.rewrites), default=1)
    count, i = 0, 0
    while i < len(words):
        for size in range(min(longest, len(words) - i), 0, -1):
            if tuple(words[i : i + size]) in lex.rewrites:
                count, i = count + size, i + size
                break
        else:
            i += 1
    return count


def doubt_in_english(reading, line: str, read_again, lex: Lexicon):
    """ "she said 'probablemente' but wanted a biopsy first": a foreign word inside a line read
    as sure; read in English the line fits two answers (or is offered), and that doubt is kept.
    Only ever a less sure reading than the first."""
    again = rewritten(line, lex)
    if again is None:
        return None
    # Only a word set aside unread ("she said 'probablemente'" kept as a note), never a texting
    # form the first reading already took in ("kinda? maybe after ...").
    noted = set(tokens(plain(clean(reading.note or ""))))
    if not any((w,) in lex.rewrites and w in noted for w in tokens(plain(clean(line)))):
        if not isinstance(reading.value, list):
            return None
        # "lahat except biopsy": at a pick-any question, read in English the line picks otherwise
        # ("all except the biopsy"); the English picks are offered back, never the first stored.
        second = read_again(again)
        if second.certainty == "sure" and isinstance(second.value, list) and set(second.value) != set(reading.value):
            return type(second)("likely", second.value)
        return None
    second = read_again(again)
    if second.certainty == "likely" and second.value is not None:
        return second
    if second.certainty == "unclear" and second.options and reading.value in second.options:
        return second
    return None
