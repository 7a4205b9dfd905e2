"""A time said, then a second number for the same unit ("2 WKS MAYBE 3", "2 weeks or 3", "10 days or maybe 14"):
one range, as "2-3 weeks" and "2 weeks, maybe 3" already are. Before, the second number was read as a choice's
number ("3": In a few months) and the line was asked about between two answers (helper 11b13, round 27). Only at
a question about time (lexicon `time`), only when the second number is larger, ends its part and has no unit of
its own; the line is read as "2 to 3 weeks"."""

from __future__ import annotations

import re

_UNIT = r"(?:days?|d|wks?|weeks?|w|months?|mos?|mths?|mnths?)"
_RANGE = re.compile(rf"\b(?P<a>\d{{1,2}})\s*(?P<unit>{_UNIT})\s*,?\s+(?:or\s+maybe|or\s+perhaps|or|maybe|perhaps|possibly|max|at\s+most|tops)\s+"
                    rf"(?P<b>\d{{1,2}})(?=\s*(?:[.,;!)]|$))", re.IGNORECASE)


def as_range(line: str, spec, lex) -> str | None:
    """The line with "2 weeks or 3" said as "2 to 3 weeks", or None (unchanged)."""
    if spec.ask != "choice" or not lex.state(spec.name).time:
        return None

    def joined(m):
        a, b = int(m.group("a")), int(m.group("b"))
        return f"{a} to {b} {m.group('unit')}" if b > a else m.group(0)

    out = _RANGE.sub(joined, line)
    return out if out != line else None


__all__ = ["as_range"]
