"""At the emergency turn, "A doctor has checked, and things are stable now" told in parts (helper u15b):
"ER ruled out heart attack last night, im okay now", "cardiologist check me, ok now", "the ambulance take
her already, she is ok now". The general reader finds both "checked" and "it stopped" in such a line and
asks which; a care-giver named with a verb of checking (or a visit: "we went to hospital saturday"), and
the person said fine now, make it the checked answer: a checked sign has also stopped.

Never when anything says the sign is here now or coming back ("it's back a little today", "comes and
goes", "right now"), nor on a question; and only when the general reading was not sure (a sure reading
stands). The line has been screened for red flags before any of this. Words: dialogues/urgent_checked.yaml."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from .reading import SURE, UNCLEAR, Reading

STATES = ("urgent_care",)
CHOICE = "seen"


@cache
def _words() -> dict:
    from .. import yaml_cache
    from ..paths import dialogues_dir

    return yaml_cache.load(dialogues_dir() / "urgent_checked.yaml", yaml_cache.parse_yaml)


def _norm(line: str) -> str:
    text = line.lower().replace("\u2019", "").replace("'", "")
    text = re.sub(r"[^a-z0-9&? ]+", " ", text)
    return f" {' '.join(text.split())} "


def _has(text: str, phrases) -> bool:
    return any(f" {p} " in text or (p == "?" and "?" in text) for p in map(str, phrases))


def checked_and_fine(line: str) -> bool:
    words = _words()
    text = _norm(line)
    if _has(text, words["present"]) or _has(text, words["not_yet"]):
        return False  # here now, or no check yet / one to come / one long ago (the review, rv15)
    clauses = [f" {' '.join(_norm(c).split())} " for c in re.split(r"[.,;!:]| - ", line.lower().replace("\u2019", "").replace("'", ""))]
    cared = any(_has(c, words["care"]) and _has(c, words["check"]) for c in clauses) or _has(text, words["went"]) and _has(text, words["care"])
    return cared and _has(text, words["fine_now"])


_NOT_NOW = r" (?:not|no|nothing|isnt) (?:right now|happening now|rn)\b"


def here_again(line: str) -> bool:
    """The sign said to be here again now ("it came back right now"), not merely not now ("not right now")."""
    text = re.sub(_NOT_NOW, " ", _norm(line))
    if _has(text, _words()["in_care_now"]):
        return False
    calm = (*_words()["fine_now"], "no problem", "steady", "good", "well", "alright", "all right")
    clauses = (re.sub(_NOT_NOW, " ", _norm(c)) for c in re.split(r"[.,;!:]| but | and | - ", line.lower()))
    # (rv34) "went to er, but the swelling is spreading now": a clause told now with no word of calm in it
    return _has(text, _words()["here_again"]) or any((" now " in c or " spreading " in c) and not _has(c, calm) for c in clauses)


def as_checked(reading: Reading, line: str, spec) -> Reading:
    """The checked answer when the line tells it in parts and the general reading was not sure."""
    if spec.name not in STATES:
        return reading
    if reading.certainty == SURE and reading.value == CHOICE and here_again(line):
        return Reading(UNCLEAR, unclear=line.strip(), message="Is it happening again now?")  # "checked yesterday but it came back right now"
    if reading.certainty == SURE or reading.asked and "?" in line:
        return reading
    if CHOICE not in {c.id for c in spec.choices} or not checked_and_fine(line):
        return reading
    return replace(reading, certainty=SURE, value=CHOICE, options=(), unclear="", message="", asked=False, reply="",
                   note=reading.note or line.strip())
