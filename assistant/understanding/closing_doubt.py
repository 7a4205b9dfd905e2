"""An answer taken back in its last words: "nothing else is planned, but I'm honestly not certain",
"a surgeon I think, but I'm not sure", "No. Not 100% sure though". The last clause says the person
does not know; the answer before it is their best guess. Where the question has a "Not sure"
choice, that is the answer (the guess kept as a note); elsewhere the line is asked about. Never
stored as the guess: the person said they were not sure of it."""

from __future__ import annotations

import re
from dataclasses import replace

from .reading import LIKELY, SURE, UNCLEAR, Reading

_TAIL = re.compile(
    r"(?:^|[,.;!-]|\bbut\b|\bthough\b|\balthough\b)\s*(?:but\s+|though\s+|although\s+|then\s+again\s+)?"
    r"(?:(?:i'?m|im|i\s+am|we'?re|we\s+are|i\s+was|i\s+am\s+still|im\s+still|i'?m\s+still)\s+)?"
    r"(?:honestly\s+|really\s+|just\s+|still\s+|not\s+)*?not\s+(?:100\s*%\s+|a\s+hundred\s+percent\s+|totally\s+|completely\s+|entirely\s+|"
    r"quite\s+|really\s+|fully\s+|that\s+)?(?:sure|certain|positive)(?:\s+(?:though|tho|tbh|honestly|really|of\s+that|about\s+that|to\s+be\s+honest))*"
    r"\s*[.!]*\s*$",
    re.IGNORECASE,
)


# "2... no wait", "3 hmm wait", "2. hold on", "2 actually no": the answer held back in the last words, nothing after
# (a lead's walk, 2026-12-07: each was stored as the pick).
_HELD = re.compile(r"(?:^|[\s,.;!-])(?:(?:hmm+|um+|oh)\s+)?(?:no+\s+wait|wait+|hold\s+on|hang\s+on|actually\s+no|scratch\s+that|"
                   r"never\s*mind|nvm)\s*[.!?]*\s*$", re.IGNORECASE)


_DOER = frozenset("we i they he she you u to can will ill well would should could must just may might lets let then and or gonna wanna "
                  "cant wont dont not watch watchful says said say saying suggests suggested recommends recommended advised advises wants want "
                  "told tells".split())  # "watch wait": the plan, not a pause


def _held(line: str) -> bool:
    found = _HELD.search(line)
    head = line[: found.start()].strip(" ,.;-") if found else ""
    if not found or not head:
        return False
    last = head.lower().split()[-1].strip(",.;!?'")
    return not (last in _DOER and re.search(r"[,.;!-]\s*$", line[: found.start() + 1]) is None)  # "no, we wait": waiting is the answer


def closing_doubt(reading: Reading, line: str, spec) -> Reading:
    """The reading, or "Not sure" (or a question) when the last clause takes the answer back."""
    if spec.ask != "choice" or spec.name.startswith(("urgent", "red_flags")):
        return reading
    if reading.certainty in (SURE, LIKELY) and reading.value is not None and _held(line):
        return Reading(UNCLEAR, unclear=line.strip(), message=f'"{line.strip()}": which one did you mean?')
    ids = [c.id for c in spec.choices]
    if (reading.dont_know or "not_sure" in reading.options) and reading.value is None and "not_sure" in ids and _TAIL.search(line):
        return Reading(SURE, "not_sure", note=line.strip())  # "... nothing else planned, but I'm honestly not certain"
    if reading.certainty != SURE or reading.value is None:
        return reading
    if reading.value in ("not_sure", "unsure", "not_said") or not _TAIL.search(line):
        return reading
    head = _TAIL.sub("", line).strip(" ,.;-")
    if len(head.split()) < 1:
        return reading  # "not sure": the choice itself, read as before
    if "not_sure" in ids:
        return Reading(SURE, "not_sure", note=line.strip())
    return Reading(UNCLEAR, unclear=line.strip(), message="You said you are not sure. Which fits best for now?")
