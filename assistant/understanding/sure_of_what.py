"""How sure the doctor seemed, said of two things at once: "pretty sure about the infections, less sure about tubes" at
"How sure did they seem about it?" (the problem the doctor named) was answered "Sorry, I did not understand" (a lead's
walk, 2026-12-07). When the line has two parts (split at a comma, "but", ";" or a full stop) and exactly one of them
names the treatment (dialogues/sure_of_what.yaml), the other part read alone is how sure they were of the problem:
offered back for a Yes (never stored silently), with the treatment part kept as a note."""

from __future__ import annotations

import re
from dataclasses import replace

from .phrase_files import PhraseFile, spans
from .reading import LIKELY, SURE, Reading
from .text import capital_first, clean, tokens

WORDS = PhraseFile("sure_of_what.yaml")
STATES = frozenset({"compare_one_confidence", "compare_two_confidence"})
_PARTS = re.compile(r"\s*(?:[,;.]|\bbut\b|\bthough\b|\bwhile\b)\s*", re.IGNORECASE)


def sure_of_what(reading: Reading, line: str, spec, read_part) -> Reading:
    """`reading`, or the degree said of the problem offered back when a line says one degree of it and one of the treatment."""
    if spec.name not in STATES or reading.certainty == SURE or reading.asked:
        return reading
    parts = [p for p in _PARTS.split(clean(line)) if p and p.strip(" .,;")]
    if len(parts) != 2:
        return reading
    about_treatment = [bool(spans(tokens(p), WORDS.phrases("treatment"))) for p in parts]
    if sum(about_treatment) != 1:
        return reading
    problem, treatment = (parts[1], parts[0]) if about_treatment[0] else (parts[0], parts[1])
    alone = read_part(problem)
    if alone.certainty not in (SURE, LIKELY) or alone.value not in ("sure", "fairly") or alone.asked:
        return reading  # only a degree of sureness said of the problem; "not sure what it is, but ..." is asked (review rv30)
    return replace(Reading(LIKELY, alone.value), note=capital_first(treatment.strip()))
