"""No deadline said, and a time said beside it (round 40 folded: "no rush they said whenever im ready, maybe after the
holidays" was stored as *Within a few weeks*; "no deadline, probably after christmas" even kept 25 December as the day to
decide by).

At a question with a "no set date" choice, when one part of the line reads surely as that choice and the line as a
whole was read as a time: a time said with a maybe ("maybe after the holidays", "probably after christmas") is when the
person might get to it, kept as the note, and there is no deadline; a time said plainly ("no rush, but the surgery is
booked for jan 5") says otherwise, and the two are offered."""

from __future__ import annotations

import re
from dataclasses import replace

from .reading import SURE, UNCLEAR, Reading
from .text import capital_first

_NO_DATE = "no_deadline"
_MAYBE = re.compile(r"\b(?:maybe|mayb|probably|prob|prolly|perhaps|possibly|might|sometime|someday|whenever|if|could)\b", re.IGNORECASE)
_PARTS = re.compile(r"[,.;!?]+|\s+-+\s+|\s+(?:but|and|so)\s+", re.IGNORECASE)


def no_rush_time(reading: Reading, line: str, spec, read_part) -> Reading:
    if spec.multi or reading.certainty != SURE or not isinstance(reading.value, str) or reading.value == _NO_DATE:
        return reading
    if not any(c.id == _NO_DATE for c in spec.choices):
        return reading
    parts = [p.strip() for p in _PARTS.split(line) if p and p.strip()]
    if len(parts) < 2:
        return reading
    said = [read_part(p) for p in parts]
    no_date = [p for p, r in zip(parts, said) if r.certainty == SURE and r.value == _NO_DATE]
    timed = [p for p, r in zip(parts, said) if r.value == reading.value]
    if not no_date or not timed:
        return reading
    if all(_MAYBE.search(p) for p in timed):
        return Reading(SURE, _NO_DATE, note=capital_first(", ".join(timed)))
    return Reading(UNCLEAR, options=(_NO_DATE, reading.value), unclear=line.strip())
