"""How sure a doctor seemed, told with the diagnosis, offered back at "How sure did they seem?"
(a try in tmux, 2026-12-05: "he said its a slipped disc, he seemed pretty sure", then the question
was asked as if nothing had been said). Only a clause about the doctor ("he seemed pretty sure",
"she was very sure", "they werent sure"), never the person's own doubt ("im not sure what he called
it"); offered for a Yes, never stored unasked."""

from __future__ import annotations

import re

# The diagnosis question whose line may tell how sure, for each "how sure" question.
SAID_WITH = {"compare_one_confidence": "compare_one_diagnosis", "compare_two_confidence": "compare_two_diagnosis"}
_CLAUSES = re.compile(r"\s*(?:[,;.!?]|\s[-–]\s|\bbut\b|\band\b|\bso\b)\s*", re.IGNORECASE)
_SURE = re.compile(r"\b(?:sure|certain|confident|positive|convinced|unsure|doubtful)\b", re.IGNORECASE)
_DOCTOR = re.compile(r"\b(?:he|she|they|hes|shes|theyre|doctor|doc|dr|surgeon|specialist|gp|seemed|sounded)\b", re.IGNORECASE)
_SELF = re.compile(r"\b(?:i|im|i'm|ive|me|we|were|we're)\b", re.IGNORECASE)


def told_clause(text: str) -> str | None:
    """The clause of a diagnosis line that says how sure the doctor was, or None."""
    for clause in _CLAUSES.split(text or ""):
        words = clause.replace("’", "'").replace("'", "")
        if _SURE.search(words) and _DOCTOR.search(words) and not _SELF.search(clause.replace("’", "'")):
            return clause.strip()
    return None


def confidence_offer(spec, slots: dict, reader):
    """(clause, choice id) to offer at a "how sure" question, or None. `reader(text)` reads a text at it."""
    from .reading import LIKELY, SURE

    told = slots.get(SAID_WITH.get(spec.name, ""))
    if spec.slot in slots or not isinstance(told, str):
        return None
    clause = told_clause(told)
    if not clause:
        return None
    reading = reader(clause)
    if reading.certainty not in (SURE, LIKELY) or not isinstance(reading.value, str):
        return None
    return clause, reading.value
