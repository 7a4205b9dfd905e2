"""The answer part of a line that was screened and checked (user trial 7, findings 23 and 24).

"new diagnosis, many options n no clear way, peace of mind. also her sugar was 58 this morning but
juice fixed it" at the list of signs: the second sentence raised "Is this happening now?". Once the
person answers No, the first sentence is still their answer, and is read as one; the sentence that
told the sign is kept as a note for the doctor, never dropped.

`split(line)` cuts the line into clauses (at sentence ends, semicolons, commas and "also") and
screens each clause on its own (the same screen every line goes through). A clause that raises a
flag, and every clause after it in the same sentence ("..., but juice fixed it" belongs to the sign),
is the flagged part; the rest is the answer part. When no clause raises a flag on its own (the
flag came from two clauses together), nothing is split off and the line stays whole.
"""

from __future__ import annotations

import re

from . import safety

_SENTENCE = re.compile(r"(?<=[.!?;])\s+|\s*\n+\s*")
_CLAUSE = re.compile(r"\s*,\s*|\s+(?=(?:and\s+)?also\b)|\s+-+\s+")
_EDGE = " \t,;:-"
_JOINER = re.compile(r"^(?:(?:and|but|also|plus|oh|btw|tbh)\b[\s,]*)+", re.I)  # "also her sugar was 58": the note starts at "her"


def _clauses(sentence: str) -> list[str]:
    return [piece for piece in _CLAUSE.split(sentence) if piece.strip(_EDGE)]


def split(line: str) -> tuple[str, str]:
    """(answer part, flagged part) of `line`; ("", "") for an empty line. When nothing can be split
    off, the answer part is the whole line and the flagged part is empty."""
    kept: list[str] = []
    flagged: list[str] = []
    for sentence in _SENTENCE.split(line.strip()):
        if not sentence.strip(_EDGE):
            continue
        if safety.screen(sentence).level == "none":
            kept.append(sentence)
            continue
        clauses = _clauses(sentence)
        at = next((n for n, clause in enumerate(clauses) if safety.screen(clause).level != "none"), None)
        if at is None:  # flagged only as a whole sentence: set aside whole
            flagged.append(sentence)
            continue
        if at:
            kept.append(", ".join(clauses[:at]))
        flagged.append(" ".join(clauses[at:]) if at else sentence)
    if not flagged:
        return line.strip(), ""
    answer = " ".join(piece.strip() for piece in kept).strip(_EDGE)
    told = _JOINER.sub("", " ".join(piece.strip() for piece in flagged).strip(_EDGE)).strip(_EDGE)
    return answer, told
