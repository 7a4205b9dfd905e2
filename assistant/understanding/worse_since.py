"""Seen by a doctor, and worse since (helper u22b; dialogues/worse_since.yaml): "the doctor saw me last month but it got
worse after that" at "Has a doctor checked you since it got worse?" was asked as both Yes (the visit) and No; the visit
came before the worsening, so no doctor has checked since: the question's No, with the line as its note."""

from __future__ import annotations

from dataclasses import replace

from .phrase_files import PhraseFile, spans
from .reading import SURE, Reading
from .text import clean, tokens

WORDS = PhraseFile("worse_since.yaml")


def worse_since(reading: Reading, line: str, spec) -> Reading:
    """`reading`, or the question's No when `line` tells a visit and then a worsening since."""
    states = WORDS.data()["states"]
    if spec.name not in states or "?" in line or reading.asked or reading.reply or reading.dont_know:
        return reading
    choice = str(states[spec.name])
    if reading.value not in (None, choice, "yes") or (reading.value is None and reading.options and choice not in reading.options):
        return reading
    toks = tokens(clean(line))
    if reading.value == "yes" and toks[:1] and toks[0] in WORDS.words("said_yes"):
        return reading  # "yes, ...": a yes said outright stands
    visits, worse, since = (spans(toks, WORDS.phrases(key)) for key in ("visited", "worse", "since"))
    if not visits or not worse or not since or spans(toks, WORDS.phrases("doubt")) or spans(toks, WORDS.phrases("visit_after")):
        return reading
    first_visit = min(start for start, _ in visits)
    worse_after = [start for start, _ in worse if start > first_visit]
    # "worse since (then)", or "after that" pointing back at the visit; never "saw me after it got worse"
    if not any(start > w for w in worse_after for start, _ in since) and \
            not (worse_after and any(start > first_visit for start, _ in spans(toks, WORDS.phrases("back_to_visit")))):
        return reading
    return replace(reading, certainty=SURE, value=choice, options=(), unclear="", message="", note=reading.note or clean(line))
