"""Two plans said at once at a pick-one question (helper u21b): "Gentle, but it's gotta work" at "Which matters more to
you right now?" was stored as the gentler plan (what follows "but" kept as a note), "gentle, but it has to work" as the
plan that does the most (the later part read as a correction). Both are said; the person wants both. When the line
names both choices of a pair (dialogues/both_plans.yaml), neither negated, and the reading would be stored, the two are
offered and nothing is stored; a reading offered back for a Yes stays so."""

from __future__ import annotations

from dataclasses import replace

from .matching import find_hits
from .phrase_files import PhraseFile
from .reading import SURE, UNCLEAR, Reading
from .text import clean, tokens

WORDS = PhraseFile("both_plans.yaml")


def both_plans(reading: Reading, line: str, spec, lex) -> Reading:
    """`reading`, or the two plans offered when `line` names both of its question's pair."""
    pairs = WORDS.data()["states"]
    if spec.name not in pairs or reading.value is None or reading.asked or reading.certainty != SURE:
        return reading  # offered back already ("Most effective. I've done 'gentle' for 11 years."): the person says yes or no
    pair = tuple(str(c) for c in pairs[spec.name])
    if reading.value not in pair:
        return reading
    named = {h.choice for h in find_hits(tokens(clean(line)), spec, lex) if not h.negated}
    if not set(pair) <= named:
        return reading
    return replace(reading, certainty=UNCLEAR, value=None, options=pair, unclear=clean(line), note="",
                   message="That fits more than one answer.")
