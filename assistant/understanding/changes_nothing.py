"""A test still to come, said not to change the plan (helper u21b): "blood test only. not change nothing", "just a repeat
TSH, won't change anything" at "Are any tests planned, or results still pending, that could change the plan?" were stored
as "yes" (the test named). The question asks only for tests that could change the plan, so a test said to change nothing
gives the question's "no" (dialogues/changes_nothing.yaml), kept with the line as its note. A doubt about it, a question
mark, or a no said of the test itself keeps the usual reading."""

from __future__ import annotations

from dataclasses import replace

from .phrase_files import PhraseFile, spans
from .reading import SURE, Reading
from .text import clean, tokens

WORDS = PhraseFile("changes_nothing.yaml")


def changes_nothing(reading: Reading, line: str, spec) -> Reading:
    """`reading`, or the question's "no" when `line` says the test to come changes nothing."""
    states = WORDS.data()["states"]
    if spec.name not in states or "?" in line or reading.asked or reading.reply:
        return reading
    choice = str(states[spec.name])
    if reading.value == choice:
        return reading
    toks = tokens(clean(line))
    if toks[:1] and toks[0] in WORDS.words("said_yes"):
        return reading  # "yes, routine bloods next week": a yes said outright stands
    if not spans(toks, WORDS.phrases("unchanged")) or spans(toks, WORDS.phrases("doubt")):
        return reading
    if reading.value not in (None, "yes") or reading.dont_know:
        return reading  # "not sure, routine check maybe": the doubt stands
    return replace(reading, certainty=SURE, value=choice, options=(), unclear="", message="", note=reading.note or clean(line))
