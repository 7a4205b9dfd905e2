"""A verb of choosing said with a negation before a choice's number: "don't tick 2, only 3", "I would
not select 1", "never picked 4". The number is left out, said plainly as "not 2" (exclusions.py then
reads "not 2, only 3" as 3), never taken as a pick of 2.

The same verbs said plainly only point at the number ("kindly tick 2, 3 and 4"): they are in
lexicon.yaml `pointers`. Words are data: dialogues/choosing.yaml."""

from __future__ import annotations

import re
from functools import cache

from .datafile import read_words_file


def _alternation(words) -> str:
    forms = sorted({str(w).lower().replace("'", "") for w in words}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in forms)


@cache
def _pattern() -> re.Pattern:
    data = read_words_file("choosing.yaml")
    return re.compile(
        rf"(?<![\w'])(?:i\s+|we\s+)?(?:{_alternation(data['negations'])})\s+(?:to\s+)?(?:{_alternation(data['verbs'])})"
        r"\s+(?:(?:number|option|no\.?|#)\s*)?(?=\d{1,2}(?!\d))",
        re.IGNORECASE)


def negated_choosing(line: str) -> str | None:
    """The line with "don't tick 2" said as "not 2"; None when it has no such phrase."""
    plain = line.replace("\u2019", "'")
    plain = re.sub(r"(?i)\b(don|didn|wouldn|won|can|shouldn)'t\b", r"\1t", plain)
    plain = re.sub(r"(?i)\bi'd\b", "id", plain)
    if not _pattern().search(plain):
        return None
    return _pattern().sub("not ", plain)
