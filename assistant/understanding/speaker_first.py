"""The speaker said first (issue 11: never a silent misread).

"me but my parents r paying lol" at "Who is this for?": the line opens with the speaker ("me",
"it's for me", "I'm the patient"), and a person named after it (who pays, types, drives) made the
reading "someone I care for". The speaker said first is offered back for a Yes, never the other
stored. Words are data: dialogues/unsafe.yaml (`me_first`).

(Tried and dropped: "MEDICARE PAYS" offered back because the choice says "I checked and it is
covered" and the line says no check. Rounds 2-19 mark "the NHS covers it", "Covered, after 40
minutes on hold" and "covered but i need a referral" as covered: 11 right lines became confirms.)
"""

from __future__ import annotations

from .reading import LIKELY, SURE, Reading


_WHOSE = frozenset("my our his her their him them the a".split())


def speaker_first(reading: Reading, toks: list[str], spec, words: dict) -> Reading | None:
    if reading.certainty != SURE:
        return None
    ids = {c.id for c in spec.choices}
    if {"patient", "caregiver"} <= ids and reading.value == "caregiver":
        head = []
        for t in toks:
            if t in (",", ".", ";", "but", "-", "and"):
                break
            head.append(t)
        rest = toks[len(head) :]
        if any(t == "for" and rest[k + 1 : k + 2] and rest[k + 1] in _WHOSE for k, t in enumerate(rest)):
            return None  # "me and my wife, for our son": who it is for is said after
        after = [t for t in rest if t not in (",", ".", ";", "-", "but", "and")][:4]
        if any(tuple(after[:n]) in words["helper_after_me"] for n in range(1, len(after) + 1)):
            return None  # "ME. HELPING MY WIFE.": the speaker said first is the one helping
        if head and tuple(head) in words["me_first"]:
            return Reading(LIKELY, "patient", note=reading.note)  # "me but my parents r paying": the speaker first
    return None
