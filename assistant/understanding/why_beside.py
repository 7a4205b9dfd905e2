"""An answer with "why do you ask?" after it: "the biopsy slides and the ultrasound. why do you ask
this?" (user trial 6: the "why" was answered, but the picks were dropped and the question asked
again). The answer is kept and said back, with the reply to "why"."""

from __future__ import annotations

import re
from dataclasses import replace

from .reading import SURE, Reading

_WHY = re.compile(r"(?:^|[.!;,]\s*|\s+(?:and|but|so)\s+)(?P<why>(?:but\s+|and\s+|also\s+)?(?:why|what\s+for|how\s+come)\b[^.!;]*\?*)\s*$",
                  re.IGNORECASE)
_ABOUT_ASKING = re.compile(r"\b(?:ask|asking|asked|need|want|wanna|matter|matters|important|this|that|question)\b", re.IGNORECASE)


def why_beside(reading: Reading, line: str, spec, read_part) -> Reading:
    if read_part is None or spec.ask not in ("choice", "multi") or spec.name.startswith(("red_flags", "urgent")) or not reading.asked:
        return reading
    found = _WHY.search(line)
    if not found or found.start() == 0 or not _ABOUT_ASKING.search(found.group("why")):
        return reading
    answer = line[: found.start()].strip(" ,.;")
    first = read_part(answer)
    if first.certainty != SURE or first.value in (None, [], "") or first.asked:
        return reading
    why = read_part(found.group("why").strip())
    reply = why.reply if why.reply not in ("help", "why", "") else ""
    if not reply:
        return reading
    return replace(first, reply=reply)


__all__ = ["why_beside"]
