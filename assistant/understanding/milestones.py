"""How far along, not how long from today: "by my 28 week appt", "the 20-week scan", "I'm 30 weeks
pregnant", "before the 12 week mark". A number of weeks (or months) run into a word for a visit or
a stage of a pregnancy names that visit or stage; read as a time from today it would be a deadline
months off (or a few weeks) that nobody said. The number is left out before the line is read, so
"by my 28 week appt which is in like 6 weeks" reads "in like 6 weeks", and "by my 20 week scan"
alone says no time at all (asked about). The line as typed is what is kept as a note."""

from __future__ import annotations

import re

_STAGE = ("appt", "appts", "appointment", "appointments", "scan", "scans", "ultrasound", "ultrasounds", "sonogram", "checkup",
          "check-up", "pregnant", "along", "gestation", "anatomy", "echo", "visit", "mark", "milestone")
_ALONG = re.compile(r"\b(\d{1,2})\s*-?\s*(?:weeks?|wks?|months?)\s+(?=(?:" + "|".join(re.escape(w) for w in _STAGE) + r")\b)",
                    re.IGNORECASE)


def far_along(line: str) -> str | None:
    """The line with "28 week " left out before "appt", "scan", "pregnant"...; None when there is none."""
    out = _ALONG.sub("", line)
    return out if out != line else None
