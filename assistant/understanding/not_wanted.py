"""Not wanting a thing says it is on the table (helper 11b12, a leftover on main): at the signs question
"I dont want them to take it out" was asked about as "none" ("i dont" read as a No) and "i dont want the
surgery" stored "none" at once. At questions that ask what is so, a line with "dont want ..." is read again
without those words; what that reading names is offered back for a Yes (LIKELY), never stored at once, and a
"none" from such a line is asked about. Words are data: dialogues/not_wanted.yaml."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .datafile import read_words_file
from .reading import LIKELY, SURE, UNCLEAR, Reading
from .text import clean


def _forms(words) -> str:
    return "|".join(r"\s+".join(re.escape(w) for w in str(p).lower().split()) for p in sorted(words, key=len, reverse=True))


@cache
def _data():
    data = read_words_file("not_wanted.yaml")
    pattern = re.compile(rf"(?<![\w])(?:i\s+|we\s+|he\s+|she\s+|they\s+)?(?:{_forms(data['wanting'])})(?:\s+(?:{_forms(data['doers'])}))?(?:\s+to)?(?![\w])")
    return pattern, frozenset(str(s) for s in data["states"])


def not_wanted(reading: Reading, line: str, spec, read_part) -> Reading:
    pattern, states = _data()
    if spec.name not in states:
        return reading
    plain = line.lower().replace("'", "").replace("\u2019", "")
    found = pattern.search(plain)
    if found is None:
        return reading
    rest = (plain[: found.start()] + " " + plain[found.end():]).strip(" ,.;")
    none = spec.none_choice
    picked = reading.value if isinstance(reading.value, list) else [reading.value]
    if rest:
        again = read_part(rest)
        named = again.value if isinstance(again.value, list) else [again.value]
        if again.certainty == SURE and again.value not in (None, []) and none not in named:
            return replace(again, certainty=LIKELY, note=clean(line))
        if again.certainty == SURE and named == [none]:
            return reading  # "none, i dont want any of this": the "none" is said apart from the not wanting
    if reading.certainty == SURE and none in picked or (none and reading.certainty == UNCLEAR and "none" in reading.message):
        return Reading(UNCLEAR, unclear=clean(line))
    return reading


__all__ = ["not_wanted"]
