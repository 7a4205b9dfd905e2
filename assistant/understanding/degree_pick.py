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
def _words() -> tuple:
    return tuple(read_words_file("contrast_after.yaml")["degree_after"]) + tuple(read_words_file("listener.yaml")["part_degrees_after"])


@cache
def _pattern():
    words = _words()
    forms = "|".join(r"\s+".join(re.escape(p) for p in str(w).lower().split()) for w in sorted(set(words), key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?P<number>\d{{1,2}})\s*,?\s*(?P<degree>{forms})\s*(?=$|[.,;!?)]|\s+(?:and|but|&|n)\b)", re.IGNORECASE)


def _worded(reading: Reading, line: str, spec, lex, seen: set) -> list[tuple[str, str]]:
    """Picks named in words with a degree right after them ("support kinda"), at the clause's end."""
    from .matching import find_hits
    from .text import tokens

    toks = tokens(line)
    degrees = sorted({tuple(str(w).lower().replace("'", "").split()) for w in _words()}, key=len, reverse=True)
    out = []
    for hit in find_hits(toks, spec, lex):
        if hit.strength < 3 or hit.negated or hit.choice in seen or hit.choice not in reading.value or hit.choice == spec.none_choice:
            continue
        begin = hit.start
        while begin > 0 and toks[begin - 1] not in _CLAUSE_ENDS:
            begin -= 1
        if any(t not in _BARE_LEAD for t in toks[begin:hit.start]):
            continue  # "i think i know the pros and cons kinda": the degree goes with the saying, read as before
        at = hit.end + (toks[hit.end : hit.end + 1] == [","])
        for degree in degrees:
            end = at + len(degree)
            if tuple(toks[at:end]) == degree and (end == len(toks) or toks[end] in _CLAUSE_ENDS):
                out.append((hit.choice, " ".join(toks[hit.start:end])))
                seen.add(hit.choice)
                break
    return out


_BARE_LEAD = frozenset({"the", "my", "a", "an", "also", "plus", "yeah", "yes", "and", "some", "more"})
_CLAUSE_ENDS = frozenset({".", ",", ";", "!", "?", "and", "but", "&", "n"})


def degree_pick(reading: Reading, line: str, spec, lex=None) -> Reading:
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
    doubted += _worded(reading, line, spec, lex, {choice for choice, _ in doubted}) if lex is not None else []
    if not doubted:
        return reading
    kept = [v for v in reading.value if v not in {choice for choice, _ in doubted}]
    return replace(reading, certainty=UNCLEAR, value=kept, unclear=", ".join(words for _, words in doubted))


__all__ = ["degree_pick"]
