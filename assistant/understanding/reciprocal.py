""""One doctor says papillary, the other says follicular": "other" here is a person, the second of
two, not a choice named "other" ("Something else"). At a question with a choice called just
"other", the word is left out of the choice words when a verb of saying or thinking follows it
("other say", "the other one thinks"), so the line is read as the story it is."""

from __future__ import annotations

import re

_SAYING = (r"say|says|said|saying|think|thinks|thought|want|wants|wanted|recommend|recommends|recommended|suggest|suggests|suggested"
           r"|reckon|reckons|believe|believes|feel|feels|felt|told|tell|tells|call|calls|called|agree|agrees|agreed|disagree|disagrees")
_OTHER = re.compile(rf"\b(other)((?:\s+(?:one|doctor|doc|dr))?\s+(?:{_SAYING})\b)", re.IGNORECASE)


def as_a_person(line: str, spec) -> str | None:
    """The line with "other" said of a person put as "latter", or None."""
    if not any("other" in c.synonyms for c in spec.choices):
        return None
    out = _OTHER.sub(lambda m: "latter" + m.group(2), line)
    return out if out != line else None


def typed_note(reading, typed: str):
    """The note in the person's own word again ("the other says B", not "the latter says B")."""
    if not reading.note or "latter" in typed.lower() or "latter" not in reading.note.lower():
        return reading
    from dataclasses import replace

    return replace(reading, note=re.sub(r"\b(L|l)atter\b", lambda m: "Other" if m.group(1) == "L" else "other", reading.note))
