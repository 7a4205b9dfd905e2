"""A degree said right after a number picked: "4, and 2 little bit" (user trial 7, finding 15) was
stored as a firm yes to 2. The degree says the pick holds only in part, so that pick is asked about
and the others are kept. Only where the degree ends its clause ("2 a bit", not "2 a bit later"), at
pick-any questions. Words are data: dialogues/contrast_after.yaml degree_after, and listener.yaml
part_degrees_after."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .datafile import read_words_file
from .reading import SURE, UNCLEAR, Reading


@cache
def _pattern():
    words = list(read_words_file("contrast_after.yaml")["degree_after"]) + list(read_words_file("listener.yaml")["part_degrees_after"])
    forms = "|".join(r"\s+".join(re.escape(p) for p in str(w).lower().split()) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?P<number>\d{{1,2}})\s*,?\s*(?P<degree>{forms})\s*(?=$|[.,;!?)]|\s+(?:and|but|&|n)\b)", re.IGNORECASE)


def degree_pick(reading: Reading, line: str, spec) -> Reading:
    if reading.certainty != SURE or reading.asked or not spec.multi or not isinstance(reading.value, list) \
            or spec.name.startswith(("red_flags", "urgent")):
        return reading
    doubted = []
    for found in _pattern().finditer(line):
        number = int(found.group("number"))
        if 1 <= number <= len(spec.choices):
            choice = spec.choices[number - 1].id
            if choice in reading.value and choice != spec.none_choice:
                doubted.append((choice, f"{found.group('number')} {found.group('degree')}"))
    if not doubted:
        return reading
    kept = [v for v in reading.value if v not in {choice for choice, _ in doubted}]
    return replace(reading, certainty=UNCLEAR, value=kept, unclear=", ".join(words for _, words in doubted))


__all__ = ["degree_pick"]
