"""A plan said first, then a step that follows only if something turns out (lead, walk of 2026-12-07).

"do the molecular testing (afirma) and if its low risk just ultrasound every year", at what the first doctor advised,
was asked as if it were two plans ("I want to get this right for you"); "watch it, and if it grows, surgery" was
asked as watch-or-surgery. The doctor's plan is what comes first; the later step hangs on a result. At the questions of
dialogues/conditional_later.yaml, a line not understood whole whose first part (before a join and "if", "unless",
...) names one choice, and whose later part names another, is offered back as the first (for a Yes), with the line
kept as the note. The condition first ("if it grows, surgery"), or the plan and its condition in one breath ("surgery
if the test is positive"), stays asked.
"""

from __future__ import annotations

from .matching import find_hits
from .phrase_files import PhraseFile, spans
from .reading import LIKELY, UNCLEAR, Reading
from .text import clean, tokens

WORDS = PhraseFile("conditional_later.yaml")


def conditional_later(reading: Reading, line: str, spec, lex) -> Reading:
    """The first plan offered back, or the reading as it was."""
    if reading.certainty != UNCLEAR or reading.asked or reading.dont_know or reading.value is not None or spec.multi \
            or spec.name not in WORDS.words("states"):
        return reading
    toks = tokens(clean(line))
    joins = {j[0] for j in WORDS.phrases("joins")}
    starts = [s for s, _ in spans(toks, WORDS.phrases("conditions")) if s > 1 and toks[s - 1] in joins]
    if not starts:
        return reading
    at = min(starts)
    head = toks[:at]
    while head and head[-1] in joins:
        head = head[:-1]
    if not any(t.isalnum() for t in head):
        return reading
    first = {h.choice for h in find_hits(head, spec, lex) if not h.negated}
    later = {h.choice for h in find_hits(toks[at:], spec, lex) if not h.negated}
    if len(first) != 1 or not later - first:
        return reading
    return Reading(LIKELY, next(iter(first)), note=line.strip())
