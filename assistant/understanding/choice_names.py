"""How chosen answers are named back to the user: choice labels (in a caregiver's form), choice numbers
("1, 3 and 4"), a quoted answer cut to length, and the Yes/No check's question. Moved out of dialogue.py."""

from __future__ import annotations

import re

from ..flow import StateSpec
from .reading import Reading
from .text import clean


def names(spec: StateSpec, value, forms: dict | None = None) -> str:
    """The choices' labels, in the caregiver's form when `forms` speak for a caregiver ("I will ask her doctor")."""
    labels = {c.id: c.form(forms) for c in spec.choices}
    if isinstance(value, list):
        return ", ".join(labels.get(v, str(v)) for v in value)
    return labels.get(value, str(value))


def numbers(spec: StateSpec, ids: list) -> str:
    order = [c.id for c in spec.choices]
    numbers = [str(n) for n in sorted(order.index(i) + 1 for i in ids if i in order)]
    if len(numbers) <= 1:
        return "".join(numbers)
    return ", ".join(numbers[:-1]) + " and " + numbers[-1]


def quote(text: str) -> str:
    text = clean(text)
    return text if len(text) <= 120 else text[:117] + "..."


_WORD = re.compile(r"[\w']+")
# A stretch of the line with more words than this beyond the part's own is not the part: the part's words are
# spread over the line, and the reader's own wording is quoted as it is.
_GAP = 3


def as_said(part: str, line: str) -> str:
    """The unclear `part` as the person typed it: the reader cuts the words that named a choice and joins what is
    left ("i sort of know the good bad"); quoted back, the words between come back ("i sort of know the good and
    bad"), when the part's words lie in order in `line` with at most _GAP words between them in all."""
    said = [w.lower().replace("'", "") for w in _WORD.findall(part)]
    typed = [(m.start(), m.end(), m.group().lower().replace("'", "")) for m in _WORD.finditer(line)]
    if not said:
        return part
    at = line.lower().find(part.lower())
    if at >= 0 and len(line.lower()) == len(line):  # found whole: in the case it was typed ("WPW", "Dr. Haines")
        return line[at : at + len(part)]
    best = None
    for first, (_, _, word) in enumerate(typed):
        if word != said[0]:
            continue
        at, last = 1, first
        for j in range(first + 1, len(typed)):
            if at == len(said):
                break
            if typed[j][2] == said[at]:
                at, last = at + 1, j
        if at == len(said) and (last - first + 1) - len(said) <= _GAP and (best is None or last - first < best[1] - best[0]):
            best = (first, last)
    if best is None:
        return _pieces_said(part, line)
    return line[typed[best[0]][0]:typed[best[1]][1]]


def _pieces_said(part: str, line: str) -> str:
    """A part joined from pieces the reader found apart ("something like 3 different pills, like 3"): each piece as
    typed, and a piece already inside another left out, so the quote never says what was not typed (lead, 2026-12-07)."""
    pieces = [p.strip() for p in part.split(",") if p.strip()]
    if len(pieces) < 2:
        return part
    said = [as_said(p, line) for p in pieces]
    if any(s.lower() not in line.lower() for s in said):
        return part
    kept = [s for k, s in enumerate(said) if not any(k != j and s.lower() in o.lower() and (len(o) > len(s) or j < k) for j, o in enumerate(said))]
    return ", ".join(dict.fromkeys(kept))


def confirm_text(spec: StateSpec, reading: Reading, forms: dict | None = None) -> str:
    value = reading.value
    if isinstance(value, list) and len(value) > 1:  # each label quoted: labels hold commas ("Visit notes, with the plan")
        said = [f"\"{names(spec, v, forms)}\"" for v in value]
        lead = "this order: " if spec.ask == "order" else ""
        return f"Did you mean {lead}{', '.join(said[:-1])} and {said[-1]}?"
    return f"Did you mean *{names(spec, value, forms)}*?"
