"""Picks typed as numbers, then a remark in a sentence of its own: "4. and my GP isn't a specialist
obviously but the gynae is" (user trial 7, finding 20) was refused whole, the clear "4" lost, because
the remark says a thing of one doctor and its opposite of another. The numbers are the answer; the
remark picks nothing by itself (it is why unsafe.py asks), so it is kept as a note, never read as a
pick. Used by the doubt readers that would otherwise ask about the whole line."""

from __future__ import annotations

import re

from dataclasses import replace

from .reading import SURE, Reading
from .text import capital_first

_LEAD = re.compile(r"^\s*(?P<picks>\d{1,2}(?:\s*(?:,|&|and|\+)\s*\d{1,2})*)\s*[.!;:]\s+(?P<rest>\S.*)$", re.IGNORECASE | re.DOTALL)


def numbers_then_remark(text: str, read_part) -> Reading | None:
    """The numbers read as picks, the rest kept as the note; None when the line does not open so."""
    found = _LEAD.match(text)
    if not found:
        return None
    picked = read_part(found.group("picks"))
    if picked.certainty != SURE or not picked.value or picked.asked:
        return None
    rest = re.sub(r"^(?:and|but|also|plus)\b[\s,]*", "", found.group("rest").strip(), flags=re.IGNORECASE)
    return replace(picked, note=capital_first(rest))


__all__ = ["numbers_then_remark"]
