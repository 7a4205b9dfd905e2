"""Dialect words put plainly before a line is read (helper 11a14, round 28): Jamaican "nuh" is "not" ("him seh him nuh
sure" is not "Very sure"; "dem nuh listen good" is not being heard), "cyaan" is "cant". Only words that mean nothing
else in English are listed, so no plain line changes; texting "r" is "are" only right after a subject ("me r helping").
Words are data (dialogues/dialect_words.yaml)."""

from __future__ import annotations

import re
from functools import cache

from ..regex_store import kept

FILE = "dialect_words.yaml"


@cache
@kept  # its regexes kept compiled between runs (regex_store.py)
def _table() -> tuple[re.Pattern, dict] | None:
    from .datafile import read_words_file
    from .lexicon import LexiconError

    raw = read_words_file(FILE)
    plain = raw.get("plain") if isinstance(raw, dict) else None
    if not isinstance(plain, dict) or not all(isinstance(v, str) for v in plain.values()):
        raise LexiconError(f"dialogues/{FILE}: needs a table plain: {{word: plain word}}")
    words = {str(k).lower(): v for k, v in plain.items()}
    if not words:
        return None
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\b(?!['-])",
                         re.IGNORECASE)
    return pattern, words


def plainly(line: str) -> str | None:
    """The line with its dialect words put plainly, or None when it has none."""
    found = _table()
    if found is None:
        return None
    pattern, words = found
    out = pattern.sub(lambda m: words[m.group(1).lower()], line)
    out = _are_after().sub(lambda m: m.group(1) + " are", out)  # "me r helping": texting "r" after a subject
    return out if out != line else None


@cache
def _are_after() -> re.Pattern:
    from .datafile import read_words_file

    subjects = [str(w).lower() for w in read_words_file(FILE).get("are_after") or ()]
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(subjects, key=len, reverse=True)) + r")\s+r\b(?![-'/])", re.IGNORECASE)
