"""A choice's number said after "I guess", "I think", "I'd say" ("I think 2", "so I guess 3", "he says just do the
surgery. so I guess 3"): the same answer as "2 I think" and "I think number 2", both read as the pick. Before,
the hedge first left the number unread and the line was asked again (helper 11b13, round 27). Only a bare number
closing its part (never "maybe 3", "probably 2", "I think 2 or 3", "I think 2?"), never at the red-flag and
urgent questions: the hedge is put after the number, where the readers already take it as a choice made softly."""

from __future__ import annotations

import re

_LEADS = r"(?:i\s+guess|i\s+think|i\s+suppose|i\s+reckon|i\s*['’]?d\s+say|i\s+would\s+say|i\s+believe)"
_HEDGED = re.compile(rf"(?:(?<=^)|(?<=[.,;!:]\s)|(?<=[.,;!:])|(?<=\bso\s)|(?<=\bthen\s))(?P<lead>{_LEADS})\s*,?\s+(?:(?:it\s*['’]?s|it\s+is)\s+)?"
                     rf"(?:number\s+|option\s+|#\s*)?(?P<n>\d{{1,2}})(?=\s*(?:[.!,;]|$))", re.IGNORECASE)


def number_first(line: str, spec) -> str | None:
    """The line with "I guess 3" said as "3 I guess", or None (unchanged)."""
    if spec.ask not in ("choice", "multi") or spec.name.startswith(("red_flags", "urgent")) or getattr(spec, "urgent", False):
        return None
    if "?" in line or re.search(r"\b(?:or|maybe|perhaps|probably|not)\b", line, re.IGNORECASE) and not re.search(r"\bso\s+" + _LEADS, line, re.IGNORECASE):
        return None
    count = len(spec.choices)
    out = _HEDGED.sub(lambda m: f"{m.group('n')} {m.group('lead')}" if 1 <= int(m.group("n")) <= count else m.group(0), line)
    return out if out != line else None


__all__ = ["number_first"]
