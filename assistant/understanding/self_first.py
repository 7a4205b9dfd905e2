""""Well, it's me. I'm 67 ..." and "yo its me, im 15. my derm wants me on accutane but my mom isnt
sure" at "Who is this decision for?": the first clause answers, and it says the person typing is the
patient. The people named later in the story (a mother who is not sure, a wife) do not make the
person a caregiver (user trial 6: both were asked "I am the patient" or "I am helping someone
else"?). Only when the line was read as those two, and its first clause, after a greeting, is one
of `self_first` in dialogues/plain_words.yaml. The rest of the line is kept as the note."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .reading import SURE, Reading
from .text import capital_first

_OPEN = re.compile(r"^\s*(?:(?:hi|hello|hey|yo|well|so|ok|okay|um+|uh+|oh)\b[\s,.!]*)*", re.IGNORECASE)
_CLAUSE = re.compile(r"^(?P<first>[^.,;!?]+)(?P<mark>[.,;!?]+)\s*(?P<rest>.*)$", re.DOTALL)
# The rest takes the claim back or names someone else's decision: "Me?? Well no, it's for Greg, my husband".
_BACK = re.compile(r"^(?:(?:well|um+|uh+|oh|so)\b[\s,]*)*(?:no|nope|not|nah|but|and|plus|also|both|as\s+well|with)\b|\bit'?s\s+for\s+(?!me\b)", re.IGNORECASE)  # "me, but my husband too"


@cache
def _claims() -> frozenset[str]:
    from .plainer import _raw

    return frozenset(" ".join(str(p).lower().replace("'", "").split()) for p in (_raw().get("self_first") or []))


def self_first(reading: Reading, line: str, spec) -> Reading:
    if spec.name != "welcome" or reading.value or set(reading.options) != {"patient", "caregiver"}:
        return reading
    text = _OPEN.sub("", line, count=1)
    found = _CLAUSE.match(text)
    if not found:
        return reading
    first = " ".join(found.group("first").lower().replace("'", "").replace("\u2019", "").split())
    rest = found.group("rest").strip()
    if first not in _claims() or "?" in found.group("mark") or _BACK.search(rest):
        return reading
    note = capital_first(rest)
    return replace(reading, certainty=SURE, value="patient", options=(), unclear="", message="", note=note.rstrip(" ."))


__all__ = ["self_first"]
