"""The words that put what they stand beside in doubt: one list as data (dialogues/doubt_words.yaml), read by
hedged_part.py, clauses.py and said_count.py, which each kept a copy of it (helper u20b)."""

from __future__ import annotations

from functools import cache

from .phrase_files import PhraseFile

WORDS = PhraseFile("doubt_words.yaml")


@cache
def doubt_words(reader: str = "") -> frozenset[str]:
    """The shared doubt words, with the words only `reader` ("clauses", "count") adds."""
    return WORDS.words("doubt") | (WORDS.words(reader) if reader else frozenset())


__all__ = ["doubt_words"]
