"""A choice named only inside a question the person asks beside the picks is no pick: "bloodwork and
the scope reports, also what's a pathology report? i think they took biopsies" stored the pathology
reports as had (round 21 u21a-0259, found while fixing user trial 7). The picks said outside the
question are kept, and the question and what follows it are asked about. Pick-any questions only."""

from __future__ import annotations

import re

from .reading import SURE, UNCLEAR, Reading

_QUESTION = re.compile(
    r"(?:^|(?<=[,.;:!?])|\b(?:also|and|but|plus)\b)\s*(?P<q>(?:what'?s|what\s+is|what\s+are|what\s+does|whats|what\s+do|how\s+do|how\s+does|"
    r"do\s+i|do\s+we|does\s+it|is\s+it|is\s+that|are\s+they|should\s+i|can\s+i|why)\b[^?]*\?)", re.IGNORECASE)


def asked_not_picked(reading: Reading, line: str, spec, lex, read_part) -> Reading:
    if reading.certainty != SURE or reading.asked or not spec.multi or not isinstance(reading.value, list) \
            or spec.name.startswith(("red_flags", "urgent")) or "?" not in line:
        return reading
    found = _QUESTION.search(line)
    if found is None or found.start("q") == 0:
        return reading
    outside = line[: found.start("q")].strip(" ,.;:-")
    outside = re.sub(r"\b(?:also|and|but|plus)\s*$", "", outside, flags=re.IGNORECASE).strip(" ,.;:-")
    if not outside:
        return reading
    said = read_part(outside)
    if said.certainty != SURE or not isinstance(said.value, list) or not said.value:
        return reading
    from .matching import find_hits
    from .text import tokens

    named_in_question = {hit.choice for hit in find_hits(tokens(found.group("q")), spec, lex) if hit.strength >= 3}
    only_asked = [v for v in reading.value if v not in said.value and v in named_in_question]
    if not only_asked:
        return reading
    kept = [v for v in reading.value if v not in only_asked]
    return Reading(UNCLEAR, kept, unclear=line[found.start("q"):].strip())


__all__ = ["asked_not_picked"]
