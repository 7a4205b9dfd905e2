"""At the records question, a record said to be still to come is not a record that exists (lead, twenty-fifth
session). "the scans, the labs, we wait for the biopsy next week" was stored with "Biopsy or pathology reports",
so the plan said to bring a report that does not exist. The record kinds a line says do not exist yet are the
plan's (assistant/records_not_yet.py, words and shapes in dialogues/records_not_yet.yaml); a kind picked only
where it is said to be still to come is taken out of the picks. When nothing else was picked, the line is
asked about; when the kind is named a second time outside the words of waiting ("the old biopsy, and a new
biopsy next week"), the reading is left as it is.
"""

from __future__ import annotations

from dataclasses import replace

from .reading import UNCLEAR, Reading

STATES = ("records",)


def records_to_come(reading: Reading, line: str, spec) -> Reading:
    if spec.name not in STATES or not isinstance(reading.value, list) or not reading.value:
        return reading
    from .. import records_not_yet

    to_come = [k for k in records_not_yet.heard(line) if k in reading.value and records_not_yet.mentions(line, k) < 2]
    if not to_come:
        return reading
    kept = [v for v in reading.value if v not in to_come]
    if kept:
        return replace(reading, value=kept)
    names = records_not_yet.names()
    said = " and ".join(names.get(k, k) for k in to_come)
    return Reading(UNCLEAR, None, unclear=line.strip(),
                   message=f"You said {said} is still to come, so I left it out. Which of these records exist now?")
