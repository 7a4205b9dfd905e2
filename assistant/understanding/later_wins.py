"""A self-correction inside the line: the later answer is the one meant, offered back for a Yes.

"2 i think... wait no, 1", "weeks, scratch that, a few months", "i told you 3 weeks. well actually
there is no real deadline": the person put a second answer in place of the first. Before (round 7),
such a line was asked about from the start ("Which did you mean?"), and when the first part was a
question or a story it was not understood at all. The part after the last correction word is read
alone; when it is understood, it is offered back ("Did you mean *1*?"), never stored unasked (a
correction word can also lead into a remark). When both parts say the same, the answer stands.

Not at the order question (order.py asks there), and never at the red-flag and urgent questions,
where the safety rules decide. The words are data (dialogues/lexicon.yaml: shared.corrections).
"""

from __future__ import annotations

from dataclasses import replace

from .correction_words import MARKS, spans
from .reading import LIKELY, SURE, Reading
from .text import clean, tokens

_MARKS = MARKS


def _cut(toks: list[str], lex) -> int | None:
    """Where the words after the last correction begin, when something was said before it."""
    ends = [end for at, end in spans(toks, lex) if at >= 1 and end < len(toks)]  # correction_words.py: marks inside allowed
    return max(ends) if ends else None


def later_wins(reading: Reading, line: str, spec, lex, read_part) -> Reading:
    """`reading` of the whole line; `read_part(text)` reads a part at this question."""
    if reading.asked or spec.ask not in ("choice", "multi") or spec.name.startswith(("red_flags", "urgent")) \
            or getattr(spec, "urgent", False):
        return reading
    toks = tokens(clean(line))
    end = _cut(toks, lex)
    if end is None:
        return reading
    from .clause_correction import clause_corrected  # "the scans and the labs, the biopsy no wait yes the biopsy"

    if (kept := clause_corrected(toks, spec, lex, read_part)) is not None:
        return kept
    after = [t for t in toks[end:] if t not in _MARKS or t == ","]
    while after and after[0] in _MARKS:
        after = after[1:]
    if not after:
        return reading
    later = read_part(" ".join(after).replace(" ,", ","))
    if later.asked or later.value in (None, [], "") or later.certainty not in (SURE, LIKELY):
        return reading
    if reading.certainty == SURE and reading.value == later.value:
        return reading  # "2, i mean the scans": both parts say the same
    if later.certainty == SURE and (before := _before(toks, lex, read_part)) is not None and not before.asked \
            and (before.certainty == SURE and before.value == later.value or before.value in (None, [], "") and not before.dont_know):
        return later  # both parts say the same, or the first said no answer: "It is for Abeoji... sorry, I mean my husband's father" (11b9)
    return Reading(LIKELY, later.value, note=later.note)


def _before(toks: list[str], lex, read_part) -> Reading | None:
    """The part before the first correction, read alone."""
    found = spans(toks, lex)
    head = [t for t in toks[: min(at for at, _ in found)] if t not in _MARKS or t == ","] if found else []
    return read_part(" ".join(head).replace(" ,", ",")) if head else None


def later_order(toks: list[str], lex, read_rest) -> Reading | None:
    """At the order question, "4 3 2 1 5 - wait, no: 3 4 2 1 5": the order after the last correction,
    when it is a whole order read alone, offered back for a Yes (helper 11b9); else None (asked)."""
    end = _cut(toks, lex)
    after = [t for t in toks[end:] if t not in _MARKS] if end is not None else []
    if not after:
        return None
    later = read_rest(" ".join(after))
    return Reading(LIKELY, later.value) if later.certainty == SURE and later.value else None
